/** Escape text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * Escape text for Markdown: no raw HTML, no markup, no table breaks, one line. Letter text then
 * shows exactly as written, never as links, emphasis or HTML.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()#+\-.!|~^=:]/g, (c) => `\\${c}`)
    .replace(/\s*\n\s*/g, ' ');
}

/** A cell a spreadsheet could run as a formula: =, +, -, @ (after any spaces), or a leading tab or carriage return. */
const FORMULA_START = /^(?:\s*[=+\-@]|[\t\r])/;

/**
 * A CSV field: quoted when needed, quotes doubled, and a formula start (=, +, -, @, also after
 * spaces; a leading tab or carriage return) defused with an apostrophe so spreadsheets do not run it.
 */
export function escapeCsv(text: string): string {
  const defused = FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(defused) || defused !== defused.trim() ? `"${defused.replace(/"/g, '""')}"` : defused;
}

/** Escape text for XML element content (JUnit): markup escaped, characters XML 1.0 forbids dropped. */
export function escapeXml(text: string): string {
  // eslint-disable-next-line no-control-regex
  return escapeHtml(text).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
}

/** Escape text for an XML attribute value: as element content, and line breaks and tabs kept as character references. */
export function escapeXmlAttribute(text: string): string {
  return escapeXml(text).replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;');
}

/**
 * Escape text for a SARIF message's `text`: viewers read "[text](target)" there as an embedded
 * link, so literal square brackets are backslash-escaped (SARIF 2.1.0, embedded links). Letter
 * text then never becomes a link.
 */
export function escapeSarifMessage(text: string): string {
  return text.replace(/[[\]]/g, (c) => `\\${c}`);
}

/**
 * Text for a terminal: control characters (escape sequences that could recolour or rewrite the
 * screen, line breaks inside a file name) shown as \xNN instead of acted on.
 */
export function escapeTerminal(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

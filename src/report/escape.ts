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

/**
 * A CSV field: quoted when needed, quotes doubled, and a leading =, +, -, @, tab or carriage
 * return defused with an apostrophe so spreadsheets do not run it as a formula.
 */
export function escapeCsv(text: string): string {
  const defused = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(defused) || defused !== defused.trim() ? `"${defused.replace(/"/g, '""')}"` : defused;
}

/** Escape text for XML element content and attributes (JUnit, SARIF viewers that read XML). */
export function escapeXml(text: string): string {
  // eslint-disable-next-line no-control-regex
  return escapeHtml(text).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}

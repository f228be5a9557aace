import type { LetterLayout, LetterText } from './types.js';

const CHARACTER_FIXES: ReadonlyArray<readonly [RegExp, string]> = [
  [/[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]/g, ' '],
  [/[\u200b\u00ad\ufeff]/g, ''],
  [/[\u2018\u2019\u201b\u2032]/g, "'"],
  [/[\u201c\u201d\u201f\u2033]/g, '"'],
  [/[\u2010-\u2015\u2212]/g, '-'],
  [/\ufb01/g, 'fi'],
  [/\ufb02/g, 'fl'],
  [/\u2026/g, '...'],
  [/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ''],
];

/**
 * Any character one of the fixes replaces, as one character class made of theirs: most lines hold
 * none, and are left as they are after one test. (Each fix is a class or a single character.)
 */
const NEEDS_FIX = new RegExp(
  `[${CHARACTER_FIXES.map(([pattern]) => {
    const source = pattern.source;
    if (source.startsWith('[') && source.endsWith(']') && !source.startsWith('[^')) return source.slice(1, -1);
    if (/^(?:\\u[0-9a-f]{4}|[^\\[\]])$/i.test(source)) return source;
    throw new Error(`character fix /${source}/ is neither a class nor a single character`);
  }).join('')}]`,
);

function fixCharacters(line: string): string {
  if (!NEEDS_FIX.test(line)) return line;
  let fixed = line;
  for (const [pattern, replacement] of CHARACTER_FIXES) fixed = fixed.replace(pattern, replacement);
  return fixed;
}

/**
 * A negation contracted ("isn't", "doesn't", "wasn't", "can't", "won't"), written out: the lexicon's
 * negations are written in full ("is not", "does not"), as most reviewers write them.
 */
const NEGATION_CONTRACTION = /\b([A-Za-z]+)n't\b/gi;

function writtenOutNegation(_: string, word: string): string {
  const capitals = word.length > 1 && word === word.toUpperCase();
  const not = capitals ? 'NOT' : 'not';
  switch (word.toLowerCase()) {
    case 'ca':
      return `${word}${capitals ? 'N' : 'n'}${not}`;
    case 'wo':
      return `${capitals ? 'WILL' : word[0] === 'W' ? 'Will' : 'will'} ${not}`;
    default:
      return `${word} ${not}`;
  }
}

/**
 * The clinical shorthand for with and without ("8/10 w/o medications", "w/ benefit"), written out
 * as the lexicon writes them ("w/c", a wheelchair, and "w/u", a work-up, are left as they are).
 */
const WITHOUT_SHORTHAND = /\bw\/o\b/gi;
const WITH_SHORTHAND = /\bw\/(?![ocu]\b)\s*/gi;

/** A line's words written as the lexicon writes them: contracted negations and with/without shorthand written out. */
function writeOutShorthand(line: string): string {
  let written = line;
  // (most lines hold neither: a substring test spares them the patterns)
  if (written.includes("'") && /n't/i.test(written)) written = written.replace(NEGATION_CONTRACTION, writtenOutNegation);
  if ((written.includes('w/') || written.includes('W/')) && /\bw\//i.test(written)) {
    written = written
      .replace(WITHOUT_SHORTHAND, (w) => (w[0] === 'W' ? 'Without' : 'without'))
      .replace(WITH_SHORTHAND, (w) => `${w[0] === 'W' ? 'With' : 'with'} `);
  }
  return written;
}

/**
 * What a page adds to a letter's text and the letter does not say: a footer or header line giving
 * the page ("Page 2 of 4", "- 2 -"), with the case number beside it or not ("CM16-0224814 Page 2 of
 * 6", "Case Number: CM16-0224814 Page 2 of 6"), or a line holding only a form feed. ("Page 78"
 * alone is not one: a guideline citation wrapped before its page reads so.)
 */
const CASE_NUMBER_ON_A_PAGE = String.raw`(?:(?:IMR\s+)?case\s+(?:number|no\.?)\s*:?\s*)?[A-Z]{2,3}\d{2}-\d{5,8}`;
const PAGE_FURNITURE = new RegExp(String.raw`^(?:${CASE_NUMBER_ON_A_PAGE}\s+)?(?:page \d+ of \d+|- ?\d+ ?-)(?:\s+${CASE_NUMBER_ON_A_PAGE})?$`, 'i');

/**
 * Does a page break after these lines fall between paragraphs? Yes when the last line of text ends
 * a sentence (or a heading's colon), no when the text goes on over the page: then the break and
 * the blank lines around it are dropped, so a paragraph or an item's heading stays whole.
 * Undefined before any text.
 */
function breaksParagraph(lines: readonly string[]): boolean | undefined {
  for (let i = lines.length - 1; i >= 0; i--) if (lines[i] !== '') return /[.:?!]["')]?$/.test(lines[i]!);
  return undefined;
}

/**
 * Letters extracted by some PDF tools carry an empty line after every line of text; real paragraph
 * breaks then show as a line holding only spaces. True when at least 90 % of the odd lines are empty.
 */
export function hasDoubledLines(lines: readonly string[]): boolean {
  if (lines.length < 8) return false;
  let odd = 0;
  let empty = 0;
  for (let i = 1; i < lines.length; i += 2) {
    odd++;
    if (lines[i] === '') empty++;
  }
  return empty / odd >= 0.9;
}

function detectLayout(text: string, doubled: boolean): LetterLayout {
  if (doubled) return 'seed-2014';
  if (/^Case Number:/m.test(text) || /Section\(s\):/.test(text)) return 'dwc-2016';
  return /Page\(s\):/.test(text) ? 'seed-2014' : 'dwc-2016';
}

/**
 * Normalise a letter's raw text: one line ending, plain quotes and spaces, no page-break characters,
 * no blank-line doubling, trimmed lines and single blank lines between paragraphs. Keeps a map from
 * each output line to the source line it came from, so findings can point into the original file.
 */
export function normaliseLetterText(raw: string): LetterText {
  const rawLines = raw.replace(/\r\n?/g, '\n').split('\n');
  const doubled = hasDoubledLines(rawLines);
  const lines: string[] = [];
  const sourceLines: number[] = [];
  let previousBlank = true;
  /** Inside a page break that fell within a paragraph: its blank lines are not a paragraph break. */
  let joiningPages = false;
  rawLines.forEach((rawLine, i) => {
    if (doubled && i % 2 === 1 && rawLine === '') return;
    const trimmed = writeOutShorthand(fixCharacters(rawLine)).trim();
    const line = trimmed.includes('  ') ? trimmed.replace(/ {2,}/g, ' ') : trimmed;
    const blank = line === '';
    if (PAGE_FURNITURE.test(line) || (blank && rawLine.includes('\f'))) {
      joiningPages = breaksParagraph(lines) === false;
      if (joiningPages && previousBlank && lines.length > 0) {
        lines.pop();
        sourceLines.pop();
        previousBlank = false;
      }
      return;
    }
    if (blank && (previousBlank || joiningPages)) return;
    joiningPages = false;
    lines.push(line);
    sourceLines.push(i + 1);
    previousBlank = blank;
  });
  while (lines.length > 0 && lines[lines.length - 1] === '') {
    lines.pop();
    sourceLines.pop();
  }
  const text = lines.join('\n');
  const lineStarts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    lineStarts.push(offset);
    offset += line.length + 1;
  }
  return { text, sourceLines, lineStarts, layout: detectLayout(text, doubled) };
}

/** The 1-based line of the source file that holds character `offset` of the normalised text. */
export function sourceLineAt(letter: LetterText, offset: number): number {
  const { lineStarts, sourceLines } = letter;
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((lineStarts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return sourceLines[low] ?? 1;
}

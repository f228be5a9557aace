import { readFileSync } from 'node:fs';
import { auditLetterBytes } from '../../src/audit/audit-letter.js';
import { normaliseLetterText } from '../../src/letter/normalise.js';
import { bundledLibrary, DWC_TXT, listDir, whatTheAuditSays } from '../helpers.js';

/**
 * The same letter laid out another way — as another PDF tool, another page width or another
 * editor would give it — is the same letter: every item, decision, treatment, fact value, verdict
 * and finding kind stays as it was. (Letters not in cases/ come in layouts these 65 do not show.)
 */
const LETTERS = listDir(DWC_TXT).map((file) => ({ name: file.split('/').pop()!, text: readFileSync(file, 'utf8') }));

/** Prose paragraphs (lines longer than 60 characters, not the header table nor a decision line) wrapped at `width`. */
function rewrapped(text: string, width: number): string {
  const out: string[] = [];
  let paragraph: string[] = [];
  const flush = (): void => {
    let line = '';
    for (const word of paragraph.join(' ').split(/\s+/).filter(Boolean)) {
      if (line && line.length + 1 + word.length > width) {
        out.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    if (line) out.push(line);
    paragraph = [];
  };
  for (const line of text.split('\n')) {
    if (line.trim().length > 60 && !/:\s{2,}/.test(line) && !/(?:Upheld|Overturned)\s*$/.test(line)) paragraph.push(line.trim());
    else {
      flush();
      out.push(line);
    }
  }
  flush();
  return out.join('\n');
}

/** Lines split into pages of `size` lines, each page ending with a footer between blank lines. */
function withPageFooters(text: string, size: number): string {
  const lines = text.split('\n');
  return lines.map((line, i) => (i % size === size - 1 ? `${line}\n\n   Page ${Math.floor(i / size) + 1} of ${Math.ceil(lines.length / size)}\n\n` : line)).join('\n');
}

const VARIANTS: ReadonlyArray<readonly [string, (text: string) => string]> = [
  ['prose wrapped at 60 columns', (text) => rewrapped(text, 60)],
  ['prose wrapped at 120 columns', (text) => rewrapped(text, 120)],
  ['a blank line after every line', (text) => text.split('\n').join('\n\n')],
  ['CRLF line ends', (text) => text.replace(/\n/g, '\r\n')],
  ['every line indented, trailing spaces', (text) => text.split('\n').map((line) => (line ? `   ${line}   ` : line)).join('\n')],
  ['runs of spaces as tabs, some spaces non-breaking', (text) => text.replace(/ {2,}/g, '\t').replace(/ /g, (space, at: number) => (at % 7 === 0 ? '\u00a0' : space))],
  ['a page footer every 45 lines, mid-paragraph too', (text) => withPageFooters(text, 45)],
  ['a footer with the case number every 45 lines, a form feed before it, no blank lines around it', (text) =>
      text.split('\n').map((line, i) => (i % 45 === 44 ? `${line}\n\fCM16-0224814                              Page ${(i + 1) / 45} of 6` : line)).join('\n')],
  ['a form feed line every 40 lines', (text) => text.split('\n').map((line, i) => (i % 40 === 39 ? `${line}\n\f` : line)).join('\n')],
];


describe('a letter laid out another way gets the same audit', () => {
  test.each(VARIANTS)('%s', async (_, relayout) => {
    const library = await bundledLibrary();
    for (const { name, text } of LETTERS) {
      const original = whatTheAuditSays(await auditLetterBytes(name, Buffer.from(text), library));
      const changed = relayout(text);
      expect(changed).not.toBe(text);
      expect({ name, audit: whatTheAuditSays(await auditLetterBytes(name, Buffer.from(changed), library)) }).toEqual({ name, audit: original });
    }
  });
});

describe('page breaks', () => {
  test('a page footer or form feed inside a paragraph is dropped with its blank lines; between paragraphs one blank line stays', () => {
    const { text, sourceLines } = normaliseLetterText('The request for physical therapy\n\nPage 2 of 3\n\nwas not medically necessary.\n\n- 3 -\n\nNext paragraph.\n\f\nLast line.');
    expect(text).toBe('The request for physical therapy\nwas not medically necessary.\n\nNext paragraph.\nLast line.');
    expect(sourceLines).toEqual([1, 5, 6, 9, 11]);
  });

  test('a line that only mentions a page is text', () => {
    const text = 'Decision based on MTUS Chronic Pain Medical Treatment Guidelines, Opioids\nPage 78\nSee page 24 of the guideline.\nPage 24 of MTUS';
    expect(normaliseLetterText(text).text).toBe(text);
  });
});

describe('contracted negations', () => {
  test('are written out, in the case they are written in', () => {
    const text = normaliseLetterText("Case Number: CM16-0000001\nIt isn\u2019t documented; he doesn't. She can't walk. It won't help. ISN'T. CAN'T. Hasn't been.\n").text;
    expect(text).toContain('It is not documented; he does not. She cannot walk. It will not help. IS NOT. CANNOT. Has not been.');
  });

  test('with and without in shorthand are written out; a wheelchair (w/c) and a work-up (w/u) are left as they are', () => {
    const text = normaliseLetterText('Case Number: CM16-0000001\nPain 8/10 w/o meds and 4/10 w/ meds, w/benefit. W/o relief. Uses a w/c. W/u pending.\n').text;
    expect(text).toContain('Pain 8/10 without meds and 4/10 with meds, with benefit. Without relief. Uses a w/c. W/u pending.');
  });
});

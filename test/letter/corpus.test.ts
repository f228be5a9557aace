import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { normaliseLetterText } from '../../src/letter/normalise.js';
import { parseDetermination } from '../../src/letter/parse.js';
import { readLetterFile } from '../../src/letter/read.js';
import { PROJECT_ROOT } from '../../src/project-files.js';
import { DWC_PDF, DWC_TXT, listDir } from '../helpers.js';

interface DecisionTable {
  letters: Record<string, Array<'upheld' | 'overturned'>>;
}

const table = JSON.parse(readFileSync(join(PROJECT_ROOT, 'test/fixtures/case-decisions.json'), 'utf8')) as DecisionTable;
const rows = Object.entries(table.letters);

describe('every real letter in cases/ parses with every decision right', () => {
  test('the table covers all 70 letters and 167 items', () => {
    expect(rows).toHaveLength(70);
    expect(rows.reduce((n, [, d]) => n + d.length, 0)).toBe(167);
  });

  test.each(rows)('%s', (file, decisions) => {
    const determination = parseDetermination(normaliseLetterText(readFileSync(join(PROJECT_ROOT, file), 'utf8')));
    expect(determination.items.map((item) => item.decision)).toEqual(decisions);
    for (const item of determination.items) {
      expect(item.request.text.length).toBeGreaterThan(2);
      expect(item.request.text).not.toMatch(/\b(?:Upheld|Overturned)\b|:\s*$/);
      expect(item.rationale.text.length).toBeGreaterThan(40);
      expect(item.conclusion.value).toBe(item.decision === 'upheld' ? 'not-medically-necessary' : 'medically-necessary');
      expect(item.guidelineBasis).toBeDefined();
    }
  });
});

describe('PDFs give the same letter as their text', () => {
  const pdfs = listDir(DWC_PDF);
  test('there are 65 PDFs', () => expect(pdfs).toHaveLength(65));
  test.each(pdfs.map((p) => [basename(p), p]))('%s', async (_, pdf) => {
    const fromPdf = parseDetermination(await readLetterFile(pdf));
    const fromText = parseDetermination(await readLetterFile(join(DWC_TXT, basename(pdf).replace(/\.pdf$/, '.txt'))));
    const view = (d: typeof fromPdf) => ({
      caseNumber: d.caseNumber,
      dates: d.dates,
      reviewer: { specialties: d.reviewer.specialties, licensure: d.reviewer.licensure },
      items: d.items.map((i) => ({
        request: i.request.text,
        original: i.originalRequest,
        decision: i.decision,
        conclusion: i.conclusion.value,
        citations: i.guidelineBasis?.citations.map((c) => [c.source, c.guideline, c.sections, c.pages]),
      })),
    });
    expect(view(fromPdf)).toEqual(view(fromText));
  });
});

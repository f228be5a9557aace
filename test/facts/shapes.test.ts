/**
 * The objects the audit's hot code reads have one shape each: the same own properties in the same order, whatever
 * the letter. Objects built by conditional spreads took shapes that V8 drops between letters, and the optimized
 * code reading them was thrown away and compiled again letter after letter (README, "Objects of one shape").
 * Checked on every real letter of cases/.
 */
import { readFileSync } from 'node:fs';
import { analyseLetter } from '../../src/facts/analysis.js';
import { readRequestQuantity } from '../../src/facts/request-quantity.js';
import { classifyRequest } from '../../src/facts/treatment.js';
import { auditLetterText } from '../../src/audit/audit-letter.js';
import { normaliseLetterText } from '../../src/letter/normalise.js';
import type { LetterText } from '../../src/letter/types.js';
import { parseDetermination } from '../../src/letter/parse.js';
import type { RuleLibrary } from '../../src/rules/library.js';
import { bundledLibrary, DWC_TXT, listDir, SEEDS } from '../helpers.js';

const letters = [...listDir(SEEDS), ...listDir(DWC_TXT)].filter((path) => path.endsWith('.txt'));

function readLetter(path: string): LetterText {
  return normaliseLetterText(readFileSync(path, 'utf8'));
}

/** The distinct lists of own property names among `objects`. */
function shapesOf(objects: readonly object[]): string[] {
  return [...new Set(objects.map((object) => Object.keys(object).join(',')))];
}

describe('one shape for the objects the audit reads most', () => {
  let library: RuleLibrary;
  beforeAll(async () => {
    library = await bundledLibrary();
  });

  it('has read real letters', () => {
    expect(letters.length).toBeGreaterThanOrEqual(70);
  });

  it('gives every letter, its dates, every disputed item, treatment, the numbers of its request, sentence and modifier hit one shape', () => {
    const items: object[] = [];
    const treatments: object[] = [];
    const quantities: object[] = [];
    const determinations: object[] = [];
    const dates: object[] = [];
    const sentences: object[] = [];
    const hits: object[] = [];
    for (const path of letters) {
      const determination = parseDetermination(readLetter(path));
      determinations.push(determination);
      dates.push(determination.dates);
      const analysis = analyseLetter(determination, library.lexicon);
      for (const item of determination.items) {
        items.push(item);
        const treatment = classifyRequest(item.request, library.lexicon);
        treatments.push(treatment);
        quantities.push(readRequestQuantity(item.request.text, treatment.kind === 'medication'));
        for (const sentence of [...analysis.rationale(item.index), ...analysis.request(item.index)]) {
          sentences.push(sentence);
          hits.push(...sentence.context.modifiers);
        }
      }
      for (const sentence of analysis.summary) {
        sentences.push(sentence);
        hits.push(...sentence.context.modifiers);
      }
    }
    expect(hits.length).toBeGreaterThan(1000);
    expect(shapesOf(items)).toHaveLength(1);
    expect(shapesOf(treatments)).toHaveLength(1);
    expect(shapesOf(quantities)).toHaveLength(1);
    expect(shapesOf(determinations)).toHaveLength(1);
    expect(shapesOf(dates)).toHaveLength(1);
    expect(shapesOf(sentences)).toHaveLength(1);
    expect(shapesOf(hits)).toHaveLength(1);
  });

  it('reports every piece of evidence in one shape', async () => {
    const evidence: object[] = [];
    for (const path of letters) {
      const audit = await auditLetterText(path, readLetter(path), library);
      if (audit.status !== 'parsed') continue;
      for (const item of audit.items) for (const fact of Object.values(item.facts)) evidence.push(...fact.evidence);
    }
    expect(evidence.length).toBeGreaterThan(1000);
    expect(shapesOf(evidence)).toHaveLength(1);
  });
});

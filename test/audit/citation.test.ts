import { auditLetterText } from '../../src/audit/audit-letter.js';
import { normaliseLetterText } from '../../src/letter/normalise.js';
import { bundledLibrary, readCase } from '../helpers.js';

const SEED = 'seeds/001_940949130f113873.txt';

async function xanaxCitedAs(citation: string) {
  const letter = readCase(SEED).replace('Benzodiazepines Page(s): 24', citation);
  const result = await auditLetterText(SEED, normaliseLetterText(letter), await bundledLibrary());
  return result.items[0]!;
}

describe('citation check', () => {
  test('the real letter cites Benzodiazepines p. 24: no citation finding', async () => {
    const xanax = await xanaxCitedAs('Benzodiazepines Page(s): 24');
    expect(xanax.findings.filter((f) => f.kind === 'citation')).toEqual([]);
  });

  test('Xanax judged under Opioids p. 78 is flagged, as a warning that keeps the verdict', async () => {
    const xanax = await xanaxCitedAs('Opioids Page(s): 78');
    const citation = xanax.findings.find((f) => f.kind === 'citation')!;
    expect(citation.severity).toBe('warning');
    expect(citation.message).toMatch(/Opioids p\. 78.*Opioids for chronic pain.*Benzodiazepines/);
    expect(citation.evidence[0]!.text).toMatch(/Opioids Page\(s\): 78/);
    expect(xanax.verdict).toBe('consistent');
  });

  test('a page the Chronic Pain guideline does not have', async () => {
    const xanax = await xanaxCitedAs('Benzodiazepines Page(s): 240');
    expect(xanax.findings.map((f) => f.message).join(' ')).toMatch(/page 240 of the Chronic Pain guideline is cited, which has 127 pages/);
  });
});

import { auditLetterText } from '../../src/audit/audit-letter.js';
import { readLetterFile } from '../../src/letter/read.js';
import { bundledLibrary, DWC_TXT, listDir, SEEDS } from '../helpers.js';

describe('the rule library under concurrent audits', () => {
  test('letters audited at once in one thread get the results they get one by one (json-rules-engine engines are not re-entrant)', async () => {
    const library = await bundledLibrary();
    const letters = await Promise.all([...listDir(SEEDS), ...listDir(DWC_TXT)].map(async (file) => ({ file, text: await readLetterFile(file) })));
    const oneByOne = [];
    for (const { file, text } of letters) oneByOne.push(await auditLetterText(file, text, library));
    const atOnce = await Promise.all(letters.map(({ file, text }) => auditLetterText(file, text, library)));
    expect(atOnce).toEqual(oneByOne);
    expect(oneByOne.flatMap((audit) => audit.items).filter((item) => item.rules.length > 0).length).toBeGreaterThan(10);
  });
});

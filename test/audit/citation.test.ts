import { auditLetterText } from '../../src/audit/audit-letter.js';
import { normaliseLetterText } from '../../src/letter/normalise.js';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { bundledLibrary, DWC_TXT, listDir, readCase } from '../helpers.js';

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

  test("a topic's section name is found as a word, not inside another word", async () => {
    // "CT" (imaging) is not in "Acupuncture" nor in "Epidural steroid injections"; "TENS" is not in "Extension"
    const xanax = await xanaxCitedAs('Acupuncture Page(s): 13');
    const message = xanax.findings.find((f) => f.kind === 'citation')!.message;
    expect(message).toMatch(/a section of Acupuncture\b/);
    expect(message).not.toMatch(/Imaging/);
    // CM17-0018485: an MRI judged under Low Back Physical Methods and the ESI section, which a "CT" inside "injections" had hidden
    const text = readCase('dwc-2016/txt/CM17-0018485.txt');
    const mri = (await auditLetterText('CM17-0018485.txt', normaliseLetterText(text), await bundledLibrary())).items[0]!;
    expect(mri.request).toMatch(/^MRI/);
    expect(mri.findings.filter((f) => f.kind === 'citation').map((f) => f.message)).toContainEqual(expect.stringMatching(/Epidural steroid injections \(ESIs\)" is cited, a section of Injections/));
  });

  test('a chapter cited with its pages and no section covers many topics: nothing to misplace', async () => {
    // CM16-0245295's lumbar MRI, cited as other letters cite ACOEM: the chapter's name ("Low Back") is no section of physical medicine
    const text = readCase('dwc-2016/txt/CM16-0245295.txt').replace(
      'MTUS Low Back Complaints 2004, Section(s):\nSpecial Studies.',
      'MTUS American College of Occupational and Environmental Medicine (ACOEM), 2nd Edition, (2004), Chapter 12, Low Back Complaints, pages 303-304.',
    );
    const mri = (await auditLetterText('CM16-0245295.txt', normaliseLetterText(text), await bundledLibrary())).items[1]!;
    expect(mri.request).toMatch(/^MRI of lumbar spine/);
    expect(mri.guideline?.citations.map((c) => c.pages)).toContainEqual(['303-304']);
    expect(mri.findings.filter((f) => f.kind === 'citation')).toEqual([]);
  });

  test('a page the Chronic Pain guideline does not have', async () => {
    const xanax = await xanaxCitedAs('Benzodiazepines Page(s): 240');
    expect(xanax.findings.map((f) => f.message).join(' ')).toMatch(/page 240 of the Chronic Pain guideline is cited, which has 127 pages/);
  });

  test('each item of the 65 letters of 2016 cited under a section of another topic is flagged', async () => {
    const library = await bundledLibrary();
    const misfits: string[] = [];
    let items = 0;
    for (const file of listDir(DWC_TXT)) {
      const text = readFileSync(file, 'utf8');
      const original = await auditLetterText(basename(file), normaliseLetterText(text), library);
      let index = 0;
      // A medication judged under the shoulder's imaging section; anything else under benzodiazepines.
      const miscited = text.replace(/MAXIMUS guideline:[\s\S]*?(?=Decision rationale:)/g, () =>
        original.items[index++]!.treatment.kind === 'medication'
          ? 'MAXIMUS guideline: Decision based on MTUS Shoulder Complaints 2004, Section(s): Special Studies.\n'
          : 'MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016, Section(s): Benzodiazepines.\n',
      );
      expect(index).toBe(original.items.length);
      const audit = await auditLetterText(basename(file), normaliseLetterText(miscited), library);
      for (const item of audit.items) {
        items++;
        if (!item.findings.some((finding) => finding.kind === 'citation')) misfits.push(`${basename(file)} #${item.index}`);
      }
    }
    expect(items).toBe(158);
    expect(misfits).toEqual([]);
  });

  /**
   * CM16-0235869's first item (physical therapy, judged under "Physical medicine treatment") asked for as
   * `request` and judged under `section`: the audited item, its letter checked to hold the change.
   */
  async function firstItemAs(request: string, section: string) {
    const file = 'dwc-2016/txt/CM16-0235869.txt';
    const letter = readCase(file)
      .replace('Four sessions of physical therapy two times a week times 2 weeks: Upheld', `${request}: Upheld`)
      .replace('MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016,\nSection(s): Physical medicine treatment.', `MAXIMUS guideline: Decision based on MTUS Chronic Pain Medical Treatment 2016,\nSection(s): ${section}.`);
    expect(letter).toContain(`Section(s): ${section}.`);
    const items = (await auditLetterText(file, normaliseLetterText(letter), await bundledLibrary())).items;
    return items.find((item) => item.request === request)!;
  }

  test('massage therapy, physical medicine of its own category, may be judged under Massage therapy (MTUS p. 60)', async () => {
    const massage = await firstItemAs('Four sessions of massage therapy two times a week times 2 weeks', 'Massage therapy');
    expect([massage.treatment.kind, massage.treatment.category]).toEqual(['physical-medicine', 'massage']);
    expect(massage.findings.filter((f) => f.kind === 'citation')).toEqual([]);
  });

  test("labs on an NSAID may be judged under NSAIDs, specific drug list & adverse effects (p. 70: periodic CBC and chemistry)", async () => {
    const panel = await firstItemAs('CBC, CMP, hepatic function panel', 'NSAIDs, specific drug list & adverse effects');
    expect(panel.treatment.category).toBe('lab-test');
    expect(panel.findings.filter((f) => f.kind === 'citation')).toEqual([]);
  });
});

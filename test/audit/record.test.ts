import { Chalk } from 'chalk';
import { auditLetterText } from '../../src/audit/audit-letter.js';
import { summarise } from '../../src/audit/summary.js';
import { normaliseLetterText } from '../../src/letter/normalise.js';
import { formatMarkdown } from '../../src/report/markdown.js';
import { rulesInfo, toolInfo } from '../../src/report/report.js';
import { formatTerminal } from '../../src/report/terminal.js';
import { bundledLibrary, readCase } from '../helpers.js';

const EMG_LETTER = 'dwc-2016/txt/CM17-0003623.txt';

async function auditCase(file: string, edit: (text: string) => string = (text) => text) {
  return auditLetterText(file, normaliseLetterText(edit(readCase(file))), await bundledLibrary());
}

describe('record findings: the rationale finds a criterion not documented that the summary documents with a measure', () => {
  test('CM17-0003623: an EMG/NCV upheld for want of neurological findings, while the summary records 4/5 strength and decreased C5-C6 sensation', async () => {
    const emg = (await auditCase(EMG_LETTER)).items[1]!;
    expect(emg.request).toMatch(/^NCV\/EMG of the bilateral upper extremity/);
    const record = emg.findings.find((f) => f.kind === 'record')!;
    expect(record.severity).toBe('error');
    expect(record.rule).toBe('electrodiagnostic-for-neurological-findings');
    expect(record.message).toMatch(/rationale finds neuroDeficit not documented, but the clinical summary documents it \(“4 out of 5”\).*expects Overturned/);
    expect(record.evidence.map((e) => [e.source, e.reading])).toEqual([
      ['rationale', expect.stringMatching(/^not-documented/)],
      ['summary', 'affirmed'],
    ]);
    expect(record.evidence[1]!.text).toMatch(/4 out of 5 strength and decreased sensation C5 and C6 dermatomes/);
    expect(emg.verdict).toBe('inconsistent');
  });

  test('the batch summary, the terminal and the Markdown report count record findings', async () => {
    const audit = await auditCase(EMG_LETTER);
    const report = { tool: toolInfo(), rules: rulesInfo(await bundledLibrary()), summary: summarise([audit]), determinations: [audit], skipped: [] };
    expect(report.summary.findings.record).toBe(1);
    expect(formatTerminal(report, new Chalk({ level: 0 }))).toMatch(/findings: \d+ rationale, \d+ guideline, 1 record, \d+ citation/);
    expect(formatMarkdown(report)).toMatch(/\| record \| 1 \| the rationale finds a criterion not documented/);
  });

  test("the reviewer's denial of what the records hold ('no … were identified in the records') is the records' silence; a denial of the patient's findings is not", async () => {
    // the rationale's sentence, however the letter wraps it
    const sentence = /There\s+was\s+no\s+discussion\s+or\s+detailed[^.]*supported\s+this\s+request\./;
    const inTheRecords = (await auditCase(EMG_LETTER, (text) => text.replace(sentence, 'No neurologic deficits were identified in the records.'))).items[1]!;
    expect(inTheRecords.findings.find((f) => f.kind === 'record')?.message).toMatch(/rationale finds neuroDeficit not documented, but the clinical summary documents it/);
    const onExamination = (await auditCase(EMG_LETTER, (text) => text.replace(sentence, 'No neurologic deficits were found on examination.'))).items[1]!;
    expect(onExamination.findings.filter((f) => f.kind === 'record')).toEqual([]);
  });

  test('a summary that names the finding without a measure does not contradict the rationale', async () => {
    const emg = (await auditCase(EMG_LETTER, (text) => text.replace('4 out of 5 strength and', 'weakness and'))).items[1]!;
    expect(emg.findings.filter((f) => f.kind === 'record')).toEqual([]);
    expect(emg.verdict).toBe('undetermined');
  });

  test("CM17-0005418, changed by hand: a repeat ESI overturned on relief 'reported', while the summary measures that relief at 30% for two weeks", async () => {
    const file = 'dwc-2016/txt/CM17-0005418.txt';
    const edit = (relief: string) => (text: string) =>
      text
        .replace(/No MRI\s+report was available\./, `No MRI report was available. A right L4 transforaminal epidural steroid injection on 06-10-16 ${relief}.`)
        .replace(/(Right L4 transforaminal epidural steroid injection under fluoroscopic guidance): Upheld/, '$1: Overturned')
        .replace(/Within the documentation\s+available for review, there are no recent MRI[\s\S]*?is not medically necessary\./, 'The injured worker reported relief from the prior injection. The currently requested Right L4 transforaminal epidural steroid injection under fluoroscopic guidance is medically necessary.');
    const shortRelief = (await auditCase(file, edit('gave about 30% relief lasting about two weeks'))).items[0]!;
    expect(shortRelief.decision).toBe('overturned');
    const record = shortRelief.findings.find((f) => f.kind === 'record')!;
    expect(record.message).toMatch(/rationale finds injectionRelief met, but the clinical summary records it short or not done \(“relief lasting about two weeks”\); with the summary's reading rule epidural-injection-repeat-without-lasting-relief expects Upheld/);
    expect(shortRelief.verdict).toBe('inconsistent');
    // relief the summary measures as the guideline asks leaves the rationale's reading standing
    const lasting = (await auditCase(file, edit('gave about 70% relief lasting about three months'))).items[0]!;
    expect(lasting.findings.filter((f) => f.kind === 'record')).toEqual([]);
  });
});

describe('the record backs the decision the rationale argues against', () => {
  test("CM17-0021656: a foot MRI upheld, the rationale saying the pain 'persists despite therapy', the summary that they 'have not done any therapy'", async () => {
    const mri = (await auditCase('dwc-2016/txt/CM17-0021656.txt')).items[0]!;
    expect(mri.request).toBe('MRI of the right foot');
    expect(mri.decision).toBe('upheld');
    const record = mri.findings.find((f) => f.kind === 'record')!;
    expect(record.severity).toBe('warning');
    expect(record.rule).toBe('imaging-conservative-care-not-tried');
    expect(record.message).toMatch(/rule extremity-imaging-after-failed-conservative-care expects otherwise from the rationale's reading of failedConservativeCare \(the rationale: present; the summary: “have not done any therapy”\)/);
    expect(record.evidence.map((e) => e.source)).toEqual(['rationale', 'summary']);
    expect(mri.findings.filter((f) => f.severity === 'error')).toEqual([]);
    // the decision the rules expect on the record's reading
    expect(mri.expected).toBe('upheld');
    expect(mri.verdict).toBe('consistent');
  });

  test('where the summary is silent on the therapy, the rationale decides and the decision is flagged', async () => {
    const mri = (await auditCase('dwc-2016/txt/CM17-0021656.txt', (text) => text.replace(/injured\s+worker\s+reported\s+they\s+have\s+not\s+done\s+any\s+therapy\./, 'injured worker reported no change.'))).items[0]!;
    expect(mri.findings.map((f) => [f.kind, f.severity, f.rule])).toContainEqual(['guideline', 'error', 'extremity-imaging-after-failed-conservative-care']);
    expect(mri.verdict).toBe('inconsistent');
  });
});

import { main } from '../../src/cli/main.js';
import { crossCaseConflicts } from '../../src/report/cross-case.js';
import { reviewerQa } from '../../src/report/qa.js';
import { captureIo } from '../helpers.js';
import { auditedBatch, PAYLOAD_FILE } from './batch.js';

const ref = (file: string, index: number) => expect.objectContaining({ file, index });

describe('reviewer QA', () => {
  test('by specialty: every item counted under each of its reviewer’s specialties, with the items behind each figure', async () => {
    const { report } = await auditedBatch();
    const qa = reviewerQa(report.determinations, 'specialty');
    expect(qa).toMatchObject({ by: 'specialty', files: 14, parsed: 13, items: report.summary.items });
    for (const group of qa.groups) {
      const members = report.determinations.filter((d) => (d.reviewer?.specialties ?? []).includes(group.key)).flatMap((d) => d.items);
      expect(group.items).toBe(members.length);
      expect(group.behind.items).toHaveLength(members.length);
      expect(group.overturned).toBe(members.filter((i) => i.decision === 'overturned').length);
      expect(group.overturnRate).toBeCloseTo(group.overturned / group.items, 3);
      expect(group.inconsistencyRate).toBeCloseTo(group.inconsistent / group.items, 3);
      expect(group.upheld + group.overturned).toBe(group.items);
      expect(group.consistent + group.inconsistent + group.undetermined).toBe(group.items);
    }
    expect(qa.groups.map((g) => g.items)).toEqual([...qa.groups.map((g) => g.items)].sort((a, b) => b - a));
    const itemsOf = (specialty: string) =>
      report.determinations.filter((d) => (d.reviewer?.specialties ?? []).includes(specialty)).flatMap((d) => d.items.map((item) => ({ file: d.file, item })));
    const occupational = qa.groups.find((g) => g.key === 'Occupational Medicine')!;
    const occupationalItems = itemsOf('Occupational Medicine');
    expect(occupational.behind.inconsistent).toEqual(occupationalItems.filter(({ item }) => item.verdict === 'inconsistent').map(({ file, item }) => ref(file, item.index)));
    expect(occupational.behind.inconsistent).toContainEqual(ref('flipped-000.txt', 1));
    expect(occupational.behind.overturned).toContainEqual(ref('flipped-000.txt', 1));
    for (const kind of occupational.findingKinds) {
      const withKind = occupationalItems.filter(({ item }) => item.findings.some((f) => f.kind === kind.kind));
      expect(kind.items).toHaveLength(withKind.length);
      expect(kind.findings).toBe(withKind.reduce((n, { item }) => n + item.findings.filter((f) => f.kind === kind.kind).length, 0));
    }
    expect(occupational.findingKinds.map((f) => f.kind)).toEqual(expect.arrayContaining(['guideline', 'citation', 'rationale']));
    const anesthesiology = qa.groups.find((g) => g.key === 'Anesthesiology')!;
    expect(anesthesiology.behind.inconsistent).toEqual([ref(PAYLOAD_FILE, 2)]);
  });

  test('by topic, licence and guideline', async () => {
    const { report } = await auditedBatch();
    const topics = reviewerQa(report.determinations, 'topic');
    const expectedTopics = new Set(report.determinations.flatMap((d) => d.items.flatMap((i) => i.rules.filter((r) => !r.crossCutting).map((r) => r.topic))));
    expect(topics.groups.map((g) => g.key).filter((k) => !k.startsWith('(')).sort()).toEqual([...expectedTopics].sort());
    expect(topics.groups.map((g) => g.key)).not.toContain('request-completeness');
    const opioids = topics.groups.find((g) => g.key === 'opioids')!;
    expect(opioids.behind.inconsistent).toEqual([ref(PAYLOAD_FILE, 2), ref('flipped-000.txt', 1)]);
    expect(topics.groups.find((g) => g.key === 'imaging')!.behind.items).toContainEqual(ref('dwc/CM16-0213037.txt', 1));

    const licences = reviewerQa(report.determinations, 'licence');
    expect(licences.groups.find((g) => g.key === 'Texas')!.behind.items).toEqual(expect.arrayContaining([ref('flipped-000.txt', 1), ref('seeds/000_a9a3b68871ed5773.txt', 2)]));
    expect(licences.groups.find((g) => g.key === 'Florida')!.behind.inconsistent).toEqual([ref(PAYLOAD_FILE, 2)]);

    const guidelines = reviewerQa(report.determinations, 'guideline');
    const chronicPain = guidelines.groups.find((g) => g.key === 'Chronic Pain Treatment Guidelines')!;
    expect(chronicPain.behind.items).toContainEqual(ref('flipped-000.txt', 1));
    const cited = report.determinations.flatMap((d) => d.items.flatMap((i) => i.guideline?.citations.map((c) => c.guideline) ?? []));
    for (const group of guidelines.groups) if (!group.key.startsWith('(')) expect(cited).toContain(group.key);
  });

  test('cross-case: the same case decided both ways is listed side by side, nothing else is', async () => {
    const { report } = await auditedBatch();
    const conflicts = crossCaseConflicts(report.determinations);
    expect(conflicts.map((c) => [c.treatment, c.upheld.map((r) => [r.file, r.index]), c.overturned.map((r) => [r.file, r.index])])).toEqual([
      [{ kind: 'medication', category: 'opioid' }, [['seeds/001_940949130f113873.txt', 2]], [[PAYLOAD_FILE, 2]]],
      [{ kind: 'medication', category: 'opioid' }, [['seeds/000_a9a3b68871ed5773.txt', 1]], [['flipped-000.txt', 1]]],
    ]);
    for (const conflict of conflicts) {
      const [upheld] = conflict.upheld;
      const item = report.determinations.find((d) => d.file === upheld!.file)!.items[upheld!.index - 1]!;
      expect(Object.keys(conflict.facts)).toEqual(Object.keys(item.facts).sort());
      expect(conflict.facts.longTermUse).toBe('present');
    }
    // Without the flipped copies, the real letters agree with each other.
    const originals = report.determinations.filter((d) => d.file !== 'flipped-000.txt' && d.file !== PAYLOAD_FILE);
    expect(crossCaseConflicts(originals)).toEqual([]);
  });

  test('imr-audit qa prints text, JSON and Markdown; usage errors exit 2', async () => {
    const { folder, report } = await auditedBatch();
    const json = captureIo(folder);
    expect(await main(['qa', '.', '--by', 'topic', '--format', 'json'], json.io)).toBe(0);
    const qa = JSON.parse(json.out.join(''));
    expect(qa).toEqual(JSON.parse(JSON.stringify(reviewerQa(report.determinations, 'topic', report.skipped))));
    // On workers (the default: one a core) or in this thread, letter by letter: the same report.
    const inThread = captureIo(folder);
    expect(await main(['qa', '.', '--by', 'topic', '--format', 'json', '--jobs', '1', '--letter-timeout', '0'], inThread.io)).toBe(0);
    expect(inThread.out.join('')).toBe(json.out.join(''));
    // The letter that could not be audited and the file that is no letter are in no figure: listed with why.
    expect(qa.notAudited).toEqual([{ file: 'not-a-letter.txt', reason: expect.stringMatching(/^not an IMR determination letter/) }]);
    expect(qa.skipped).toEqual([{ file: 'notes.docx', reason: expect.stringMatching(/^not a letter file/) }]);

    const text = captureIo(folder);
    expect(await main(['qa', '.', '--by', 'license'], text.io)).toBe(0);
    const printed = text.out.join('');
    expect(printed).toMatch(/^Reviewer QA by licence: 14 file\(s\), 13 audited, 28 item\(s\)/);
    expect(printed).toMatch(/Texas — \d+ item\(s\)/);
    expect(printed).toMatch(/upheld +│ overturned\n +seeds\/000_a9a3b68871ed5773\.txt#1 NORCO 10\/325 MG #150 +│ flipped-000\.txt#1 NORCO 10\/325 MG #150/);
    expect(printed).toContain('=HYPERLINK("x")<b>|"q"\\x0aletter.txt#2');
    expect(printed).not.toContain(PAYLOAD_FILE);
    expect(printed).toMatch(/\nNot audited \(in no figure above\): 1 file\(s\)\n  not-a-letter\.txt: not an IMR determination letter: .+\nSkipped: 1 file\(s\)\n  notes\.docx: not a letter file: .+\n$/);

    const markdown = captureIo(folder);
    expect(await main(['qa', '.', '--by', 'specialty', '--format', 'markdown'], markdown.io)).toBe(0);
    const md = markdown.out.join('');
    expect(md).toMatch(/^# Reviewer QA by specialty\n/);
    const occupational = reviewerQa(report.determinations, 'specialty').groups.find((g) => g.key === 'Occupational Medicine')!;
    const kinds = occupational.findingKinds.map((f) => `${f.kind} ${f.findings}`).join(', ');
    expect(md).toContain(`| Occupational Medicine | ${occupational.items} | ${occupational.overturned} (`);
    expect(md).toMatch(new RegExp(`\\| Occupational Medicine \\| \\d+ \\| \\d+ \\(\\d+(\\.\\d)? %\\) \\| ${occupational.inconsistent} \\(\\d+(\\.\\d)? %\\) \\| ${kinds} \\|`));
    expect(md).not.toMatch(/<(script|b)\b/);
    const leftOut = md.slice(md.indexOf('## Files in no figure'));
    expect(leftOut.split('\n').map((line) => line.replace(/ \| .*\|$/, ' | …'))).toEqual([
      '## Files in no figure', '', '| not audited | …', '|---|---|', '| not\\-a\\-letter\\.txt | …', '', '| skipped | …', '|---|---|', '| notes\\.docx | …', '',
    ]);
    expect(leftOut).toContain('not an IMR determination letter\\:');

    for (const args of [['qa', '.', '--by', 'colour'], ['qa', '.', '--format', 'html'], ['qa'], ['qa', 'no-such-folder'], ['qa', '.', '--jobs', '0'], ['qa', '.', '--letter-timeout', 'soon']]) {
      const failing = captureIo(folder);
      expect(await main(args, failing.io)).toBe(2);
    }
    const help = captureIo();
    expect(await main(['qa', '--help'], help.io)).toBe(0);
    expect(help.out.join('')).toMatch(/specialty +the reviewer's board specialties/);
  });
});

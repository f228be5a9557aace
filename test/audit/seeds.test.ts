import { auditLetterText } from '../../src/audit/audit-letter.js';
import { normaliseLetterText } from '../../src/letter/normalise.js';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { bundledLibrary, DWC_TXT, listDir, readCase, SEEDS } from '../helpers.js';

async function audit(path: string, text = readCase(path)) {
  return auditLetterText(path, normaliseLetterText(text), await bundledLibrary());
}

describe('seed letters: verdicts right and explained', () => {
  test('Klonopin without a short-term purpose: expected upheld, consistent', async () => {
    const result = await audit('seeds/004_fb34e36c644530cf.txt');
    const klonopin = result.items.find((i) => /Klonopin/.test(i.request))!;
    expect(klonopin.treatment).toMatchObject({ kind: 'medication', drugClass: 'benzodiazepine', name: 'clonazepam' });
    expect(klonopin.expected).toBe('upheld');
    expect(klonopin.verdict).toBe('consistent');
    const fired = klonopin.rules.filter((r) => r.fired).map((r) => r.id);
    expect(fired).toContain('benzodiazepine-short-term-not-documented');
    expect(klonopin.facts.shortTermUse?.evidence[0]?.text).toMatch(/does not mention that this is for a short-term use/);
  });

  test('Xanax taken "for a significant amount of time": long-term use fires', async () => {
    const result = await audit('seeds/001_940949130f113873.txt');
    const xanax = result.items[0]!;
    expect(xanax.rules.find((r) => r.id === 'benzodiazepine-long-term-use')?.fired).toBe(true);
    expect(xanax.facts.longTermUse?.state).toBe('present');
    expect(xanax.expected).toBe('upheld');
    expect(xanax.verdict).toBe('consistent');
  });

  test('clonazepam with inconsistent toxicology: expected upheld', async () => {
    const result = await audit('seeds/000_a9a3b68871ed5773.txt');
    const clonazepam = result.items[1]!;
    expect(clonazepam.rules.find((r) => r.id === 'benzodiazepine-inconsistent-drug-screen')?.fired).toBe(true);
    expect(clonazepam.verdict).toBe('consistent');
  });

  test('Soma: carisoprodol is not recommended', async () => {
    const soma = (await audit('seeds/004_fb34e36c644530cf.txt')).items[0]!;
    expect(soma.rules.find((r) => r.id === 'carisoprodol-not-recommended')?.fired).toBe(true);
    expect(soma.expected).toBe('upheld');
  });

  test('the Norco overturn of seed 002: expected overturned, consistent, with the evidence', async () => {
    const norco = (await audit('seeds/002_178c19ffd59f9e46.txt')).items[0]!;
    expect(norco.decision).toBe('overturned');
    expect(norco.expected).toBe('overturned');
    expect(norco.verdict).toBe('consistent');
    expect(norco.findings).toEqual([]);
    const met = norco.rules.find((r) => r.id === 'opioid-criteria-met')!;
    expect(met.fired).toBe(true);
    expect(met.explanation).toMatch(/pain relief present/);
    expect(norco.facts.painRelief?.evidence[0]?.text).toMatch(/8\/10 without medications and 4\/10 with medications/);
    expect(norco.facts.udsPerformed?.state).toBe('present');
    expect(norco.facts.aberrantBehavior?.state).toBe('absent');
    expect(norco.rules.filter((r) => r.outcome === 'not-medically-necessary' && r.fired)).toEqual([]);
  });

  test('Norco without documented efficacy or monitoring: expected upheld', async () => {
    const norco = (await audit('seeds/004_fb34e36c644530cf.txt')).items[2]!;
    expect(norco.expected).toBe('upheld');
    expect(norco.rules.filter((r) => r.fired).map((r) => r.id)).toEqual(expect.arrayContaining(['opioid-efficacy-not-documented', 'opioid-monitoring-not-documented']));
  });
});

describe('a decision word flipped by hand is flagged', () => {
  test('Overturned → Upheld on seed 002 contradicts the rationale and the rules', async () => {
    const flipped = readCase('seeds/002_178c19ffd59f9e46.txt').replace('Norco 10/325mg #360:  Overturned', 'Norco 10/325mg #360:  Upheld');
    const norco = (await audit('seeds/002-flipped.txt', flipped)).items[0]!;
    expect(norco.decision).toBe('upheld');
    expect(norco.verdict).toBe('inconsistent');
    expect(norco.findings.map((f) => f.kind).sort()).toEqual(['guideline', 'rationale']);
    const rationale = norco.findings.find((f) => f.kind === 'rationale')!;
    expect(rationale.evidence.map((e) => e.text).join(' ')).toMatch(/this request is medically necessary/);
  });

  test('every decision of the 70 letters flipped: each item is flagged, its rationale concluding the other way', async () => {
    const library = await bundledLibrary();
    let items = 0;
    for (const file of [...listDir(SEEDS), ...listDir(DWC_TXT)]) {
      const text = readFileSync(file, 'utf8');
      const flipped = text.replace(/(Upheld|Overturned)(\s*\.?\s*)$/gm, (_, word: string, rest: string) => (word === 'Upheld' ? 'Overturned' : 'Upheld') + rest);
      const original = await auditLetterText(basename(file), normaliseLetterText(text), library);
      const audit = await auditLetterText(basename(file), normaliseLetterText(flipped), library);
      expect(audit.items.map((item) => item.decision)).toEqual(original.items.map((item) => (item.decision === 'upheld' ? 'overturned' : 'upheld')));
      for (const item of audit.items) {
        expect({ file: basename(file), item: item.index, rationaleFinding: item.findings.some((finding) => finding.kind === 'rationale') }).toEqual({ file: basename(file), item: item.index, rationaleFinding: true });
        expect(item.verdict).toBe('inconsistent');
      }
      items += audit.items.length;
    }
    expect(items).toBe(167);
  });

  test("braces judged by their own part's criteria: wrist splints and elbow braces in CM16-0248471, a lumbar support's acute phase for the spine only", async () => {
    const result = await audit('dwc-2016/txt/CM16-0248471.txt');
    const fired = (pattern: RegExp) => result.items.find((i) => pattern.test(i.request))!.rules.filter((r) => r.fired).map((r) => r.id);
    expect(fired(/^Wrist braces/)).toEqual(['wrist-splint-without-indication']);
    expect(fired(/^Elbow braces/)).toEqual(['elbow-immobilization-not-after-surgery']);
    expect(fired(/^Lumbar support/)).toContain('support-beyond-acute-phase');
    for (const item of result.items.filter((i) => /brace|support/i.test(i.request))) expect(item.verdict).toBe('consistent');
  });

  test('Upheld → Overturned on a 2016 MRI letter: the rationale contradicts it', async () => {
    const path = 'dwc-2016/txt/CM16-0213037.txt';
    const flipped = readCase(path).replace('MRI of the right shoulder without contrast: Upheld', 'MRI of the right shoulder without contrast: Overturned');
    const result = await audit(path, flipped);
    expect(result.items[0]!.verdict).toBe('inconsistent');
    expect(result.items[0]!.findings[0]!.kind).toBe('rationale');
    expect(result.items[1]!.verdict).not.toBe('inconsistent');
  });
});

import { normaliseLetterText, sourceLineAt } from '../../src/letter/normalise.js';
import { LetterParseError, parseDetermination } from '../../src/letter/parse.js';
import { bundledLibrary, readCase } from '../helpers.js';

const parse = (...path: string[]) => parseDetermination(normaliseLetterText(readCase(...path)));

describe('2016 letters', () => {
  test('header table, reviewer credentials and summary', () => {
    const d = parse('dwc-2016/txt/CM16-0213037.txt');
    expect(d.layout).toBe('dwc-2016');
    expect(d.caseNumber).toBe('CM16-0213037');
    expect(d.dates).toEqual({ assigned: '11/09/2016', injury: '10/13/2016', decision: '12/09/2016', urDenial: '11/03/2016', applicationReceived: '11/03/2016' });
    expect(d.priority).toBe('Standard');
    expect(d.reviewer.licensure).toEqual(['California', 'North Carolina']);
    expect(d.reviewer.specialties).toEqual(['Family Practice']);
    expect(d.summary.text).toMatch(/^The injured worker is a 48 year old male/);
    expect(d.items.map((i) => i.request.text)).toEqual(['MRI of the right shoulder without contrast', 'MRI of the cervical spine without contrast']);
  });

  test('a specialty that wraps onto the next line stays whole', () => {
    const d = parse('dwc-2016/txt/CM17-0007300.txt');
    expect(d.reviewer.specialties).toEqual(['Preventive Medicine', 'Occupational Medicine', 'Public Health & General Preventive Medicine']);
  });

  test('partial authorisation: the remaining IMR eligible portion is the request', () => {
    const [item] = parse('dwc-2016/txt/CM16-0234202.txt').items;
    expect(item!.originalRequest).toBe('Norco 10/325mg #60');
    expect(item!.request.text).toBe('Norco 10/325mg #35');
    expect(item!.decision).toBe('upheld');
  });

  test('a wrapped heading leaves the decision word alone on its line', () => {
    const [item] = parse('dwc-2016/txt/CM17-0002857.txt').items;
    expect(item!.request.text).toBe('Physical therapy 6 sessions 2 times a week for 3 weeks to the lumbar and cervical spine');
  });

  test('MTUS citations with several chapters and sections', () => {
    const [item] = parse('dwc-2016/txt/CM16-0230548.txt').items;
    expect(item!.guidelineBasis?.source).toBe('MTUS');
    expect(item!.guidelineBasis?.citations.map((c) => [c.guideline, c.sections])).toEqual([
      ['Neck and Upper Back Complaints 2004', ['Special Studies']],
      ['Forearm, Wrist, and Hand Complaints 2004', ['Special Studies']],
    ]);
  });

  test('a non-MTUS citation and the expert reviewer citing nothing', () => {
    const letter = parse('dwc-2016/txt/CM17-0014449.txt');
    expect(letter.items[0]!.guidelineBasis?.source).toBe('mixed');
    expect(letter.items[1]!.guidelineBasis?.source).toBe('none');
  });
});

describe('2014 seed letters', () => {
  test('blank-line doubling is removed and Page(s) citations read', () => {
    const d = parse('seeds/004_fb34e36c644530cf.txt');
    expect(d.layout).toBe('seed-2014');
    expect(d.caseNumber).toBeUndefined();
    expect(d.reviewer.specialties).toEqual(['Physical Rehabilitation & Pain Management', 'Interventional Spine']);
    expect(d.reviewer.licensure).toEqual(['California']);
    expect(d.items.map((i) => [i.request.text, i.decision])).toEqual([
      ['Soma 350mg #60', 'upheld'],
      ['Klonopin 1mg #30', 'upheld'],
      ['Norco 10/325mg #180', 'upheld'],
    ]);
    expect(d.items[2]!.guidelineBasis?.citations[0]).toMatchObject({
      source: 'MTUS',
      guideline: 'Chronic Pain Treatment Guidelines',
      sections: ['Criteria for use of Opioids'],
      pages: ['60', '61', '88', '89', '76-78'],
    });
  });

  test('offsets map back to the lines of the original file', () => {
    const raw = readCase('seeds/002_178c19ffd59f9e46.txt');
    const letter = normaliseLetterText(raw);
    const [item] = parseDetermination(letter).items;
    const line = sourceLineAt(letter, item!.request.start);
    expect(raw.split('\n')[line - 1]).toContain('Norco 10/325mg #360:  Overturned');
  });

  test('the rationale conclusion, with a weaning note after it', () => {
    const d = parse('seeds/001_940949130f113873.txt');
    expect(d.items[0]!.conclusion.value).toBe('not-medically-necessary');
    expect(parse('seeds/002_178c19ffd59f9e46.txt').items[0]!.conclusion.value).toBe('medically-necessary');
  });

  test.each([
    ['Therefore, the request for Norco is not medically necessary.', 'not-medically-necessary'],
    ['The request cannot be recommended as medically necessary.', 'not-medically-necessary'],
    ['Consequently, the medical necessity of the request has not been established.', 'not-medically-necessary'],
    ['The request does not meet guideline criteria.', 'not-medically-necessary'],
    ['This request is unsupported.', 'not-medically-necessary'],
    ['The request for Norco is denied.', 'not-medically-necessary'],
    ['The request is therefore certified.', 'medically-necessary'],
    ['Given the documentation, continued use is reasonable and medically necessary.', 'medically-necessary'],
    ['The request is therefore considered medically appropriate.', 'medically-necessary'],
    ['In conclusion, the guidelines support the request.', 'medically-necessary'],
    ['The guidelines do not support the request.', 'not-medically-necessary'],
    ['The MTUS does not support this treatment for chronic pain, and so the request is denied.', 'not-medically-necessary'],
    // what becomes of the UR's decision decides: its non-certification overturned is a request found necessary
    ['Therefore, the prior non-certification is overturned.', 'medically-necessary'],
    ['The prior utilization review decision to non-certify the request is overturned.', 'medically-necessary'],
    ['The utilization review denial is upheld.', 'not-medically-necessary'],
    // … also when the reviewer says it in the active voice
    ['As such, I am reversing the prior determination.', 'medically-necessary'],
    ['I am upholding the prior UR decision.', 'not-medically-necessary'],
    // "medical necessity … established" reads past a long request and the dots of its numbers
    ['Medical necessity for Additional physical therapy, 1 to 2 times per week for 3 weeks, for the neck has been established.', 'medically-necessary'],
    ['Medical necessity for Xanax 0.5mg #60 has not been established.', 'not-medically-necessary'],
    // "medically indicated" is the same verdict as "medically necessary"
    ['The sit-stand work station is medically indicated.', 'medically-necessary'],
    ['The MRI is not medically indicated at this time.', 'not-medically-necessary'],
    // … and so is "(medically) reasonable and necessary"
    ['The sit-stand work station is medically reasonable and necessary.', 'medically-necessary'],
    ['The H-wave unit is reasonable and necessary.', 'medically-necessary'],
    ['As such, the request is not medically reasonable.', 'not-medically-necessary'],
    ['The requested treatment is not reasonable or medically necessary.', 'not-medically-necessary'],
    // "clinically indicated"; the denial named alone; the request against the guidelines; what the reviewer recommends be done
    ['This medication is not clinically indicated.', 'not-medically-necessary'],
    ['The decision is to uphold the denial.', 'not-medically-necessary'],
    ['The denial of the request is overturned.', 'medically-necessary'],
    ['The request is consistent with guideline recommendations.', 'medically-necessary'],
    ['The request is within the recommended guidelines.', 'medically-necessary'],
    ['The request is inconsistent with the guidelines.', 'not-medically-necessary'],
    ['The request is outside of the guideline recommendations.', 'not-medically-necessary'],
    ['Authorization is recommended.', 'medically-necessary'],
    ['I recommend that the request be denied.', 'not-medically-necessary'],
    ['If the request were consistent with guidelines it would be approved.', 'unclear'],
    // a guideline's "when (as determined to be) medically necessary" after the verdict decides nothing
    ['The request is not medically necessary. Office visits are recommended as determined to be medically necessary.', 'not-medically-necessary'],
    ['The request is not medically necessary. Weaning should occur under medical supervision when medically necessary.', 'not-medically-necessary'],
    ['The request for physical therapy is determined to be medically necessary.', 'medically-necessary'],
    // … nor a condition before or after it
    ['The request is not medically necessary. Please refer to the guidelines for the criteria that must be met for the request to be certified.', 'not-medically-necessary'],
    ['The request is not medically necessary. The treatment is medically necessary only with documented improvement.', 'not-medically-necessary'],
    ['The request is medically necessary if the patient has radiculopathy.', 'unclear'],
    // a part of the request, or another amount, is not the request: IMR upholds the modification
    ['The request is partially certified.', 'not-medically-necessary'],
    ['Partial certification is recommended.', 'not-medically-necessary'],
    ['Modification of the request to allow weaning is recommended.', 'not-medically-necessary'],
    ['The request is certified with modification to 6 sessions.', 'not-medically-necessary'],
    // the guideline's criteria met or not
    ['The request does meet guideline criteria.', 'medically-necessary'],
    ['The criteria for use have been met.', 'medically-necessary'],
    ['The guideline criteria have not been met.', 'not-medically-necessary'],
    ['Not all of the guideline criteria have been met.', 'not-medically-necessary'],
    // … but a guideline's words on what patients should meet decide nothing
    ['Patients who receive chronic maintenance doses of opioids should not meet criteria for tapering.', 'unclear'],
    ['There is no medical necessity for the request.', 'not-medically-necessary'],
    ['There is no clear rationale to support the request.', 'not-medically-necessary'],
    // a sentence that turns is read from its last clause
    ['The request was previously non-certified; however, given the new documentation, it is medically necessary.', 'medically-necessary'],
    ['The request is not medically necessary; however, weaning is recommended.', 'not-medically-necessary'],
    // a weaker word after the turn does not overrule the verdict before it
    ['The request for Norco is not medically necessary; however, tapering is recommended and the provider may submit a new request for a reduced quantity.', 'not-medically-necessary'],
    ['Continued use of Norco is warranted at this time.', 'medically-necessary'],
    // a later clause decides only about the request
    ['The request is not medically necessary; however, weaning is medically necessary.', 'not-medically-necessary'],
    ['The previous request was non-certified; however, this request is medically necessary.', 'medically-necessary'],
    // too little to support it
    ['There is insufficient documentation to support the medical necessity of this request.', 'not-medically-necessary'],
    ['The documentation is insufficient to establish medical necessity.', 'not-medically-necessary'],
    // the case now, without naming the request
    ['Norco is not indicated at this time.', 'not-medically-necessary'],
    ['The requested Norco does not meet MTUS guidelines for continued use.', 'not-medically-necessary'],
    ['I recommend authorization of the request.', 'medically-necessary'],
    ['I do not recommend authorization of the request.', 'not-medically-necessary'],
    ['The guidelines do not support the continued use of Norco.', 'not-medically-necessary'],
    ['Norco 10/325 mg #60 is not recommended.', 'not-medically-necessary'],
    ['The request should be modified to allow for weaning.', 'not-medically-necessary'],
    ['The need for this medication has not been substantiated.', 'not-medically-necessary'],
    ['The need for this medication has been established.', 'medically-necessary'],
    // a guideline's own words, without the request named, decide nothing
    ['Opioids are not recommended as a first-line treatment.', 'unclear'],
    ['Guidelines do not support the continued use of benzodiazepines beyond 4 weeks if there is no improvement.', 'unclear'],
    // what to do instead is no verdict on the request (the sentence before decides)
    ['The request for Norco is not medically necessary. Therefore, weaning is recommended.', 'not-medically-necessary'],
    ['Therefore, weaning is recommended.', 'unclear'],
    // What the review did before, or a condition, decides nothing.
    ['The request was denied by utilization review on 10/12/2016.', 'unclear'],
    ['The request would be medically necessary if functional improvement were documented.', 'unclear'],
  ])('the rationale concludes: %s', (rationale, expected) => {
    const letter = ['IMR ISSUES, DECISIONS AND RATIONALES', 'Norco 10/325mg #60: Upheld', '', 'MAXIMUS guideline: Decision based on MTUS.', '', `Decision rationale: ${rationale}`].join('\n');
    expect(parseDetermination(normaliseLetterText(letter)).items[0]!.conclusion.value).toBe(expected);
  });
});

describe('what is not a usable letter', () => {
  test('empty text', () => {
    expect(() => parseDetermination(normaliseLetterText(''))).toThrow(LetterParseError);
  });
  test('text that is not an IMR letter', () => {
    expect(() => parseDetermination(normaliseLetterText('Dear customer,\nyour parcel has shipped.\n'))).toThrow(/not an IMR determination letter/);
  });
  test('a letter cut off before its items', () => {
    const raw = readCase('dwc-2016/txt/CM16-0213037.txt');
    const truncated = raw.slice(0, raw.indexOf('IMR ISSUES'));
    expect(() => parseDetermination(normaliseLetterText(truncated))).toThrow(/no disputed item found/);
  });
  test('letters joined into one file are named as such, with their case numbers and where the second starts', () => {
    const cases = ['CM16-0213037', 'CM16-0224814', 'CM16-0230548'];
    const texts = cases.map((number) => readCase(`dwc-2016/txt/${number}.txt`));
    for (const count of [2, 3]) {
      const joined = texts.slice(0, count).join('');
      const secondHeading = texts[0]!.split('\n').length + texts[1]!.split('\n').findIndex((line) => line.trim() === 'HOW THE IMR FINAL DETERMINATION WAS MADE');
      let problem: unknown;
      try {
        parseDetermination(normaliseLetterText(joined));
      } catch (error) {
        problem = error;
      }
      expect(problem).toBeInstanceOf(LetterParseError);
      expect(problem).toMatchObject({
        problem: 'several-letters',
        line: secondHeading,
        message: `the file holds more than one letter (case numbers ${cases.slice(0, count).join(', ')}): its heading "HOW THE IMR FINAL DETERMINATION WAS MADE" comes again at line ${secondHeading}; split it, one letter a file`,
      });
    }
  });
  test('a 2013 letter joined to itself is two letters too (its decisions heading comes twice)', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { PROJECT_ROOT } = await import('../../src/project-files.js');
    const text = readFileSync(join(PROJECT_ROOT, 'test/fixtures/letters/imr-2013-style.txt'), 'utf8');
    expect(() => parseDetermination(normaliseLetterText(text + text))).toThrow(/^the file holds more than one letter: its heading "INDEPENDENT MEDICAL REVIEW DECISION AND RATIONALE" comes again at line \d+/);
  });
});

describe('citation variants seen outside the corpus', () => {
  test('"pages" and "pp." read like "Page(s):"', async () => {
    const { parseGuidelineBasis } = await import('../../src/letter/guideline-basis.js');
    const block = (text: string) => ({ start: 0, end: text.length, text });
    expect(parseGuidelineBasis(block('Decision based on MTUS Chronic Pain Medical Treatment Guidelines Opioids pages 74-96.')).citations[0]).toMatchObject({ guideline: 'Chronic Pain Medical Treatment Guidelines', sections: ['Opioids'], pages: ['74-96'] });
    expect(parseGuidelineBasis(block('Decision based on MTUS Chronic Pain Treatment Guidelines Benzodiazepines, pp. 24, 124.')).citations[0]).toMatchObject({ sections: ['Benzodiazepines'], pages: ['24', '124'] });
  });

  test('a paragraph without "Decision based on": the citation as written, or after "based his/her decision on"; the MTUS named by its guidelines', async () => {
    const { parseGuidelineBasis } = await import('../../src/letter/guideline-basis.js');
    const block = (text: string) => ({ start: 0, end: text.length, text });
    // the brief's own example of a citation
    const bare = parseGuidelineBasis(block('MTUS Chronic Pain Treatment Guidelines Benzodiazepines Page(s): 24'));
    expect([bare.source, bare.citations[0]]).toMatchObject(['MTUS', { guideline: 'Chronic Pain Treatment Guidelines', sections: ['Benzodiazepines'], pages: ['24'] }]);
    const reviewer = parseGuidelineBasis(block('The Expert Reviewer based his/her decision on the Chronic Pain Medical Treatment Guidelines, Opioids, pages 76-80.'));
    expect([reviewer.source, reviewer.citations[0]?.pages]).toEqual(['MTUS', ['76-80']]);
    expect(parseGuidelineBasis(block('Official Disability Guidelines (ODG), Pain Chapter, Insomnia treatment')).source).toBe('non-MTUS');
    // ACOEM's 2004 chapters are the MTUS; a chapter named alone has no section
    const acoem = parseGuidelineBasis(block('ACOEM Low Back Complaints 2004, Chapter 12'));
    expect([acoem.source, acoem.citations[0]]).toMatchObject(['MTUS', { guideline: 'ACOEM Low Back Complaints 2004, Chapter 12', sections: [] }]);
    // no guideline used, or none named: no citation
    expect(parseGuidelineBasis(block('The Claims Administrator did not base their decision on any guideline.')).citations).toEqual([]);
    expect(parseGuidelineBasis(block('None cited.')).citations).toEqual([]);
    // "Decision based on" still splits where it is written, the reviewer's introduction before it is no citation
    const labelled = parseGuidelineBasis(block('The Expert Reviewer based their decision on recommendation(s) outside of the MTUS Guidelines. Decision based on Non-MTUS Citation Official Disability Guidelines (ODG) Knee & Leg, Durable medical equipment (DME).'));
    expect(labelled.citations.map((c) => c.guideline)).toEqual(['Official Disability Guidelines (ODG) Knee & Leg']);
  });

  test("ACOEM's later editions and the 2017 MTUS: the chapter is the guideline's, what follows it the section", async () => {
    const { parseGuidelineBasis } = await import('../../src/letter/guideline-basis.js');
    const { checkCitations } = await import('../../src/audit/citation.js');
    const library = await bundledLibrary();
    const imaging = library.topics.filter((t) => t.topic === 'imaging');
    const first = (text: string) => parseGuidelineBasis({ start: 0, end: text.length, text }).citations[0]!;
    const third = first('Decision based on MTUS: ACOEM Practice Guidelines, 3rd Edition (2011), Low Back Disorders, Diagnostic Investigations.');
    expect(third).toMatchObject({ source: 'MTUS', guideline: 'ACOEM Practice Guidelines, 3rd Edition (2011), Low Back Disorders', sections: ['Diagnostic Investigations'] });
    // "Low Back" read as a section made this a physical-therapy citation for an MRI
    expect(checkCitations([third], imaging, library.topics)).toEqual([]);
    expect(first('Decision based on MTUS: ACOEM Practice Guidelines, 3rd Edition (2011), Hand, Wrist, and Forearm Disorders, Special Studies.')).toMatchObject({
      guideline: 'ACOEM Practice Guidelines, 3rd Edition (2011), Hand, Wrist, and Forearm Disorders',
      sections: ['Special Studies'],
    });
    expect(first('Decision based on MTUS: ACOEM Low Back Disorders Guideline (2016), Section: Imaging.')).toMatchObject({ guideline: 'ACOEM Low Back Disorders Guideline (2016)', sections: ['Imaging'] });
    expect(first('Decision based on MTUS Chronic Pain Medical Treatment Guidelines, Opioids, criteria for use, pages 76-80.')).toMatchObject({
      guideline: 'Chronic Pain Medical Treatment Guidelines',
      sections: ['Opioids, criteria for use'],
      pages: ['76-80'],
    });
  });

  test('a guideline chapter cited without a section is not "a section of another topic"', async () => {
    const { checkCitations } = await import('../../src/audit/citation.js');
    const library = await bundledLibrary();
    const topics = library.topics;
    const imaging = topics.filter((t) => t.topic === 'imaging');
    const chapter = { source: 'MTUS' as const, guideline: 'Low Back Complaints 2004', sections: [], pages: [], text: 'Low Back Complaints 2004' };
    expect(checkCitations([chapter], imaging, topics)).toEqual([]);
    const misplaced = { source: 'MTUS' as const, guideline: 'Chronic Pain Medical Treatment Guidelines', sections: ['Benzodiazepines'], pages: ['24'], text: '' };
    expect(checkCitations([misplaced], imaging, topics)).toHaveLength(1);
  });
});

describe('the 2013 layout ("has determined the request for … is [not] medically necessary and appropriate")', () => {
  test('each stated decision is an item, with its own rationale', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { PROJECT_ROOT } = await import('../../src/project-files.js');
    const text = readFileSync(join(PROJECT_ROOT, 'test/fixtures/letters/imr-2013-style.txt'), 'utf8');
    const d = parseDetermination(normaliseLetterText(text));
    expect(d.items.map((i) => [i.request.text, i.decision, i.conclusion.value])).toEqual([
      ['a 28 day functional restoration program', 'upheld', 'not-medically-necessary'],
      ['Norco 10/325mg #60', 'overturned', 'medically-necessary'],
    ]);
    expect(d.items[0]!.rationale.text).toMatch(/no baseline functional testing/);
    expect(d.items[1]!.rationale.text).toMatch(/urine drug screen was consistent/);
    expect(d.reviewer.specialties).toEqual(['Occupational Medicine']);
    // its dates are told in sentences, not a header table: "Determination Dated: …", "filed on …", "Denial dated …"
    expect(d.dates).toEqual({ decision: '9/26/2013', urDenial: '8/30/2013', applicationReceived: '9/6/2013' });
  });

  test('the heading is the whole decision sentence, also after a blank line', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { PROJECT_ROOT } = await import('../../src/project-files.js');
    const text = readFileSync(join(PROJECT_ROOT, 'test/fixtures/letters/imr-2013-style.txt'), 'utf8');
    const headings = [
      '1) MAXIMUS Federal Services, Inc. has determined the request for a 28 day functional restoration program is not medically necessary and appropriate.',
      '2) MAXIMUS Federal Services, Inc. has determined the request for Norco 10/325mg #60 is medically necessary and appropriate.',
    ];
    const spaced = text.replace('that were in dispute:\n1)', 'that were in dispute:\n\n1)');
    expect(spaced).not.toBe(text);
    for (const letter of [text, spaced]) {
      const normalised = normaliseLetterText(letter);
      const d = parseDetermination(normalised);
      expect(d.items.map((i) => i.heading.text)).toEqual(headings);
      for (const item of d.items) expect(normalised.text.slice(item.heading.start, item.heading.end).replace(/\n/g, ' ')).toBe(item.heading.text);
    }
  });
});

describe('decision lines written otherwise than "<request>: Upheld"', () => {
  /** A real letter (seed 001) with its first decision line rewritten. */
  const seed = readCase('seeds', '001_940949130f113873.txt');
  const withFirstLine = (line: string) => parseDetermination(normaliseLetterText(seed.replace('XANAX 1MG #30:  Upheld', line)));

  test.each([
    ['XANAX 1MG #30 - Upheld', 'upheld'],
    ['XANAX 1MG #30 \u2013 Upheld', 'upheld'],
    ['1. XANAX 1MG #30: Upheld', 'upheld'],
    ['#1 XANAX 1MG #30: Upheld', 'upheld'],
    ['XANAX 1MG #30: Upheld (not medically necessary).', 'upheld'],
    ['XANAX 1MG #30: Overturned (medically necessary)', 'overturned'],
  ])('%s', (line, decision) => {
    const letter = withFirstLine(line);
    expect(letter.items.map((item) => item.request.text)).toEqual(parse('seeds', '001_940949130f113873.txt').items.map((item) => item.request.text));
    expect(letter.items[0]!.decision).toBe(decision);
  });

  test('a heading right under the last line of a rationale does not take that line, however the verdict ends', () => {
    // CM16-0232543: "… As such, the request is not medically necessary." then "X-rays of the lumbar spine: Upheld" on the next line
    const original = readCase('dwc-2016', 'txt', 'CM16-0232543.txt');
    const requests = parseDetermination(normaliseLetterText(original)).items.map((item) => item.request.text);
    for (const ending of ['not medically necessary at this time.', 'not medically necessary for this patient.', 'not medically reasonable.']) {
      const rewritten = parseDetermination(normaliseLetterText(original.replace(/not medically necessary\./g, ending)));
      expect(rewritten.items.map((item) => item.request.text)).toEqual(requests);
      expect(rewritten.items.map((item) => item.conclusion.value)).toEqual(parseDetermination(normaliseLetterText(original)).items.map((item) => item.conclusion.value));
    }
  });

  test('a request that begins with its own count keeps it', () => {
    expect(withFirstLine('12 sessions of physical therapy: Upheld').items[0]!.request.text).toBe('12 sessions of physical therapy');
  });
});

describe('an issues heading written otherwise', () => {
  const seed = readCase('seeds', '001_940949130f113873.txt');
  const expected = parse('seeds', '001_940949130f113873.txt');
  test.each([['IMR ISSUE(S), DECISION(S) AND RATIONALE(S)'], ['DISPUTED ITEMS AND DECISIONS']])('%s', (heading) => {
    const letter = parseDetermination(normaliseLetterText(seed.replace('IMR ISSUES, DECISIONS AND RATIONALES', heading)));
    expect(letter.items.map((item) => [item.request.text, item.decision])).toEqual(expected.items.map((item) => [item.request.text, item.decision]));
    // the summary ends before the first item, though its heading was not recognised
    expect(letter.summary.end).toBeLessThanOrEqual(letter.items[0]!.span.start);
    expect(letter.summary.text).toContain('60-year-old female');
  });
});

describe('paragraph labels written otherwise', () => {
  const seed = readCase('seeds', '001_940949130f113873.txt');
  const expected = parse('seeds', '001_940949130f113873.txt').items[0]!;
  test.each([
    ['Decision rationale:', 'Rationale:'],
    ['Decision rationale:', 'Rationale for the Decision:'],
    ['Decision rationale:', 'Decision Rationale -'],
    ['MAXIMUS guideline:', 'IMR guideline:'],
    ['Claims Administrator guideline:', 'Claims Administrator Guideline(s):'],
  ])('%s as %s', (label, written) => {
    const item = parseDetermination(normaliseLetterText(seed.replaceAll(label, written))).items[0]!;
    // the guideline paragraph ends where the rationale starts, and the rationale is the same text
    expect(item.guidelineBasis?.citations).toEqual(expected.guidelineBasis?.citations);
    expect(item.rationale.text.trim()).toBe(expected.rationale.text.trim());
  });
});

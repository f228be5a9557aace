import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { auditedBatch, PAYLOAD_FILE, PAYLOAD_REQUEST } from './batch.js';

interface TestCase {
  '@_classname': string;
  '@_name': string;
  failure?: { '@_message': string; '@_type': string; '#text': string };
  error?: { '@_message': string; '@_type': string };
  skipped?: { '@_message': string };
  'system-out'?: string;
}

interface Suite {
  '@_name': string;
  '@_tests': string;
  '@_failures': string;
  '@_errors': string;
  '@_skipped': string;
  testcase: TestCase[];
}

async function junit(): Promise<{ xml: string; suites: Suite[]; root: Record<string, string> }> {
  const xml = (await auditedBatch()).read('junit');
  // Character references such as &#10; (a line break kept in an attribute) are decoded with htmlEntities.
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'testsuite' || name === 'testcase', parseTagValue: false, processEntities: true, htmlEntities: true });
  const parsed = parser.parse(xml) as { testsuites: Record<string, string> & { testsuite: Suite[] } };
  return { xml, suites: parsed.testsuites.testsuite, root: parsed.testsuites };
}

describe('JUnit report', () => {
  test('is well-formed XML', async () => {
    const { xml } = await junit();
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites ')).toBe(true);
  });

  test('a suite per letter, a case per item: inconsistent fails, undetermined is skipped, an unreadable letter errors', async () => {
    const { report } = await auditedBatch();
    const { suites, root } = await junit();
    const s = report.summary;
    expect(root).toMatchObject({ '@_tests': String(s.items + s.failed), '@_failures': String(s.inconsistent), '@_errors': String(s.failed), '@_skipped': String(s.undetermined) });
    expect(suites.map((suite) => suite['@_name'])).toEqual(report.determinations.map((d) => d.file));
    for (const [i, suite] of suites.entries()) {
      const determination = report.determinations[i]!;
      expect(suite.testcase).toHaveLength(determination.status === 'error' ? 1 : determination.items.length);
      expect(Number(suite['@_failures'])).toBe(suite.testcase.filter((c) => c.failure).length);
      expect(Number(suite['@_skipped'])).toBe(suite.testcase.filter((c) => c.skipped !== undefined).length);
      determination.items.forEach((item, n) => {
        const testCase = suite.testcase[n]!;
        expect(testCase['@_name']).toBe(`item ${item.index} (line ${item.line}): ${item.request}`);
        expect([testCase.failure ? 'inconsistent' : testCase.skipped !== undefined ? 'undetermined' : 'consistent']).toEqual([item.verdict]);
      });
    }
    const flipped = suites.find((suite) => suite['@_name'] === 'flipped-000.txt')!.testcase;
    expect(flipped[0]!.failure!['@_type']).toBe('rationale');
    expect(flipped[0]!.failure!['#text']).toMatch(/\[guideline, error\] The decision is Overturned but rule opioid-efficacy-not-documented/);
    expect(flipped[1]!['system-out']).toMatch(/\[citation, warning\]/);
    const error = suites.find((suite) => suite['@_name'] === 'not-a-letter.txt')!.testcase[0]!;
    expect(error.error!['@_message']).toMatch(/not an IMR determination letter/);
  });

  test('letter text comes back exactly from attributes and text: markup, quotes, a line break in a file name', async () => {
    const { xml, suites } = await junit();
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain('<b>');
    const payload = suites.find((suite) => suite['@_name'] === PAYLOAD_FILE)!;
    expect(payload.testcase[1]!['@_classname']).toBe(PAYLOAD_FILE);
    expect(payload.testcase[1]!['@_name']).toBe(`item 2 (line 109): ${PAYLOAD_REQUEST}`);
  });
});

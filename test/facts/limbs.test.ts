import { analyseLetter } from '../../src/facts/analysis.js';
import { extractItemFacts } from '../../src/facts/extract.js';
import { normaliseLetterText } from '../../src/letter/normalise.js';
import { parseDetermination } from '../../src/letter/parse.js';
import { excerptLetter } from '../../src/rules/test-runner.js';
import { bundledLibrary, readCase } from '../helpers.js';

async function factsOfLetter(letter: string, index = 1) {
  const library = await bundledLibrary();
  const determination = parseDetermination(normaliseLetterText(letter));
  return extractItemFacts(analyseLetter(determination, library.lexicon), determination.items[index - 1]!).facts;
}

/** The limbs of the findings a clinical summary tells, for an electrodiagnostic request. */
async function limbOf(summary: string, request = 'EMG/NCV of the bilateral lower extremities') {
  const facts = await factsOfLetter(excerptLetter({ expect: 'fires', request, summary, text: 'The request is reviewed.' }));
  return facts.findingsLimb!.value;
}

describe('the limbs the neurological findings are in (findingsLimb)', () => {
  test('real letters: findings in the fingers and the toes are both limbs; carpal tunnel signs and a weak hand are the arms', async () => {
    // "decrease sensation to all fingers and left toes", "numbness of the toes and fingers", "pain down bilateral lower extremities and bilateral fingers"
    expect((await factsOfLetter(readCase('dwc-2016/txt/CM17-0000846.txt'), 1)).findingsLimb!.value).toBe('both');
    expect((await factsOfLetter(readCase('dwc-2016/txt/CM17-0000846.txt'), 2)).findingsLimb!.value).toBe('both');
    // "positive Phalen test and Tinel test on the left wrist", "carpal tunnel syndrome"
    expect((await factsOfLetter(readCase('dwc-2016/txt/CM17-0003284.txt'), 2)).findingsLimb!.value).toBe('upper');
    expect((await factsOfLetter(readCase('dwc-2016/txt/CM17-0020384.txt'), 1)).findingsLimb!.value).toBe('upper');
  });

  test("the hands' findings beside a normal lumbar examination are the arms'", async () => {
    const summary =
      "Examination of the wrists revealed positive Tinel's sign and Phalen's test bilaterally, decreased two-point discrimination in the median nerve distribution bilaterally, and abductor pollicis brevis strength of 4 out of 5 on the right. Lumbar examination revealed negative straight leg raise bilaterally and intact sensation in the L2 through S1 dermatomes.";
    expect(await limbOf(summary)).toBe('upper');
  });

  test('a finding is the limb named nearest it in its sentence', async () => {
    expect(await limbOf('The diagnoses included bilateral hand paresthesias, rule out carpal tunnel syndrome, and lumbar strain.')).toBe('upper');
    expect(await limbOf('Neurological examination revealed decreased sensation over the left lateral foot and a left Achilles reflex of 1+.')).toBe('lower');
    expect(await limbOf('She has numbness in both hands and decreased sensation in the left L5 dermatome.')).toBe('both');
  });

  test('a finding told without a limb leaves the limbs unknown, as does no finding', async () => {
    expect(await limbOf('Examination revealed decreased sensation and 4/5 strength.')).toBe('unknown');
    expect(await limbOf('The neurological examination was normal.')).toBe('unknown');
  });
});

describe("a concept that ignores the other limbs' mentions (otherLimbs: ignored, radiculopathy)", () => {
  async function radiculopathyFor(request: string, summary: string) {
    const facts = await factsOfLetter(excerptLetter({ expect: 'fires', request, summary, text: 'The request is reviewed.' }));
    return facts.radiculopathy!.state;
  }

  test("the neck's radiculopathy is none for the low back; the legs' negative signs deny none for the neck", async () => {
    const cervical = 'The current diagnoses are documented as right cervical radiculopathy at C6-7 and lumbar facet arthropathy.';
    const lumbarExam = 'Straight leg raise was negative bilaterally, and motor strength, sensation, and reflexes of the lower extremities were normal.';
    expect(await radiculopathyFor('Bilateral L4-5 and L5-S1 medial branch blocks', cervical)).toBe('unknown');
    expect(await radiculopathyFor('Trigger point injections x 4, bilateral upper trapezius', `${cervical} ${lumbarExam}`)).toBe('present');
    // read as before where the request names no limb, or both
    expect(await radiculopathyFor('Trigger point injections x 4', `${cervical} ${lumbarExam}`)).toBe('absent');
    expect(await radiculopathyFor('MRI of the cervical and lumbar spine', `${cervical} ${lumbarExam}`)).toBe('absent');
  });
});

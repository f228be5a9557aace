import { sentenceVerdict } from '../../src/letter/conclusion.js';

describe('the verdict a rationale sentence states (sentenceVerdict)', () => {
  test.each([
    ['The request for MRI right shoulder without contrast is medically necessary.', 'medically-necessary'],
    ['The request for MRI of the lumbar spine without contrast is not medically necessary.', 'not-medically-necessary'],
    ['Non-contrast CT of the head is medically necessary.', 'medically-necessary'],
    ['The request for a non-steroidal anti-inflammatory is medically necessary.', 'medically-necessary'],
    // a negation that is one still negates
    ['The request is non-certified.', 'not-medically-necessary'],
    ['The requested treatment is not medically necessary.', 'not-medically-necessary'],
    ['Medical necessity cannot be established without documentation of functional improvement.', 'not-medically-necessary'],
  ] as const)('%s', (sentence, verdict) => {
    expect(sentenceVerdict(sentence)).toBe(verdict);
  });
});

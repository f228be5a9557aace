import { splitSentences } from '../../src/text/sentences.js';

const sentencesOf = (text: string): string[] => splitSentences({ start: 0, end: text.length, text }).map((s) => s.text);

describe('splitting a rationale into sentences', () => {
  test('a title, a Latin abbreviation or an initial does not end a sentence', () => {
    expect(sentencesOf('Per Dr. Smith the patient improved. Treatment, e.g. TENS, helped. J. Doe agreed.')).toEqual([
      'Per Dr. Smith the patient improved.',
      'Treatment, e.g. TENS, helped.',
      'J. Doe agreed.',
    ]);
  });

  test('a unit abbreviated before a number goes on; before a capital the sentence ends', () => {
    expect(sentencesOf('ODG recommends 6 visits over 2-3 wks. The initial request exceeds it.')).toEqual([
      'ODG recommends 6 visits over 2-3 wks.',
      'The initial request exceeds it.',
    ]);
    expect(sentencesOf('She takes Norco 10 mg. 2 tablets a day help. He takes 5 mg. Pain is 4/10.')).toEqual([
      'She takes Norco 10 mg. 2 tablets a day help.',
      'He takes 5 mg.',
      'Pain is 4/10.',
    ]);
  });

  test('the literature cited after a full stop belongs to the sentence before it', () => {
    expect(
      sentencesOf('Exercise can include assistive devices. (Colorado, 2002) (Airaksinen, 2006). Hand therapy is very important in CRPS. (Li, 2005) The use of active treatment is better.'),
    ).toEqual([
      'Exercise can include assistive devices. (Colorado, 2002) (Airaksinen, 2006).',
      'Hand therapy is very important in CRPS. (Li, 2005)',
      'The use of active treatment is better.',
    ]);
  });
});

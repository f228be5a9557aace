import { escapeRegExp } from '../text/phrases.js';

/**
 * Words letters write several ways for the same thing. Reviewers write "the patient", "the
 * claimant", "the injured worker", "the injured employee", "the applicant" or "the IW" for the
 * same person, "ROM" for "range of motion", "physiotherapy" for "physical therapy", "the records" or
 * "clinical documentation" for "documentation", "recorded" or "demonstrated" for "documented", "neuro" for "neurological", "&" for "and". A lexicon
 * phrase or pattern written with the first way reads every other one, so that no phrase depends on
 * which words a reviewer prefers.
 */
interface Variants {
  /** The way the lexicon writes it, as a phrase. */
  readonly phrase: string;
  /** The other ways letters write it, as phrases. */
  readonly others: readonly string[];
  /** Whether regular expressions are widened too (default), or phrases only. */
  readonly inPatterns?: false;
}

const VARIANTS: readonly Variants[] = [
  { phrase: 'the patient', others: ['the claimant', 'the injured worker', 'the injured employee', 'the employee', 'the applicant', 'the IW', 'this patient', 'this claimant', 'this injured worker'] },
  { phrase: 'range of motion', others: ['ROM'] },
  { phrase: 'physical therapy', others: ['physiotherapy'] },
  // (these in phrases only: widened in every pattern they made the patterns' first use, a cold one-letter run, ~40 ms slower,
  // for patterns no rewriting of the letters needed)
  { phrase: 'the patient', others: ['patient'] },
  { phrase: 'documentation', others: ['clinical documentation', 'medical documentation', 'records', 'medical records', 'clinical records'], inPatterns: false },
  { phrase: 'documented', others: ['recorded', 'demonstrated'], inPatterns: false },
  { phrase: 'neurological', others: ['neurologic', 'neuro'], inPatterns: false },
  // (phrases only: "and" widened in every pattern made a letter ~4 % slower to read, for patterns no rewriting of the letters needed)
  { phrase: 'and', others: ['&'], inPatterns: false },
];


/** A phrase as the lexicon's patterns write it: words apart by `\s+` or by a space. */
function asPatternSource(phrase: string): string {
  return phrase.split(' ').map(escapeRegExp).join(String.raw`(?:\\s\+| )`);
}

const COMPILED = VARIANTS.map(({ phrase, others, inPatterns }) => ({
  inPatterns: inPatterns !== false,
  inPhrase: new RegExp(String.raw`\b${escapeRegExp(phrase)}(?![A-Za-z])`, 'i'),
  others,
  inPattern: new RegExp(String.raw`\b${asPatternSource(phrase)}(?![A-Za-z])`, 'g'),
  widened: `(?:${[phrase, ...others].map((p) => p.split(' ').map(escapeRegExp).join(String.raw`\s+`)).join('|')})`,
}));

/** A phrase list with every phrase that holds a word of the table also under its other ways. */
export function withPhraseVariants(phrases: readonly string[]): string[] {
  let all = [...phrases];
  for (const { inPhrase, others } of COMPILED) {
    const added: string[] = [];
    for (const phrase of all) {
      const match = inPhrase.exec(phrase);
      if (!match) continue;
      // keep the phrase's own capitalisation of the first letter ("The patient" → "The claimant")
      for (const other of others) added.push(phrase.replace(inPhrase, /^[A-Z]/.test(match[0]) ? other[0]!.toUpperCase() + other.slice(1) : other));
    }
    all = [...all, ...added];
  }
  return all;
}

/** A regular expression's source with each word of the table widened to all its ways. */
export function withPhraseVariantsPattern(source: string): string {
  return COMPILED.filter((variant) => variant.inPatterns).reduce((widened, { inPattern, widened: alternation }) => widened.replace(inPattern, alternation), source);
}

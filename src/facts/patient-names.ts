/**
 * The names letters give the patient. Reviewers write "the patient", "the claimant", "the injured
 * worker", "the injured employee", "the applicant" or "the IW" for the same person; a lexicon
 * phrase or pattern that names "the patient" reads every one of them, so that no phrase depends on
 * which name a reviewer prefers.
 */
export const PATIENT_NAMES = ['patient', 'claimant', 'injured worker', 'injured employee', 'employee', 'applicant', 'IW'] as const;

const THE_PATIENT_PHRASE = /\bthe patient(?![A-Za-z])/i;
const THE_PATIENT_PATTERN = /\bthe\\s\+patient(?![A-Za-z])/g;
const PATIENT_NAME_PATTERN = String.raw`the\s+(?:patient|claimant|injured\s+(?:worker|employee)|employee|applicant|IW)`;

/** A phrase list with every phrase that names "the patient" also under the other names. */
export function withPatientNames(phrases: readonly string[]): string[] {
  const all = [...phrases];
  for (const phrase of phrases) {
    if (!THE_PATIENT_PHRASE.test(phrase)) continue;
    for (const name of PATIENT_NAMES) if (name !== 'patient') all.push(phrase.replace(THE_PATIENT_PHRASE, `the ${name}`));
  }
  return all;
}

/** A regular expression's source with `the\s+patient` widened to every name of the patient. */
export function withPatientNamesPattern(source: string): string {
  return source.replace(THE_PATIENT_PATTERN, PATIENT_NAME_PATTERN);
}

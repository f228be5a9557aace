/**
 * Readings that judge what comes before them: a ", which …" clause ("…, which was not provided"), and a
 * clause whose subject points back ("…, but none are documented here", "…; this has not been
 * demonstrated"). Each judges its antecedent, the guideline's reading of the same words notwithstanding.
 */
import { COMMA, SEMICOLON } from '../text/chars.js';
import { markedHit, type ModifierHit, type Terminator } from './context.js';

/** Words a clause may hold before its judgement: "which [was] not provided", "which [has not] been documented". */
const CLAUSE_LEAD_WORDS = 2;

/** Words a clause may hold before a reading that refers back: "; [however, in this case] there is none". */
const REFERENCE_LEAD_WORDS = 4;

/** "of" right after a reading that refers back: it names what follows it instead ("…, and has none of the red flags"). */
const PARTITIVE_AFTER = /^\s+of\b/i;

/**
 * Mark the backward not-documented, negated and affirmed readings that open a ", which …" clause, and those
 * that refer back from a clause of their own ("…, but none are documented"): each judges its antecedent
 * (ModifierHit.judgesAntecedent). A reading that refers back and opens no clause has nothing to point
 * back to, and is dropped ("The patient has radicular symptoms and has none of …" denies nothing before it).
 */
export function markAntecedentJudgements(modifiers: ModifierHit[], terminators: readonly Terminator[], wordStarts: readonly number[], sentence: string): void {
  const clauses = terminators.filter((t) => t.kind === 'clause');
  let kept = 0;
  for (const modifier of modifiers) {
    const { category, direction, refersBack } = modifier.definition;
    if (refersBack) {
      // "has none of the red flags" names what follows it
      const opening = PARTITIVE_AFTER.test(sentence.slice(modifier.end, modifier.end + 4)) ? undefined : clauseOpening(modifier, terminators, wordStarts, sentence);
      if (opening !== undefined) modifiers[kept++] = markedHit(modifier, { judgesAntecedent: true, clauseOpensAt: opening });
      continue;
    }
    // the clause's opening words may be the modifier's own (", none of which are documented")
    const judges =
      direction !== 'forward' &&
      (category === 'not-documented' || category === 'negated' || category === 'affirmed') &&
      clauses.some((t) => t.start <= modifier.start && wordsIn(wordStarts, t.end, modifier.start) <= CLAUSE_LEAD_WORDS);
    modifiers[kept++] = judges ? markedHit(modifier, { judgesAntecedent: true }) : modifier;
  }
  modifiers.length = kept;
}

/**
 * Where the clause a reading that refers back stands in opens: the first boundary a few words before it
 * (a comma or semicolon, "but", "however", "therefore"), if any. A guideline's terminator opens none:
 * "the patient" in "The patient has radicular symptoms and has none of …" is a subject.
 */
function clauseOpening(modifier: ModifierHit, terminators: readonly Terminator[], wordStarts: readonly number[], sentence: string): number | undefined {
  let opening: number | undefined;
  for (const t of terminators) {
    if (t.kind === 'forward' || t.kind === 'guideline' || t.end > modifier.start) continue;
    if (wordsIn(wordStarts, t.end, modifier.start) <= REFERENCE_LEAD_WORDS) {
      opening = t.start;
      break;
    }
  }
  // a comma or semicolon among the words before it: the earliest, as the earliest boundary is
  let ownWord = 0;
  while (ownWord < wordStarts.length && wordStarts[ownWord]! < modifier.start) ownWord++;
  const from = ownWord > REFERENCE_LEAD_WORDS ? wordStarts[ownWord - REFERENCE_LEAD_WORDS - 1]! : 0;
  for (let at = from; at < modifier.start && at < (opening ?? modifier.start); at++) {
    const code = sentence.charCodeAt(at);
    if (code === COMMA || code === SEMICOLON) return at;
  }
  return opening;
}

/** How many words start in [from, to). */
export function wordsIn(wordStarts: readonly number[], from: number, to: number): number {
  let count = 0;
  for (const start of wordStarts) if (start >= from && start < to) count++;
  return count;
}


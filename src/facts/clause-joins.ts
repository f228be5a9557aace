/**
 * Where a sentence joins two clauses without a word the lexicon lists as a terminator: ", and" before a
 * clause with its own subject and verb, " and the" before a record and what was done with it, a comma
 * before the patient's own clause. What one clause says of the case does not reach into the other.
 */

/**
 * ", and" that joins a clause with its own subject and verb ("There is no evidence of aberrant behavior, and the
 * most recent urine drug screen was consistent"): what the first clause says does not reach into the second.
 * A list's last item ("…, and the absence of side effects") has no verb of its own and is not joined so; nor is
 * a requirement in the perfect ("fails to document …, and the CURES has been queried": what is not documented).
 */
const CLAUSE_JOIN = /,\s+and(?=\s+(?:the|his|her|their|this|that|these|those|a|an)\s+(?:[\w'-]+\s+){0,5}?(?:was|were|is|are|showed|shows|revealed|reveals|demonstrated|noted|reported|indicated)\b)/g;

/**
 * ", and" before a subject of a few words and its verb: ", and oral NSAIDs were stopped", ", and #30 of
 * cyclobenzaprine at bedtime represents a short course", ", and on Butrans her pain decreased from 8/10 to 4/10"
 * (what it joins is read by joinsAClause).
 */
const SUBJECT_CLAUSE_JOIN =
  /,\s+and(?=\s+(?:[\w'#\/-]+\s+){1,5}?(?:(?:was|were|is|are|has been|have been|had been|represents|constitutes|amounts to|equals)\b|(?:improved|increased|decreased|declined|dropped|fell|worsened)\s+(?:from|to|by)\s+\d))/g;

/**
 * " and the" before a record and what was done with it, even without a comma: "has no history of substance
 * use disorder and the CURES report was checked before surgery", "he denies side effects and the 01/13/2014 urine
 * drug screen was consistent" (the denial is the history's, not the report's). A record's predicate, not an
 * improvement's: "the pain and the function were improved" is one subject; not a requirement in the perfect
 * ("fails to document …, and the CURES has been queried": what is not documented).
 */
const RECORD_CLAUSE_JOIN =
  /(?<!,)\s+and(?=\s+the\s+(?:[\w'\/-]+\s+){0,5}?(?:was|were|is|are)\s+(?:checked|reviewed|queried|performed|done|obtained|completed|ordered|signed|updated|consistent|inconsistent|negative|positive|normal|abnormal|unremarkable|appropriate)\b)/g;

/**
 * " and his …" before an examination and its finding, even without a comma: "his pain had decreased from 7/10 to
 * 5/10 and his neurological examination remained normal" (the normal finding is the examination's, not the pain's).
 */
const FINDING_CLAUSE_JOIN =
  /(?<!,)\s+and(?=\s+(?:his|her|their)\s+(?:[\w'\/-]+\s+){0,3}?(?:was|were|is|are|remained|remains|stayed)\s+(?:normal|intact|unchanged|negative|unremarkable|stable|within normal limits)\b)/g;

/**
 * " and" where a screen's result turns from negative to positive: "was negative for hydrocodone and positive for alprazolam,
 * which is not prescribed" (what the screen found is not denied with what it did not).
 */
const RESULT_TURN = /\s+(?:and|but)(?=\s+(?:was\s+|were\s+|is\s+|also\s+)?positive\s+for\b)/gi;

/** A finite verb: the words before ", and" are a clause of their own, not an item of a list. */
export const FINITE_VERB = /\b(?:is|are|was|were|has|have|had|does|do|did|reports|reported|notes|noted|states|stated|remains|remained|continues|continued|takes|took|uses|used|underwent|received|completed|demonstrates|demonstrated|shows|showed|reveals|revealed)\b/i;

/**
 * ", and" that joins two clauses, each with a verb of its own: "This patient has right knee osteoarthritis,
 * and oral NSAIDs were stopped because of kidney disease" (the stopping is the NSAIDs', not the
 * osteoarthritis's). A list's items before it have none: "Tinel's, Phalen's, and compression tests were negative".
 */
function joinsAClause(sentence: string, comma: number): boolean {
  const before = sentence.slice(0, comma);
  const segmentStart = Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1;
  return FINITE_VERB.test(before.slice(segmentStart));
}

/**
 * A comma that opens a clause of the patient's own, without "and" ("There is no documentation of functional
 * improvement, the patient reports pain of 7/10 with medications"): the first clause's reading stops there.
 */
const COMMA_SPLICE = /,(?=\s+(?:he|she|they|the\s+(?:patient|claimant|injured\s+worker|employee|applicant))\s+(?:reports|reported|states|stated|notes|noted|describes|described|rates|rated|complains|complained|continues|continued|is|was|has|had)\b)/g;

/**
 * A comma before a finding measured changing, which has a subject and a verb of its own ("he was walking without
 * crutches, quadriceps strength improved from 4/5 to 5/5"): the negation before it does not reach it. A list's items
 * have no verb ("without fever, chills or weight loss").
 */
const CHANGE_SPLICE =
  /,(?=\s+(?:[\w'\/-]+\s+){1,3}?(?:improved|increased|decreased|declined|worsened|progressed)\s+(?:from|to|by|significantly|substantially|markedly|further|\d))/g;

/**
 * The comma after "the absence of …" in a list whose items each have their own determiner ("recorded the pain relief,
 * the absence of side effects, the CURES check and an agreement"): the absence is the one item's, not the next
 * ones' ("an absence of pain scores, urine drug screens or CURES reports" goes on: no determiner).
 */
const AFTER_AN_ABSENCE = /\babsence\s+of\s+[^,.;]{1,40}?(,)(?=\s+(?:the|an?|his|her|their)\s)/gi;

/**
 * A comma before the next predicate of the same subject ("has failed therapy …, cannot take standard NSAIDs after a GI
 * bleed, had only brief benefit from a steroid injection"): what one predicate denies, the next does not.
 */
const PREDICATE_SPLICE = /,(?=\s+(?:had|has|have|is|was|were|are|reports|reported|underwent|received|completed|continues|continued|remains|remained|takes|took|uses|used)\s+(?!been\b)(?:only\s+|not\s+|no\s+)?\w)/g;

/** The joins of two clauses in a sentence, in no particular order: each ends every reading's scope (a terminator of kind `all`). */
export function clauseJoinsIn(sentence: string): Array<{ start: number; end: number }> {
  const joins: Array<{ start: number; end: number }> = [];
  const add = (start: number, length: number): void => {
    if (!joins.some((join) => join.start === start)) joins.push({ start, end: start + length });
  };
  if (sentence.includes(' and the ')) for (const join of sentence.matchAll(RECORD_CLAUSE_JOIN)) add(join.index, join[0].length);
  if (/ and (?:his|her|their) /.test(sentence)) for (const join of sentence.matchAll(FINDING_CLAUSE_JOIN)) add(join.index, join[0].length);
  if (sentence.includes(', and ')) {
    for (const join of sentence.matchAll(CLAUSE_JOIN)) add(join.index, join[0].length);
    for (const join of sentence.matchAll(SUBJECT_CLAUSE_JOIN)) if (joinsAClause(sentence, join.index)) add(join.index, join[0].length);
  }
  if (/ positive for /i.test(sentence)) for (const join of sentence.matchAll(RESULT_TURN)) add(join.index, join[0].length);
  if (sentence.includes(', ')) {
    for (const splice of sentence.matchAll(COMMA_SPLICE)) add(splice.index, 1);
    for (const splice of sentence.matchAll(CHANGE_SPLICE)) add(splice.index, 1);
    for (const splice of sentence.matchAll(PREDICATE_SPLICE)) add(splice.index, 1);
    if (/absence of/i.test(sentence)) for (const item of sentence.matchAll(AFTER_AN_ABSENCE)) add(item.index + item[0].length - 1, 1);
  }
  return joins;
}

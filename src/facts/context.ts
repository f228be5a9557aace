import { COLON, COMMA, isWhitespace, SEMICOLON } from '../text/chars.js';
import { US_DATE } from '../text/numbers.js';
import type { PhraseScan } from '../text/phrases.js';
import { markAntecedentJudgements, wordsIn } from './antecedents.js';
import { clauseJoinsIn, FINITE_VERB } from './clause-joins.js';
import type { Lexicon, ModifierDefinition, TerminatorKind } from './lexicon.js';

/** A modifier phrase found in a sentence (offsets relative to the sentence). */
export interface ModifierHit {
  readonly definition: ModifierDefinition;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The modifier reads the whole sentence, whatever the distance or terminators. */
  readonly wholeSentence?: boolean;
  /**
   * A not-documented or negated reading that opens a clause after a comma and reaches back across
   * it to what the clause is about: "the guidelines require documentation of pain relief, which was
   * not provided" says of this case that pain relief is not documented, the guideline notwithstanding.
   */
  readonly judgesAntecedent?: boolean;
  /**
   * For a reading that refers back (ModifierDefinition.refersBack) and judges its antecedent: where the
   * boundary that opens its clause starts ("; in this case there is none"). It reads back across that
   * boundary, and no other.
   */
  readonly clauseOpensAt?: number;
  /**
   * A not-documented or negated reading followed in its clause by words naming this case: "Per the
   * guidelines, there are no red flags documented in this case" denies the red flags of this case.
   */
  readonly namesTheCase?: boolean;
}

/** What may be marked on a modifier hit after it is found. */
type HitMarks = Partial<Pick<ModifierHit, 'wholeSentence' | 'judgesAntecedent' | 'clauseOpensAt' | 'namesTheCase'>>;

/** A modifier hit with every field, those that do not apply undefined: one shape for all hits (test/facts/shapes.test.ts). */
export function modifierHit(definition: ModifierDefinition, start: number, end: number, text: string, marks: HitMarks = {}): ModifierHit {
  return {
    definition,
    start,
    end,
    text,
    wholeSentence: marks.wholeSentence,
    judgesAntecedent: marks.judgesAntecedent,
    clauseOpensAt: marks.clauseOpensAt,
    namesTheCase: marks.namesTheCase,
  };
}

/** The hit with more marked on it, or read by another definition. */
export function markedHit(hit: ModifierHit, marks: HitMarks, definition: ModifierDefinition = hit.definition): ModifierHit {
  return modifierHit(definition, hit.start, hit.end, hit.text, {
    wholeSentence: marks.wholeSentence ?? hit.wholeSentence,
    judgesAntecedent: marks.judgesAntecedent ?? hit.judgesAntecedent,
    clauseOpensAt: marks.clauseOpensAt ?? hit.clauseOpensAt,
    namesTheCase: marks.namesTheCase ?? hit.namesTheCase,
  });
}

export interface Terminator {
  readonly start: number;
  readonly end: number;
  readonly kind: TerminatorKind;
}

/** What a sentence holds that can modify a concept mention: modifier phrases and scope terminators. */
export interface SentenceContext {
  readonly modifiers: readonly ModifierHit[];
  readonly terminators: readonly Terminator[];
  /** Word start offsets, to measure scope in words. */
  readonly wordStarts: readonly number[];
  /** The sentence itself: where it opens a list of examples is read from it only when a scope needs to know. */
  readonly sentence: string;
}

/**
 * Words that open a list of examples of what comes before them: "no red flags, such as cauda equina syndrome or fracture";
 * or a colon that opens an enumeration: "should be documented at each visit: a. Analgesia: … d. Aberrant behavior: current
 * substance use disorder or evidence of diversion".
 */
const LIST_OPENING = /\b(?:such as|e\.g\.|i\.e\.|for example|for instance)|:\s+\(?(?:a|1|i)[.)](?=\s)/gi;

const listOpeningsBySentence = new WeakMap<SentenceContext, readonly number[]>();

/** Where the sentence opens a list of examples ("such as", "e.g."): the offsets after the words that open it. */
function listOpeningsIn(context: SentenceContext): readonly number[] {
  let openings = listOpeningsBySentence.get(context);
  if (!openings) {
    openings = Array.from(context.sentence.matchAll(LIST_OPENING), (match) => match.index + match[0].length);
    listOpeningsBySentence.set(context, openings);
  }
  return openings;
}

/** Words of one item of a list the scope runs on through ("least pain, average pain, … and how long relief lasts"). */
const LIST_ITEM_WORDS = 10;
/** A verb or a subject of its own makes the words after a comma a clause, not an item of the list before it. */
const CLAUSE_VERB =
  /\b(?:is|are|was|were|has|have|had|been|being|does|do|did|reports?|reported|notes?|noted|states?|stated|remains?|remained|continues|continued|shows?|showed|reveals?|revealed|indicates?|indicated|demonstrates?|demonstrated)\b|^\s*(?:and\s+|or\s+)?(?:he|she|they|it|there|this|the\s+(?:patient|claimant|injured\s+worker|employee|provider|physician|records?))\b/i;

/**
 * The mention at `to` is an item of a list that begins within the modifier's scope: "There is no
 * documentation of the least reported pain …, average pain, intensity of pain after taking the
 * opioid, how long it takes for pain relief, and how long pain relief lasts" leaves each of them out.
 * Every item after the first is short and has no verb of its own. A negation does not run on so: an
 * examination's "no deformity, tenderness of the trapezius, spasms …" denies its first finding only.
 */
function continuesList(context: SentenceContext, from: number, to: number, scope: number): boolean {
  const between = context.sentence.slice(from, to);
  const [first = '', ...rest] = between.split(',');
  if (rest.length === 0 || wordsIn(context.wordStarts, from, from + first.length) > scope) return false;
  return rest.every(isListItem);
}

/** Words between commas that make an item of a list: short, with no verb or subject of their own. */
function isListItem(item: string): boolean {
  return item.trim().split(/\s+/).filter(Boolean).length <= LIST_ITEM_WORDS && !CLAUSE_VERB.test(item);
}

/** Two spans share at least one character. */
export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** `outer` holds `inner` and is longer. */
export function holds(outer: { start: number; end: number }, inner: { start: number; end: number }): boolean {
  return outer.start <= inner.start && inner.end <= outer.end && outer.end - outer.start > inner.end - inner.start;
}


/** Whether the phrase at `start` opens a clause after a comma (", which is required by …", not "cases in which"). */
function opensClause(sentence: string, start: number): boolean {
  let at = start - 1;
  while (at >= 0 && isWhitespace(sentence.charCodeAt(at))) at--;
  return at >= 0 && sentence.charCodeAt(at) === COMMA;
}

/**
 * A modifier phrase held inside a longer one is part of it, not a reading of its own: "unclear
 * whether" is the record's silence, not the hypothetical "whether"; "no documentation of" is not
 * the negation "no". (Phrases that only overlap both stand: "has not been" and "not been documented".)
 */
function dropHeldModifiers(modifiers: ModifierHit[]): void {
  const held = (inner: ModifierHit): boolean => modifiers.some((outer) => holds(outer, inner));
  let kept = 0;
  for (const modifier of modifiers) if (!held(modifier)) modifiers[kept++] = modifier;
  modifiers.length = kept;
}

/**
 * A pseudo-modifier cancels a modifier it holds or overlaps ("not only" the "not"), unless the modifier
 * reaches out before it: "has not failed" stays, although the pseudo "failed conservative" overlaps it.
 */
function coversModifier(pseudo: { start: number; end: number }, modifier: { start: number; end: number }): boolean {
  return overlaps(pseudo, modifier) && modifier.start >= pseudo.start;
}

const SUBORDINATOR_BEFORE = /\b(?:if|whether|when|whenever|unless|where|once|until|provided)\s+$/i;
const GERUND_AFTER = /^\s+(?:not\s+)?(?:being|having)\b/i;

/**
 * "the patient" that the guideline speaks of, not this case's: after "if", "whether", "when" ("clinicians should
 * determine if the patient is at risk"; not after "that": "the physician indicated that the injured worker had …"),
 * or in a criterion's gerund ("…, the patient not being a candidate for surgery, …").
 */
function isTheGuidelinesPatient(sentence: string, match: { start: number; end: number; text: string }): boolean {
  if (!/^the\s/i.test(match.text)) return false;
  return SUBORDINATOR_BEFORE.test(sentence.slice(Math.max(0, match.start - 12), match.start)) || GERUND_AFTER.test(sentence.slice(match.end, match.end + 16));
}

const PAIN_SCORE_BEFORE = /\b\d{1,2}(?:\.\d)?\s*(?:\/\s*10|out\s+of\s+(?:10|ten))\s+$/i;

/** What a pain is without when "without" denies a symptom of it: "pain rated 4 out of 10 without radiation, numbness or tingling". */
const SYMPTOM_AFTER = /^\s+(?:any\s+)?(?:radiation|radiating|radicular|numbness|tingling|weakness|paresthesias?|swelling|neurologic(?:al)?)\b/i;

/**
 * "without" after a pain score is the score's condition, not a negation: "7/10 without tramadol and 3/10 with it"; unless a
 * symptom follows, which it denies ("low back pain rated 4 out of 10 without radiation, numbness or tingling in the legs").
 */
function isScoreCondition(sentence: string, match: { start: number; end: number; text: string }): boolean {
  return /^without$/i.test(match.text) && PAIN_SCORE_BEFORE.test(sentence.slice(Math.max(0, match.start - 20), match.start)) && !SYMPTOM_AFTER.test(sentence.slice(match.end, match.end + 30));
}

const RECENT_SPAN_AFTER = /^\s+(?:(?:few|several|couple\s+of|\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+)?(?:days?|weeks?|months?)\b/i;

/**
 * "past" or "previous" that opens a span reaching to now tells what is recent, not history: "over the previous six weeks she
 * had developed progressive numbness", "worse over the past month" (not "in the past", nor "previous surgery").
 */
function opensRecentSpan(sentence: string, match: { end: number; text: string }, definition: ModifierDefinition): boolean {
  return definition.category === 'historical' && /^(?:past|previous)$/i.test(match.text) && RECENT_SPAN_AFTER.test(sentence.slice(match.end, match.end + 30));
}

const PERSON_BEFORE = /\b(?:he|she|they|the (?:patient|claimant|injured worker|employee))\s+$/i;

/**
 * A guideline word that reads back ("must be", "should be") judges its subject: where that is the patient
 * ("…, and she should be able to continue with a home exercise program") it is the reviewer's view of the
 * patient and judges nothing before it.
 */
function judgesThePatient(sentence: string, match: { start: number }, definition: ModifierDefinition): boolean {
  return definition.category === 'guideline' && definition.direction === 'backward' && PERSON_BEFORE.test(sentence.slice(Math.max(0, match.start - 24), match.start));
}

/** Find the modifiers and terminators in one sentence. Pseudo-modifiers ("not only") cancel what they cover. */
export function analyseSentence(sentence: string, lexicon: Lexicon, scan: PhraseScan = lexicon.sentencePhrases.scan(sentence)): SentenceContext {
  const pseudo = scan.matches(lexicon.pseudo);
  const modifiers: ModifierHit[] = [];
  let setsFound = 0;
  for (const set of lexicon.modifiers) {
    const matches = scan.matches(set);
    if (matches.length > 0) setsFound++;
    for (const match of matches) {
      if (pseudo.some((p) => coversModifier(p, match)) || isScoreCondition(sentence, match)) continue;
      for (const definition of match.value) {
        if (!judgesThePatient(sentence, match, definition) && !opensRecentSpan(sentence, match, definition)) modifiers.push(modifierHit(definition, match.start, match.end, match.text));
      }
    }
  }
  // each set's matches come in order of place; several sets' are merged into that order
  if (setsFound > 1) {
    modifiers.sort((a, b) => a.start - b.start);
    dropHeldModifiers(modifiers);
  }
  // a pseudo-modifier is a set phrase: the terminators it holds end nothing ("over the period since last assessment");
  // nor does the guideline's own patient end the guideline ("… determine if the patient is at risk")
  const terminatorMatches = scan.matches(lexicon.terminators).filter((m) => m.value !== 'guideline' || !isTheGuidelinesPatient(sentence, m));
  const terminators: Terminator[] = (pseudo.length === 0 ? terminatorMatches : terminatorMatches.filter((m) => !pseudo.some((p) => p.start <= m.start && m.end <= p.end))).map(
    (m) => ({
      start: m.start,
      end: m.end,
      kind: m.value === 'clause' && !opensClause(sentence, m.start) ? 'all' : m.value,
    }),
  );
  for (const join of clauseJoinsIn(sentence)) if (!terminators.some((t) => t.start === join.start)) terminators.push({ start: join.start, end: join.end, kind: 'all' });
  const wordStarts: number[] = [];
  let inWord = false;
  for (let at = 0; at < sentence.length; at++) {
    const code = sentence.charCodeAt(at);
    if (code === SEMICOLON || code === COLON) terminators.push({ start: at, end: at + 1, kind: 'all' });
    const whitespace = isWhitespace(code);
    if (!whitespace && !inWord) wordStarts.push(at);
    inWord = !whitespace;
  }
  terminators.sort((a, b) => a.start - b.start);
  markAntecedentJudgements(modifiers, terminators, wordStarts, sentence);
  markCaseJudgements(modifiers, terminators, sentence);
  if (lexicon.anySentencePattern?.test(sentence)) {
    for (const { category, pattern } of lexicon.sentencePatterns) {
      const match = pattern.exec(sentence);
      if (match) {
        const definition: ModifierDefinition = { category, direction: 'both', scope: Number.MAX_SAFE_INTEGER, phrase: pattern.source };
        modifiers.push(modifierHit(definition, match.index, match.index + match[0].length, match[0], { wholeSentence: true }));
      }
    }
  }
  return { modifiers, terminators, wordStarts, sentence };
}

/** Words that name this case after what a reading denies ("documented in this case"). */
const THIS_CASE = /\b(?:in this case|in this instance|in the present case|in the current case|in this patient|for this patient|in this claimant|for this claimant)\b/gi;

/** Mark the not-documented and negated readings whose clause goes on to name this case (ModifierHit.namesTheCase). */
function markCaseJudgements(modifiers: ModifierHit[], terminators: readonly Terminator[], sentence: string): void {
  if (!/\b(?:this|present|current) (?:case|instance|patient|claimant)\b/i.test(sentence)) return;
  const named = [...sentence.matchAll(THIS_CASE)].map((match) => match.index);
  const ending = terminators.filter((t) => t.kind === 'all' || t.kind === 'every' || t.kind === 'clause');
  for (let i = 0; i < modifiers.length; i++) {
    const modifier = modifiers[i]!;
    const { category } = modifier.definition;
    if (category !== 'not-documented' && category !== 'negated') continue;
    const inClause = named.some((at) => at >= modifier.end && !ending.some((t) => t.start >= modifier.end && t.end <= at));
    if (inClause) modifiers[i] = markedHit(modifier, { namesTheCase: true });
  }
}

function wordsBetween(context: SentenceContext, from: number, to: number): number {
  return wordsIn(context.wordStarts, from, to);
}

function terminatedBetween(context: SentenceContext, modifier: ModifierHit, forward: boolean, from: number, to: number): boolean {
  const { category } = modifier.definition;
  const ends = (kind: TerminatorKind): boolean =>
    category === 'guideline'
      ? kind === 'guideline' || kind === 'every' || (kind === 'clause' && !forward)
      : kind === 'all' || kind === 'every' || (kind === 'clause' && !modifier.judgesAntecedent) || (forward && kind === 'forward');
  // a reading that refers back crosses the boundary that opens its clause, and what follows it there ("; however, there are none")
  const crossed = !forward && modifier.clauseOpensAt !== undefined ? modifier.clauseOpensAt : Number.POSITIVE_INFINITY;
  return context.terminators.some((t) => t.start >= from && t.end <= to && t.start < crossed && ends(t.kind));
}

/**
 * Is a guideline reading between `from` and `to`? A clause that judges its antecedent ("…, none of
 * which are documented") judges the list the guideline asks for, not what the guideline is about:
 * in "Ongoing opioid management requires documentation of pain relief …, none of which are present"
 * the opioids are still taken.
 */
function guidelineBetween(context: SentenceContext, from: number, to: number): boolean {
  return context.modifiers.some((m) => m.definition.category === 'guideline' && !m.wholeSentence && m.start >= from && m.end <= to);
}

/** A list item that takes up a denial again after a comma: ", any difficulty swallowing", ", or any other reason". */
const DENIED_LIST_ITEM = /,\s*(?:or\s+|and\s+|nor\s+)?any\s+(?:[\w'-]+\s+){0,2}$/i;

/**
 * A denial whose forward scope a prepositional phrase ended ("did not describe any side effects from
 * Norco") goes on to the items of its list that take it up with "any": "…, any difficulty swallowing, any
 * problem with adherence to oral dosing or any other reason". Only a comma between, no clause.
 */
function resumesDeniedList(context: SentenceContext, modifier: ModifierHit, start: number): boolean {
  if (!isDenial(modifier)) return false;
  if (!DENIED_LIST_ITEM.test(context.sentence.slice(Math.max(modifier.end, start - 40), start))) return false;
  return wordsBetween(context, modifier.end, start) <= modifier.definition.scope && !terminatedBetween(context, modifier, false, modifier.end, start);
}

/** The patient's denial of symptoms, as a review of systems lists them: "denied", "denies", "negative for". */
const SYMPTOM_DENIAL = /^(?:denie[sd]|denying|negative\s+for)$/i;

/**
 * A review of systems denies every item of its list, however long, a prepositional phrase within an item
 * included: "She denied fever, weight loss, history of cancer, trauma from a fall, saddle anesthesia, and bowel
 * or bladder changes" (an examination's "no deformity, tenderness of the trapezius" denies its first finding only).
 */
function deniesSymptoms(modifier: ModifierHit): boolean {
  return modifier.definition.category === 'negated' && SYMPTOM_DENIAL.test(modifier.text.trim());
}

/** Is the reading a denial (negated, not documented)? The two readings list items share. */
function isDenial(modifier: ModifierHit): boolean {
  return modifier.definition.category === 'negated' || modifier.definition.category === 'not-documented';
}

/** A comma after a denial, not one that opens examples of what it denies (", such as a recent urine drug screen"). */
const COMMA_NOT_OPENING_EXAMPLES = /^\s*,(?!\s*(?:such as|e\.g\.|i\.e\.|for example|for instance|including|specifically|namely)\b)/i;

/** A denial right before a comma is its clause's predicate ("…, a surgeon's opinion that surgery is not indicated, documented motivation, …"): it reads nothing after the comma. */
function endsItsClause(context: SentenceContext, modifier: ModifierHit): boolean {
  return isDenial(modifier) && COMMA_NOT_OPENING_EXAMPLES.test(context.sentence.slice(modifier.end, modifier.end + 40));
}

/** A comma, and a noun phrase with a determiner of its own after it: ", a consistent UDS", ", and an opioid agreement". */
const COMMA_AND_DETERMINER = /,\s+(?:and\s+|or\s+)?(?:a|an|the|his|her|their)\s/i;

/**
 * A negation of things' existence ("no adverse effects") reads no further than its own items: a noun
 * phrase after a comma with a determiner of its own is another ("no adverse effects, a consistent UDS,
 * CURES review and an opioid agreement"). The records' silence reads on ("no documentation of pain
 * relief, an improvement in function, or a reduction in medication use").
 */
function opensAnotherPhrase(context: SentenceContext, modifier: ModifierHit, start: number): boolean {
  return modifier.definition.category === 'negated' && COMMA_AND_DETERMINER.test(context.sentence.slice(modifier.end, start)) && !inDeniedAlternatives(context, modifier.end, start);
}

/** The comma and "or" (or "nor") before a list's last item. */
const COMMA_OR = /,\s+(?:or|nor)\s/i;

/**
 * The mention at `start` is one of the alternatives a negation opens, a list of short items without verbs closed by
 * ", or": "without a clinically significant improvement in activities of daily living, a reduction in work restrictions,
 * or a reduction in the dependency on continued medical treatment" denies each of them.
 */
function inDeniedAlternatives(context: SentenceContext, from: number, start: number): boolean {
  const rest = context.sentence.slice(from);
  const closing = COMMA_OR.exec(rest);
  if (!closing) return false;
  const lastItemEnd = rest.indexOf(',', closing.index + closing[0].length);
  if (start >= from + (lastItemEnd < 0 ? rest.length : lastItemEnd)) return false;
  return rest.slice(0, closing.index).split(',').every(isListItem);
}

/** Denials that qualify the noun before them ("tendinosis without a full-thickness tear"). */
const QUALIFYING_DENIALS: ReadonlySet<string> = new Set(['without', 'with no']);

/**
 * A denial that qualifies one item of a list reads no further than that item: "…, MRI-confirmed tendinosis without a
 * full-thickness tear, and pain that limits overhead activities despite physical therapy". The item is one that
 * follows a comma, and its first comma after the denial opens the next item with "and" or "but" (where the denial
 * opens the list, its items are its own: "pain without numbness, tingling, and weakness").
 */
function endsWithItsListItem(context: SentenceContext, modifier: ModifierHit, start: number): boolean {
  if (!QUALIFYING_DENIALS.has(modifier.definition.phrase.toLowerCase())) return false;
  const { sentence } = context;
  const after = sentence.slice(modifier.end, start);
  const comma = after.indexOf(',');
  if (comma < 0 || !/^,\s+(?:and|but)\s/i.test(after.slice(comma))) return false;
  const before = sentence.slice(0, modifier.start);
  const opening = before.lastIndexOf(',');
  return opening >= 0 && /\w/.test(before.slice(opening + 1));
}

/**
 * A denial that reads back, in a list item with a subject and verb of its own before it ("…, failure of
 * extensive prior care, significant functional loss, a surgeon's opinion that surgery is not indicated"):
 * it judges its own subject, not the items before the comma. Items without a verb share it ("Tinel's,
 * Phalen's, and compression tests were negative"); a clause that judges its antecedent reads back by design.
 * So does a denial whose subject after the comma follows a mention's complete clause ("sensation was decreased
 * in the S1 dermatome, the left Achilles reflex was absent"), unless that subject refers back ("…, results were normal").
 */
function hasItsOwnSubject(context: SentenceContext, modifier: ModifierHit, mentionStart: number, mentionEnd: number): boolean {
  if (!isDenial(modifier) || modifier.judgesAntecedent) return false;
  const between = context.sentence.slice(mentionEnd, modifier.start);
  const comma = between.lastIndexOf(',');
  if (comma < 0) return false;
  const subject = between.slice(comma + 1);
  return (
    FINITE_VERB.test(subject) ||
    (NAMES_A_SUBJECT.test(subject) && mentionsClauseIsComplete(context, mentionStart, mentionEnd + comma)) ||
    (AND_A_TEST.test(subject) && !NAMES_A_TEST.test(context.sentence.slice(mentionStart, mentionEnd)))
  );
}

const TESTS = String.raw`(?:x-?rays?|radiographs?|films?|MRIs?|CT(?:\s+scans?)?|EMGs?|NCVs?|NCS|electrodiagnostic\s+studies|imaging|studies|labs?|laboratory\s+(?:tests|studies)|urine\s+drug\s+(?:screens?|tests?)|UDS)`;

/**
 * ", and repeat radiographs were negative": a test named after the comma is the denial's subject, not a list item
 * sharing it with what came before, unless that was a test too ("the MRI, and the x-rays were negative").
 */
const AND_A_TEST = new RegExp(String.raw`^\s*and\s+(?:(?:the|his|her|their|repeat|repeated|prior|previous|recent|plain|follow-up|updated)\s+)*${TESTS}\s*$`, 'i');
const NAMES_A_TEST = new RegExp(String.raw`\b${TESTS}\b`, 'i');

/**
 * A denial in a clause with a verb of its own ("his pain has not improved for years") does not reach past the
 * comma that ends that clause into the next, when the next has a subject and a verb of its own ("…, toxicology
 * was inconsistent": the screen was inconsistent). Items of a list have no verb ("no documentation of pain
 * relief, functional improvement or side effects"); a participle or a conjunction opens no subject ("…,
 * suggesting this study was needed"); examples a list opens ("no red flags, such as …") stay the denial's.
 * (`mentionsClauseIsComplete` asks the same of the denial's clause as of a mention's.)
 */
function opensClauseOfItsOwn(context: SentenceContext, modifier: ModifierHit, start: number): boolean {
  if (!isDenial(modifier)) return false;
  const { sentence } = context;
  const comma = sentence.lastIndexOf(',', start);
  if (comma < modifier.end || !mentionsClauseIsComplete(context, modifier.start, comma)) return false;
  if (listOpeningsIn(context).some((at) => at > modifier.end && at <= start)) return false;
  const clause = sentence.slice(comma + 1).split(/[,;:]/, 1)[0]!;
  // a verb's denial inside one "that" clause of a list does not reach the next ("the surgeon documented that naproxen alone had
  // not controlled her pain, that the CURES report was reviewed without concerns"); the records' silence over them all does
  const parallel = modifier.definition.category === 'negated' && VERB_NEGATION.test(modifier.text) ? THAT_OPENS.exec(clause) : null;
  const own = parallel ? clause.slice(parallel[0].length) : clause;
  return NAMES_A_SUBJECT.test(own) && (parallel !== null || !OPENS_NO_SUBJECT.test(own)) && FINITE_VERB.test(own);
}

/** "that" opening a clause after a comma: the next of a list of what someone documented or said. */
const THAT_OPENS = /^\s*(?:and\s+)?that\s+/i;

/** Words that open a list item or a phrase, not a subject: "…, suggesting this study was needed", "…, or any other reason". */
const OPENS_NO_SUBJECT = /^\s*(?:\w+ing|and|or|nor|but|to|for|with|without|in|of|on|at|by|from|as|such|any|no|not|nothing|none|whether|if|that|which|who|when|where|while|because|since|although|though|despite)\b/i;

/** Words after a comma that name a subject of their own, not the results of what came before ("…, the left Achilles reflex was absent", not "…, results were normal"). */
const NAMES_A_SUBJECT = /^\s*(?!(?:the\s+|its\s+|his\s+|her\s+)?(?:results?|findings?|it|this|that|which|these|those|study|studies|tests?|testing|exam|examination|reports?|imaging|scan)\b)[a-z]/i;

/** Has the mention's clause a verb of its own ("sensation was decreased over the lateral foot in the S1 dermatome")? Then a denial after the comma is another clause's. */
function mentionsClauseIsComplete(context: SentenceContext, mentionStart: number, clauseEnd: number): boolean {
  const before = context.sentence.slice(0, mentionStart);
  const clauseStart = Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1;
  return FINITE_VERB.test(context.sentence.slice(clauseStart, clauseEnd));
}

/**
 * The modifiers whose scope covers the span [start, end) of the sentence. A modifier that runs
 * into the mention ("no significant" before "significant changes") governs it from its side.
 */
export function modifiersCovering(context: SentenceContext, start: number, end: number): ModifierHit[] {
  const covering = coveringModifiers(context, start, end);
  // a reading that refers back judges what a guideline or a hypothesis names, or a label before a colon
  // ("Aberrant behaviors: there were none"); words that state the case are not its antecedent ("The
  // patient has radicular symptoms, and none were noted on MRI")
  const references = covering.filter((m) => m.clauseOpensAt !== undefined);
  if (references.length === 0) return covering;
  const framed =
    references.some((m) => context.sentence.charCodeAt(m.clauseOpensAt!) === COLON) ||
    covering.some((m) => m.definition.category === 'guideline' || m.definition.category === 'hypothetical');
  return framed ? covering : covering.filter((m) => m.clauseOpensAt === undefined);
}

function coveringModifiers(context: SentenceContext, start: number, end: number): ModifierHit[] {
  return context.modifiers.filter((modifier) => {
    if (modifier.wholeSentence) return true;
    const { direction, scope } = modifier.definition;
    if (overlaps(modifier, { start, end })) {
      if (modifier.start < start && direction !== 'backward') return true;
      return modifier.end > end && direction !== 'forward';
    }
    if (modifier.end <= start && direction !== 'backward') {
      if (endsItsClause(context, modifier) || opensAnotherPhrase(context, modifier, start) || opensClauseOfItsOwn(context, modifier, start) || endsWithItsListItem(context, modifier, start)) {
        return false;
      }
      if (terminatedBetween(context, modifier, true, modifier.end, start)) {
        return resumesDeniedList(context, modifier, start) || (deniesSymptoms(modifier) && !terminatedBetween(context, modifier, false, modifier.end, start) && continuesList(context, modifier.end, start, scope));
      }
      // the examples of what the modifier governs are governed with it, however long the list: "no red flags, such as …, cauda equina syndrome or fracture"
      return (
        wordsBetween(context, modifier.end, start) <= scope ||
        listOpeningsIn(context).some((at) => at > modifier.end && at <= start && wordsBetween(context, modifier.end, at) <= scope) ||
        ((modifier.definition.category !== 'negated' || deniesSymptoms(modifier)) && continuesList(context, modifier.end, start, scope))
      );
    }
    if (modifier.start >= end && direction !== 'forward') {
      return (
        wordsBetween(context, end, modifier.start) <= scope &&
        !terminatedBetween(context, modifier, false, end, modifier.start) &&
        !hasItsOwnSubject(context, modifier, start, end) &&
        !(modifier.judgesAntecedent && guidelineBetween(context, end, modifier.start))
      );
    }
    return false;
  });
}

/** How a mention reads once its modifiers are applied, strongest first. */
export type MentionStatus = 'guideline' | 'other-person' | 'hypothetical' | 'not-documented' | 'negated' | 'uncertain' | 'affirmed';

const PRECEDENCE: readonly MentionStatus[] = ['guideline', 'other-person', 'hypothetical', 'not-documented', 'negated', 'uncertain'];

/** What the records do or hold: "documented", "provided", "done" (not "shown" or "demonstrated", which the literature says too). */
const RECORDED = String.raw`(?:document(?:ed)?|provide[ds]?|done|performed|note[ds]?|reported|report|stated?|submitted|mentioned|mention|described|indicated?|specified|completed|obtained|identified|quantified|measured|outlined|addressed|address|discussed|evaluated|assessed|verified|corroborated|substantiated|tried|attempted|ordered|conducted|undertaken|signed|checked|included|detail(?:ed)?|reflect(?:ed)?)`;

/**
 * The records' silence in the past tense: "did not provide", "was not documented", "has not been
 * done" (not "did not support", whose subject may be the guideline, nor "have not been able to").
 */
const PAST_DENIAL = new RegExp(String.raw`^(?:did\s+not\s+|(?:was|were)\s+(?:not|never)\s+(?:been\s+)?|(?:has|have|had)\s+(?:not|never)\s+been\s+)(?:\w+\s+)?${RECORDED}\b`, 'i');

/**
 * Does this reading say, in the past tense, that the records lack something? Guidelines state no
 * such thing of a case. (A plain negation in the past tense may be the literature's: "A randomized
 * trial did not show functional improvement with TENS".)
 */
function recordsLackedInPastTense(modifier: ModifierHit): boolean {
  return modifier.definition.category === 'not-documented' && PAST_DENIAL.test(modifier.text);
}

/** A silence of the records that opens a clause ("no indication that", "no evidence that"). */
const SILENCE_OVER_A_CLAUSE = /\bthat$/i;
/** A verb's negation ("has not", "did not", "never"), not a determiner's ("no"). */
const VERB_NEGATION = /\b(?:not|never)\b|n't\b/i;

/**
 * A double negative: the records' silence over a clause that itself denies ("There is no indication
 * that the patient has not benefited from tramadol"). Neither reading is the reviewer's finding; it
 * reads as uncertain, not as the denial.
 */
function deniesADenial(modifiers: readonly ModifierHit[]): boolean {
  return modifiers.some(
    (outer) =>
      isDenial(outer) &&
      outer.definition.direction !== 'backward' &&
      SILENCE_OVER_A_CLAUSE.test(outer.text) &&
      modifiers.some((inner) => inner.definition.category === 'negated' && inner.start >= outer.end && VERB_NEGATION.test(inner.text)),
  );
}

export function mentionStatus(modifiers: readonly ModifierHit[]): MentionStatus {
  // "…, which was not provided" speaks of this case: the guideline's reading of the same words gives
  // way, and so does a hypothetical one ("The provider should document functional improvement,
  // which has not been done").
  const judged = modifiers.some((m) => m.judgesAntecedent);
  // The guideline's reading gives way too to the records' silence told in the past tense ("The prior
  // injection did not provide the 50% pain relief for six to eight weeks required by the
  // guidelines"; a conditional still holds it: "if the first block did not provide relief"), and to
  // a denial whose clause names this case ("Per the guidelines, there are no red flags documented
  // in this case").
  const deniedOfTheCase = !judged && modifiers.some((m) => m.namesTheCase || recordsLackedInPastTense(m));
  if (deniesADenial(modifiers)) return 'uncertain';
  for (const status of PRECEDENCE) {
    if ((judged || deniedOfTheCase) && status === 'guideline') continue;
    if (judged && status === 'hypothetical') continue;
    if (modifiers.some((m) => m.definition.category === status)) return status;
  }
  return 'affirmed';
}

/**
 * Words that show a sentence speaks of this case: its people ("this 68 year old man"), its records, events in the past
 * tense, or the request weighed against the guideline ("Twelve visits exceeds both the initial course …", "falls within").
 */
const CASE_ANCHOR = new RegExp(
  String.raw`\b(?:patient(?!-)|patients'|worker|claimant|employee|applicant|request|requests|requested|she|he|his|her|him|in this case|in this instance|here|records?|documents|documentation|documented|notes?|reports?|reported|progress|treating|provider|physician|was|were|had|has had|has been|have been|is noted|was noted|currently|however|therefore|as such|thus|given|considering|within|exceeds|exceeded|it appears|it seems|appears that|IW|claimant's|patient's|this\s+(?:man|woman|gentleman|lady|individual|person))\b|\b\d{2}[\s-]*(?:years?|yrs?)[\s-]*old\b|\b${US_DATE}\b`,
  'i',
);

/** A reviewer's verdict on the criteria, in the past tense: "The criteria for retrospective Norco … were met" speaks of this case. */
const CRITERIA_JUDGED = /\b(?:criteria|criterion|requirements?)\b[^.]*?\b(?:were|was|have been|has been|had been)\s+(?:not\s+|clearly\s+|fully\s+)?(?:met|satisfied|fulfilled)\b/i;

/**
 * A sentence that states a guideline from its start: a guideline reading covers the whole sentence,
 * begins it, or, in a sentence that does not speak of the case, ends it reaching back to its start
 * ("Behavioral interventions are recommended."; not "The request is within the recommended guidelines.").
 */
export function isGuidelineStatement(sentence: string, context: SentenceContext): boolean {
  if (CRITERIA_JUDGED.test(sentence)) return false;
  return context.modifiers.some((m) => {
    if (m.definition.category !== 'guideline') return false;
    if (m.wholeSentence || (m.definition.direction !== 'backward' && m.start <= sentence.length * 0.3)) return true;
    return (
      m.definition.direction === 'both' &&
      m.end >= sentence.trimEnd().length * 0.7 &&
      wordsBetween(context, 0, m.start) <= m.definition.scope &&
      !terminatedBetween(context, m, false, 0, m.start) &&
      !CASE_ANCHOR.test(sentence)
    );
  });
}

/**
 * A guideline paragraph goes on until the reviewer turns to the case: a sentence that follows a
 * guideline statement and names nothing of the case ("Initially unresponsive to conservative
 * treatment (exercises, physical methods…).") is read as part of the guideline too.
 */
export function continuesGuideline(sentence: string, previousIsGuideline: () => boolean): boolean {
  // the sentence first: a sentence that names the case needs no reading of the one before it
  return !CASE_ANCHOR.test(sentence) && previousIsGuideline();
}

const RECOMMENDED = /\brecommended\b/i;
/** A sentence that names a guideline, or the criteria of one. */
const NAMES_A_GUIDELINE = /\b(?:guidelines?|MTUS|ODG|ACOEM|criteria)\b/i;

const recommendationReadingBack = (m: ModifierHit): boolean =>
  m.definition.category === 'guideline' && !m.wholeSentence && m.definition.direction !== 'forward' && RECOMMENDED.test(m.text);

/**
 * A sentence of the clinical summary, which the reviewer writes from the records: "… is recommended"
 * after a finding is the provider's plan, not a guideline's ("due to … shoulder weakness an MRI … is
 * recommended"), so it reads forward only, unless the sentence names a guideline.
 */
export function asRecordsSentence(context: SentenceContext): SentenceContext {
  if (!context.modifiers.some(recommendationReadingBack) || NAMES_A_GUIDELINE.test(context.sentence)) return context;
  const modifiers = context.modifiers.map((m) => (recommendationReadingBack(m) ? markedHit(m, {}, { ...m.definition, direction: 'forward' }) : m));
  return { ...context, modifiers };
}

export function asGuidelineStatement(context: SentenceContext, sentence: string): SentenceContext {
  const definition: ModifierDefinition = { category: 'guideline', direction: 'both', scope: Number.MAX_SAFE_INTEGER, phrase: 'continues a guideline statement' };
  return { ...context, modifiers: [...context.modifiers, modifierHit(definition, 0, 0, '(continues the guideline statement before it)', { wholeSentence: true })] };
}

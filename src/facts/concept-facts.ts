import { clauseFrom } from '../text/clause.js';
import type { AnalysedSentence, ItemSentences } from './analysis.js';
import type { CompiledConcept } from './lexicon.js';
import { findMentions, mentionEvidence, mentionState, NO_MENTIONS, type Mention } from './mentions.js';
import type { Evidence, Fact, FactState } from './types.js';

export interface ItemText {
  readonly sentences: ItemSentences;
  /** For drug-scoped concepts: does a summary sentence speak of the requested drug? */
  readonly mentionsRequestedDrug: (sentence: AnalysedSentence) => boolean;
  /** Is this cue a name of the requested drug (or of one of its ingredients)? */
  readonly namesRequestedDrug: (cue: string) => boolean;
  /** Do these words name only another session service than the requested one? */
  readonly namesOnlyAnotherService: (words: string) => boolean;
  /** For a drug request: does the sentence speak of other drugs, or of an injection or a course of therapy, and not of the requested drug? For a service: of a drug and not of the service? */
  readonly speaksOnlyOfAnotherTreatment: (sentence: AnalysedSentence) => boolean;
  /** For a request that is no drug: do these words (a cue's clause) name drugs and no service or device? */
  readonly namesOnlyADrug: (words: string) => boolean;
  /**
   * Does a summary sentence go on about another drug than the request (the nearest one named before it): for a drug request,
   * a sentence that names no drug; for any other, one that names neither a drug nor the requested service?
   */
  readonly continuesAnotherDrug: (sentence: AnalysedSentence) => boolean;
  /** For a request in one limb (the neck and arms, or the low back and legs): is the mention placed in the other one? */
  readonly inAnotherLimb: (mention: Mention) => boolean;
  /**
   * For a drug request: is the mention in a clause that names another drug and not the requested one ("acetaminophen was tried
   * and was not effective, and the naproxen was started …" for naproxen)?
   */
  readonly inAnotherDrugsClause: (mention: Mention) => boolean;
}

const MAX_EVIDENCE = 5;

/** The reading that decides among one source's: the first present one for an any-present concept, else the last that is not unknown. */
function decidingReading(concept: CompiledConcept, readings: ReadonlyArray<{ mention: Mention; state: FactState }>): { mention: Mention; state: FactState } | undefined {
  const present = concept.definition.resolve === 'any-present' ? readings.find((r) => r.state === 'present') : undefined;
  if (present) return present;
  for (let i = readings.length - 1; i >= 0; i--) if (readings[i]!.state !== 'unknown') return readings[i];
  return undefined;
}

/** A summary sentence about the requests or their review ("requested an initial trial of acupuncture", "utilization review non-certified …"). */
const SPEAKS_OF_REQUESTS = /\b(?:request(?:s|ed|ing)?|non-?certif\w*|utilization review|UR|authori[sz]\w*|prescribed|recommended|ordered)\b/i;

/** The concept's mentions in the summary's history: its sentences that name no request or review. */
function historyMentions(concept: CompiledConcept, text: ItemText): readonly Mention[] {
  return findMentions(concept, text.sentences.summary).filter((mention) => !SPEAKS_OF_REQUESTS.test(mention.sentence.text));
}

/**
 * The summary's word on an item-scoped concept of the treatment to date: its history, and its word that the treatment was
 * never had wherever it is said ("He had not yet started physical therapy, which was awaiting authorization").
 */
function historyOrNeverHad(concept: CompiledConcept, text: ItemText): readonly Mention[] {
  return findMentions(concept, text.sentences.summary).filter(
    (mention) => !SPEAKS_OF_REQUESTS.test(mention.sentence.text) || ((mention.absentCue || mention.status === 'negated') && !mention.reported),
  );
}

/** The concept's mentions in each source in scope, in order of authority. */
function mentionsInScope(concept: CompiledConcept, text: ItemText): ReadonlyArray<readonly Mention[]> {
  const { sentences } = text;
  const rationale = findMentions(concept, sentences.rationale);
  const request = concept.definition.requestLine === 'ignored' ? NO_MENTIONS : findMentions(concept, sentences.request);
  switch (concept.definition.scope) {
    case 'item':
      // the summary speaks of the whole letter: for an item it is read only where the concept gives it authority (the
      // treatment to date), and only in sentences of the history, not those that name what was requested or reviewed
      return concept.definition.authority === 'summary'
        ? [historyOrNeverHad(concept, text), rationale, request]
        : [rationale, request];
    case 'drug': {
      const summary = findMentions(concept, sentences.summary).filter((mention) => text.mentionsRequestedDrug(mention.sentence));
      return concept.definition.authority === 'summary' ? [summary, rationale, request] : [rationale, request, summary];
    }
    case 'letter': {
      const summary = findMentions(concept, sentences.summary);
      return concept.definition.authority === 'summary' ? [summary, rationale, request] : [rationale, request, summary];
    }
  }
}

/**
 * The rationale's word that the criteria it has quoted are met: "All of these criteria are documented here",
 * "Each criterion is documented", "The criteria are met" (not "if all criteria are met", "not all of these
 * criteria are met", "None of these criteria are documented", nor "all of the following criteria", which
 * introduces the guideline's list).
 */
const CRITERIA_MET = /\b(?:(?:all|each)\s+(?:of\s+(?:these|the|the\s+above)\s+)?(?:criteria|criterion|elements|requirements)|(?:the|these|guideline|MTUS|ODG)\s+(?:guideline\s+)?(?:criteria|requirements))\s+(?:is|are|has\s+been|have\s+been)\s+(?:(?:clearly|well|adequately)\s+)?(?:met|documented|satisfied|fulfilled)\b|\bmeets?\s+(?:all\s+(?:of\s+)?)?(?:the|these)\s+(?:guideline\s+|MTUS\s+|ODG\s+)?criteria\b/i;
const NOT_OR_IF_BEFORE = /\b(?:not|no|none\s+of|neither\s+of|never|if|when|whenever|once|unless|until|whether|provided)\s+(?:\w+\s+){0,1}$/i;

/**
 * A criterion the rationale names in the guideline's words (a guideline reading, not negated) and then
 * says is met with the rest: read present from the sentence that says so.
 */
function criteriaMetReading(mentions: readonly Mention[], rationale: readonly AnalysedSentence[]): { mention: Mention; state: FactState } | undefined {
  for (const sentence of rationale) {
    const said = CRITERIA_MET.exec(sentence.text);
    if (!said || NOT_OR_IF_BEFORE.test(sentence.text.slice(Math.max(0, said.index - 24), said.index))) continue;
    const named = mentions.find(
      (m) =>
        m.status === 'guideline' &&
        !m.absentCue &&
        m.sentence.start < sentence.start &&
        !m.modifiers.some((modifier) => modifier.definition.category === 'negated' || modifier.definition.category === 'not-documented'),
    );
    if (!named) continue;
    const mention: Mention = { ...named, sentence, start: said.index, end: said.index + said[0].length, cue: said[0], status: 'affirmed', historical: false, reported: false, modifiers: [] };
    return { mention, state: 'present' };
  }
  return undefined;
}

/** The rationale's word that the records do not document it ("no documentation of functional improvement"). */
function saysNotDocumented(reading: { mention: Mention; state: FactState }): boolean {
  const { mention } = reading;
  if (reading.state !== 'absent' || mention.sentence.source !== 'rationale' || mention.reported) return false;
  if (mention.status === 'not-documented') return true;
  // a cue that itself says the records hold none: "the official MRI report was not provided for review"
  if (mention.status === 'affirmed' && mention.absentCue) return NOT_HANDED_IN.test(mention.cue);
  if (mention.status !== 'negated') return false;
  const { text } = mention.sentence;
  const after = text.slice(mention.end);
  return (
    FOUND_IN_THE_RECORDS.test(after) ||
    DESCRIBED_AT_THE_END.test(after) ||
    NONE_PROVIDED.test(text.slice(mention.start)) ||
    RECORDS_HOLD_NONE.test(text.slice(Math.max(0, mention.start - 100), mention.start))
  );
}

/**
 * The records' word closing the denial: "there are no red flag findings or progressive neurologic deficit described", or
 * before what it would have shown: "no radiating symptoms into the lower extremities are described that would raise concern".
 */
const DESCRIBED_AT_THE_END = /^[^.;,]{0,60}?\b(?:(?:identified|noted|documented|reported|mentioned|described|recorded)\s*(?:[.;]|$)|(?:is|are|was|were|been)\s+(?:identified|noted|documented|reported|mentioned|described|recorded)\s+(?:that|which)\b)/i;

/** The records as the subject of the denial: "the records document no red flags", "the notes show no neurological deficit". */
const RECORDS_HOLD_NONE = /\b(?:records?|documentation|notes|reports?)\s+(?:submitted\s+|provided\s+|reviewed\s+|available\s+)?(?:document|documents|documented|show|shows|showed|reveal|reveals|revealed|indicate|indicates|indicated|contain|contains|contained|describe|describes|described)\s+no\s+(?:[\w-]+\s+){0,3}$/i;

/**
 * For a concept whose naming is its documentation (red flags), the rationale's own denial ("He denies bowel or bladder
 * symptoms, so there is no suspicion of cauda equina"), or, for an adverse finding, its word that it is absent ("urine drug
 * screening has been consistent with the prescribed medications"), is a word on the record as much as "not documented" is.
 */
function deniesWhatNamingDocuments(reading: { mention: Mention; state: FactState }, concept: CompiledConcept): boolean {
  const { mention } = reading;
  return (
    concept.definition.recordWitness === 'named' &&
    reading.state === 'absent' &&
    mention.sentence.source === 'rationale' &&
    !mention.reported &&
    // (a criterion's absence the reviewer reads is a judgement of the evidence: "The flexion-extension radiographs show no
    // segmental instability"; an adverse finding's is a fact the summary may name: a screen "consistent with the prescribed medications")
    (mention.status === 'negated' || (mention.status === 'affirmed' && mention.absentCue && !concept.definition.criterion))
  );
}

/** A cue that says a report was not handed in: "MRI report was not provided". */
const NOT_HANDED_IN = /\b(?:not|never)\s+(?:been\s+)?(?:provided|submitted|included|available|attached|furnished)\b/i;

/** A denial that none was handed in: "no flexion-extension radiographs have been provided to demonstrate segmental instability". */
const NONE_PROVIDED = /^[^.;]{0,80}?\b(?:has|have|had|was|were)\s+(?:been\s+)?(?:provided|submitted|included|furnished|presented|made\s+available)\b/i;

/** A denial the reviewer makes of the records, not of the patient: "no red flag conditions were identified in the records". */
const FOUND_IN_THE_RECORDS = /^[^.;]{0,40}?\b(?:identified|noted|documented|found|reported|mentioned|described|evident|present)\s+(?:in|within|from)\s+(?:the\s+)?(?:submitted\s+|available\s+|medical\s+|provided\s+|clinical\s+|recent\s+)?(?:records?|documentation|notes|reports)\b/i;

/** A share told in words, a measure as much as a percentage: "the burning … had been reduced "by about half"", "cut in half". */
const SHARE_IN_WORDS = /\b(?:half|one[- ]half|a\s+third|one[- ]third|two[- ]thirds|halved)\b/i;

/**
 * A study's finding right before the cue, an objective measure: "Electrodiagnostic studies … were read as consistent with a chronic
 * right C6 radiculopathy", "an MRI … revealed a 4 mm protrusion".
 */
const STUDY_FOUND_BEFORE = /\b(?:electrodiagnostic|EMG|NCV|NCS|nerve\s+conduction|MRI|CT\s+scan|x-rays?|radiographs?)\b[^.;]{0,80}?\b(?:consistent\s+with|showed|shows|revealed|reveals|demonstrated|demonstrates|confirmed|confirms|positive\s+for|diagnostic\s+of)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,4}$/i;

/** A share right before a cue: "the patient reported 65% improvement in his arm pain following the injection". */
const SHARE_BEFORE = /\b\d{1,3}\s*(?:%|percent)\s+$/i;

/** A number right after a cue: "an unintentional weight loss of 14 pounds", "strength 4/5". */
const NUMBER_AFTER = /^\s*(?:of|at|to|by|in|was|is)?\s*(?:about\s+|approximately\s+|nearly\s+|over\s+)?\d/i;

/** Counts in words, as letters write the distances, times and weights they measure ("six blocks", "twenty minutes"). */
const COUNT_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|forty-five|sixty';

/** How long it went on, after the cue in its clause: "despite using bilateral wrist splints at night and Naproxen for 8 weeks". */
const SPAN_AFTER = new RegExp(String.raw`^[^.;]{0,60}?\bfor\s+(?:(?:about|approximately|over|more\s+than|at\s+least|nearly)\s+)?(?:\d+|${COUNT_WORDS}|several)\s+(?:weeks?|months?|years?)\b`, 'i');
/** What a patient's activity is measured in: a distance, a time, a weight, stairs. */
const WALKED_OR_LIFTED = String.raw`blocks?|minutes?|hours?|miles?|feet|yards|pounds|lbs|flights?\s+of\s+stairs`;

/**
 * A finding measured in the cue's own clause: "worsening left leg pain rated 8 out of 10", "new weakness of the extensor
 * hallucis longus at 3/5", "a Beck Depression Inventory score of 26", what the patient does in distance, time or weight
 * ("With the medication she can walk six blocks", "which allows him to participate in therapy and walk about 20 minutes").
 */
const MEASURE_IN_CLAUSE = new RegExp(
  String.raw`^[^.;,]{0,40}?(?:(?<![\/\d-])\b\d+(?:\.\d+)?\s*(?:\/\s*\d+(?![\/\d-])|out\s+of\s+\d+|%|percent|degrees)|\bscores?\s+(?:of\s+|was\s+|were\s+|is\s+|=\s*|:\s*)\d|(?:\bhalf\s+a|\b\d+|\b(?:${COUNT_WORDS}))\s+(?:more\s+|additional\s+|further\s+)?(?:${WALKED_OR_LIFTED})\b)`,
  'i',
);

/**
 * The summary's word that the provider documented it, right before the cue: "The treating physician documented a
 * 'progressive neurological deficit'", "The physician documented that with Norco the patient is able to dress and shower" (not an evaluation that "documented a Beck Depression Inventory": a test named, no finding).
 */
const DOCUMENTED_BEFORE = /\b(?:physician|provider|surgeon|doctor|clinician|practitioner|PTP|examiner|therapist|psychologist)\s+(?:[\w-]+\s+){0,2}?(?:documented|recorded)\s+(?:that\s+)?(?:an?\s+|the\s+)?['"‘“]?$/i;

/**
 * The provider's note that care failed, in the clause the cue ends: "The physician noted that meloxicam and cyclobenzaprine had
 * been tried without improvement of the leg pain" (a failure the cue states: what the patient does still needs its measure).
 */
const NOTED_BEFORE = /\b(?:physician|provider|surgeon|doctor|clinician|practitioner|PTP|examiner|therapist|psychologist)\s+(?:[\w-]+\s+){0,2}?(?:documented|recorded|noted)\s+that\s+(?:[\w-]+\s+){0,8}?$/i;
const FAILURE_CUE = /\b(?:without|despite|failed|failure|no|not|never|ineffective|unsuccessful|persist\w*)\b/i;

/**
 * A failure told with what the relief came to, a measure in words: "therapy and medications had provided only temporary relief",
 * "gave just brief benefit" (not the bare failure: "physical therapy did not help").
 */
const RELIEF_CAME_TO_LITTLE = /\b(?:only|just|but)\s+(?:temporary|transient|short-lived|brief|fleeting|minimal)\s+(?:relief|benefit|improvement)\b/i;

/** A whole course the failure was despite, a measure of the care tried: "had not improved despite completing physical therapy". */
const COURSE_COMPLETED = /\b(?:despite|after|following)\s+(?:(?:having|her|his|their|the)\s+)?(?:complet(?:ed|ing|ion\s+of)|finish(?:ed|ing))\b/i;

/** A symptom scored after a failure the cue states: "the hand symptoms were unchanged despite splinting, …, with numbness rated 6/10". */
const SCORE_AFTER = /^[^.;]{0,40}?\b(?:rated|at|of)\s+\d{1,2}(?:\.\d)?\s*(?:\/|out\s+of)\s*10\b/i;

/**
 * An activity measured just before the cue, in the same list of what the patient does: "with Norco the patient is able to
 * walk his dog for 20 minutes twice a day, do light household chores".
 */
const MEASURED_ACTIVITY_BEFORE = new RegExp(String.raw`(?:\b\d+|\b(?:${COUNT_WORDS}))\s+(?:${WALKED_OR_LIFTED})\b[^.;]{0,60}$`, 'i');

/**
 * An activity measured just after the cue, in the same list of what the treatment allows: "Norco allows her to do light
 * housework, cook for her family and walk her dog for 20 minutes".
 */
const MEASURED_ACTIVITY_AFTER = new RegExp(String.raw`^[^.;]{0,60}?(?:\b\d+|\b(?:${COUNT_WORDS}))[\s-]+(?:${WALKED_OR_LIFTED})\b`, 'i');

/** Work the patient does without restriction, an objective measure of function (MTUS counts a reduction in work restrictions). */
const UNRESTRICTED_WORK = String.raw`\b(?:work(?:s|ed|ing)?|return(?:s|ed|ing)?\s+to|perform(?:s|ed|ing)?)\s+(?:at\s+)?(?:his\s+|her\s+|their\s+)?(?:regular\s+|usual\s+)?(?:full[-\s]duty|regular\s+duty|full\s+time\s+without\s+restrictions|(?:regular|usual)\s+(?:job|work|duties))\b`;
/** Unrestricted work right after the cue: "with medications he is able to work his regular full-duty job", "…, and she returned to full duty". */
const UNRESTRICTED_WORK_AFTER = new RegExp(String.raw`^[^.;]{0,40}?${UNRESTRICTED_WORK}`, 'i');

/**
 * Work without restriction anywhere in the cue's sentence, the patient's own report of what the treatment keeps up: "He reported
 * that he has worked full duty as a receiving clerk, 40 hours per week, since 2013, …; he stated that without oxycodone he would
 * be unable to complete a work shift", "… and that she has not missed any work in the past year" (not where it is denied: "has
 * not returned to full duty").
 */
const UNRESTRICTED_WORK_IN_SENTENCE = new RegExp(
  String.raw`(?<!\b(?:not|never|n't|no longer)\s+(?:yet\s+|been\s+)?)${UNRESTRICTED_WORK}|\b(?:has|have|had)\s+(?:not|never)\s+missed\s+(?:any|a\s+(?:single\s+)?(?:day|shift)\s+of)\s+work\b|\bwithout\s+missing\s+(?:any\s+)?(?:work|days?\s+of\s+work|shifts?)\b`,
  'i',
);

/**
 * What the patient cannot do without the treatment, told after what it lets her do: the drug's gain set against its absence
 * ("with the medication she is able to shower and dress herself without help, …; without it she "can't get out of bed in the
 * morning""; not a cue that is itself the inability with nothing it lets her do: "without oxycodone he would be unable to get
 * out of bed").
 */
const UNABLE_WITHOUT_IT = /\bwithout\s+(?:it|them|(?:the|his|her|this|these)\s+(?:medications?|medicines?|meds|drugs?)|medications?|meds|[A-Z][\w-]+)\b,?\s+(?:(?:she|he|they|the\s+patient|the\s+injured\s+worker)\s+)?(?:says\s+|said\s+|states\s+|stated\s+|reports\s+|reported\s+)?(?:that\s+)?(?:(?:she|he)\s+)?["“]?(?:can't|cannot|can\s+not|could\s+not|couldn't|is\s+unable|was\s+unable|would\s+be\s+unable|is\s+not\s+able|would\s+not\s+be\s+able)\b/i;

/**
 * A change measured in numbers: "from 42% to 28%", "from 20 to 60 minutes", "from approximately 8/10 to 5/10", or a measure set against another: "she can walk
 * six blocks, compared with two blocks without it", "walk 30 minutes instead of 10".
 */
const MEASURED_CHANGE = new RegExp(
  String.raw`\bfrom\s+(?:about\s+|approximately\s+|roughly\s+|around\s+|an?\s+)?\d[^.;]{0,30}?\bto\s+(?:about\s+|approximately\s+|roughly\s+|around\s+|an?\s+)?\d|\b(?:\d+|${COUNT_WORDS})\s+(?:${WALKED_OR_LIFTED})\b[^.;]{0,20}?\b(?:compared\s+(?:with|to)|versus|vs\.?|as\s+opposed\s+to|instead\s+of)\s+(?:only\s+)?(?:\d+|${COUNT_WORDS})\b`,
  'i',
);

/**
 * The summary's last plain statement that the concept is there, with a measure: a number in its cue
 * ("4 out of 5 strength"), right after it ("a weight loss of 14 pounds") or in its clause ("rated 8 out of 10"), a change
 * measured in its sentence, or the provider's word that it was documented; for a concept whose naming is documenting
 * (`recordWitness: named`), any such statement in the present, a suspicion too where the concept reads one as present.
 * A statement with any modifier but the past tense, one of the utilization review's reasons, or, for an outcome of the
 * request, one that goes on about another drug, is no such statement.
 */
function lastMeasuredInSummary(readings: ReadonlyArray<{ mention: Mention; state: FactState }>, concept: CompiledConcept, text: ItemText): { mention: Mention } | undefined {
  const named = concept.definition.recordWitness === 'named';
  // a suspicion that is itself the finding ("to rule out occult scaphoid fracture") names it as plainly
  const plain = (status: Mention['status']): boolean => status === 'affirmed' || (named && status === 'uncertain' && concept.definition.uncertain === 'present');
  for (let i = readings.length - 1; i >= 0; i--) {
    const { mention, state } = readings[i]!;
    if (state !== 'present' || mention.sentence.source !== 'summary' || !plain(mention.status) || mention.absentCue || mention.reported) continue;
    // what another drug did is no witness against the rationale's word on what this one did
    if (concept.definition.otherDrugs === 'ignored' && text.continuesAnotherDrug(mention.sentence)) continue;
    if (mention.modifiers.some((m) => m.definition.category !== 'historical' && !(named && m.definition.category === 'uncertain'))) continue;
    // named, it must be the record's present: a past infection or an old fracture is no red flag now
    if (named) {
      if (!mention.historical) return readings[i];
      continue;
    }
    if (isMeasured(mention)) return readings[i];
  }
  return undefined;
}

/** Does a plain statement carry its measure: in its cue, in the words after or before it, in its sentence, or in the provider's word? */
function isMeasured(mention: Mention): boolean {
  const { cue, sentence } = mention;
  const after = sentence.text.slice(mention.end);
  const before = sentence.text.slice(Math.max(0, mention.start - 80), mention.start);
  const inCue = /\d/.test(cue) || SHARE_IN_WORDS.test(cue) || MEASURE_IN_CLAUSE.test(cue);
  const inWordsAfter = NUMBER_AFTER.test(after) || MEASURE_IN_CLAUSE.test(after) || UNRESTRICTED_WORK_AFTER.test(after) || MEASURED_ACTIVITY_AFTER.test(after) || UNABLE_WITHOUT_IT.test(after) || SPAN_AFTER.test(after);
  const inWordsBefore = MEASURED_ACTIVITY_BEFORE.test(before) || SHARE_BEFORE.test(before) || STUDY_FOUND_BEFORE.test(sentence.text.slice(0, mention.start));
  const inSentence = MEASURED_CHANGE.test(sentence.text) || UNRESTRICTED_WORK_IN_SENTENCE.test(sentence.text);
  const providersWord = DOCUMENTED_BEFORE.test(before) || (FAILURE_CUE.test(cue) && NOTED_BEFORE.test(before));
  // a failure scored after it, despite a whole course, or told with what the relief came to
  const failureMeasured = (FAILURE_CUE.test(cue) && (SCORE_AFTER.test(after) || COURSE_COMPLETED.test(cue))) || RELIEF_CAME_TO_LITTLE.test(cue);
  return inCue || inWordsAfter || inWordsBefore || inSentence || providersWord || failureMeasured;
}

/**
 * What the clinical summary's history (its sentences that name no request or review) says of an item-scoped concept
 * the rationale alone decides: read only to witness that the rationale misread the record, never as the reading.
 */
function historyWitnesses(concept: CompiledConcept, text: ItemText): Array<{ mention: Mention; state: FactState }> {
  const witnesses: Array<{ mention: Mention; state: FactState }> = [];
  for (const mention of historyMentions(concept, text)) {
    const state = mentionState(mention, concept);
    if (state !== undefined) witnesses.push({ mention, state });
  }
  return witnesses;
}

/**
 * A concept's tri-state fact for one item. Sources are read in order of authority: the reviewer's
 * rationale, then the request line, then the clinical summary; within a source the last decisive
 * mention wins (the most recent note, or the reviewer's final word). What the utilization review
 * found (a sentence giving its reasons) decides only where nothing else does. A concept never
 * mentioned, or mentioned only in guideline statements and hypotheticals, is unknown.
 */
export function conceptFact(concept: CompiledConcept, text: ItemText): Fact {
  const decisive: Array<{ mention: Mention; state: FactState }> = [];
  let deciding: { mention: Mention; state: FactState } | undefined;
  const ignoresRequestedDrug = concept.definition.requestedDrug === 'ignored';
  const ignoresOtherServices = concept.definition.otherServices === 'ignored';
  const ignoresOtherDrugs = concept.definition.otherDrugs === 'ignored';
  const ignoresOtherLimbs = concept.definition.otherLimbs === 'ignored';
  const itemScoped = concept.definition.scope === 'item';
  let reportedOnly: { mention: Mention; state: FactState } | undefined;
  let summaryWitnesses: Array<{ mention: Mention; state: FactState }> | undefined;
  for (const mentions of mentionsInScope(concept, text)) {
    if (mentions.length === 0) continue;
    // one pass (a concept meets every sentence of a letter: no chain of intermediate arrays)
    const readings: Array<{ mention: Mention; state: FactState }> = [];
    let reported: Array<{ mention: Mention; state: FactState }> | undefined;
    for (const mention of mentions) {
      if (ignoresRequestedDrug && text.namesRequestedDrug(mention.cue)) continue;
      if (ignoresOtherServices && text.namesOnlyAnotherService(clauseFrom(mention.sentence.text, mention.start, mention.end))) continue;
      if (ignoresOtherDrugs && (text.speaksOnlyOfAnotherTreatment(mention.sentence) || text.namesOnlyADrug(clauseFrom(mention.sentence.text, mention.start, mention.end)) || text.inAnotherDrugsClause(mention))) continue;
      if (ignoresOtherLimbs && text.inAnotherLimb(mention)) continue;
      const state = mentionState(mention, concept);
      if (state === undefined) continue;
      // an item's summary gives its word only that the treatment was never had ("She has had no physical therapy to date"):
      // what it says was had may be another body part's or another request's
      if (itemScoped && state !== 'absent' && mention.sentence.source === 'summary') {
        // though it may still show the rationale misread the record ("no documentation of a completed one-month trial"
        // against "a one-month home rental trial from 7-1-16 to 7-31-16"): a contradiction, never the reading
        (summaryWitnesses ??= []).push({ mention, state });
        continue;
      }
      const reading = { mention, state };
      decisive.push(reading);
      if (mention.reported) (reported ??= []).push(reading);
      else readings.push(reading);
    }
    if (readings.length === 0 && concept.definition.criterion && mentions[0]!.sentence.source === 'rationale') {
      const met = criteriaMetReading(mentions, text.sentences.rationale);
      if (met) {
        readings.push(met);
        decisive.push(met);
      }
    }
    if (!deciding) deciding = decidingReading(concept, readings);
    if (!reportedOnly && reported) reportedOnly = decidingReading(concept, reported);
  }
  deciding ??= reportedOnly;
  const state: FactState = deciding?.state ?? 'unknown';
  const ordered = deciding ? [deciding, ...decisive.filter((r) => r !== deciding)] : decisive;
  const evidence: Evidence[] = ordered.slice(0, MAX_EVIDENCE).map((r) => mentionEvidence(r.mention));
  const fact: Fact = { name: concept.definition.name, value: state, state, evidence };
  // an item-scoped concept that reads no summary has its history as witnesses; one that does, the summary's readings it set aside
  const witnesses = (): ReadonlyArray<{ mention: Mention; state: FactState }> =>
    summaryWitnesses ?? (itemScoped && concept.definition.authority !== 'summary' ? historyWitnesses(concept, text) : []);
  const measured = deciding && (saysNotDocumented(deciding) || deniesWhatNamingDocuments(deciding, concept)) ? lastMeasuredInSummary([...decisive, ...witnesses()], concept, text) : undefined;
  if (measured) return { ...fact, contradictedBy: mentionEvidence(measured.mention), recordReading: 'present' };
  // (and the history answers a rationale that finds the criterion met: "No home use of a TENS unit has been documented")
  const short = deciding && concept.definition.criterion && saysMet(deciding) ? lastMeasuredShortInSummary([...decisive, ...witnesses()], concept) : undefined;
  if (short) return { ...fact, contradictedBy: mentionEvidence(short.mention), recordReading: 'absent' };
  const denied = deciding && concept.definition.resolve === 'any-present' && concept.definition.recordWitness === 'named' && saysMet(deciding) ? deniedInSummary(deciding, decisive) : undefined;
  return denied ? { ...fact, contradictedBy: mentionEvidence(denied.mention), recordReading: 'absent' } : fact;
}

/**
 * For a concept one present mention decides and whose naming documents it (a GI risk factor): the summary's own denial of the
 * very thing the rationale finds ("the records indicate a history of NSAID-induced gastritis" against "Past medical history
 * is negative for gastritis, peptic ulcer disease or gastrointestinal bleeding"), where the summary names none present.
 */
function deniedInSummary(deciding: { mention: Mention }, readings: ReadonlyArray<{ mention: Mention; state: FactState }>): { mention: Mention } | undefined {
  const found = deciding.mention.cue.toLowerCase();
  let same: { mention: Mention } | undefined;
  const denials: Array<{ mention: Mention }> = [];
  for (const reading of readings) {
    const { mention, state } = reading;
    if (mention.sentence.source !== 'summary' || mention.reported) continue;
    if (state === 'present') return undefined;
    if (state !== 'absent' || mention.status !== 'negated' || mention.absentCue) continue;
    denials.push(reading);
    if (mention.cue.toLowerCase() === found) same ??= reading;
  }
  // the very thing denied, or the factors denied one by one ("denies heartburn, dyspepsia … or any history of ulcer")
  return same ?? (denials.length >= DENIED_FACTORS ? denials[0] : undefined);
}

/** Risk factors a summary must deny, naming none present, to deny the risk the rationale finds without naming its factor. */
const DENIED_FACTORS = 3;

/**
 * The rationale's own plain word that a criterion is met ("he reported relief from the prior injection"), in the past tense
 * too, as a course's outcome is told ("The prior injection provided improvement"; a concept that ignores the past gives a
 * past mention no reading at all).
 */
function saysMet(reading: { mention: Mention; state: FactState }): boolean {
  const { mention } = reading;
  return reading.state === 'present' && mention.sentence.source === 'rationale' && mention.status === 'affirmed' && !mention.absentCue && !mention.reported;
}

/**
 * A share or a span in a cue that states a criterion short: "30% improvement for roughly two weeks", "a third better", "relief
 * lasting only 3 days" (not a score: "pain 8/10 despite ibuprofen" may go on "though it cuts it down a couple of points").
 */
const MEASURED_SHORT = /\b\d+\s*(?:%|percent)|\b(?:a|one)[- ](?:third|quarter|fourth)\b|\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several)\s+(?:hours?|days?|weeks?|months?)\b/i;

/**
 * The summary's last word on a criterion, where it states the criterion short with a measure ("the injection gave her about
 * 30% improvement for roughly two weeks"), unmet in words ("The injured worker reported they have not done any therapy") or
 * denies it plainly ("no functional improvement was attributed to tramadol")
 * against a rationale that finds it met: the reviewer may have misread the record.
 */
function lastMeasuredShortInSummary(readings: ReadonlyArray<{ mention: Mention; state: FactState }>, concept: CompiledConcept): { mention: Mention } | undefined {
  let last: { mention: Mention; state: FactState } | undefined;
  let anyPresent = false;
  for (const reading of readings) {
    if (reading.mention.sentence.source !== 'summary' || reading.mention.reported || reading.state === 'unknown') continue;
    if (reading.state === 'present') anyPresent = true;
    if (!last || reading.mention.sentence.start + reading.mention.start > last.mention.sentence.start + last.mention.start) last = reading;
  }
  if (!last || last.state !== 'absent') return undefined;
  // where one present reading decides, a later study without the lesion does not undo the one that shows it ("an MRI … showed a
  // complex tear of the posterior horn", then "Radiographs … showed preserved joint spaces without fracture")
  if (anyPresent && concept.definition.resolve === 'any-present') return undefined;
  // a plain denial and nothing else: "no functional improvement was attributed to tramadol", "No urine drug screen or CURES
  // report was present in the records"
  const { mention } = last;
  if (mention.status === 'negated' && !mention.absentCue && mention.modifiers.every((m) => m.definition.category === 'negated')) return last;
  if (!mention.absentCue) return undefined;
  // (an absent cue read absent under a negation that shares its "no": "with no change in activity tolerance")
  if (mention.status === 'negated') return NEVER_OR_NOT.test(mention.cue) ? last : undefined;
  if (mention.status !== 'affirmed') return undefined;
  return MEASURED_SHORT.test(mention.cue) || NEVER_OR_NOT.test(mention.cue) || FOUND_NORMAL.test(mention.cue) ? last : undefined;
}

/** A cue that finds the examination normal: "The neurological exam was intact", "sensation was normal", "negative straight leg raise", "non-radiating". */
const FOUND_NORMAL = /\b(?:intact|normal|unremarkable|within normal limits|negative)\b|\bnon-?(?:radiating|radicular)\b/i;

/** A cue that states the criterion unmet in words: "they have not done any therapy", "the injection did not help", "an MRI … showed a 2 mm disc bulge … without … stenosis". */
const NEVER_OR_NOT = /\b(?:not|never|no|without)\b|n't\b/i;

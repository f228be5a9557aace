import type { Determination, DisputedItem } from '../letter/types.js';
import { boundaryFirst } from '../text/alternation.js';
import { clauseFrom, clauseTo, punctuatedClause } from '../text/clause.js';
import { parseUsDate, US_DATE } from '../text/numbers.js';
import { PhraseSet } from '../text/phrases.js';
import { itemSentences, type AnalysedSentence, type ItemSentences, type LetterAnalysis } from './analysis.js';
import { COMPUTED_FACTS } from './catalogue.js';
import { evidenceOf, readAge, readPainScores, readPriorSessions, readSex, readStatedMme, readRecentDrugTest, readStatedPainReduction, readUseDuration, readWeeksSinceInjury, referenceDate, daysSinceLatestDateIn, surgeryBefore, latestSurgeryDate, toldBeforeSurgery, type NumberReading } from './clinical-numbers.js';
import { conceptFact, type ItemText } from './concept-facts.js';
import { isGuidelineStatement, mentionStatus, modifiersCovering } from './context.js';
import { readIndexImprovement } from './disability-index.js';
import type { Lexicon, TreatmentKind } from './lexicon.js';
import { findingsLimb, FINDINGS_WITH_A_LIMB, limbNearest, requestLimb } from './limbs.js';
import type { Mention } from './mentions.js';
import { daysOfSupply, readRequestQuantity, statedSupplyDays, type RequestQuantity } from './request-quantity.js';
import { readStrengthDecline } from './strength-decline.js';
import { classifyRequest } from './treatment.js';
import type { Evidence, Fact, FactState, FactValue, ItemFacts, Treatment } from './types.js';

export interface ItemFactSet {
  readonly treatment: Treatment;
  readonly quantity: RequestQuantity;
  readonly facts: ItemFacts;
}

const REFERS_TO_THE_REQUESTED_DRUG = /\b(?:this|the requested|the prescribed|requested|said)\s+(?:medication|medicine|drug|prescription)\b/i;

/**
 * The medications taken together, the requested drug among them: "With his medications he was able to walk one half mile",
 * "pain rated 9 out of 10 without medications and 5 out of 10 with medications".
 */
const ALL_THE_MEDICATIONS = /\b(?:with|on|from|using|taking|of|without)\s+(?:(?:his|her|their|the|current|all|these)\s+)*(?:pain\s+)?medications\b/i;

/** Treatments with effects of their own, which a drug's relief or function is not read from. */
const TREATMENTS_OF_THEIR_OWN: ReadonlySet<TreatmentKind> = new Set(['injection', 'surgery', 'physical-medicine', 'chiropractic', 'acupuncture']);
/**
 * Medication in general: "with medications", "her medicines" (not a course's outcome measured in the patient's medication:
 * "no change in pain scores, medication use or function was recorded after the sessions").
 */
const ANY_MEDICATION = /\b(?:medications?|medicines?|meds|pills?|tablets?|analgesics?|prescriptions?)\b(?!\s+(?:use|usage|intake|consumption|requirements?)\b)/i;

/**
 * A sentence about an injection, a procedure or a course of therapy that names no drug, nor medication
 * at all: "She received trigger point injections on 08-24-2016; she reports 30% relief for 10 days, with
 * no change in function" tells nothing of the drug requested.
 */
function speaksOfAnotherTreatment(sentence: AnalysedSentence, lexicon: Lexicon): boolean {
  return speaksOfACourse(sentence, lexicon) && !ANY_MEDICATION.test(sentence.text);
}

/** A sentence that names an injection, a procedure or a course of therapy: "12-19-2016 (chiropractic re-evaluation): …". */
function speaksOfACourse(sentence: AnalysedSentence, lexicon: Lexicon): boolean {
  return sentence.scan.matches(lexicon.serviceTerms).some((match) => TREATMENTS_OF_THEIR_OWN.has(match.value.kind));
}

/** Words of a service or device rather than a drug: "with the unit", "after the sessions" (not the blocks walked: "walk six blocks"). */
const NAMES_A_SERVICE =
  /\b(?:units?|devices?|machines?|stimulators?|therap(?:y|ies)|sessions?|visits?|treatments?|injections?|(?<!\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|several|few)\s+)blocks?|braces?|bracing|program(?:me)?s?|surgery|procedures?)\b/i;

/**
 * For a request that is no drug: words that name drugs, or the medication, and no service or device speak of the medication
 * ("any specific benefit from tizanidine", "With the medication she can walk six blocks"), not of this.
 */
function speaksOnlyOfDrugs(words: string, lexicon: Lexicon): boolean {
  return (lexicon.drugNames.matchAll(words).length > 0 || ANY_MEDICATION.test(words)) && lexicon.serviceTerms.matchAll(words).length === 0 && !NAMES_A_SERVICE.test(words);
}

/** How many sentences back the drug a sentence goes on about is looked for. */
const STORY_REACH = 3;

/**
 * Does a summary sentence that names neither the request nor a drug go on with a drug's story: is the nearest sentence before
 * it that names either one that names a drug and not the request? For a requested drug ("… after starting Cymbalta. She had
 * resumed cooking … Her PHQ-9 score decreased from 18 to 9." for trazodone), a drug is another drug; for a service ("… 3/10 with
 * Norco. With the medication she can walk six blocks … Her Oswestry Disability Index was 38%, down from 56%" for
 * acupuncture), it is any drug, or the medication.
 */
function continuesADrugsStory(
  summary: readonly AnalysedSentence[],
  sentence: AnalysedSentence,
  namesTheRequest: (sentence: AnalysedSentence) => boolean,
  namesADrug: (sentence: AnalysedSentence) => boolean,
): boolean {
  if (namesTheRequest(sentence) || namesADrug(sentence)) return false;
  const at = summary.indexOf(sentence);
  for (let i = at - 1; i >= 0 && i >= at - STORY_REACH; i--) {
    const before = summary[i]!;
    if (namesTheRequest(before)) return false;
    if (namesADrug(before)) return true;
  }
  return false;
}

function requestEvidence(item: DisputedItem, cue?: string, note?: string): Evidence {
  return {
    source: 'request',
    start: item.request.start,
    end: item.request.end,
    text: item.request.text,
    ...(cue ? { cue } : {}),
    ...(note ? { note } : {}),
  };
}

function known(name: string, value: FactValue, evidence: readonly Evidence[]): Fact {
  return { name, value, state: 'present', evidence };
}

function unknown(name: string): Fact {
  return { name, value: null, state: 'unknown', evidence: [] };
}

function fromReading(name: string, reading: NumberReading | undefined): Fact {
  return reading ? known(name, reading.value, [reading.evidence]) : unknown(name);
}

/**
 * A request for after a surgery: "Post-op …", or a service associated with a surgery
 * ("Associated surgical service: Cold therapy") that is not for before it (pre-op, clearance, the
 * usual preoperative tests).
 */
const POSTOPERATIVE =
  /\bpost-?\s?op(?:erative)?\b|\bpostsurgical\b|\bpost-surgical\b|\bassociated surgical services?\b(?!.*\b(?:pre-?\s?op(?:erative)?|clearance|EKG|ECG|electrocardiogram|labs?|laboratory|CBC|BMP|CMP|chest x-?rays?|history and physical|H&P)\b)/i;

/** The date of service a request names: "(DOS 09/12/2016)", "date of service: 9/12/16". */
const SERVICE_DATE = new RegExp(String.raw`\b(?:DOS|dates?\s+of\s+service)\b\s*:?\s*(${US_DATE})`, 'i');
/** How long after a surgery a service still belongs to its recovery (MTUS's post-operative opioids: two to three weeks for lesser procedures, longer for extensive ones). */
const POSTOPERATIVE_DAYS = 42;

/**
 * Is the request for care after surgery: said so ("Post-op …"), or dated within six weeks after a surgery the
 * letter dates — by its date of service, or, where it gives none, by the utilization review that denied it —, or
 * called so by the letter (`calledSo`, read only where neither decides).
 */
function postoperativeRequest(item: DisputedItem, afterSurgery: Fact, calledSo: () => Evidence | undefined): Fact {
  const said = flag('postoperativeRequest', item, POSTOPERATIVE);
  if (said.value === true) return said;
  if (afterSurgery.state === 'present') return { name: 'postoperativeRequest', value: true, state: 'present', evidence: afterSurgery.evidence };
  const called = calledSo();
  return called ? { name: 'postoperativeRequest', value: true, state: 'present', evidence: [called] } : said;
}

/** What a request is for, when it is for the recovery from an operation: "… for post-operative pain", "for postoperative use". */
const FOR_POSTOPERATIVE_USE = /\bfor\s+(?:the\s+)?(?:acute\s+|immediate\s+|early\s+)?post-?\s?op(?:erative)?\s+(?:pain|use|analgesia|pain\s+(?:control|management|relief)|period|recovery)\b/i;
/** The letter speaks of what is asked for or planned (not of what was prescribed after an earlier operation). */
const SPEAKS_OF_A_PLAN = /\b(?:request(?:s|ed)?|recommend(?:s|ed)?|plann?(?:ed|ing)?|proposed|ordered|scheduled|will\s+(?:be|need|require))\b/i;
/** What separates the items of a list or the clauses of a sentence: the item a use is said of is the last before it. */
const ITEM_SEPARATOR = /[,;:]|\s(?:and|or|along\s+with|as\s+well\s+as)\s/i;

/**
 * The letter's word that the request is for the recovery from an operation still to come or just had: a
 * sentence that speaks of the request or the plan and says the item named right before is "for
 * post-operative pain" ("The surgeon recommended … and Percocet 5/325mg #60 for post-operative pain",
 * "The requested Percocet is for post-operative pain"). Not in the guideline's statements or suppositions.
 */
function calledPostoperative(sentences: ItemSentences, namesTheRequest: (words: string) => boolean): Evidence | undefined {
  for (const sentence of [...sentences.rationale, ...sentences.summary]) {
    const use = FOR_POSTOPERATIVE_USE.exec(sentence.text);
    if (!use || isGuidelineStatement(sentence.text, sentence.context)) continue;
    const before = sentence.text.slice(0, use.index);
    if (!SPEAKS_OF_A_PLAN.test(before)) continue;
    const named = before.split(ITEM_SEPARATOR).pop() ?? before;
    if (!namesTheRequest(named)) continue;
    if (mentionStatus(modifiersCovering(sentence.context, use.index, use.index + use[0].length)) === 'hypothetical') continue;
    return { source: sentence.source, start: sentence.start, end: sentence.end, text: sentence.text, cue: use[0] };
  }
  return undefined;
}

/**
 * How many days after a surgery the letter dates (a surgery had) the request comes: by its date of service, or,
 * where it gives none, by the utilization review that denied it; known only within six weeks.
 */
function daysAfterSurgery(item: DisputedItem, sentences: ItemSentences, determination: Determination): Fact {
  const dated = SERVICE_DATE.exec(item.heading.text);
  const requestDate = parseUsDate(dated ? dated[1] : determination.dates.urDenial);
  const surgery = requestDate ? surgeryBefore([...sentences.rationale, ...sentences.summary], requestDate, POSTOPERATIVE_DAYS) : undefined;
  if (!requestDate || !surgery) return unknown('daysAfterSurgery');
  const when = dated ? requestEvidence(item, dated[0]) : requestEvidence(item, undefined, `denied by utilization review on ${determination.dates.urDenial}, ${surgery.value} days after the surgery`);
  return known('daysAfterSurgery', surgery.value, [when, surgery.evidence]);
}

/** ODG named in a guideline citation. */
const ODG = /\bODG\b|\bOfficial Disability Guidelines?\b/i;

/** A request tied to a surgery: an associated surgical service, pre- or post-operative care, an assistant surgeon. */
const ASSOCIATED_WITH_A_SURGERY =
  /\bassociated surgical services?\b|\bpre-?\s?op(?:erative)?\b|\bpost-?\s?op(?:erative)?\b|\bpostsurgical\b|\bpost-surgical\b|\bassistant surgeon\b|\bsurgical assistant\b/i;

/** The MTUS Postsurgical Treatment Guidelines, named in a guideline basis. */
const POSTSURGICAL_GUIDELINES = /\bPost-?surgical Treatment\b/i;

function flag(name: string, item: DisputedItem, pattern: RegExp, text = item.heading.text): Fact {
  const match = pattern.exec(text);
  return { name, value: !!match, state: match ? 'present' : 'absent', evidence: match ? [requestEvidence(item, match[0])] : [] };
}

/**
 * What the reviewer calls the request when its heading does not say: "the request for initial 12
 * sessions", "the initial treatment request", "the requested additional physical therapy".
 */
const CALLED_INITIAL = boundaryFirst(/\brequest(?:ed)?\s+(?:for\s+)?(?:an?\s+|the\s+)?initial\b|\binitial\s+(?:treatment\s+|trial\s+)?request\b/i);
/** A rental said in words, or a span the equipment is asked for ("for one week", "x 30 days"). */
const RENTED_FOR_A_SPAN = boundaryFirst(/\brent(?:al)?\b|\b(?:for|x)\s+(?:\w+\s+)?(?:days?|weeks?|months?)\b|\b\d+[\s-]*(?:days?|weeks?|months?)\b/i);

/**
 * A request the letter calls a step of a taper under way: "The provider requested MS Contin 15mg #60 to continue the taper"
 * (not "modified to allow for weaning" nor "tapering is recommended": the reviewer's word on what should follow a denial).
 */
const TAPER = String.raw`(?:taper|tapering|wean|weaning)\b`;
const WHOSE = String.raw`(?:the\s+|a\s+|his\s+|her\s+|their\s+)`;
const CALLED_A_TAPER_STEP = boundaryFirst(
  new RegExp(
    [
      // "requested MS Contin 15mg #60 to continue the taper"
      String.raw`\bto\s+(?:continue|complete|finish|proceed\s+with)\s+${WHOSE}?(?:ongoing\s+|current\s+|planned\s+)?${TAPER}`,
      // "the request was for Norco 10/325mg #90 for the next month of the taper"
      String.raw`\b(?:next|following|second|third|final|last)\s+(?:month|step|phase|stage|week)s?\s+of\s+${WHOSE}(?:[\w-]+\s+)?${TAPER}`,
      // "the requested quantity represents a substantial reduction as a step toward discontinuation"
      String.raw`\bstep\s+(?:in|of|toward|towards)\s+${WHOSE}?(?:[\w-]+\s+)?(?:${TAPER}|discontinuation\b)`,
      // "The request is consistent with a guideline-directed taper"
      String.raw`\brequest\s+(?:is|was)\s+(?:consistent\s+with|part\s+of)\s+${WHOSE}(?:[\w-]+\s+)?${TAPER}`,
    ].join('|'),
    'i',
  ),
);

/** "The criteria for retrospective Norco 10/325mg #360 …", "the retrospective request": the reviewer's name for the request (not "retrospective requests" in general). */
const CALLED_RETROSPECTIVE = /\bretrospective(?:ly)?\b(?!\s+(?:requests|reviews|requests?\s+are)\b)/i;
/** "the request for additional …", "the continued request", or a count of more sessions ("the request for 3 additional sessions of physical therapy"). */
const CALLED_ADDITIONAL = boundaryFirst(
  /\brequest(?:ed)?\s+(?:for\s+)?(?:an?\s+|the\s+)?(?:additional|continued|further)\b|\b(?:additional|continued)\s+(?:treatment\s+)?request\b|\b(?:more|additional|further)\s+(?:[\w-]+\s+){0,2}?(?:sessions|visits|treatments)\b(?<=\b(?:\d{1,2}|two|three|four|five|six|eight|ten|twelve)\s+(?:more|additional|further)\s+(?:[\w-]+\s+){0,2}?(?:sessions|visits|treatments))/i,
);

/** Whether each letter's summary matches a pattern, found once for all the letter's items. */
const summaryMatches = new WeakMap<Determination, Map<RegExp, boolean>>();

function summaryHas(determination: Determination, pattern: RegExp): boolean {
  let matches = summaryMatches.get(determination);
  if (!matches) {
    matches = new Map();
    summaryMatches.set(determination, matches);
  }
  let has = matches.get(pattern);
  if (has === undefined) {
    has = pattern.test(determination.summary.text);
    matches.set(pattern, has);
  }
  return has;
}

/**
 * A flag of the request read from its heading, else from a sentence in which the letter names the
 * request so (the rationale's, or the summary's where the word goes with the requested drug or
 * service: "The requested additional physical therapy was previously denied"): not a guideline statement, not a
 * supposition ("the request for additional therapy was denied" still calls it additional).
 */
function requestFlag(
  name: string,
  item: DisputedItem,
  heading: RegExp,
  sentences: ItemSentences,
  determination: Determination,
  namesTheRequest: (words: string) => boolean,
  called: RegExp,
  /** Where a summary sentence names the request: in the clause the word opens ("requested initial acupuncture"), or the one it ends ("requested MS Contin … to continue the taper"). */
  namedIn: 'clause-after' | 'clause-before' = 'clause-after',
): Fact {
  const fromHeading = flag(name, item, heading, item.request.text);
  if (fromHeading.value) return fromHeading;
  const calledSo = (list: readonly AnalysedSentence[], mustName: boolean): Fact | undefined => {
    for (const sentence of list) {
      const match = called.exec(sentence.text);
      if (!match || isGuidelineStatement(sentence.text, sentence.context)) continue;
      // a summary sentence may name several requests: the word must go with this one's name ("requested initial acupuncture …; and additional physical therapy")
      const clause = (namedIn === 'clause-after' ? clauseFrom : clauseTo)(sentence.text, match.index, match.index + match[0].length);
      if (mustName && !namesTheRequest(clause)) continue;
      if (mentionStatus(modifiersCovering(sentence.context, match.index, match.index + match[0].length)) === 'hypothetical') continue;
      return { name, value: true, state: 'present', evidence: [{ source: sentence.source, start: sentence.start, end: sentence.end, text: sentence.text, cue: match[0] }] };
    }
    return undefined;
  };
  // sentences are read (the summary's analysed) only where the text has the word: the rationale's, then the summary's
  return (
    (called.test(item.rationale.text) ? calledSo(sentences.rationale, false) : undefined) ??
    (summaryHas(determination, called) ? calledSo(sentences.summary, true) : undefined) ??
    fromHeading
  );
}

/** Phrase sets made from the lexicon for one treatment, compiled once per lexicon and kept. */
const derivedSets = new WeakMap<Lexicon, Map<string, PhraseSet<true> | undefined>>();
const MAX_DERIVED_SETS = 1000;

function derivedSet(lexicon: Lexicon, key: string, make: () => PhraseSet<true> | undefined): PhraseSet<true> | undefined {
  let sets = derivedSets.get(lexicon);
  if (!sets) {
    sets = new Map();
    derivedSets.set(lexicon, sets);
  }
  if (!sets.has(key)) {
    if (sets.size >= MAX_DERIVED_SETS) sets.clear();
    sets.set(key, make());
  }
  return sets.get(key);
}

/** The service lexicon's terms for one category: what "prior sessions of this" must name in the summary. */
function serviceTermsFor(lexicon: Lexicon, category: string): PhraseSet<true> | undefined {
  return derivedSet(lexicon, `service:${category}`, () => {
    const entry = lexicon.data.services.find((s) => s.category === category);
    return entry ? new PhraseSet(entry.terms.map((t) => [t, true] as const)) : undefined;
  });
}

/** The kinds of treatment given in sessions: the only ones with prior sessions to count (an EMG request has none, whatever therapy the patient attended). */
const SESSION_KINDS: ReadonlySet<string> = new Set(['physical-medicine', 'chiropractic', 'acupuncture', 'psychological']);

/** Services counted in sessions, in families whose sessions add up (physical and occupational therapy are one). */
const SESSION_FAMILIES: ReadonlyArray<readonly string[]> = [['physical-therapy', 'occupational-therapy'], ['chiropractic'], ['acupuncture'], ['psychotherapy'], ['massage']];

/** The terms of the other session families than the requested category's: "12 sessions of acupuncture" are no physical therapy sessions. */
function otherSessionServicesFor(lexicon: Lexicon, category: string): PhraseSet<true> | undefined {
  // a request outside the families (trigger point injections, an MRI) has every family's sessions as another service's:
  // "The injured worker had not previously received massage therapy" says nothing of earlier injections
  const family = SESSION_FAMILIES.find((members) => members.includes(category)) ?? [category];
  return derivedSet(lexicon, `other-sessions:${category}`, () => {
    const others = new Set(SESSION_FAMILIES.filter((members) => members !== family).flat());
    const own = new Set(lexicon.data.services.filter((s) => family.includes(s.category)).flatMap((s) => s.terms));
    const terms = lexicon.data.services.filter((s) => others.has(s.category)).flatMap((s) => s.terms.filter((t) => !own.has(t)));
    return new PhraseSet(terms.map((t) => [t, true] as const));
  });
}

/** Every name of the requested drugs (brands and generics), to tell the summary sentences that speak of them. */
function drugNamesFor(lexicon: Lexicon, ingredients: readonly string[]): PhraseSet<true> | undefined {
  return derivedSet(lexicon, `drugs:${JSON.stringify(ingredients)}`, () =>
    new PhraseSet(ingredients.flatMap((generic) => (lexicon.drugsByGeneric.get(generic)?.names ?? [generic]).map((n) => [n, true] as const))),
  );
}

/**
 * The requested drugs, and the opioid each holds where the lexicon has it as a drug of its own: a letter
 * names "oxycodone" for a requested Percocet or OxyContin, "tramadol" for a requested tramadol ER.
 */
function withActiveOpioids(lexicon: Lexicon, generics: readonly string[]): readonly string[] {
  const active = generics.map((generic) => lexicon.drugsByGeneric.get(generic)?.opioid?.ingredient).filter((generic): generic is string => generic !== undefined && lexicon.drugsByGeneric.has(generic));
  return active.length === 0 ? generics : [...new Set([...generics, ...active])];
}

/** Morphine milligram equivalents a day; `supplyEvidence`: where the letter states the supply or directions the daily dose is read from. */
function opioidMme(treatment: Treatment, quantity: RequestQuantity, lexicon: Lexicon, item: DisputedItem, supplyEvidence: readonly Evidence[]): Fact {
  const drug = treatment.generic ? lexicon.drugsByGeneric.get(treatment.generic) : undefined;
  const factor = drug?.opioid?.mme;
  if (!drug?.opioid || factor === undefined || quantity.strength === undefined) return unknown('mmePerDay');
  if (drug.opioid.perMcgHour) {
    const value = Math.round(quantity.strength * factor * 10) / 10;
    return known('mmePerDay', value, [requestEvidence(item, `${quantity.strength} mcg/hr`, `${quantity.strength} mcg/hr × ${factor}`)]);
  }
  let unitsPerDay = quantity.unitsPerDay;
  let note: string;
  if (unitsPerDay !== undefined) note = `${quantity.strength} mg × ${unitsPerDay} a day × ${factor}`;
  else if (quantity.quantity !== undefined && quantity.days) {
    unitsPerDay = quantity.quantity / quantity.days;
    note = `${quantity.strength} mg × ${quantity.quantity} units over ${quantity.days} days × ${factor}`;
  } else return unknown('mmePerDay');
  const value = Math.round(quantity.strength * unitsPerDay * factor * 10) / 10;
  return known('mmePerDay', value, [requestEvidence(item, undefined, note), ...supplyEvidence]);
}

/**
 * The request's numbers with the days of a supply the letter states beside its quantity, when the
 * request gives neither days nor directions, and the sentence it was read in.
 */
function withStatedSupply(quantity: RequestQuantity, item: DisputedItem, summary: string, sentences: ItemSentences): { quantity: RequestQuantity; evidence: Evidence[] } {
  if (quantity.quantity === undefined || quantity.days !== undefined || quantity.unitsPerDay !== undefined) return { quantity, evidence: [] };
  // the texts first: their sentences are read (the summary's analysed) only where one states it
  if (!statedSupplyDays([item.rationale.text, summary], quantity.quantity)) return { quantity, evidence: [] };
  const read = [...sentences.rationale, ...sentences.summary];
  const stated = statedSupplyDays(read.map((sentence) => sentence.text), quantity.quantity);
  if (!stated) return { quantity, evidence: [] };
  return { quantity: { ...quantity, days: stated.days }, evidence: [evidenceOf(read[stated.index]!, stated.cue, `${stated.days} days as the letter states beside the quantity`)] };
}

/** How far after the drug's name its directions are looked for ("Norco 10/325 mg, 1 tablet every 6 hours as needed"). */
const DIRECTIONS_REACH = 60;

/**
 * The request's numbers with the units a day the letter gives for the requested drug, when the
 * request gives a quantity but neither directions nor days ("Norco 10/325mg #120", the summary:
 * "Norco 10/325 mg 1 tablet four times daily"). Read after each naming of the drug up to the next
 * drug named, outside the guidelines' statements, and only where the strength named there is the
 * request's or none; used only when every such passage gives the same units a day.
 */
function withStatedDirections(
  quantity: RequestQuantity,
  sentences: readonly AnalysedSentence[],
  drugNames: PhraseSet<true>,
  lexicon: Lexicon,
): { quantity: RequestQuantity; evidence: Evidence[] } {
  if (quantity.quantity === undefined || quantity.days !== undefined || quantity.unitsPerDay !== undefined) return { quantity, evidence: [] };
  const found: Array<{ unitsPerDay: number; sentence: AnalysedSentence; cue: string }> = [];
  for (const sentence of sentences) {
    const names = sentence.scan.matches(drugNames);
    if (names.length === 0 || isGuidelineStatement(sentence.text, sentence.context)) continue;
    const drugs = sentence.scan.matches(lexicon.drugNames);
    for (const name of names) {
      const nextDrug = drugs.find((drug) => drug.start >= name.end)?.start ?? sentence.text.length;
      const passage = sentence.text.slice(name.start, Math.min(nextDrug, name.end + DIRECTIONS_REACH)).split(/[;.](?!\d)/)[0]!;
      // the passage read as a prescription is: its strength and directions
      const { strength, unitsPerDay } = readRequestQuantity(passage, true);
      if (strength !== undefined && quantity.strength !== undefined && strength !== quantity.strength) continue;
      // the cue without the words that join the next drug on ("… four times daily and Soma …")
      if (unitsPerDay !== undefined) found.push({ unitsPerDay, sentence, cue: passage.replace(/(?:[\s,]|\b(?:and|with|plus)\b)+$/i, '') });
    }
  }
  const stated = found[0];
  if (!stated || found.some((f) => f.unitsPerDay !== stated.unitsPerDay)) return { quantity, evidence: [] };
  return {
    quantity: { ...quantity, unitsPerDay: stated.unitsPerDay },
    evidence: [evidenceOf(stated.sentence, stated.cue, `${stated.unitsPerDay} a day as the letter gives the drug's directions`)],
  };
}

/** Nerve conduction studies asked for without electromyography: "NCV of the bilateral lower extremities" (not "EMG/NCV"). */
const NERVE_CONDUCTION_ONLY = /^(?![\s\S]*\b(?:EMGs?|electromyo\w*)\b)[\s\S]*?\b(?:NCVs?|NCSs?|nerve\s+conduction(?:\s+(?:velocity|velocities|studies|study|tests?))?)\b/i;

/** Less of a drug, told before its name: "a reduction in Norco use", "cut back on her tramadol", "weaned off oxycodone", "she no longer needed tramadol". */
const LESS_BEFORE_A_DRUG = /\b(?:decreas\w*|reduc\w*|lower\w*|less|fewer|cut\s+(?:back|down)|taper\w*|wean\w*|discontinu\w*|stopp\w*|no\s+longer|off(?:\s+of)?)\b[^.;]{0,25}$/i;
/** Less of a drug, told after its name: "Norco use decreased from four tablets", "her tramadol was reduced to one a day". */
const LESS_AFTER_A_DRUG = /^\s*(?:use|usage|intake|consumption|dosage|dose)?\s*(?:has\s+|had\s+|was\s+|were\s+)?(?:been\s+)?(?:decreas|reduc|lower|cut|dropp|taper|wean|discontinu|stopp)\w*/i;

/** Does the sentence tell that the patient takes less of a drug it names (what another treatment did)? */
function tellsLessOfADrug(sentence: AnalysedSentence, lexicon: Lexicon): boolean {
  const { text } = sentence;
  return sentence.scan.matches(lexicon.drugNames).some((name) => LESS_BEFORE_A_DRUG.test(text.slice(Math.max(0, name.start - 40), name.start)) || LESS_AFTER_A_DRUG.test(text.slice(name.end, name.end + 40)));
}

export interface ExtractOptions {
  /**
   * The facts wanted, from the item's treatment (the facts the rules that apply to it read); the
   * others are not read from the letter. Every fact when not given.
   */
  readonly only?: (treatment: Treatment) => ReadonlySet<string>;
}

/**
 * The facts of one disputed item: what is requested (treatment, numbers), the letter's data
 * (age, sex, time since injury) and each lexicon concept as a tri-state fact with its evidence.
 * Every fact, or those `options.only` names (a fact is the same whichever others are read).
 */
export function extractItemFacts(analysis: LetterAnalysis, item: DisputedItem, options: ExtractOptions = {}): ItemFactSet {
  const { lexicon, determination } = analysis;
  const treatment = classifyRequest(item.request, lexicon);
  const only = options.only?.(treatment);
  const want = (...names: string[]): boolean => only === undefined || names.some((name) => only.has(name));
  const quantity = withOneVisit(readRequestQuantity(item.request.text, treatment.kind === 'medication'), treatment, item.request.text);
  const sentences = itemSentences(analysis, item.index);
  const drugNames = treatment.kind === 'medication' ? drugNamesFor(lexicon, withActiveOpioids(lexicon, [...treatment.ingredients, ...(treatment.products ?? [])])) : undefined;
  const mentionsRequestedDrug = (sentence: AnalysedSentence): boolean =>
    drugNames !== undefined && (sentence.scan.matches(drugNames).length > 0 || REFERS_TO_THE_REQUESTED_DRUG.test(sentence.text));
  const namesRequestedDrug = (cue: string): boolean => drugNames !== undefined && drugNames.matchAll(cue).some((name) => name.start === 0 && name.end === cue.length);
  const serviceTerms = serviceTermsFor(lexicon, treatment.category);
  const otherServices = otherSessionServicesFor(lexicon, treatment.category);
  const namesOnlyAnotherService = (words: string): boolean =>
    otherServices !== undefined && otherServices.matchAll(words).length > 0 && !(serviceTerms && serviceTerms.matchAll(words).length > 0);
  const namesOnlyADrug = (words: string): boolean => drugNames === undefined && speaksOnlyOfDrugs(words, lexicon);
  const namesTheService = (sentence: AnalysedSentence): boolean => serviceTerms !== undefined && sentence.scan.matches(serviceTerms).length > 0;
  const namesAnyDrug = (sentence: AnalysedSentence): boolean => sentence.scan.matches(lexicon.drugNames).length > 0;
  // for a service: a sentence that names a drug and not the service tells the drug's story ("she takes the naproxen … bringing her
  // neck pain from about six down to four, allowing her to complete her four-hour shift" is no gain from acupuncture), unless it
  // tells less of the drug, which is what the service did ("Norco use decreased from four tablets per day to one to two")
  const speaksOnlyOfAnotherTreatment = (sentence: AnalysedSentence): boolean =>
    drugNames !== undefined
      ? !mentionsRequestedDrug(sentence) && (namesAnyDrug(sentence) || speaksOfAnotherTreatment(sentence, lexicon))
      : serviceTerms !== undefined && namesAnyDrug(sentence) && !namesTheService(sentence) && !tellsLessOfADrug(sentence, lexicon);
  const continuesAnotherDrug = (sentence: AnalysedSentence): boolean =>
    sentence.source === 'summary' &&
    (drugNames !== undefined
      ? continuesADrugsStory(sentences.summary, sentence, (s) => mentionsRequestedDrug(s) || ALL_THE_MEDICATIONS.test(s.text), namesAnyDrug)
      : continuesADrugsStory(sentences.summary, sentence, namesTheService, (s) => namesAnyDrug(s) || ANY_MEDICATION.test(s.text)));
  const limb = requestLimb(treatment.bodyParts);
  const inAnotherLimb = (mention: Mention): boolean => {
    if (!limb) return false;
    const placed = limbNearest(mention.sentence.text, mention.start, mention.end);
    return placed !== undefined && placed !== limb;
  };
  const inAnotherDrugsClause = (mention: Mention): boolean => {
    if (drugNames === undefined) return false;
    // (the sentence's drug names are already found: only those in the clause count)
    const { scan, text: words } = mention.sentence;
    const clause = punctuatedClause(words, mention.start, mention.end);
    const inClause = (match: { start: number; end: number }): boolean => match.start >= clause.start && match.end <= clause.end;
    return scan.matches(lexicon.drugNames).some(inClause) && !scan.matches(drugNames).some(inClause) && !REFERS_TO_THE_REQUESTED_DRUG.test(words.slice(clause.start, clause.end));
  };
  const text: ItemText = { sentences, mentionsRequestedDrug, namesRequestedDrug, namesOnlyAnotherService, speaksOnlyOfAnotherTreatment, namesOnlyADrug, continuesAnotherDrug, inAnotherLimb, inAnotherDrugsClause };
  const namesTheRequest = (words: string): boolean =>
    (drugNames !== undefined && drugNames.matchAll(words).length > 0) || (serviceTerms !== undefined && serviceTerms.matchAll(words).length > 0);

  const facts: Record<string, Fact> = {};
  const put = (fact: Fact): void => {
    facts[fact.name] = fact;
  };
  const cue = treatment.cue ? [requestEvidence(item, treatment.cue)] : [];
  put(known('treatmentKind', treatment.kind, cue));
  put(known('treatmentCategory', treatment.category, cue));
  put(known('drugClass', treatment.drugClass ?? 'none', cue));
  put(known('drugName', treatment.generic ?? 'none', cue));
  put(known('ingredients', treatment.ingredients, cue));
  put(known('ingredientClasses', treatment.ingredientClasses, cue));
  put(known('bodyParts', treatment.bodyParts, []));
  put(known('topical', treatment.topical, cue));
  put(known('compound', treatment.compound, cue));
  put(flag('viscosupplement', item, /\bhyaluron|\bviscosupplement|\bSynvisc\b|\bEuflexxa\b|\bOrthovisc\b|\bSupartz\b|\bHyalgan\b|\bGel-?One\b|\bMonovisc\b/i, item.request.text));
  put(flag('oralSuspension', item, /\boral (?:suspension|solution|liquid)\b|\bsuspension\b|\bmg\/ml\b/i, item.request.text));
  put(flag('lidocainePatch', item, /\blidoderm\b|\blidocaine\b[^,;]{0,20}\bpatch(?:es)?\b/i, item.request.text));
  put(flag('nerveConductionOnly', item, NERVE_CONDUCTION_ONLY, item.request.text));
  put(known('opioidActing', treatment.opioidActing ?? 'none', cue));
  put(requestFlag('retrospective', item, /\bretro(?:spective|active)?\b/i, sentences, determination, namesTheRequest, CALLED_RETROSPECTIVE));
  // (or one the reviewer decides by the postsurgical guidelines: "MTUS Postsurgical Treatment 2009, Section(s): Low Back")
  const basisEvidence: Evidence[] = item.guidelineBasis ? [{ source: 'rationale', start: item.guidelineBasis.start, end: item.guidelineBasis.end, text: item.guidelineBasis.text }] : [];
  const associated = flag('associatedSurgicalService', item, ASSOCIATED_WITH_A_SURGERY);
  const postsurgicalBasis = !associated.value && item.guidelineBasis ? POSTSURGICAL_GUIDELINES.exec(item.guidelineBasis.text) : null;
  put(postsurgicalBasis ? { ...associated, value: true, state: 'present', evidence: basisEvidence.map((said) => ({ ...said, cue: postsurgicalBasis[0] })) } : associated);
  const afterSurgery = daysAfterSurgery(item, sentences, determination);
  put(afterSurgery);
  put(postoperativeRequest(item, afterSurgery, () => calledPostoperative(sentences, namesTheRequest)));
  put(requestFlag('initialRequest', item, /\b(?:initial|trial|first)\b/i, sentences, determination, namesTheRequest, CALLED_INITIAL));
  put(requestFlag('additionalRequest', item, /\b(?:additional|continued|continuation|extension|more|further|repeat|ongoing)\b/i, sentences, determination, namesTheRequest, CALLED_ADDITIONAL));
  put(flag('purchaseRequest', item, /\bpurchase\b/i, item.request.text));
  put(requestFlag('taperRequest', item, /\b(?:taper(?:ing)?|wean(?:ing)?)\b/i, sentences, determination, namesTheRequest, CALLED_A_TAPER_STEP, 'clause-before'));
  put(flag('evaluationRequest', item, /\b(?:evaluations?|eval|assessments?)\b/i, item.request.text));
  // equipment asked for a span of days or weeks ("Cold therapy for one week") is rented, unless it is bought
  put(flag('rentalRequest', item, treatment.kind === 'dme' && quantity.days !== undefined && !/\bpurchase\b/i.test(item.request.text) ? RENTED_FOR_A_SPAN : /\brent(?:al)?\b/i, item.request.text));
  put({ name: 'partiallyAuthorized', value: item.originalRequest !== undefined, state: item.originalRequest ? 'present' : 'absent', evidence: item.originalRequest ? [requestEvidence(item, item.originalRequest, 'original request')] : [] });

  const quantityEvidence = [requestEvidence(item, undefined, quantity.notes.join('; ') || undefined)];
  const numberFact = (name: string, value: number | undefined): Fact => (value === undefined ? unknown(name) : known(name, value, quantityEvidence));
  put(numberFact('requestedVisits', quantity.visits));
  put(numberFact('requestedFrequencyPerWeek', quantity.frequencyPerWeek));
  put(numberFact('requestedWeeks', quantity.weeks));
  put(numberFact('requestedHoursPerWeek', quantity.hoursPerWeek));
  put(numberFact('requestedQuantity', quantity.quantity));
  put(numberFact('requestedRefills', quantity.refills));
  put(numberFact('requestedStrengthMg', quantity.strengthUnit === 'mg' ? quantity.strength : undefined));
  put(numberFact('requestedRentalDays', treatment.kind === 'medication' ? undefined : quantity.days));
  // a supply the request does not state may be stated beside its quantity elsewhere in the letter ("#360 (2 months)")
  const statedSupply = treatment.kind === 'medication' ? withStatedSupply(quantity, item, determination.summary.text, sentences) : { quantity, evidence: [] };
  // or the directions the letter gives for the drug ("Norco 10/325 mg 1 tablet four times daily")
  const directed = drugNames ? withStatedDirections(statedSupply.quantity, [...sentences.rationale, ...sentences.summary], drugNames, lexicon) : undefined;
  const supplied = directed ? { quantity: directed.quantity, evidence: [...statedSupply.evidence, ...directed.evidence] } : statedSupply;
  const supply = treatment.kind === 'medication' ? daysOfSupply(withNightlyDose(supplied.quantity, treatment)) : undefined;
  put(supply ? known('requestedDaysSupply', Math.round(supply.days * 10) / 10, [requestEvidence(item, undefined, supply.note), ...supplied.evidence]) : unknown('requestedDaysSupply'));
  const mme = treatment.drugClass === 'opioid' ? opioidMme(treatment, supplied.quantity, lexicon, item, supplied.evidence) : unknown('mmePerDay');
  // the MME the letter states for the patient, where the request's numbers give no daily dose, or where it is
  // more: the total of all the patient's opioids, which the guideline's limit is for ("his total MED is 330 mg")
  const statedMme = treatment.drugClass === 'opioid' && want('mmePerDay') ? readStatedMme(sentences.rationale, sentences.summary, (s) => !isGuidelineStatement(s.text, s.context)) : undefined;
  put(statedMme && (typeof mme.value !== 'number' || statedMme.value > mme.value) ? fromReading('mmePerDay', statedMme) : mme);

  if (want('age')) put(fromReading('age', readAge(sentences.summary)));
  if (want('sex')) {
    const sex = readSex(sentences.summary);
    put(sex ? known('sex', sex.value, [sex.evidence]) : { name: 'sex', value: 'unknown', state: 'unknown', evidence: [] });
  }
  if (want('weeksSinceInjury')) put(fromReading('weeksSinceInjury', readWeeksSinceInjury(determination, sentences.summary)));

  if (want('painScoreWithout', 'painScoreWith', 'painReductionPercent')) {
    const painSources = treatment.kind === 'medication' ? [...sentences.rationale, ...sentences.summary] : [];
    const pain = readPainScores(painSources);
    put(fromReading('painScoreWithout', pain.without));
    put(fromReading('painScoreWith', pain.with));
    // scores with and without "medications" are all the drugs'; a share said of the requested drug is its own ("Since Lyrica
    // was started he reports about a 40% decrease in burning and tingling" over "7 out of 10 with medications and 9 without")
    const scoresOfTheDrug = (evidence: Evidence): boolean => painSources.some((s) => s.start === evidence.start && s.source === evidence.source && mentionsRequestedDrug(s));
    const statedOfTheDrug =
      drugNames !== undefined && pain.without && !scoresOfTheDrug(pain.without.evidence) ? readStatedPainReduction(painSources.filter(mentionsRequestedDrug), isAboutThePatient) : undefined;
    if (statedOfTheDrug) put(fromReading('painReductionPercent', statedOfTheDrug));
    else if (pain.without && pain.with && pain.without.value > 0) {
      const percent = Math.round(((pain.without.value - pain.with.value) / pain.without.value) * 100);
      put(known('painReductionPercent', percent, [pain.without.evidence]));
    } else {
      put(fromReading('painReductionPercent', readStatedPainReduction(painSources, isAboutThePatient)));
    }
  }

  // the date the letter's spans are counted to (the decision's, or the latest the letter names)
  const decisionDate = referenceDate(determination);
  if (want('useDurationWeeks')) {
    // A rationale sentence naming other drugs (or another treatment) and not the requested one tells another drug's time ("gabapentin was started 6 months ago").
    // A guideline's span ("on that dose for at least 180 days") is no patient's.
    const counts = (sentence: AnalysedSentence): boolean => isAboutThePatient(sentence) && (sentence.source !== 'rationale' || !speaksOnlyOfAnotherTreatment(sentence));
    const drugSentences = [...sentences.rationale, ...sentences.summary.filter(mentionsRequestedDrug)];
    put(fromReading('useDurationWeeks', treatment.kind === 'medication' ? readUseDuration(drugSentences, decisionDate, counts) : undefined));
  }
  if (want('priorSessions', 'totalVisits')) {
    // for therapy after an operation, the sessions the summary tells of before it are no postoperative sessions
    const surgery = facts.postoperativeRequest?.value === true && decisionDate ? latestSurgeryDate(sentences.summary, decisionDate) : undefined;
    const summary = surgery ? sentences.summary.filter((sentence) => !toldBeforeSurgery(sentence.text, surgery)) : sentences.summary;
    const prior = !SESSION_KINDS.has(treatment.kind) ? undefined : readPriorSessions([...sentences.rationale, ...summary], serviceTerms, namesOnlyAnotherService);
    put(fromReading('priorSessions', prior));
    put(
      prior && quantity.visits !== undefined
        ? known('totalVisits', prior.value + quantity.visits, [{ ...prior.evidence, note: `${prior.value} completed + ${quantity.visits} requested` }])
        : unknown('totalVisits'),
    );
  }
  const source = item.guidelineBasis?.source ?? 'none';
  put(known('guidelineSource', source, basisEvidence));
  const citesOdg = item.guidelineBasis?.citations.some((citation) => ODG.test(citation.text)) ?? false;
  put({ name: 'citesOdg', value: citesOdg, state: citesOdg ? 'present' : 'absent', evidence: citesOdg ? basisEvidence : [] });

  for (const concept of lexicon.concepts.values()) if (want(concept.definition.name)) put(conceptFact(concept, text));
  if (want('letterSurgeryDecision')) put(letterSurgeryDecision(determination, item, lexicon));
  if (want('findingsLimb')) {
    // read from the findings' own facts, read here where the rules did not want them (a fact is the same whichever others are read)
    const finding = (name: string): Fact | undefined => facts[name] ?? (lexicon.concepts.has(name) ? conceptFact(lexicon.concepts.get(name)!, text) : undefined);
    put(findingsLimb(FINDINGS_WITH_A_LIMB.map(finding)));
  }
  // a drug test the letter dates within four months of the decision is recent, whatever words surround it
  const recent = facts.recentDrugTest?.state === 'unknown' && decisionDate && readRecentDrugTest([...sentences.rationale, ...sentences.summary], decisionDate, RECENT_DRUG_TEST_DAYS, isAboutThePatient);
  if (recent) put(known('recentDrugTest', 'present', [recent.evidence]));
  // and one dated longer ago is not, whatever words surround it ("the most recent urine drug screen, dated 3-10-2016, was consistent")
  if (facts.recentDrugTest?.state === 'present') {
    const said = facts.recentDrugTest.evidence[0];
    const since = said?.cue && decisionDate ? daysSinceLatestDateIn(said.cue, decisionDate) : undefined;
    if (said && since !== undefined && since > RECENT_DRUG_TEST_DAYS) put({ name: 'recentDrugTest', value: 'absent', state: 'absent', evidence: [{ ...said, note: `a drug test dated ${since} days before the decision` }] });
  }
  // and one the summary dates within four months shows that a rationale's "no documentation of a recent urine drug screen" misread the
  // record (its deciding evidence read 'not-documented': the rationale's word on the records, not on the patient)
  const drugTest = facts.recentDrugTest;
  if (decisionDate && rationaleFindsNone(drugTest, NOT_DOCUMENTED)) {
    const dated = readRecentDrugTest(sentences.summary, decisionDate, RECENT_DRUG_TEST_DAYS, isAboutThePatient);
    if (dated) put({ ...drugTest, contradictedBy: dated.evidence, recordReading: 'present' });
  }
  // a muscle the summary's examinations grade weaker and weaker is a progressive deficit: it shows that a rationale's "there are no
  // red flag findings or signs of a progressive neurologic deficit" (or of a significant change) misread the record
  const deficits = PROGRESSIVE_DEFICIT_IS.map((name) => facts[name]).filter((fact): fact is Fact => rationaleFindsNone(fact, NEGATED_OR_NOT_DOCUMENTED));
  const decline = deficits.length > 0 ? readStrengthDecline(sentences.summary) : undefined;
  if (decline) for (const fact of deficits) put({ ...fact, contradictedBy: decline.evidence, recordReading: 'present' });
  // and for a course of sessions or a drug taken, an inventory the summary's notes score lower in the last than the first shows that a
  // rationale's "the records do not document objective functional improvement" misread the record (the notes' gain, told across them)
  const improvement = facts.functionalImprovement;
  if ((SESSION_KINDS.has(treatment.kind) || treatment.kind === 'medication') && rationaleFindsNone(improvement, NOT_DOCUMENTED)) {
    const better = readIndexImprovement(sentences.summary, treatment.kind === 'medication' ? (sentence) => speaksOfACourse(sentence, lexicon) : undefined);
    if (better) put({ ...improvement, contradictedBy: better.evidence, recordReading: 'present' });
  }
  for (const spec of COMPUTED_FACTS) if (!(spec.name in facts) && want(spec.name)) put(unknown(spec.name));
  return { treatment, quantity, facts };
}

/** A rationale's word on the records that they hold none ("no documentation of a recent urine drug screen"). */
const NOT_DOCUMENTED = /^not-documented$/;
/** …or its plain denial ("there are no red flag findings or signs of a progressive neurologic deficit"). */
const NEGATED_OR_NOT_DOCUMENTED = /^(?:negated|not-documented)/;

/**
 * A fact the rationale decides absent, in a reading `readings` accepts, that nothing contradicts yet: one a reading of the
 * summary across its sentences may show the reviewer misread.
 */
function rationaleFindsNone(fact: Fact | undefined, readings: RegExp): fact is Fact {
  const said = fact?.state === 'absent' && !fact.contradictedBy ? fact.evidence[0] : undefined;
  return said !== undefined && said.source === 'rationale' && readings.test(said.reading ?? '');
}

/** The facts a neurological deficit measured getting worse documents: a red flag, and the change that justifies a repeat study. */
const PROGRESSIVE_DEFICIT_IS: readonly string[] = ['redFlags', 'significantChange'];

/** Surgery items that serve a surgery rather than being one: the assistant, the stay, the anesthesia. */
const SERVING_CATEGORIES: ReadonlySet<string> = new Set(['assistant-surgeon', 'inpatient-stay', 'anesthesia']);

/** Each letter's surgery items, found once for all its items (with the lexicon they were found with). */
const surgeryItemsByLetter = new WeakMap<Determination, { readonly lexicon: Lexicon; readonly items: readonly DisputedItem[] }>();

function surgeryItemsOf(determination: Determination, lexicon: Lexicon): readonly DisputedItem[] {
  const known = surgeryItemsByLetter.get(determination);
  if (known?.lexicon === lexicon) return known.items;
  const items = determination.items.filter((item) => {
    if (ASSOCIATED_WITH_A_SURGERY.test(item.heading.text)) return false;
    const treatment = classifyRequest(item.request, lexicon);
    return treatment.kind === 'surgery' && !SERVING_CATEGORIES.has(treatment.category);
  });
  surgeryItemsByLetter.set(determination, { lexicon, items });
  return items;
}

/**
 * How this letter decides, on its other items, the surgeries it is asked about: what an associated
 * service's rationale may leave unsaid ("Associated surgical service: cold therapy unit" after an upheld
 * arthroscopy). Items that serve a surgery are not counted as one.
 */
function letterSurgeryDecision(determination: Determination, item: DisputedItem, lexicon: Lexicon): Fact {
  const surgeries = surgeryItemsOf(determination, lexicon).filter((surgery) => surgery.index !== item.index);
  if (surgeries.length === 0) return { name: 'letterSurgeryDecision', value: 'none', state: 'present', evidence: [] };
  const decisions = new Set(surgeries.map((surgery) => surgery.decision));
  const value = decisions.size > 1 ? 'mixed' : surgeries[0]!.decision;
  const evidence = surgeries.map((surgery) =>
    requestEvidence(surgery, surgery.request.text, `item ${surgery.index} of this letter, the surgery, is ${surgery.decision === 'upheld' ? 'Upheld' : 'Overturned'}`),
  );
  return { name: 'letterSurgeryDecision', value, state: 'present', evidence };
}

/** How long a drug test counts as recent: ODG tests a moderate-risk patient two to three times a year. */
const RECENT_DRUG_TEST_DAYS = 120;

/** A sentence of the summary, or of the rationale when it is not the guideline speaking: a number read there is the patient's. */
function isAboutThePatient(sentence: AnalysedSentence): boolean {
  return sentence.source !== 'rationale' || !isGuidelineStatement(sentence.text, sentence.context);
}

/** An office visit named in the singular ("Follow-up visit with pain management", "Orthopedic consultation") is one visit. */
const ONE_VISIT = /\b(?:visit|consultation|consult|evaluation|re-?evaluation|appointment)\b/i;
const VISITS = /\b(?:visits|consultations|consults|evaluations|re-?evaluations|appointments)\b/i;

function withOneVisit(quantity: RequestQuantity, treatment: Treatment, request: string): RequestQuantity {
  if (treatment.kind !== 'office-visit' || quantity.visits !== undefined || !ONE_VISIT.test(request) || VISITS.test(request)) return quantity;
  return { ...quantity, visits: 1, notes: [...quantity.notes, 'one visit: the request names a visit in the singular'] };
}

/**
 * A hypnotic is taken once a night (zolpidem, eszopiclone, suvorexant: one dose at bedtime), so a
 * quantity without directions is that many nights ("Ambien 10mg #30": 30 days).
 */
function withNightlyDose(quantity: RequestQuantity, treatment: Treatment): RequestQuantity {
  if (treatment.drugClass !== 'sedative-hypnotic' || quantity.unitsPerDay !== undefined || quantity.quantity === undefined) return quantity;
  return { ...quantity, unitsPerDay: 1, notes: [...quantity.notes, 'one a night: a hypnotic is taken at bedtime'] };
}

/** The value json-rules-engine sees for a fact: tri-state facts their state, others their value (null when unknown). */
export function engineFacts(facts: ItemFacts): Record<string, FactValue> {
  const values: Record<string, FactValue> = {};
  for (const name in facts) values[name] = facts[name]!.value;
  return values;
}

export type { FactState };

import type { Determination } from '../letter/types.js';
import { boundaryFirst } from '../text/alternation.js';
import { clauseFrom } from '../text/clause.js';
import { COUNT, daysBetween, monthNumber, parseCount, parseUsDate, US_DATE, weeksBetween, withoutNumeralGlosses } from '../text/numbers.js';
import type { PhraseSet } from '../text/phrases.js';
import type { AnalysedSentence } from './analysis.js';
import { WEEKLY, weeklyOf } from './request-quantity.js';
import type { Evidence } from './types.js';

export interface NumberReading {
  readonly value: number;
  readonly evidence: Evidence;
}

/** A number's evidence: the sentence it was read in and the words read. */
export function evidenceOf(sentence: AnalysedSentence, cue: string, note?: string): Evidence {
  return {
    source: sentence.source,
    start: sentence.start,
    end: sentence.end,
    text: sentence.text,
    cue,
    reading: 'affirmed',
    ...(note ? { note } : {}),
  };
}

/** A cue found in the text with its numeral glosses blanked, as the letter writes it (the offsets are the same). */
function lettersWords(original: string, blanked: string, cue: string): string {
  if (original === blanked) return cue;
  const at = blanked.indexOf(cue);
  return at < 0 ? cue : original.slice(at, at + cue.length);
}

function firstReading(
  sentences: readonly AnalysedSentence[],
  read: (text: string) => { value: number; cue: string; note?: string } | undefined,
  counts: (sentence: AnalysedSentence) => boolean = () => true,
): NumberReading | undefined {
  for (const sentence of sentences) {
    const text = withoutNumeralGlosses(sentence.text);
    const found = read(text);
    if (found && counts(sentence)) return { value: found.value, evidence: evidenceOf(sentence, lettersWords(sentence.text, text, found.cue), found.note) };
  }
  return undefined;
}

/** "a 54-year-old", "a 50 yo male", "a 41 y/o", "age 62"; an age in words, "a sixty-seven-year-old". */
const AGE_IN_DIGITS = /\b(\d{2})[\s-]*(?:(?:year|yr)s?[\s-]*old\b|y\/o\b|y\.o\.|yo\b)/i;
const AGE_STATED = /\bage(?:d)?\s*:?\s*(\d{2})\b/i;
const TENS: Readonly<Record<string, number>> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const UNITS: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const AGE_IN_WORDS = /\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](one|two|three|four|five|six|seven|eight|nine))?[\s-]+years?[\s-]*old\b/i;

export function readAge(sentences: readonly AnalysedSentence[]): NumberReading | undefined {
  return firstReading(sentences, (text) => {
    const digits = AGE_IN_DIGITS.exec(text) ?? AGE_STATED.exec(text);
    if (digits) {
      const age = Number(digits[1]);
      return age >= 14 && age <= 100 ? { value: age, cue: digits[0] } : undefined;
    }
    const words = AGE_IN_WORDS.exec(text);
    if (!words) return undefined;
    return { value: TENS[words[1]!.toLowerCase()]! + (words[2] ? UNITS[words[2].toLowerCase()]! : 0), cue: words[0] };
  });
}

/** The words for it: MME and MED as acronyms, with their case ("meds" are medications). */
const MME_WORDS = String.raw`MMEs?|MEDs?|[Mm]orphine (?:[Mm]illigram )?[Ee]quivalent`;
/**
 * "The MME is 40 mg per day", "a morphine equivalent dose of 180 mg/day", "his MED was 90", "The
 * combined MME of her opioids is 180", "The calculated morphine equivalent dose from the two oxycodone products is
 * approximately 390 mg per day" (the acronyms with their case: "meds" are medications)
 */
const MME_IS = new RegExp(String.raw`\b(?:${MME_WORDS}(?:s|\s+dose|\s+dosage|\s+daily dose)?)\s*(?:\(\w+\)\s*)?(?:(?:of|from)\s+(?:(?:his|her|their|the\s+patient's|all|the|both|the\s+two|these|those)\s+)?(?:current\s+|combined\s+|two\s+|three\s+)?(?:[\w-]+\s+)?(?:opioids?|opioid medications?|narcotics?|medications?|products|drugs)\s+)?(?:per day\s+|a day\s+)?(?:is|was|of|totals?|totaling|at|=|:)\s*(?:approximately\s+|about\s+|roughly\s+)?(\d{1,4}(?:\.\d+)?)\b`);
/** "180 MME per day", "a 90 mg MED": not a threshold ("exceeds 120 MME", "up to 120 mg MED", "less than 50 MME"). */
const NUMBER_MME = new RegExp(String.raw`(?<!\b(?:[Ee]xceed(?:s|ing|ed)?|above|below|over|under|than|to|maximum(?: of)?|limit(?: of)?|recommended|threshold(?: of)?|beyond)\s+)\b(\d{1,4}(?:\.\d+)?)\s*(?:mg\s*)?(?:${MME_WORDS}s?)\b`);

/** Does the text name it at all (tried first: most sentences do not)? */
const MME_ANY = new RegExp(String.raw`\b(?:${MME_WORDS})`);

/**
 * The morphine milligram equivalents a day the letter states for this patient (a guideline's threshold
 * is no patient's: `counts` leaves guideline sentences out).
 */
export function readStatedMme(rationale: readonly AnalysedSentence[], summary: readonly AnalysedSentence[], counts: (sentence: AnalysedSentence) => boolean): NumberReading | undefined {
  const read = (text: string) => {
    // MME and MED as the acronyms they are ("meds" are medications)
    if (!MME_ANY.test(text)) return undefined;
    const match = MME_REDUCED_TO.exec(text) ?? MME_IS.exec(text) ?? NUMBER_MME.exec(text);
    const value = match ? Number(match[1]) : NaN;
    return value > 0 && value < 5000 ? { value, cue: match![0], note: 'morphine milligram equivalents a day as the letter states them' } : undefined;
  };
  // the reviewer's word first; the summary's latest, as it tells the dose over time ("In 01-2016 … a total of 180 mg
  // morphine equivalents per day. … by 10-2016 … reduced to …, a total of 90 mg MED")
  return firstReading(rationale, read, counts) ?? firstReading([...summary].reverse(), read, counts);
}

/** A dose brought down, read at its end: "His dose has already been reduced from 180 to 90 mg MED". */
const MME_REDUCED_TO = new RegExp(String.raw`\b(?:reduced|decreased|lowered|tapered|weaned|brought\s+down|down)\s+(?:from\s+\d{1,4}\s*(?:mg\s*)?(?:(?:${MME_WORDS})\s+)?)?to\s+(\d{1,4}(?:\.\d+)?)\s*(?:mg\s*)?(?:${MME_WORDS})\b`);

export function readSex(sentences: readonly AnalysedSentence[]): { value: 'male' | 'female'; evidence: Evidence } | undefined {
  for (const sentence of sentences) {
    const match = /\b(male|female|man|woman|gentleman|lady)\b/i.exec(sentence.text);
    if (match) {
      const word = match[1]!.toLowerCase();
      const value = ['female', 'woman', 'lady'].includes(word) ? 'female' : 'male';
      return { value, evidence: evidenceOf(sentence, match[0]) };
    }
  }
  return undefined;
}

/** Any date in a text. Global for matchAll, which scans a copy, so this regex's lastIndex stays 0. */
const ANY_DATE = new RegExp(String.raw`\b${US_DATE}\b`, 'g');
const INJURY_DATE = new RegExp(String.raw`\b(?:injur(?:ed|y)|date of injury|DOI)\b[^.]{0,30}?\b(${US_DATE})\b`, 'i');

/** The date the decision was made, else the latest date the letter mentions (2014 letters have no header). */
export function referenceDate(determination: Determination): Date | undefined {
  const { dates } = determination;
  const header = parseUsDate(dates.decision) ?? parseUsDate(dates.urDenial) ?? parseUsDate(dates.assigned);
  if (header) return header;
  let latest: Date | undefined;
  for (const match of determination.summary.text.matchAll(ANY_DATE)) {
    const date = parseUsDate(match[0]);
    if (date && date.getUTCFullYear() <= 2030 && (!latest || date > latest)) latest = date;
  }
  return latest;
}

export function readWeeksSinceInjury(determination: Determination, summary: readonly AnalysedSentence[]): NumberReading | undefined {
  const reference = referenceDate(determination);
  if (!reference) return undefined;
  const headerInjury = parseUsDate(determination.dates.injury);
  if (headerInjury) {
    const { header } = determination;
    const label = /Date of Injury:?\s*\S+/i.exec(header.text);
    const start = label ? header.start + label.index : header.start;
    const text = label ? label[0] : `Date of Injury: ${determination.dates.injury}`;
    return {
      value: weeksBetween(headerInjury, reference),
      evidence: { source: 'summary', start, end: start + text.length, text, cue: determination.dates.injury!, note: 'from the header, to the decision date' },
    };
  }
  return firstReading(summary, (text) => {
    const match = INJURY_DATE.exec(text);
    const date = parseUsDate(match?.[1]);
    return date ? { value: weeksBetween(date, reference), cue: match![0], note: 'injury date to the latest date in the letter' } : undefined;
  });
}

export interface PainScores {
  readonly without?: NumberReading;
  readonly with?: NumberReading;
}

const SCORE_WORDS = 'zero|one|two|three|four|five|six|seven|eight|nine|ten';
/**
 * A score out of 10, not a date ("on 7/10/2016"), in digits or in words: "8/10", "3-4 out of 10", "eight out of ten", "three to
 * four out of ten".
 */
const SCORE = String.raw`(?<![/\d.])(\d{1,2}(?:\.\d)?|\b(?:${SCORE_WORDS}))(?:\s*-\s*\d{1,2}|\s+to\s+(?:${SCORE_WORDS}))?\s*(?:/|out of|on a scale of)\s*(?:10|ten\b)(?!\s*/\s*\d|\d)`;

/** "8/10 without", "8/10 pain without", "8/10 with no medications"; "without medications 8/10" (not "without medications and 4/10 with", the other score). */
const SCORE_WITHOUT = new RegExp(`${SCORE}\\s+(?:(?:of\\s+)?pain\\s+)?(?:without|w/o|with\\s+no|off|before)\\b`, 'i');
const WITHOUT_SCORE = new RegExp(`\\b(?:without|w/o|with\\s+no|off|before)\\s+(?:(?!and\\b|with\\b)\\w+,?\\s+){0,4}?${SCORE}`, 'i');
const SCORE_WITH = new RegExp(`${SCORE}\\s+(?:(?:of\\s+)?pain\\s+)?(?:with|on|after)\\s+(?:the\\s+|his\\s+|her\\s+|current\\s+)?(?:medications?|meds|medicine|pain medications?|treatment|the use of)\\b`, 'i');
const WITH_SCORE = new RegExp(`\\b(?:with|on|after)\\s+(?:the\\s+)?(?:medications?|meds|medicine|treatment)\\b[^.\\d]{0,20}${SCORE}`, 'i');
/** A score with something named ("6/10 with Norco"): the pair's other half when the score without names the same, or a name. */
const SCORE_WITH_NAMED = new RegExp(`${SCORE}\\s+(?:(?:of\\s+)?pain\\s+)?(?:with|on)\\s+(?:the\\s+)?(?!no\\b|out\\b)([A-Za-z][\\w-]*)`, 'gi');

/**
 * The score with the medication, where the letter names it: "10/10 without Norco and 6/10 with Norco"
 * (the word after "without" comes again), "6/10 with Norco and 9/10 without" (a name, capitalised), "8 out of 10
 * before gabapentin and 4-5 out of 10 with it" (the drug the other score named).
 */
function scoreWithNamed(text: string, without: RegExpExecArray): RegExpExecArray | undefined {
  const namedWithout = /^\s+(?:the\s+)?([A-Za-z][\w-]*)/.exec(text.slice(without.index + without[0].length))?.[1]?.toLowerCase();
  for (const match of text.matchAll(SCORE_WITH_NAMED)) {
    const named = match[2]!;
    if (match.index === without.index) continue;
    if (named.toLowerCase() === namedWithout || /^[A-Z]/.test(named) || /^(?:it|them)$/i.test(named)) return match as RegExpExecArray;
  }
  return undefined;
}

/** "from 8/10 to 4/10", "from a 9/10 to a 6/10", "from 8 out of 10 before gabapentin to 4 out of 10", "from approximately 8/10 to 5/10" */
const FROM_TO = new RegExp(`\\bfrom\\s+(?:an?\\s+|about\\s+|approximately\\s+|roughly\\s+|around\\s+)?${SCORE}(?:\\s+(?:before|prior\\s+to|without|off)\\s+(?:[\\w-]+\\s+){0,2}?[\\w-]+)?,?\\s+to\\s+(?:an?\\s+|about\\s+|approximately\\s+|roughly\\s+|around\\s+)?${SCORE}`, 'i');
/** "Her pain is 7/10 and the medications bring it down to 4/10". */
const DOWN_TO = new RegExp(`${SCORE}[^.]{0,60}?\\b(?:medications?|meds|medicine|treatment)\\b[^.]{0,40}?\\bdown\\s+to\\s+${SCORE}`, 'i');

/** Pain with and without the medication: "8/10 without medications and 4/10 with", "from 8/10 to 4/10 with". */
export function readPainScores(sentences: readonly AnalysedSentence[]): PainScores {
  let firstHalf: PainScores | undefined;
  for (const sentence of sentences) {
    const text = sentence.text;
    const without = SCORE_WITHOUT.exec(text) ?? WITHOUT_SCORE.exec(text);
    const withMeds = SCORE_WITH.exec(text) ?? WITH_SCORE.exec(text) ?? (without ? scoreWithNamed(text, without) : undefined);
    const fromTo = FROM_TO.exec(text) ?? DOWN_TO.exec(text);
    // "from 9/10 to 5/10 with medications": both scores, not only the one "with medications" names
    if (fromTo && /\b(?:medication|meds|relief|reduce|decrease|improve)/i.test(text)) {
      return {
        without: { value: parseCount(fromTo[1])!, evidence: evidenceOf(sentence, fromTo[0]) },
        with: { value: parseCount(fromTo[2])!, evidence: evidenceOf(sentence, fromTo[0]) },
      };
    }
    if (without || withMeds) {
      const scores: { without?: NumberReading; with?: NumberReading } = {};
      if (without) scores.without = { value: parseCount(without[1])!, evidence: evidenceOf(sentence, without[0]) };
      if (withMeds) scores.with = { value: parseCount(withMeds[1])!, evidence: evidenceOf(sentence, withMeds[0]) };
      if (without && withMeds) return scores;
      // One of the pair: kept in case no sentence gives both ("7/10 without medication" in the
      // rationale, "8/10 without medications and 4/10 with medications" in the summary).
      firstHalf ??= scores;
      continue;
    }
  }
  return firstHalf ?? {};
}

/** "50% pain relief", "a 30 percent reduction in pain", "reduces his pain by 50%": a share stated, not two scores. */
const PERCENT_RELIEF = /\b(\d{1,3})\s*(?:%|percent)\s+(?:(?:overall|subjective|reported|of)\s+)?(?:pain\s+)?(?:relief|reduction|improvement|decrease)\b(?:\s+(?:in|of)\s+(?:\w+\s+)?pain\b)?/i;
/**
 * "reduces his pain by 50%", "reduced the neuropathic leg pain by about 50%", "decreased her pain by half": a share in words
 * counts as its number (SHARE_WORDS).
 */
const PAIN_REDUCED_BY = /\b(?:reduc|decreas|reliev|improv|lower)\w*\s+(?:(?:his|her|their|the(?:\s+patient's)?|overall)\s+)?(?:[a-z-]+\s+){0,2}?pain(?:\s+(?:level|levels|score|scores))?\s+by\s+(?:about\s+|approximately\s+|roughly\s+|nearly\s+|almost\s+)?(?:(\d{1,3})\s*(?:%|percent)|(half|a\s+third|one[- ]third|two[- ]thirds|a\s+quarter|one[- ]quarter|three[- ]quarters)\b)/i;
/** A share in words, as a percentage. */
const SHARE_WORDS: Readonly<Record<string, number>> = { half: 50, third: 33, 'two thirds': 67, quarter: 25, 'three quarters': 75 };

/** The percentage a PAIN_REDUCED_BY match states, in digits or in words. */
function reducedByPercent(match: RegExpExecArray): number | undefined {
  if (match[1] !== undefined) return Number(match[1]);
  const words = match[2]!.toLowerCase().replace(/-/g, ' ').replace(/^(?:a|one)\s+/, '').replace(/\s+/g, ' ');
  return SHARE_WORDS[words];
}
/** A negation or a want of documentation before the share: "no documentation of 50% pain relief". */
const NOT_STATED = /\b(?:no|not|without|lack|absence|fails?\s+to|at least|if|should|must|response|defined|goal|criteria|recommended)\b[^.;]{0,60}$/i;

/**
 * The pain relief a letter states as a share ("reports 50% pain relief with gabapentin"), where no
 * pair of scores gives one; a guideline's share ("a 30% reduction is a moderate response") is no
 * patient's: `counts` leaves guideline sentences out.
 */
export function readStatedPainReduction(sentences: readonly AnalysedSentence[], counts: (sentence: AnalysedSentence) => boolean): NumberReading | undefined {
  return firstReading(
    sentences,
    (text) => {
      const stated = PERCENT_RELIEF.exec(text);
      const match = stated ?? PAIN_REDUCED_BY.exec(text);
      if (!match || NOT_STATED.test(text.slice(0, match.index))) return undefined;
      const percent = stated ? Number(stated[1]) : reducedByPercent(match);
      return percent !== undefined && percent <= 100 ? { value: percent, cue: match[0] } : undefined;
    },
    counts,
  );
}

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';

/**
 * What lasted the span is work, pain or the injury, not the drug: "has been working for years", "has had pain for 6 months";
 * or it is a course's length after its weekly frequency: "physical therapy three times a week for four weeks".
 */
const NOT_A_DRUG_SPAN = /\b(?:working|worked|employed|pain|symptoms|complaints|injury|injured|disabled|off work|present|ongoing|persistent|constant|intermittent|symptomatic|a week|per week|weekly|\/\s*(?:week|wk))\s*$/i;

/** Patients in general, not this one: "… should never be abruptly discontinued in any patient who has been treated for longer than two (2) weeks". */
const ANY_PATIENT = /\b(?:any|all|most)\s+(?:patients?|individuals?|persons?)\b|\bpatients\s+who\b/i;

/** "for 6 months", "for over a year", "for years" (a plural without a count is two at least). */
const FOR_SPAN = new RegExp(String.raw`\bfor\s+(?:at least\s+|over\s+|more than\s+|approximately\s+|about\s+|longer than\s+)?(?:the\s+(?:past|last|previous|prior)\s+)?(?:(${COUNT}|several|many|an?)\s+(days?|weeks?|wks?|months?|mos?|years?|yrs?)|(months|years))\b`, 'i');
/** "since 10/31/2016", "since March 2014", "since 2013", "since 01/2016" (month/year). */
const SINCE = new RegExp(String.raw`\bsince\s+(?:at least\s+)?(?:(${US_DATE})|(?:(${MONTHS})\s+(?:of\s+)?)?((?:19|20)\d\d)|(\d{1,2})[/-]((?:19|20)\d\d))\b`, 'i');

/**
 * "Xanax was started in January 2015", "first prescribed alprazolam in 3/2014", "Trazodone was added in 04/2016", "Lyrica 75mg
 * twice daily was started 12/10/13" (a full date needs no "on"; not "prescribed on …": that is the prescription's date, not the start).
 */
const STARTED_ON = new RegExp(
  String.raw`\b(?:started|began|begun|initiated|first\s+prescribed|(?:was|were|been)\s+added)\s+(?:(?:[\w-]+\s+){0,3}?(?:on|in)\s+(?:(${US_DATE})|(?:(${MONTHS})\s+(?:of\s+)?)?((?:19|20)\d\d)|(\d{1,2})[/-]((?:19|20)\d\d))|(\d{1,2}[/-]\d{1,2}[/-]\d{2,4}))\b`,
  'i',
);

/** The first day of what SINCE or STARTED_ON matched. */
function sinceDate(since: RegExpExecArray): Date | undefined {
  if (since[1] ?? since[6]) return parseUsDate((since[1] ?? since[6])!);
  if (since[5]) {
    const month = Number(since[4]);
    return month >= 1 && month <= 12 ? new Date(Date.UTC(Number(since[5]), month - 1, 1)) : undefined;
  }
  return new Date(Date.UTC(Number(since[3]), since[2] ? monthNumber(since[2]) - 1 : 0, 1));
}

/** "Flexeril, which was started 6 months ago", "first prescribed two years ago", "was added 4 months ago". */
const STARTED_AGO = new RegExp(
  String.raw`\b(?:started|began|begun|initiated|prescribed|put on|placed on|(?:was|were|been)\s+added)\b[^.;]{0,40}?\b(?:at least\s+|over\s+|more than\s+|approximately\s+|about\s+)?(${COUNT}|several|many)\s+(days?|weeks?|wks?|months?|mos?|years?|yrs?)\s+ago\b`,
  'i',
);

/** A span of time as weeks: "several" counts 3, "many" 6, "a" 1. */
function spanWeeks(countWord: string, unitWord: string): number | undefined {
  const word = countWord.toLowerCase();
  const count = word === 'several' ? 3 : word === 'many' ? 6 : word === 'a' || word === 'an' ? 1 : parseCount(word);
  if (count === undefined) return undefined;
  const unit = unitWord.toLowerCase();
  const weeks = unit.startsWith('d') ? count / 7 : unit.startsWith('w') ? count : unit.startsWith('m') ? count * 4.3 : count * 52;
  return Math.round(weeks * 10) / 10;
}

/**
 * How long the requested drug has been used, in weeks, from sentences that name it; a span read
 * counts only in a sentence `counts` accepts (asked only where a span is found: it may be costly).
 */
export function readUseDuration(
  sentences: readonly AnalysedSentence[],
  reference: Date | undefined,
  counts?: (sentence: AnalysedSentence) => boolean,
): NumberReading | undefined {
  return firstReading(sentences, (text) => {
    if (ANY_PATIENT.test(text)) return undefined;
    const forSpan = FOR_SPAN.exec(text);
    if (forSpan && /\b(?:tak|us|prescrib|on\b|been)/i.test(text) && !NOT_A_DRUG_SPAN.test(text.slice(0, forSpan.index))) {
      const weeks = forSpan[3] ? spanWeeks('2', forSpan[3]) : spanWeeks(forSpan[1]!, forSpan[2]!);
      if (weeks !== undefined) return { value: weeks, cue: forSpan[0] };
    }
    const startedAgo = STARTED_AGO.exec(text);
    if (startedAgo) {
      const weeks = spanWeeks(startedAgo[1]!, startedAgo[2]!);
      if (weeks !== undefined) return { value: weeks, cue: startedAgo[0] };
    }
    if (!reference) return undefined;
    const since = SINCE.exec(text) ?? STARTED_ON.exec(text);
    if (since) {
      const date = sinceDate(since);
      if (date && date < reference) return { value: weeksBetween(date, reference), cue: since[0], note: 'from that date to the decision date' };
    }
    return undefined;
  }, counts);
}

const PRIOR_SESSIONS = new RegExp(
  // "completed 12 sessions", "completed 4 of the 6 authorized sessions", "completed 8/12 sessions" (the sessions had, not those authorized)
  // (not the guideline's limit: "with up to a total of 18 visits over 6-8 weeks if there is evidence of objective functional improvement")
  String.raw`\b(?:completed|had|has had|attended|undergone|received|underwent|finished|participated in|status post|at least|(?<!\bup\s+to\s+(?:a\s+)?)total of|prior|previous|previously)\s+(?:at least\s+|a total of\s+|approximately\s+|about\s+|over\s+|(?:an?\s+|the\s+)?(?:initial\s+|prior\s+|previous\s+|first\s+)?(?:course|series|trial|round)\s+of\s+)?(${COUNT})(?:\s*(?:-|to)\s*(${COUNT}))?(?:\s*\/\s*\d{1,3}|\s+(?:of|out\s+of)\s+(?:the\s+|his\s+|her\s+)?\d{1,3})?\s+(?:prior\s+|previous\s+|completed\s+|authorized\s+|approved\s+|certified\s+)?(?:\w+\s+){0,2}?(?:sessions?|visits?|appointments?|treatments?)\b` +
    // "6 prior sessions", "Physical therapy x 12 sessions was completed in 2015", "the 18 sessions already completed" (one count tried once at each word)
    String.raw`|\b(${COUNT})\s+(?:(?:prior|previous|completed|past)\s+(?:\w+\s+){0,2}?(?:sessions?|visits?|appointments?|treatments?)\b|(?:sessions?|visits?|appointments?|treatments?)\s+(?:(?:\w+\s+){0,3}?(?:was|were|have been|has been|had been)\s+|already\s+|previously\s+)(?:(?:authorized|approved|certified)\s+and\s+)?(?:completed|attended|received|undergone)\b)` +
    // "Treatment to date has included 12 sessions of physical therapy" (not what a request includes; the look back is made after the verb, so only where one is)
    String.raw`|\b(?:includes?|included|including|consist(?:s|ed)? of)(?<!\brequest(?:s|ed)?\b[^.]{0,45})\s+(?:at least\s+|a total of\s+|approximately\s+|about\s+|over\s+)?(${COUNT})\s+(?:prior\s+|previous\s+|completed\s+)?(?:[\w-]+\s+){0,2}?(?:sessions?|visits?|appointments?)\b` +
    // "The patient had physical therapy x 12 in 2015" (the count after the therapy had)
    String.raw`|\b(?:had|has had|completed|received|attended|underwent|undergone)\s+(?:[\w-]+\s+){0,3}?(?:therapy|PT|acupuncture|chiropractic(?:\s+care)?|psychotherapy)\s*(?:x|times)\s*(${COUNT})\b(?!\s*(?:per|a|\/)\s*(?:week|wk))` +
    // "completed 6 sessions of acupuncture and 10 sessions of physical therapy" (the next count of a list the verb heads, not one requested after it)
    // (not after a verb denied, "has never had acupuncture, so this is an initial trial, and 6 sessions is within …",
    // "has not yet had any post-operative therapy, and 8 visits, to start after cast removal, falls within …")
    String.raw`|\band\s+(${COUNT})\s+(?:[\w-]+\s+){0,2}?(?:sessions?|visits?|treatments?)\b(?<=(?<!\b(?:never|not|no)\s+(?:yet\s+|ever\s+|previously\s+)?)\b(?:completed|had|has had|attended|received|underwent|undergone|finished|status post)\b[^.;]{0,80})(?![^.;]{0,40}\b(?:requested|request|proposed|pending|authorized|certified|recommended|(?:is|are|falls?)\s+within)\b)` +
    // "was authorized 12 sessions of physical therapy in 2015, which she completed" (sessions authorized are had only when the clause says so)
    String.raw`|\b(?:authorized|approved|certified)\s+(?:for\s+)?(${COUNT})\s+(?:[\w-]+\s+){0,2}?(?:sessions?|visits?|treatments?)\b(?=[^.;]{0,80}?,\s*(?:all\s+of\s+)?which\s+(?:(?:she|he|they|the\s+patient|the\s+claimant|the\s+injured\s+worker)\s+)?(?:were\s+|was\s+|has\s+|have\s+|had\s+)?(?:been\s+)?(?:completed|attended|finished)\b)`,
  'gi',
);

/** What ATTENDED_FOR_WEEKS needs in a sentence, cheap to look for first. */
const SAYS_WEEKS = /\b(?:weeks?|weekly|wks?)\b/i;

/** "Attended physical therapy 2 times per week for 6 weeks": the sessions are the product (the week's grammar is a request's). */
const ATTENDED_FOR_WEEKS = new RegExp(
  String.raw`\b(?:completed|had|has had|attended|undergone|received|underwent|participated in)\s+(?:\w+\s+){1,3}?${WEEKLY}`,
  'gi',
);

/** The larger of two counts of sessions (a count that cannot be one, 0 or over 200, is no count). */
function moreSessions(best: NumberReading | undefined, value: number | undefined, sentence: AnalysedSentence, cue: string): NumberReading | undefined {
  if (value === undefined || value <= 0 || value > 200) return best;
  return !best || value > best.value ? { value, evidence: evidenceOf(sentence, cue) } : best;
}

/**
 * Sessions of the requested kind already completed: "completed 12 sessions of physical therapy",
 * "had at least 6 sessions"; not a count whose clause names another service only
 * (`namesOnlyAnotherService`: "completed twelve sessions of acupuncture" for physical therapy).
 */
export function readPriorSessions(
  sentences: readonly AnalysedSentence[],
  serviceTerms: PhraseSet<unknown> | undefined,
  namesOnlyAnotherService: (words: string) => boolean = () => false,
): NumberReading | undefined {
  let best: NumberReading | undefined;
  const ofAnotherService = (text: string, match: RegExpMatchArray): boolean =>
    namesOnlyAnotherService(clauseFrom(text, match.index!, match.index! + match[0].length));
  for (const sentence of sentences) {
    const text = withoutNumeralGlosses(sentence.text);
    const aboutService = sentence.source === 'rationale' || (serviceTerms ? sentence.scan.matches(serviceTerms).length > 0 : false);
    if (!aboutService) continue;
    for (const match of text.matchAll(PRIOR_SESSIONS)) {
      if (ofAnotherService(text, match)) continue;
      const cue = sentence.text.slice(match.index!, match.index! + match[0].length);
      best = moreSessions(best, parseCount(match[2] ?? match[1] ?? match[3] ?? match[4] ?? match[5] ?? match[6] ?? match[7]), sentence, cue);
    }
    if (!SAYS_WEEKS.test(text)) continue;
    for (const match of text.matchAll(ATTENDED_FOR_WEEKS)) {
      if (ofAnotherService(text, match)) continue;
      const { perWeek, weeks } = weeklyOf(match);
      best = moreSessions(best, perWeek !== undefined && weeks !== undefined ? perWeek * weeks : undefined, sentence, match[0]);
    }
  }
  return best;
}

const SURGERY_NAMES = String.raw`(?:surgery|repair|reconstruction|fusion|arthroscopy|release|replacement|arthroplasty|decompression|laminectomy|discectomy|microdiscectomy|meniscectomy|fixation|ORIF|excision|tenodesis|osteotomy)`;

/**
 * A surgery had on a date: "He underwent left ACL reconstruction … on 09/08/2016", "status post carpal tunnel
 * release on 3/2/2016", the date first: "On 10-04-2016 he underwent right shoulder arthroscopy".
 */
const SURGERY_ON = boundaryFirst(
  new RegExp(
    String.raw`\b(?:underwent|has undergone|had undergone|status post|s/p)\b[^.;]{0,100}?\b${SURGERY_NAMES}\b[^.;]{0,60}?\b(?:on|dated)\s+(${US_DATE})` +
      String.raw`|\b(?:on|dated)\s+(${US_DATE}),?\s+(?:he|she|they|the\s+(?:patient|claimant|injured\s+worker|employee|applicant))\s+(?:underwent|had|has undergone)\b[^.;]{0,100}?\b${SURGERY_NAMES}\b`,
    'i',
  ),
);

/** The surgery a text dates, and the words that date it. */
function datedSurgery(text: string): { date: Date; cue: string } | undefined {
  const surgery = SURGERY_ON.exec(text);
  const date = parseUsDate(surgery?.[1] ?? surgery?.[2]);
  return surgery && date ? { date, cue: surgery[0] } : undefined;
}

/** The surgery a service date falls within `days` after, as the letter dates it. */
export function surgeryBefore(sentences: readonly AnalysedSentence[], serviceDate: Date, days: number): NumberReading | undefined {
  for (const sentence of sentences) {
    const surgery = datedSurgery(sentence.text);
    if (!surgery) continue;
    const after = daysBetween(surgery.date, serviceDate);
    if (after >= 0 && after <= days) return { value: after, evidence: evidenceOf(sentence, surgery.cue, `the service date is ${after} days after this surgery`) };
  }
  return undefined;
}

/** A drug test named: "urine drug screen", "UDS", "urine toxicology", "point-of-care drug screen". */
const DRUG_TEST = /\b(?:urine drug (?:screens?|tests?|testing)|UDS|UDT|drug (?:screens?|tests?)|urine toxicology(?: screens?)?|toxicology (?:screens?|tests?))\b/i;
/**
 * A date that tells when a test was asked for or decided on, not done: "Utilization review on 10-25-2016 non-certified …
 * the urine drug screen", "requested a urine drug screen at the 10-17-2016 visit" (not the patient's "denied illicit drug
 * use"); read around the date only, since the same sentence may date tests done too ("screens from 05/2016 through
 * 10/2016, all consistent, and another was requested").
 */
const ASKED_OR_DECIDED = /\b(?:non-?certif(?:ied|ication)|(?:was|were)\s+denied|requested|requesting|request for|authorization|utilization review)\b|\bUR\b/i;

/** Words that make the drug test after them one asked for: "and requested a urine drug screen", "a request for UDS". */
const ASKS_FOR_THE_TEST = /\b(?:requested|requesting|request\s+for|recommended|non-?certified|denied)\s+(?:an?\s+|the\s+|another\s+|repeat\s+|random\s+|follow-?up\s+)*$/i;

/** Does the sentence name drug tests only as what was asked for ("the provider … requested a urine drug screen")? Its dates are the visit's, not a test's. */
function namesTestsOnlyAskedFor(text: string): boolean {
  for (const test of text.matchAll(DRUG_TESTS)) if (!ASKS_FOR_THE_TEST.test(text.slice(Math.max(0, test.index - 40), test.index))) return false;
  return true;
}

/** Every drug test a text names (`DRUG_TEST`, global). */
const DRUG_TESTS = new RegExp(DRUG_TEST.source, 'gi');

/** How far before and after a date the words of a request or decision are looked for. */
const DECISION_REACH_BEFORE = 60;
const DECISION_REACH_AFTER = 40;

/** A date written as month and year only ("UDS 07/2016"): the middle of the month. */
const MONTH_YEAR = /(?<![\d/])(\d{1,2})\/((?:19|20)\d\d)\b/g;

function monthYear(month: number, year: number): Date | undefined {
  return month >= 1 && month <= 12 ? new Date(Date.UTC(year, month - 1, 15)) : undefined;
}

/** A month and year with a hyphen as well ("from 4-2016 to 6-2016"), not a full date's tail. */
const MONTH_YEAR_EITHER = /(?<![\d/-])(\d{1,2})[/-]((?:19|20)\d\d)\b(?![/-]\d)/g;

/** The latest surgery the letter dates on or before `reference` ("On 12/20/2016, the patient underwent right shoulder … repair"). */
export function latestSurgeryDate(sentences: readonly AnalysedSentence[], reference: Date): Date | undefined {
  let latest: Date | undefined;
  for (const sentence of sentences) {
    const date = datedSurgery(sentence.text)?.date;
    if (date && daysBetween(date, reference) >= 0 && (!latest || date > latest)) latest = date;
  }
  return latest;
}

/** The text's own word that it tells of the time before the operation: "Conservative treatment prior to surgery included …". */
const BEFORE_THE_OPERATION = /\b(?:prior\s+to|before)\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:surgery|operation|procedure)\b|\bpre-?operative(?:ly)?\b/i;
/** The text's word that it tells of the time after it: "post-operative physical therapy", "after surgery". */
const AFTER_THE_OPERATION = /\bpost-?\s?op(?:erative(?:ly)?)?\b|\b(?:after|since|following)\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:surgery|operation|procedure|repair|release|arthroscopy|fusion)\b/i;

/**
 * Does the text tell of the time before an operation on `surgery`: it says so, or every date it names (a full date, or a
 * month and year: "12 sessions of physical therapy from 4-2016 to 6-2016") falls before it, and it says nothing of after.
 */
export function toldBeforeSurgery(text: string, surgery: Date): boolean {
  if (AFTER_THE_OPERATION.test(text)) return false;
  if (BEFORE_THE_OPERATION.test(text)) return true;
  const dates = [
    ...Array.from(text.matchAll(ANY_DATE), (m) => parseUsDate(m[0])),
    // a month counts as a whole: its last day must fall before the operation
    ...Array.from(text.matchAll(MONTH_YEAR_EITHER), (m) => (Number(m[1]) >= 1 && Number(m[1]) <= 12 ? new Date(Date.UTC(Number(m[2]), Number(m[1]), 0)) : undefined)),
  ];
  return dates.length > 0 && dates.every((date) => date !== undefined && date < surgery);
}

/** Days from the latest date a text names ("dated 3-10-2016", "07/2016") to `reference`, if any is on or before it. */
export function daysSinceLatestDateIn(text: string, reference: Date): number | undefined {
  let fewest: number | undefined;
  const dates = [...Array.from(text.matchAll(ANY_DATE), (m) => parseUsDate(m[0])), ...Array.from(text.matchAll(MONTH_YEAR), (m) => monthYear(Number(m[1]), Number(m[2])))];
  for (const date of dates) {
    if (!date) continue;
    const before = daysBetween(date, reference);
    if (before >= 0 && (fewest === undefined || before < fewest)) fewest = before;
  }
  return fewest;
}

/**
 * The latest drug test the letter dates within `days` before `reference` ("the most recent on July 11,
 * 2016", "UDS 07/2016 was consistent"): the number of days since it. A sentence `counts` must accept it.
 */
export function readRecentDrugTest(
  sentences: readonly AnalysedSentence[],
  reference: Date,
  days: number,
  counts: (sentence: AnalysedSentence) => boolean,
): NumberReading | undefined {
  let best: NumberReading | undefined;
  for (const sentence of sentences) {
    if (!DRUG_TEST.test(sentence.text) || !counts(sentence) || namesTestsOnlyAskedFor(sentence.text)) continue;
    const dated = [
      ...Array.from(sentence.text.matchAll(ANY_DATE), (m) => ({ date: parseUsDate(m[0]), cue: m[0], at: m.index })),
      ...Array.from(sentence.text.matchAll(MONTH_YEAR), (m) => ({ date: monthYear(Number(m[1]), Number(m[2])), cue: m[0], at: m.index })),
    ];
    for (const { date, cue, at } of dated) {
      if (!date || ASKED_OR_DECIDED.test(sentence.text.slice(Math.max(0, at - DECISION_REACH_BEFORE), at + cue.length + DECISION_REACH_AFTER))) continue;
      const before = daysBetween(date, reference);
      if (before < 0 || before > days || (best && best.value <= before)) continue;
      best = { value: before, evidence: evidenceOf(sentence, cue, `a drug test dated ${before} days before the decision`) };
    }
  }
  return best;
}


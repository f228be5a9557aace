import { COUNT, parseCount } from '../text/numbers.js';

/** The numbers a request line carries, and the figures derived from them. */
export interface RequestQuantity {
  /** Strength of one unit in mg (the first figure of "10/325mg"), or mcg/hr for patches. */
  readonly strength?: number;
  readonly strengthUnit?: 'mg' | 'mcg/hr';
  /** Units asked for ("#60", "Tab 60", "quantity 90"). */
  readonly quantity?: number;
  readonly refills?: number;
  /** Units taken per day, from the directions ("twice daily", "q6h", "TID"). */
  readonly unitsPerDay?: number;
  /** Days the request covers when the request says so ("14 days", "one month supply", "2 month rental"). */
  readonly days?: number;
  /** Sessions or visits asked for, stated or computed as frequency × weeks. */
  readonly visits?: number;
  readonly frequencyPerWeek?: number;
  readonly weeks?: number;
  /** Hours of care a week ("8 hours/day x 7 days/week", "24-hour care", "20 hours per week"). */
  readonly hoursPerWeek?: number;
  /** How the figures were read. */
  readonly notes: readonly string[];
}

const FREQUENCY_WORDS: Readonly<Record<string, number>> = {
  daily: 1, qd: 1, 'once daily': 1, 'once a day': 1, 'once per day': 1, nightly: 1, qhs: 1, 'at bedtime': 1, bid: 2, 'twice daily': 2,
  'twice a day': 2, 'twice per day': 2, 'two times a day': 2, 'two times daily': 2, tid: 3, 'three times a day': 3,
  'three times daily': 3, 'three times per day': 3, qid: 4, 'four times a day': 4, 'four times daily': 4, 'four times per day': 4,
};

/**
 * FREQUENCY_WORDS as whole-word patterns, the longest first (the first that matches wins: "three
 * times daily" is 3, not the "daily" it ends with).
 */
const FREQUENCY = Object.entries(FREQUENCY_WORDS)
  .sort(([a], [b]) => b.length - a.length)
  .map(([words, count]) => [new RegExp(`\\b${words}\\b`), count] as const);

// Patterns built on COUNT, compiled once. None has the g or y flag, so exec/test keep no state between calls.
const TIMES_A_DAY = new RegExp(String.raw`\b(${COUNT})\s*(?:x|times)\s*(?:a|per|\/)\s*day\b`, 'i');
const UNITS_TIMES_A_DAY = new RegExp(String.raw`\b(${COUNT})\s+(?:tablets?|tabs?|capsules?|caps?|pills?)\b[^.;]{0,20}?\b(once|twice|three times|four times)\s+(?:a\s+)?(?:day|daily)\b`, 'i');
/** A span the request lasts ("14 day rental", "2 month supply"); "5 days per week" and "every 3 days" are frequencies, not spans. */
const SPAN = new RegExp(String.raw`(?<!\bevery\s+)(?:\b|(?<=\bx))(${COUNT})[\s-]*(day|days|week|weeks|wks?|month|months|mos?)\b(?!\s*(?:a|per|\/|each)\s*(?:week|wk)\b)(?:'s)?\s*(?:supply|rental|rent|course|trial)?\b`, 'i');
/**
 * How often a week, and for how many weeks when it is said: "2 times per week for 6 weeks", "1-2 x a
 * week", "twice weekly for six weeks", "twice a week over a 3-week period". Groups: per week (low,
 * high), then weeks (low, high); read them with `weeklyOf`. (Also what a letter says of sessions
 * already had: clinical-numbers.ts.)
 */
export const WEEKLY = String.raw`(${COUNT})(?:\s*(?:-|to)\s*(${COUNT}))?\s*(?:x|times?|visits?|appointments?|sessions?|days?)?\s*(?:a|per|\/|each)?\s*(?:week|wk|weekly)\b` +
  String.raw`(?:\s*(?:for|x|times|over|,)\s*(?:a\s+(?:total|period)\s+of\s+|an?\s+)?(${COUNT})(?:\s*(?:-|to)\s*(${COUNT}))?[\s-]*(?:weeks?|wks?)\b)?`;
const PER_WEEK = new RegExp(String.raw`\b${WEEKLY}`, 'i');
/** "12 sessions", "six chiropractic visits"; not "1 session per week", a frequency. */
const STATED_SESSIONS = new RegExp(
  String.raw`\b(${COUNT})(?:\s*(?:-|to)\s*(${COUNT}))?\s+(?:\w+\s+){0,3}?(?:sessions?|visits?|appointments?|treatments?)\b(?!\s*(?:a|per|\/|each|every)\s*(?:week|wk)\b)`,
  'i',
);
/** A count of containers a topical or liquid comes in. */
const CONTAINERS = new RegExp(String.raw`\b(${COUNT})\s+(?:containers?|tubes?|bottles?|jars?|boxe?s?|packs?|packages?|kits?)\b(?:\s+of\b)?`, 'i');
/** "every 4 hours", "q4-6h", "every four to six hours" */
const EVERY_HOURS = new RegExp(String.raw`\b(?:every|q)\s*(${COUNT})(?:\s*(?:-|to)\s*(${COUNT}))?\s*(?:h|hr|hrs|hours?)\b`, 'i');

/** "one patch every 3 days" */
const EVERY_DAYS = new RegExp(String.raw`\bevery\s+(${COUNT})\s+days?\b`, 'i');
const REFILLS = new RegExp(String.raw`\b(?:with\s+)?(${COUNT})\s+refills?\b`, 'i');

/** Units a dose takes ("1-2 tabs q4-6h", "2 tablets BID"): the most, for the day's most. Not a count asked for ("#2 tablets"). */
const UNITS_A_DOSE = /(?<!#\s*)\b([1-4]|one|two|three|four)(?:\s*(?:-|to|or)\s*([1-4]|two|three|four))?\s*(?:tabs?|tablets?|caps?|capsules?|pills?)\b(?!\s+(?:once|twice|three times|four times)\b)/i;

/** Units taken a day: doses a day from the directions, times the units a dose takes. */
function unitsPerDayOf(text: string): number | undefined {
  const doses = dosesPerDayOf(text);
  if (doses === undefined) return undefined;
  const units = UNITS_A_DOSE.exec(text);
  const perDose = units ? (parseCount(units[2] ?? units[1]) ?? 1) : 1;
  return perDose > 1 ? Math.round(doses * perDose * 1000) / 1000 : doses;
}

function dosesPerDayOf(text: string): number | undefined {
  const everyHours = EVERY_HOURS.exec(text);
  // "every 4-6 hours" or "every four hours": at most 6 a day; "every 72 hours" (a patch): a third of one a day
  if (everyHours) {
    const hours = parseCount(everyHours[1]) ?? 0;
    if (hours > 0) return hours <= 24 ? Math.floor(24 / hours) : Math.round((24 / hours) * 1000) / 1000;
  }
  const everyDays = EVERY_DAYS.exec(text);
  if (everyDays) {
    const days = parseCount(everyDays[1]);
    if (days) return Math.round((1 / days) * 1000) / 1000;
  }
  // units first: in "2 tablets three times a day" the "three times a day" is the doses, not the units a day
  const unitsTimes = UNITS_TIMES_A_DAY.exec(text);
  if (unitsTimes) {
    const per = { once: 1, twice: 2, 'three times': 3, 'four times': 4 }[unitsTimes[2]!.toLowerCase() as 'once'] ?? 1;
    return (parseCount(unitsTimes[1]) ?? 1) * per;
  }
  const timesDay = TIMES_A_DAY.exec(text);
  if (timesDay) return parseCount(timesDay[1]);
  const lower = text.toLowerCase();
  for (const [pattern, count] of FREQUENCY) {
    if (pattern.test(lower)) return count;
  }
  return undefined;
}

const HOURS_A_WEEK = new RegExp(String.raw`\b(${COUNT})\s*(?:hours?|hrs?)\s*(?:\/|a|per|each)\s*(?:week|wk)\b`, 'i');
const HOURS_A_DAY = new RegExp(String.raw`\b(${COUNT})\s*(?:hours?|hrs?)\s*(?:\/|a|per|each)\s*day\b`, 'i');
const ROUND_THE_CLOCK = /\b(?:24[\s-]*(?:hours?|hrs?|hr)(?!\s*(?:\/|a|per|each)\s*(?:week|wk)\b)|24\s*\/\s*7|around[\s-]the[\s-]clock)\b/i;

/**
 * Hours of care a week, the figure home health's weekly limits are written in: stated a week, or
 * hours a day times the days a week the request gives; care around the clock is 168.
 */
function hoursPerWeekOf(text: string, daysPerWeek: number | undefined): { value: number; note: string } | undefined {
  const weekly = HOURS_A_WEEK.exec(text);
  const weeklyHours = parseCount(weekly?.[1]);
  if (weeklyHours !== undefined) return { value: weeklyHours, note: `hours a week as stated: "${weekly![0]}"` };
  const daily = HOURS_A_DAY.exec(text);
  const dailyHours = parseCount(daily?.[1]);
  if (dailyHours !== undefined && daysPerWeek !== undefined && dailyHours <= 24 && daysPerWeek <= 7) {
    return { value: dailyHours * daysPerWeek, note: `hours a week = ${dailyHours} a day × ${daysPerWeek} days` };
  }
  if (ROUND_THE_CLOCK.test(text)) return { value: 168, note: 'care around the clock: 24 hours × 7 days' };
  return undefined;
}

/** A span in days: a week is 7, a month 30. */
function spanDays(count: number, unitWord: string): number {
  const unit = unitWord.toLowerCase();
  return unit.startsWith('d') ? count : unit.startsWith('w') ? count * 7 : count * 30;
}

function daysOf(text: string): number | undefined {
  const span = SPAN.exec(text);
  const oneMonth = /\b(?:one|a|1)[\s-]*month(?:'s)?\s+(?:supply|rental)\b/i.exec(text);
  if (oneMonth) return 30;
  if (!span) return undefined;
  const count = parseCount(span[1]);
  if (count === undefined) return undefined;
  return spanDays(count, span[2]!);
}

function range(text: string | undefined, upper: string | undefined): number | undefined {
  const low = parseCount(text);
  const high = parseCount(upper);
  return high ?? low;
}

/** The frequency and the weeks of a WEEKLY match whose groups start at `first` (a range counts its top). */
export function weeklyOf(match: RegExpExecArray | RegExpMatchArray, first = 1): { perWeek?: number; weeks?: number } {
  return { perWeek: range(match[first], match[first + 1]), weeks: range(match[first + 2], match[first + 3]) };
}

/**
 * "2 x 4" and "2 times 4" in a request for a service are the prescribers' shorthand for twice a
 * week for four weeks: the frequency and the weeks, when nothing else in the request gave them.
 */
function weeklyShorthand(result: { frequencyPerWeek?: number; weeks?: number }, perWeek: number, weeks: number): void {
  if (perWeek < 1 || perWeek > 7 || weeks < 1) return;
  result.frequencyPerWeek ??= perWeek;
  result.weeks ??= weeks;
}

/** Sessions asked for: "12 sessions", "x 8", "times 12", "#2" for a service, or frequency × weeks. */
function visitsOf(text: string, notes: string[]): Pick<RequestQuantity, 'visits' | 'frequencyPerWeek' | 'weeks'> {
  const perWeek = PER_WEEK.exec(text);
  const { perWeek: frequency, weeks } = perWeek ? weeklyOf(perWeek) : {};
  const compact = /\b(\d)\s*x\s*(\d{1,2})\b/i.exec(text);
  const stated = STATED_SESSIONS.exec(text);
  // "x 80 hours" is a program's length, not sessions
  const times = /\b(?:x|times)\s*(\d{1,2})\b(?!\s*(?:hours?|hrs?|days?|weeks?|wks?|months?|mos?)\b)/i.exec(text);
  // "#8", "Qty: 12", "quantity 2": the count of sessions asked for
  const hash = /(?:#|\b(?:qty|quantity)\b\.?:?)\s*(\d{1,2})\b(?!\s*(?:hours?|hrs?|days?|weeks?|wks?|months?|mos?|times?)\b)/i.exec(text);
  // "Physical therapy (12)": a count alone in brackets closing the request
  const bracketed = /\((\d{1,2})\)\s*$/.exec(text);
  const result: { visits?: number; frequencyPerWeek?: number; weeks?: number } = {};
  if (frequency !== undefined) result.frequencyPerWeek = frequency;
  if (weeks !== undefined) result.weeks = weeks;
  const statedCount = stated ? range(stated[1], stated[2]) : undefined;
  if (statedCount !== undefined && statedCount > 0 && statedCount < 100) {
    notes.push(`sessions as stated: "${stated![0]}"`);
    result.visits = statedCount;
  } else if (frequency !== undefined && weeks !== undefined) {
    notes.push(`sessions = ${frequency} a week × ${weeks} weeks`);
    result.visits = frequency * weeks;
  } else if (compact) {
    notes.push(`sessions = ${compact[1]} × ${compact[2]} ("${compact[0]}": a week × weeks)`);
    result.visits = Number(compact[1]) * Number(compact[2]);
    weeklyShorthand(result, Number(compact[1]), Number(compact[2]));
  } else if (times) {
    // Depends on the match: the count after "times" is part of the pattern.
    const before = new RegExp(String.raw`\b(${COUNT})\s+times\s+${times[1]}\b`, 'i').exec(text);
    const per = before ? parseCount(before[1]) ?? 1 : 1;
    notes.push(`sessions = ${per} × ${times[1]} ("${before?.[0] ?? times[0]}")`);
    result.visits = per * Number(times[1]);
    if (before) weeklyShorthand(result, per, Number(times[1]));
  } else if (hash) {
    notes.push(`sessions from "${hash[0]}"`);
    result.visits = Number(hash[1]);
  } else if (bracketed) {
    notes.push(`sessions from "${bracketed[0]}"`);
    result.visits = Number(bracketed[1]);
  }
  return result;
}

/** "Tylenol #3", "Tylenol with codeine No. 4": the codeine in mg is the product's number. */
const TYLENOL_NUMBER = /\bTylenol\s*(?:with\s+codeine\s*)?(?:#|No\.?\s*)\s*([234])\b/i;
const CODEINE_OF_TYLENOL_NUMBER: Readonly<Record<string, number>> = { '2': 15, '3': 30, '4': 60 };

/** Acetaminophen's strengths in a combination tablet. */
const ACETAMINOPHEN_MG = new Set([300, 325, 500, 650, 750]);

/**
 * The strength of a combination tablet is its first figure ("Norco 10/325mg"), unless the
 * acetaminophen comes first ("Acetaminophen with codeine 300/30mg"): then the other one.
 */
function combinationStrength(written: string, first: number): number {
  const figures = written.match(/\d+(?:\.\d+)?/g)?.map(Number) ?? [];
  if (figures.length === 2 && ACETAMINOPHEN_MG.has(first) && !ACETAMINOPHEN_MG.has(figures[1]!)) return figures[1]!;
  return first;
}

/**
 * A count written twice, in words and in figures ("twelve (12) sessions"), or in parentheses
 * before what it counts ("(12) sessions"), as the figure alone.
 */
function plainCounts(text: string): string {
  if (!text.includes('(')) return text;
  return text
    .replace(/\b([A-Za-z-]+)\s*\((\d{1,3})\)/g, (whole, word: string, figure: string) => (parseCount(word) === Number(figure) ? figure : whole))
    .replace(/\((\d{1,3})\)(?=\s+(?:[\w-]+\s+){0,3}?(?:sessions?|visits?|appointments?|treatments?)\b)/gi, '$1');
}

/** Read the numbers of a request: strength, quantity, refills, directions, days, sessions. */
export function readRequestQuantity(request: string, isMedication: boolean): RequestQuantity {
  const text = plainCounts(request);
  const notes: string[] = [];
  // every field named, those not read undefined: one shape for every request's numbers (see test/facts/shapes.test.ts)
  const result: { -readonly [K in keyof RequestQuantity]: RequestQuantity[K] } = {
    strength: undefined,
    strengthUnit: undefined,
    quantity: undefined,
    refills: undefined,
    unitsPerDay: undefined,
    days: undefined,
    visits: undefined,
    frequencyPerWeek: undefined,
    weeks: undefined,
    hoursPerWeek: undefined,
    notes,
  };
  if (isMedication) {
    const patch = /(\d+(?:\.\d+)?)\s*(?:mcg|µg|ug)\s*\/\s*(?:hr|hour|h)\b/i.exec(text);
    const strength =
      // (a combination's figures apart by a slash, or by a hyphen before the acetaminophen's: "Norco 10-325mg")
      /(\d+(?:\.\d+)?)\s*(?:\/\s*\d+(?:\.\d+)?\s*|-\s*(?:300|325|500|650|750)\s*)*(?:mg|milligrams?)\b(?!\s*\/\s*(?:ml|g)\b)/i.exec(text) ??
      // A combination tablet written without its unit: "Norco 10/325", "Percocet 5/325" (the opioid's mg over the acetaminophen's)
      /(?<![\d./])(\d{1,2}(?:\.\d)?)\s*\/\s*(?:300|325|500|650|750)\b(?![./]\d)/.exec(text);
    const tylenolNumber = TYLENOL_NUMBER.exec(text);
    if (patch) {
      result.strength = Number(patch[1]);
      result.strengthUnit = 'mcg/hr';
    } else if (strength) {
      result.strength = combinationStrength(strength[0], Number(strength[1]));
      result.strengthUnit = 'mg';
    } else if (tylenolNumber) {
      result.strength = CODEINE_OF_TYLENOL_NUMBER[tylenolNumber[1]!]!;
      result.strengthUnit = 'mg';
    }
    const quantity =
      // not the number of a product's name: "Tylenol #3 #60", "Tylenol with codeine #3"
      /(?<!\b(?:Tylenol|codeine)\s*)#\s*(\d+)/i.exec(text) ??
      /\b(?:tab|tabs|tablets?|caps?|capsules?|qty|quantity|count|number)\s*:?\s*#?\s*(\d+)(?:\.0+)?\b(?![./%-]?\d|\s*(?:mg|mcg|g|ml|%|percent\b))/i.exec(text) ??
      // "Gabapentin 300mg caps x 90"
      /\b(?:tabs?|tablets?|caps?|capsules?|patches|pills)\s*x\s*(\d+)\b(?!\s*(?:days?|weeks?|months?|refills?|mg|mcg)\b)/i.exec(text) ??
      /\b(\d+)\s+(?:tablets?|tabs|capsules?|caps|patches|pills|count|ct)\b/i.exec(text) ??
      // after the strength: "Norco 10/325mg x 150", "Norco 10/325mg (150)" (not "x 30 days", "(2 months)")
      /(?:\d\s*(?:mg|mcg|%|ml|gm)|\b(?:tabs?|tablets?|caps?|capsules?|patch(?:es)?|cream|gel))\s*(?:x\s*(\d{1,4})\b(?!\s*(?:days?|weeks?|wks?|months?|mos?|refills?|hours?|mg|mcg|ml|%|times?|\/))|\(\s*(\d{1,4})\s*\))/i.exec(text);
    // "One container of Flurbiprofen 10%, …", "2 tubes of Voltaren gel": the containers are the quantity
    const containers = quantity ? undefined : CONTAINERS.exec(text);
    if (quantity) result.quantity = Number(quantity[1] ?? quantity[2]);
    else if (containers) result.quantity = parseCount(containers[1]);
    const refills = REFILLS.exec(text) ?? /\brefills?\s*:?\s*(\d+)\b/i.exec(text);
    if (refills) result.refills = parseCount(refills[1]);
    const perDay = unitsPerDayOf(text);
    if (perDay !== undefined) result.unitsPerDay = perDay;
  } else {
    Object.assign(result, visitsOf(text, notes));
    const hours = hoursPerWeekOf(text, result.frequencyPerWeek);
    if (hours !== undefined) {
      notes.push(hours.note);
      result.hoursPerWeek = hours.value;
    }
  }
  const days = daysOf(text);
  if (days !== undefined) result.days = days;
  return result;
}

/** The pattern of a supply stated beside a quantity, compiled once per quantity (a batch meets a few dozen). */
const supplyPatterns = new Map<number, RegExp>();
function statedSupplyPattern(quantity: number): RegExp {
  let pattern = supplyPatterns.get(quantity);
  if (!pattern) {
    pattern = new RegExp(String.raw`(?:#|\b(?:qty|quantity)\b\.?:?)\s*${quantity}(?!\d)\s*(?:\(\s*|for\s+(?:a\s+)?)?(${COUNT})[\s-]*(days?|weeks?|wks?|months?|mos?)\b(?:'s?|’s?)?(?:\s+supply)?`, 'i');
    if (supplyPatterns.size >= 256) supplyPatterns.clear();
    supplyPatterns.set(quantity, pattern);
  }
  return pattern;
}

/**
 * The supply the letter states beside the request's quantity when the request itself does not:
 * "Norco 10/325mg #360 (2 months)", "#360 for 2 months' supply", "quantity 360 for 2 mos". Days, the words read and the text they were read in.
 */
export function statedSupplyDays(texts: readonly string[], quantity: number): { days: number; cue: string; index: number } | undefined {
  const pattern = statedSupplyPattern(quantity);
  for (const [index, text] of texts.entries()) {
    if (!text.includes('#') && !/\b(?:qty|quantity)\b/i.test(text)) continue;
    const match = pattern.exec(text);
    const count = match ? parseCount(match[1]) : undefined;
    if (!match || count === undefined) continue;
    return { days: spanDays(count, match[2]!), cue: match[0], index };
  }
  return undefined;
}

/**
 * Days a medication request lasts: quantity ÷ units per day when the directions are given,
 * else the days the request states; refills multiply the supply. Undefined when unknown.
 */
export function daysOfSupply(q: RequestQuantity): { days: number; note: string } | undefined {
  const fills = (q.refills ?? 0) + 1;
  if (q.quantity !== undefined && q.unitsPerDay) {
    const days = (q.quantity / q.unitsPerDay) * fills;
    return { days, note: `${q.quantity} units ÷ ${q.unitsPerDay} a day${fills > 1 ? ` × ${fills} fills` : ''}` };
  }
  if (q.days !== undefined) return { days: q.days * fills, note: `${q.days} days as stated${fills > 1 ? ` × ${fills} fills` : ''}` };
  return undefined;
}

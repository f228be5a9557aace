const NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, once: 1, single: 1, a: 1, an: 1, two: 2, twice: 2, three: 3, thrice: 3, four: 4, five: 5, six: 6,
  seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15,
  sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, 'twenty-four': 24, thirty: 30,
  'thirty-six': 36, forty: 40, sixty: 60, ninety: 90,
};

/** Regular-expression source for a count written in digits or words. */
export const COUNT = String.raw`(?:\d+(?:\.\d+)?|zero|one|once|single|two|twice|three|thrice|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:-four)?|thirty(?:-six)?|forty|sixty|ninety)`;

/** A count in words glossed in figures: "six (6) sessions", "twelve (12) visits" (the number words a count is written in, not "once" or "a"). */
const NUMERAL_GLOSS = new RegExp(
  String.raw`\b(${Object.keys(NUMBER_WORDS)
    .filter((word) => NUMBER_WORDS[word]! > 0 && !['a', 'an', 'once', 'twice', 'thrice', 'single'].includes(word))
    .join('|')})\s*\(\s*\d{1,3}\s*\)`,
  'gi',
);

/**
 * The text with the figures that gloss a count in words blanked ("six (6) sessions" read as "six
 * sessions"), of the same length, so that an offset found in it is the letter's.
 */
export function withoutNumeralGlosses(text: string): string {
  if (!text.includes('(')) return text;
  return text.replace(NUMERAL_GLOSS, (gloss: string, word: string) => word + ' '.repeat(gloss.length - word.length));
}

/** A month's name, in full or cut short ("January", "Jan", "Sept"). */
const MONTH_NAME = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;

/** Regular-expression source for a US date as letters write it (7/15/2014, 10-13-16, January 5, 2014), with no capturing groups or anchors. */
export const US_DATE = String.raw`(?:\d{1,2}[/-]\d{1,2}[/-]\d{2,4}|${MONTH_NAME}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d)`;

const WRITTEN_DATE = new RegExp(String.raw`^(${MONTH_NAME})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$`, 'i');
const MONTH_NUMBERS: Readonly<Record<string, number>> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };

/** "12" → 12, "twelve" → 12, "twice" → 2; undefined for anything else. */
export function parseCount(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const trimmed = text.trim().toLowerCase();
  if (/^\d+(?:\.\d+)?$/.test(trimmed)) return Number(trimmed);
  return NUMBER_WORDS[trimmed];
}

/** A month's number (1-12) from its name, in full or cut short; 0 for anything else. */
export function monthNumber(name: string): number {
  return MONTH_NUMBERS[name.slice(0, 3).toLowerCase()] ?? 0;
}

const NUMERIC_DATE = /^(\d{1,2})[/-](\d{1,2})[/-](\d{2,4})$/;

/** Parse a US date as letters write it: 7/15/2014, 10-13-16, 11/23/99, January 5, 2014, Sept. 9 2016. */
export function parseUsDate(text: string | undefined): Date | undefined {
  if (!text) return undefined;
  const trimmed = text.trim();
  const written = WRITTEN_DATE.exec(trimmed);
  if (written) return utcDate(Number(written[3]), monthNumber(written[1]!), Number(written[2]));
  const numeric = NUMERIC_DATE.exec(trimmed);
  if (!numeric) return undefined;
  const year = Number(numeric[3]);
  return utcDate(year < 100 ? year + (year > 50 ? 1900 : 2000) : year, Number(numeric[1]), Number(numeric[2]));
}

function utcDate(year: number, month: number, day: number): Date | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return new Date(Date.UTC(year, month - 1, day));
}

const DAY_MS = 24 * 3600 * 1000;

/** Whole days from one date to another (negative when `to` comes first). */
export function daysBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / DAY_MS);
}

export function weeksBetween(from: Date, to: Date): number {
  return Math.round(((to.getTime() - from.getTime()) / (7 * DAY_MS)) * 10) / 10;
}

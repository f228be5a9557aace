const NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, once: 1, single: 1, a: 1, an: 1, two: 2, twice: 2, three: 3, thrice: 3, four: 4, five: 5, six: 6,
  seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15,
  sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, 'twenty-four': 24, thirty: 30,
  'thirty-six': 36, forty: 40, sixty: 60, ninety: 90,
};

/** Regular-expression source for a count written in digits or words. */
export const COUNT = String.raw`(?:\d+(?:\.\d+)?|zero|one|once|single|two|twice|three|thrice|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:-four)?|thirty(?:-six)?|forty|sixty|ninety)`;

/** Regular-expression source for a US date as letters write it (7/15/2014, 10-13-16), with no groups or anchors. */
export const US_DATE = String.raw`\d{1,2}[/-]\d{1,2}[/-]\d{2,4}`;

/** "12" → 12, "twelve" → 12, "twice" → 2; undefined for anything else. */
export function parseCount(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const trimmed = text.trim().toLowerCase();
  if (/^\d+(?:\.\d+)?$/.test(trimmed)) return Number(trimmed);
  return NUMBER_WORDS[trimmed];
}

/** Parse a US date as letters write it: 7/15/2014, 10-13-16, 11/23/99. */
export function parseUsDate(text: string | undefined): Date | undefined {
  if (!text) return undefined;
  const match = /^(\d{1,2})[/-](\d{1,2})[/-](\d{2,4})$/.exec(text.trim());
  if (!match) return undefined;
  let year = Number(match[3]);
  if (year < 100) year += year > 50 ? 1900 : 2000;
  const month = Number(match[1]);
  const day = Number(match[2]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return new Date(Date.UTC(year, month - 1, day));
}

export function weeksBetween(from: Date, to: Date): number {
  return Math.round(((to.getTime() - from.getTime()) / (7 * 24 * 3600 * 1000)) * 10) / 10;
}

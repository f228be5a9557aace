import { parseUsDate, US_DATE, withoutNumeralGlosses } from '../../src/text/numbers.js';

const day = (year: number, month: number, date: number) => new Date(Date.UTC(year, month - 1, date)).toISOString().slice(0, 10);
const parsed = (text: string) => parseUsDate(text)?.toISOString().slice(0, 10);

describe('US dates as letters write them', () => {
  test.each([
    ['7/15/2014', day(2014, 7, 15)],
    ['10-13-16', day(2016, 10, 13)],
    ['11/23/99', day(1999, 11, 23)],
    // the month written out, as the 2013 letters and many summaries write it
    ['January 5, 2014', day(2014, 1, 5)],
    ['Sept. 9 2016', day(2016, 9, 9)],
    ['Aug 30, 2013', day(2013, 8, 30)],
    ['December 1st, 2015', day(2015, 12, 1)],
  ])('%s', (text, expected) => {
    expect(parsed(text)).toBe(expected);
    // what US_DATE finds is what parseUsDate reads
    expect(new RegExp(`^${US_DATE}$`, 'i').test(text)).toBe(true);
  });

  test('not a date: a month out of range, a word that is no month, a score', () => {
    expect(parseUsDate('13/05/2014')).toBeUndefined();
    expect(parseUsDate('Mayday 5, 2014')).toBeUndefined();
    expect(new RegExp(`\\b${US_DATE}\\b`, 'i').test('pain rated 7/10 today')).toBe(false);
  });
});

describe('counts in words glossed in figures', () => {
  test('the figures are blanked at the same length; "once (1)" is a frequency, not a count glossed', () => {
    const text = 'at least seventeen (17) sessions and six (6) visits, once (1) a day';
    const blanked = withoutNumeralGlosses(text);
    expect(blanked).toBe('at least seventeen      sessions and six     visits, once (1) a day');
    expect(blanked.length).toBe(text.length);
  });
});

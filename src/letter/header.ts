import { US_DATE } from '../text/numbers.js';
import type { LetterDates } from './types.js';

const DATE = `(${US_DATE})`;

/** A case number as the header gives it: "CM16-0213037". */
export const CASE_NUMBER = String.raw`[A-Z]{2}\d{2}-\d{5,}`;

function field(header: string, label: string, value = DATE): string | undefined {
  const match = new RegExp(`${label}:?\\s*${value}`, 'i').exec(header);
  return match?.[1];
}

export interface LetterHeader {
  readonly caseNumber?: string;
  readonly dates: LetterDates;
  readonly priority?: string;
}

/** Case number, dates and priority from the header table (2016 layout); empty for letters without one. */
export function parseHeader(header: string): LetterHeader {
  const dates: { -readonly [K in keyof LetterDates]: LetterDates[K] } = {};
  const assigned = field(header, 'Date Assigned');
  const injury = field(header, 'Date of Injury');
  const decision = field(header, 'Decision Date');
  const urDenial = field(header, 'UR Denial Date');
  const received = field(header, String.raw`Application\s+(?:Received:?)?[\s\S]{0,40}?`);
  if (assigned) dates.assigned = assigned;
  if (injury) dates.injury = injury;
  if (decision) dates.decision = decision;
  if (urDenial) dates.urDenial = urDenial;
  if (received) dates.applicationReceived = received;
  const caseNumber = field(header, 'Case Number', `(${CASE_NUMBER})`);
  const priority = field(header, 'Priority', String.raw`([A-Za-z]+)`);
  return {
    ...(caseNumber ? { caseNumber } : {}),
    dates,
    ...(priority ? { priority } : {}),
  };
}

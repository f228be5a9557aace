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
  const assigned = field(header, 'Date Assigned');
  const injury = field(header, 'Date of Injury') ?? field(header, String.raw`\bDOI`);
  // the 2013 letters say it in sentences: "Notice of Independent Medical Review Determination Dated: 9/26/2013",
  // "An application for Independent Medical Review was filed on 9/6/2013 disputing the Utilization Review Denial dated 8/30/2013"
  const decision = field(header, 'Decision Date') ?? field(header, String.raw`Determination\s+Dated`);
  const urDenial = field(header, 'UR Denial Date') ?? field(header, String.raw`Utilization\s+Review\s+(?:Denial|Determination|decision)\s+dated`);
  const received =
    field(header, String.raw`Application\s+(?:Received:?)?[\s\S]{0,40}?`) ?? field(header, String.raw`application\s+for\s+Independent\s+Medical\s+Review\s+was\s+(?:filed|received)\s+on`);
  // one shape for every letter's dates and header: what it lacks is undefined (JSON leaves it out)
  const dates: LetterDates = {
    assigned: assigned || undefined,
    injury: injury || undefined,
    decision: decision || undefined,
    urDenial: urDenial || undefined,
    applicationReceived: received || undefined,
  };
  const caseNumber = field(header, 'Case Number', `(${CASE_NUMBER})`);
  const priority = field(header, 'Priority', String.raw`([A-Za-z]+)`);
  return { caseNumber: caseNumber || undefined, dates, priority: priority || undefined };
}

import { subBlock } from './text-block.js';
import type { Reviewer, TextBlock } from './types.js';

function splitList(list: string): string[] {
  return list
    .split(/\s*,\s*|\s+and\s+/)
    .map((s) => s.trim().replace(/\.$/, ''))
    .filter((s) => s.length > 0);
}

/** Splits a specialty list at commas, keeping "Public Health & General Preventive Medicine" whole. */
function splitSpecialties(list: string): string[] {
  return list
    .split(/\s*,\s*/)
    .map((s) => s.trim().replace(/\.$/, ''))
    .filter((s) => s.length > 0);
}

/**
 * The reviewer's certification/specialty and licence states, from the 2016 credentials block
 * ("State(s) of Licensure: …", "Certification(s)/Specialty: …") or the 2014 sentence
 * ("The expert reviewer is Board Certified in X, has a subspecialty in Y and is licensed to practice in Z").
 */
export function parseReviewer(howMade: TextBlock | undefined): Reviewer {
  if (!howMade) return { specialties: [], licensure: [] };
  const text = howMade.text;
  const licence = /State\(s\) of Licensure:\s*(.+?)(?=\s*Certification\(s\)|$)/i.exec(text);
  const certification = /Certification\(s\)\/Specialty:\s*(.+?)(?=\s*State\(s\) of Licensure|$)/i.exec(text);
  if (licence || certification) {
    const first = Math.min(licence?.index ?? Infinity, certification?.index ?? Infinity);
    return {
      specialties: certification ? splitSpecialties(certification[1] ?? '') : [],
      licensure: licence ? splitList(licence[1] ?? '') : [],
      evidence: subBlock(howMade, first, text.length),
    };
  }
  const sentence = /reviewer is (?:Board Certified in|certified in)\s+(.+?)(?:,?\s+has a subspecialty in\s+(.+?))?\s+and is\s+licensed to practice in\s+(.+?)\./i.exec(text);
  if (!sentence) return { specialties: [], licensure: [] };
  const specialties = [sentence[1], sentence[2]].filter((s): s is string => !!s).map((s) => s.trim());
  return {
    specialties,
    licensure: splitList(sentence[3] ?? ''),
    evidence: subBlock(howMade, sentence.index, sentence.index + sentence[0].length),
  };
}

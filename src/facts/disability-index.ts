import type { AnalysedSentence } from './analysis.js';
import { evidenceOf, type NumberReading } from './clinical-numbers.js';

/**
 * A disability or symptom inventory with its score, as a summary's dated notes give it: "Oswestry Disability Index 42%",
 * "ODI of 22%", "Beck Depression Inventory-II score was 34", "NDI: 30". Lower is better on each.
 */
const SCORED_INDEX =
  /\b(Oswestry(?:\s+Disability\s+Index)?|ODI|Neck\s+Disability\s+Index|NDI|(?:Quick\s*)?DASH|Pain\s+Disability\s+Index|Beck\s+Depression\s+Inventory(?:-II)?|BDI(?:-II)?|Beck\s+Anxiety\s+Inventory|BAI|PHQ-9|GAD-7)(?:\s+(?:score|scores))?\s*(?:of|was|is|were|at|measured|=|:)?\s*(\d{1,3})\s*(?:%|percent)?(?![\d/]|\.\d)/gi;

/**
 * A later score the sentence gives the same inventory, each told with its time: "Neck Disability Index: 42% at the initial
 * visit, 26% at the sixth visit".
 */
const LATER_SCORE = /^\s*(?:at|on|in|by)\s[^,;.]{0,40}?(?:,\s*(?:and\s+)?|;\s*|\s+and\s+)(\d{1,3})\s*(?:%|percent)?\s+(?:at|on|in|by)\b/i;

/** A sentence that measures the change itself ("decreased from 34 to 21"): the lexicon reads that one in its sentence. */
const CHANGE_IN_THE_SENTENCE = /\bfrom\s+\d{1,3}\s*%?\s+to\s+\d/i;

/** The points an inventory must fall, from the first note to the last, to be a gain and not a fluctuation. */
const MEANINGFUL_FALL = 5;

/** One name for each inventory however a letter writes it. */
function indexName(written: string): string {
  const name = written.toLowerCase().replace(/\s+/g, ' ');
  if (name.startsWith('oswestry') || name === 'odi') return 'Oswestry Disability Index';
  if (name.startsWith('neck') || name === 'ndi') return 'Neck Disability Index';
  if (name.endsWith('dash')) return 'DASH';
  if (name.startsWith('pain disability')) return 'Pain Disability Index';
  if (name.startsWith('beck depression') || name.startsWith('bdi')) return 'Beck Depression Inventory';
  if (name.startsWith('beck anxiety') || name === 'bai') return 'Beck Anxiety Inventory';
  return name.toUpperCase();
}

/**
 * An inventory of disability or symptoms the clinical summary scores twice or more, lower in the last than in the first by a
 * meaningful margin: "11-21-2016 (chiropractic initial evaluation): … Oswestry Disability Index 42%." then "12-19-2016
 * (chiropractic re-evaluation): … Oswestry Disability Index 22%.", or "Neck Disability Index: 42% at the initial visit, 26% at
 * the sixth visit". A measured functional gain, told across the notes or their times rather than as a change from one number
 * to another; its evidence is the last score. Not where `toldOfAnotherCourse` finds those notes speak of another course (a
 * drug's gain is not the one a chiropractor's re-evaluation scores).
 */
export function readIndexImprovement(summary: readonly AnalysedSentence[], toldOfAnotherCourse?: (sentence: AnalysedSentence) => boolean): NumberReading | undefined {
  const scores = new Map<string, Array<{ value: number; sentence: AnalysedSentence; cue: string; at: number }>>();
  for (const [at, sentence] of summary.entries()) {
    if (CHANGE_IN_THE_SENTENCE.test(sentence.text)) continue;
    const seen = new Set<string>();
    for (const match of sentence.text.matchAll(SCORED_INDEX)) {
      const name = indexName(match[1]!);
      if (seen.has(name)) continue;
      seen.add(name);
      const list = scores.get(name) ?? [];
      list.push({ value: Number(match[2]), sentence, cue: match[0], at });
      const later = LATER_SCORE.exec(sentence.text.slice(match.index + match[0].length));
      if (later) list.push({ value: Number(later[1]), sentence, cue: match[0] + later[0], at });
      scores.set(name, list);
    }
  }
  for (const [name, list] of scores) {
    const first = list[0]!;
    const last = list[list.length - 1]!;
    if (list.length < 2 || first.value - last.value < MEANINGFUL_FALL) continue;
    // (the notes that score it, and the heading before the first, may tell whose gain it is: a chiropractor's re-evaluation)
    if (toldOfAnotherCourse && summary.slice(Math.max(0, first.at - 1), last.at + 1).some(toldOfAnotherCourse)) continue;
    return { value: first.value - last.value, evidence: evidenceOf(last.sentence, last.cue, `${name} ${first.value} in an earlier note, ${last.value} in the last`) };
  }
  return undefined;
}

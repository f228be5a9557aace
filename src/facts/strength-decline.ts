import type { AnalysedSentence } from './analysis.js';
import { evidenceOf, type NumberReading } from './clinical-numbers.js';

/**
 * A muscle graded on the 0-5 scale, as a summary's dated examinations give it: "Left extensor hallucis longus (EHL) strength 5
 * out of 5", "Left EHL 4 out of 5", "left ankle dorsiflexion was 4- out of 5", "right grip strength 4/5".
 */
const GRADED_MUSCLE =
  /\b(?:(left|right)\s+)?(extensor\s+hallucis\s+longus(?:\s*\(EHL\))?|EHL|(?:ankle\s+)?dorsiflexion|(?:ankle\s+)?plantar\s*flexion|quadriceps|hip\s+flexors?|hamstrings?|tibialis\s+anterior|grip|deltoids?|biceps|triceps|wrist\s+extensors?|wrist\s+flexors?|finger\s+extensors?|interossei|abductor\s+pollicis\s+brevis|APB)(?:\s+(?:muscle\s+)?strength)?(?:\s+(?:was|is|were|measured|graded|of|at))*\s+([0-5])\s*([+-])?\s*(?:\/|out\s+of)\s*5\b/gi;

/** One name for each muscle however a letter writes it. */
function muscleName(written: string): string {
  const name = written.toLowerCase().replace(/\s*\(ehl\)/, '').replace(/\s+/g, ' ');
  if (name === 'ehl') return 'extensor hallucis longus';
  if (name === 'apb') return 'abductor pollicis brevis';
  return name.replace(/^ankle /, '').replace(/(flexor|extensor|deltoid|hamstring)s$/, '$1');
}

/** A grade with its sign: 4- is below 4, 4+ above it. */
function gradeOf(digit: string, sign: string | undefined): number {
  return Number(digit) + (sign === '+' ? 0.25 : sign === '-' ? -0.25 : 0);
}

/**
 * A muscle the clinical summary grades in two examinations or more, a full grade weaker in the last than in the first: a
 * neurological deficit getting worse, told across the dated notes rather than in one sentence ("07-12-2016: … Left extensor
 * hallucis longus (EHL) strength 5 out of 5" … "11-03-2016: … Left EHL strength was 3 out of 5"). A side named in one note
 * and not another is the same muscle; the left and the right are not. Its evidence is the last grade. Failing that, a grade one
 * sentence sets against an earlier examination's (GRADE_AGAINST_EARLIER).
 */
export function readStrengthDecline(summary: readonly AnalysedSentence[]): NumberReading | undefined {
  const grades = new Map<string, Array<{ grade: number; sentence: AnalysedSentence; cue: string }>>();
  for (const sentence of summary) {
    for (const match of sentence.text.matchAll(GRADED_MUSCLE)) {
      const muscle = muscleName(match[2]!);
      const side = match[1]?.toLowerCase();
      const key = side ? `${side} ${muscle}` : muscle;
      const list = grades.get(key) ?? [];
      list.push({ grade: gradeOf(match[3]!, match[4]), sentence, cue: match[0] });
      grades.set(key, list);
    }
  }
  for (const [muscle, list] of grades) {
    const first = list[0]!;
    const last = list[list.length - 1]!;
    if (list.length < 2 || first.grade - last.grade < 1 || first.sentence === last.sentence) continue;
    return { value: first.grade - last.grade, evidence: evidenceOf(last.sentence, last.cue, `${muscle} graded ${first.grade}/5 in an earlier examination, ${last.grade}/5 in the last`) };
  }
  return gradeSetAgainstAnEarlierOne(summary);
}

/**
 * A grade the sentence sets against the one an earlier examination gave: "left deltoid and biceps strength of 4-/5 (recorded as
 * 5/5 at the 05/2013 examination)", "4/5, previously 5/5", "3/5 compared with 5/5 in March".
 */
const GRADE_AGAINST_EARLIER =
  /\b([0-5])\s*([+-])?\s*(?:\/|out\s+of)\s*5\b\s*,?\s*\(?\s*(?:(?:recorded|documented|graded|noted|measured)\s+as|previously|compared\s+(?:with|to))\s+([0-5])\s*([+-])?\s*(?:\/|out\s+of)\s*5\b/gi;

/** The first grade a full grade or more below the earlier one its sentence gives. */
function gradeSetAgainstAnEarlierOne(summary: readonly AnalysedSentence[]): NumberReading | undefined {
  for (const sentence of summary) {
    for (const match of sentence.text.matchAll(GRADE_AGAINST_EARLIER)) {
      const now = gradeOf(match[1]!, match[2]);
      const before = gradeOf(match[3]!, match[4]);
      if (before - now >= 1) return { value: before - now, evidence: evidenceOf(sentence, match[0], `graded ${before}/5 in an earlier examination, ${now}/5 now`) };
    }
  }
  return undefined;
}

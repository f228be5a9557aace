import type { Evidence, Fact } from './types.js';

/** The concepts whose findings are placed in a limb. */
export const FINDINGS_WITH_A_LIMB: readonly string[] = ['neuroDeficit', 'radiculopathy', 'carpalTunnel', 'neuropathicPain'];

/** Where a neurological finding is: the arms (the cervical roots, the nerves of the hand) or the legs (the lumbosacral roots, the nerves of the foot). */
export type Limb = 'upper' | 'lower';

/** Words that place a finding in the arms: "decreased sensation in the median nerve distribution", "C6 radiculopathy", "grip strength 4/5". */
const UPPER_LIMB =
  /\b(?:upper\s+(?:extremit(?:y|ies)|limbs?)|arms?|forearms?|hands?|wrists?|fingers?|thumbs?|elbows?|median|ulnar|radial\s+nerve|carpal\s+tunnel|cubital\s+tunnel|cervical|C[4-8](?:\s*-\s*C?[5-8]|\s*-\s*T1)?|biceps|triceps|brachioradialis|deltoids?|grip|pollicis|thenar|interossei)\b/i;

/** Words that place a finding in the legs: "L5 dermatome", "extensor hallucis longus 4/5", "diminished Achilles reflex". */
const LOWER_LIMB =
  /\b(?:lower\s+(?:extremit(?:y|ies)|limbs?)|legs?|thighs?|calf|calves|foot|feet|ankles?|toes?|lumbar|lumbosacral|sciatic|sciatica|peroneal|tibial|sural|femoral\s+nerve|[LS][1-5](?:\s*-\s*[LS]?[1-5])?|hallucis|EHL|dorsiflexion|plantar\s*flexion|Achilles|patellar|quadriceps|hamstrings?|gastrocnemius|straight\s+leg\s+rais(?:e|ing)|SLR|foot\s+drop)\b/i;

/** Each limb's words, to be found anywhere in a sentence. */
const LIMB_WORDS: ReadonlyArray<readonly [Limb, RegExp]> = [
  ['upper', new RegExp(UPPER_LIMB.source, 'gi')],
  ['lower', new RegExp(LOWER_LIMB.source, 'gi')],
];

/** The limb named nearest the words at [start, end) of a sentence: a finding is the limb's its words place it in ("bilateral hand paresthesias, …, and lumbar strain"). */
export function limbNearest(text: string, start: number, end: number): Limb | undefined {
  let nearest: { limb: Limb; distance: number } | undefined;
  for (const [limb, words] of LIMB_WORDS) {
    for (const word of text.matchAll(words)) {
      const from = word.index;
      const to = from + word[0].length;
      const distance = to <= start ? start - to : from >= end ? from - end : 0;
      if (!nearest || distance < nearest.distance) nearest = { limb, distance };
    }
  }
  return nearest?.limb;
}

/** The limb of the cue an evidence records; where the cue is not found in its sentence, the sentence's one limb, if it names only one. */
function limbOfEvidence(evidence: Evidence): Limb | undefined {
  const at = evidence.cue ? evidence.text.indexOf(evidence.cue) : -1;
  if (at >= 0) return limbNearest(evidence.text, at, at + evidence.cue!.length);
  const upper = UPPER_LIMB.test(evidence.text);
  return upper === LOWER_LIMB.test(evidence.text) ? undefined : upper ? 'upper' : 'lower';
}

/** Body parts in each limb (the spine's part with the limb its roots serve); the thoracic spine, the head and the chest are neither. */
const PARTS_OF: Readonly<Record<Limb, ReadonlySet<string>>> = {
  upper: new Set(['cervical-spine', 'shoulder', 'elbow', 'wrist', 'hand', 'upper-extremity']),
  lower: new Set(['lumbar-spine', 'hip', 'knee', 'ankle', 'foot', 'lower-extremity']),
};

/** The one limb a request's body parts are in, or undefined for none or both ("Cervical and lumbar MRI"). */
export function requestLimb(bodyParts: readonly string[]): Limb | undefined {
  const upper = bodyParts.some((part) => PARTS_OF.upper.has(part));
  const lower = bodyParts.some((part) => PARTS_OF.lower.has(part));
  return upper === lower ? undefined : upper ? 'upper' : 'lower';
}

/** A reading that found the finding there (not one denying it, nor the guideline's hypothetical). */
function affirms(evidence: Evidence): boolean {
  return evidence.reading !== undefined && evidence.reading.startsWith('affirmed');
}

/**
 * The limbs the letter's neurological findings are in (a deficit, a radiculopathy, an entrapment, neuropathic symptoms),
 * each the limb named nearest it in a sentence affirming it: `upper`, `lower` or `both`; `unknown` when no finding is
 * affirmed, or one is told without naming a limb (it may be either's). An electrodiagnostic study of the legs has no
 * finding to explain when the only findings are the hands' ("positive Tinel's sign … decreased two-point
 * discrimination in the median nerve distribution" against "EMG/NCV of the bilateral lower extremities").
 */
export function findingsLimb(findings: ReadonlyArray<Fact | undefined>): Fact {
  const limbs = new Set<Limb>();
  const evidence: Evidence[] = [];
  for (const fact of findings) {
    if (fact?.state !== 'present') continue;
    for (const said of fact.evidence) {
      if (!affirms(said)) continue;
      const limb = limbOfEvidence(said);
      if (!limb) return { name: 'findingsLimb', value: 'unknown', state: 'unknown', evidence: [{ ...said, note: `${fact.name} told without naming a limb` }] };
      limbs.add(limb);
      evidence.push({ ...said, note: `${fact.name} in the ${limb} limbs, by the limb named nearest` });
    }
  }
  if (limbs.size === 0) return { name: 'findingsLimb', value: 'unknown', state: 'unknown', evidence: [] };
  const value = limbs.size === 2 ? 'both' : [...limbs][0]!;
  return { name: 'findingsLimb', value, state: 'present', evidence };
}

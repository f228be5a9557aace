import type { AnalysedSentence } from './analysis.js';
import { holds, mentionStatus, modifiersCovering, overlaps, type MentionStatus, type ModifierHit } from './context.js';
import type { CompiledConcept } from './lexicon.js';
import type { Evidence, FactState } from './types.js';

/** One place a concept is named, read in its context. */
export interface Mention {
  readonly concept: string;
  readonly sentence: AnalysedSentence;
  /** Offsets of the cue within the sentence. */
  readonly start: number;
  readonly end: number;
  readonly cue: string;
  readonly status: MentionStatus;
  /** The cue itself says the concept is absent ("consistent" for an inconsistent screen). */
  readonly absentCue: boolean;
  readonly historical: boolean;
  /** The sentence gives the utilization review's reasons: a reading that counts only where nothing else decides. */
  readonly reported: boolean;
  readonly modifiers: readonly ModifierHit[];
}

type Span = { start: number; end: number; text: string };

const NO_CUES: ReadonlyArray<Span & { absent: boolean }> = Object.freeze([]);

const NO_PATTERNS: readonly RegExp[] = Object.freeze([]);

function cueOf(match: Span, absent: boolean): Span & { absent: boolean } {
  return { start: match.start, end: match.end, text: match.text, absent };
}

function cuesIn(sentence: AnalysedSentence, concept: CompiledConcept, previous: AnalysedSentence | undefined): ReadonlyArray<Span & { absent: boolean }> {
  const { scan } = sentence;
  const absentPhrases = scan.matches(concept.absent);
  const presentPhrases = scan.matches(concept.present);
  const followOn = concept.followOn && previous && concept.followOn.after.test(previous.text) && !concept.followOn.after.test(sentence.text) ? concept.followOn : undefined;
  // the concept's own patterns are run one by one only where their prefilter finds one may match, whether or not a phrase did
  const patternsMayMatch = concept.anyPattern?.test(sentence.text) === true;
  if (absentPhrases.length === 0 && presentPhrases.length === 0 && !followOn && !patternsMayMatch) return NO_CUES;
  const absentPatterns = patternsMayMatch ? concept.absentPatterns : NO_PATTERNS;
  const presentPatterns = patternsMayMatch ? concept.presentPatterns : NO_PATTERNS;
  const absent = [
    ...absentPhrases,
    ...absentPatterns.flatMap((pattern) => scan.regexMatches(pattern)),
    ...(followOn?.absentPatterns.flatMap((pattern) => scan.regexMatches(pattern)) ?? []),
  ];
  // An absent cue wins over a present one it overlaps, unless the present one is a phrase that holds it
  // and says more ("not able to leave the home" over "able to leave the home"); a pattern's span is no
  // longer reading for being longer ("procedure is not supported, none of … are medically necessary").
  const beaten = (cue: Span, phrase: boolean): boolean => absent.some((a) => overlaps(a, cue) && !(phrase && holds(cue, a)));
  const presentMatches = [...presentPatterns, ...(followOn?.presentPatterns ?? [])].flatMap((pattern) => scan.regexMatches(pattern));
  const present =
    absent.length === 0
      ? [...presentPhrases, ...presentMatches]
      : [...presentPhrases.filter((cue) => !beaten(cue, true)), ...presentMatches.filter((cue) => !beaten(cue, false))];
  // one shape for every cue (no spreads of the phrase and pattern matches, whose shapes differ)
  const all = [...present.map((c) => cueOf(c, false)), ...absent.map((c) => cueOf(c, true))];
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Array<Span & { absent: boolean }> = [];
  for (const cue of all) {
    const last = kept[kept.length - 1];
    if (last && cue.start < last.end) {
      // Overlapping cues are one mention: the longer reading says more ("will exceed" inside "will exceed guideline recommendations").
      if (cue.end - cue.start > last.end - last.start) kept[kept.length - 1] = cue;
      continue;
    }
    kept.push(cue);
  }
  return kept;
}

/** No mention: one frozen list for every sentence and source that has none. */
export const NO_MENTIONS: readonly Mention[] = Object.freeze([]);

function readMentions(concept: CompiledConcept, sentence: AnalysedSentence, previous: AnalysedSentence | undefined): readonly Mention[] {
  const cues = cuesIn(sentence, concept, previous);
  if (cues.length === 0) return NO_MENTIONS;
  return cues.map((cue) => {
    const modifiers = modifiersCovering(sentence.context, cue.start, cue.end);
    return {
      concept: concept.definition.name,
      sentence,
      start: cue.start,
      end: cue.end,
      cue: cue.text,
      status: mentionStatus(modifiers),
      absentCue: cue.absent,
      historical: modifiers.some((m) => m.definition.category === 'historical'),
      reported: modifiers.some((m) => m.definition.category === 'reported'),
      modifiers,
    };
  });
}

/** Mentions found per list of sentences: a letter's summary is read once for all its items. */
const mentionsByList = new WeakMap<readonly AnalysedSentence[], Map<CompiledConcept, readonly Mention[]>>();

/** Every mention of a concept in the given sentences, in order, with its ConText reading. */
export function findMentions(concept: CompiledConcept, sentences: readonly AnalysedSentence[]): readonly Mention[] {
  let byConcept = mentionsByList.get(sentences);
  if (!byConcept) {
    byConcept = new Map();
    mentionsByList.set(sentences, byConcept);
  }
  let mentions = byConcept.get(concept);
  if (!mentions) {
    const found: Mention[] = [];
    for (let i = 0; i < sentences.length; i++) {
      const inSentence = readMentions(concept, sentences[i]!, concept.followOn ? sentences[i - 1] : undefined);
      if (inSentence.length > 0) found.push(...inSentence);
    }
    mentions = found.length > 0 ? found : NO_MENTIONS;
    byConcept.set(concept, mentions);
  }
  return mentions;
}

/** Does the cue hold a negation of the lexicon's own ("the MRI did not show …", "showed no …")? */
function holdsItsNegation(mention: Mention): boolean {
  // (one that ends in the cue shares its "no": "with no" over "no change in activity tolerance")
  return mention.sentence.context.modifiers.some((m) => m.definition.category === 'negated' && m.end > mention.start && m.end <= mention.end);
}

/** Is every negation of the mention one that reads back from after it ("normal", "was negative")? */
function onlyNegatedAfter(mention: Mention): boolean {
  return mention.modifiers.every((m) => m.definition.category !== 'negated' || (m.definition.direction === 'backward' && m.start >= mention.end));
}

/** What one mention says about the concept: present, absent, unknown, or nothing (a guideline statement, a hypothesis). */
export function mentionState(mention: Mention, concept: CompiledConcept): FactState | undefined {
  if (mention.historical && concept.definition.historical === 'ignored') return undefined;
  switch (mention.status) {
    case 'uncertain':
      // a suspicion is a finding now, not of the past: "probably related to an old fracture" flags nothing
      return concept.definition.uncertain === 'present' && !mention.absentCue && !mention.historical ? 'present' : undefined;
    case 'hypothetical':
      // the provider's conditional plan, where the concept is one: "a surgical referral would be made depending on the imaging results"
      return concept.definition.hypothetical === 'present-in-summary' && mention.sentence.source === 'summary' && !mention.absentCue ? 'present' : undefined;
    case 'guideline':
    case 'other-person':
      // the guideline's words, or a relative's history ("a father who was hospitalized for a bleeding gastric ulcer"): nothing of the patient
      return undefined;
    case 'affirmed':
      return mention.absentCue ? 'absent' : 'present';
    case 'negated':
      // an absent cue is not turned round by a negation that follows it and agrees ("was intact with normal strength"),
      // nor when it says its own "no" or "not": "… did not show radicular findings and the MRI did not show nerve root compression"
      if (mention.absentCue) return onlyNegatedAfter(mention) || holdsItsNegation(mention) ? 'absent' : undefined;
      return concept.definition.negated;
    case 'not-documented':
      if (mention.absentCue) return undefined;
      return mention.sentence.source === 'summary' ? concept.definition.summaryNotDocumented : concept.definition.notDocumented;
  }
}

export function mentionEvidence(mention: Mention): Evidence {
  const reading = mention.absentCue ? 'states absence' : mention.status;
  return {
    source: mention.sentence.source,
    start: mention.sentence.start,
    end: mention.sentence.end,
    text: mention.sentence.text,
    cue: mention.cue,
    reading: `${reading}${mention.historical ? ', historical' : ''}${mention.reported ? ", the UR's reasons" : ''}`,
    ...(mention.modifiers.length > 0 ? { modifiers: [...new Set(mention.modifiers.map((m) => `${m.definition.category}: ${m.text}`))] } : {}),
  };
}

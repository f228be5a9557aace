import { anyOfSource, closingParenthesis } from '../text/alternation.js';
import { phraseWords } from '../text/phrase-trie.js';
import { compilePattern, escapeRegExp, PhraseIndex, PhraseSet, phraseKey } from '../text/phrases.js';
import { withPhraseVariants, withPhraseVariantsPattern } from './phrase-variants.js';

export type TreatmentKind =
  | 'medication' | 'imaging' | 'electrodiagnostic' | 'physical-medicine' | 'chiropractic' | 'acupuncture'
  | 'injection' | 'surgery' | 'dme' | 'psychological' | 'lab' | 'office-visit' | 'home-health' | 'program' | 'other';

export interface OpioidInfo {
  readonly ingredient: string;
  /** Morphine milligram equivalents per mg (per mcg/hr for patches). */
  readonly mme?: number;
  readonly acting: 'short' | 'long';
  readonly perMcgHour?: boolean;
}

export interface DrugEntry {
  readonly generic: string;
  readonly class: string;
  readonly subclass?: string;
  readonly route?: 'oral' | 'topical';
  readonly opioid?: OpioidInfo;
  /** A brand compound's ingredients: generics of other entries ("Terocin": methyl salicylate, capsaicin, menthol, lidocaine). */
  readonly ingredients?: readonly string[];
  readonly names: readonly string[];
}

export interface ServiceEntry {
  readonly category: string;
  readonly kind: TreatmentKind;
  readonly priority: number;
  readonly terms: readonly string[];
  readonly patterns?: readonly string[];
}

export type ConceptScope = 'letter' | 'drug' | 'item';

export interface ConceptDefinition {
  readonly name: string;
  readonly description: string;
  readonly terms: readonly string[];
  readonly patterns: readonly string[];
  readonly absentTerms: readonly string[];
  readonly absentPatterns: readonly string[];
  readonly negated: 'absent' | 'present';
  readonly notDocumented: 'absent' | 'unknown';
  /**
   * What the clinical summary's own "the records do not indicate …" means (default: as notDocumented): its writer has read
   * the records, so for the treatment to date it may say the treatment was never had.
   */
  readonly summaryNotDocumented: 'absent' | 'unknown';
  readonly scope: ConceptScope;
  /** Whether a historical mention counts ("counts") or is ignored ("ignored"). */
  readonly historical: 'counts' | 'ignored';
  /**
   * What a mention read as uncertain ("possible", "suspected", "concern for", "to rule out") says: nothing
   * (default, "ignored"), or that the concept is present, where the suspicion is itself what the guideline
   * asks for (a suspected fracture is a red flag).
   */
  readonly uncertain: 'ignored' | 'present';
  /**
   * What a mention read as hypothetical ("would", "if") says: nothing (default, "ignored"), or, in the clinical
   * summary only, that the concept is present ("present-in-summary"), where the provider's plan is itself conditional
   * ("a surgical referral would be made depending on the imaging results"); the rationale's "would" stays the reviewer's supposition.
   */
  readonly hypothetical: 'ignored' | 'present-in-summary';
  /**
   * What in the clinical summary shows a rationale's "not documented" wrong: a statement with a measure ("measured",
   * default: "4 out of 5 strength", "improved from 42% to 28%"), or any plain present-tense statement that names it
   * ("named"), where naming is documenting (a cauda equina sign in the examination, a suspected fracture); such a
   * concept's denial in the rationale ("no suspicion of cauda equina") is then a word on the record too.
   */
  readonly recordWitness: 'measured' | 'named';
  /**
   * Whether the request line's words count ("counts", default) or are ignored: a concept of what was
   * done before ("Urine drug screen" asks for a screen, it does not say one was done).
   */
  readonly requestLine: 'counts' | 'ignored';
  /** The source read first: the reviewer's rationale (default) or the clinical summary. */
  readonly authority: 'rationale' | 'summary';
  /** Within a source: the last decisive mention wins, or any present mention wins over absent ones. */
  readonly resolve: 'last' | 'any-present';
  /** Whether a cue that names the requested drug itself counts, or is ignored (the gabapentin of a requested gabapentin cream is no trial of oral gabapentin). */
  readonly requestedDrug: 'counts' | 'ignored';
  /** Whether a cue whose clause names only another session service than the requested one counts, or is ignored ("had twelve sessions of acupuncture" is no prior physical therapy). */
  readonly otherServices: 'counts' | 'ignored';
  /** Whether, for a drug request, a mention in a sentence that names other drugs and not the requested one counts, or is ignored ("Gabapentin gives her 50% relief" is no relief from Norco). */
  readonly otherDrugs: 'counts' | 'ignored';
  /**
   * Whether, for a request that names an upper or a lower limb or spine, a mention placed in the other one (by the limb named
   * nearest it) counts, or is ignored (a "right cervical radiculopathy at C6-7" is no radiculopathy for a lumbar facet block).
   */
  readonly otherLimbs: 'counts' | 'ignored';
  /**
   * A criterion a guideline asks to be met ("previous methods of treating chronic pain have been
   * unsuccessful"): a rationale that names it in the guideline's words and then says the criteria are met
   * ("All of these criteria are documented here") reads it present, where it says nothing else of it.
   */
  readonly criterion: boolean;
  /**
   * Patterns read in a sentence that goes on with the one before it, where that one names what `after` matches and this
   * one does not: "A right L5-S1 transforaminal epidural steroid injection was performed on 01/09/2014. Per the 03/27/2014
   * progress report, the claimant reported 70% reduction of her right leg pain lasting about 10 weeks."
   */
  readonly followOn?: FollowOnDefinition;
}

/** A concept's patterns for a sentence that goes on with the one before it. */
export interface FollowOnDefinition {
  readonly after: string;
  readonly patterns: readonly string[];
  readonly absentPatterns: readonly string[];
}

/**
 * clause: opens a clause after a comma (elsewhere it is read as `all`); ends every scope, and a guideline's
 * that reaches back across it ("…, which is required by the guidelines"; not "X is recommended …, which …");
 * all: ends every scope but a guideline statement's; forward: ends scopes running forward only;
 * guideline: ends a guideline statement; every: ends every scope, a guideline statement's too.
 */
export type TerminatorKind = 'clause' | 'all' | 'forward' | 'guideline' | 'every';

/**
 * `affirmed`: the case has what a ", which …" clause reads back to ("…after a successful one-month trial,
 * which the patient has completed"): the guideline's or a hypothetical reading of it gives way.
 */
export type ModifierCategory = 'negated' | 'not-documented' | 'uncertain' | 'hypothetical' | 'historical' | 'guideline' | 'reported' | 'affirmed' | 'other-person';

export interface ModifierDefinition {
  readonly category: ModifierCategory;
  readonly direction: 'forward' | 'backward' | 'both';
  readonly scope: number;
  readonly phrase: string;
  /**
   * The phrase's subject points back to what the clause before it names ("…, but none are documented",
   * "…; this has not been demonstrated"): opening its own clause, it reads back across that clause's opening.
   */
  readonly refersBack?: boolean;
}

/** The lexicon files as written, before compiling. */
export interface LexiconData {
  readonly drugs: readonly DrugEntry[];
  readonly services: readonly ServiceEntry[];
  readonly bodyParts: Readonly<Record<string, readonly string[]>>;
  readonly concepts: readonly ConceptDefinition[];
  readonly modifiers: readonly ModifierDefinition[];
  readonly terminators: {
    readonly clause: readonly string[];
    readonly all: readonly string[];
    readonly forward: readonly string[];
    readonly guideline: readonly string[];
    readonly every: readonly string[];
  };
  readonly pseudo: readonly string[];
  readonly sentencePatterns: ReadonlyArray<{ readonly category: ModifierCategory; readonly patterns: readonly string[] }>;
}

export interface CompiledConcept {
  readonly definition: ConceptDefinition;
  readonly present: PhraseSet<true>;
  readonly presentPatterns: readonly RegExp[];
  readonly absent: PhraseSet<true>;
  readonly absentPatterns: readonly RegExp[];
  /**
   * Does any of the concept's regular expressions (present or absent) match a text? One regex for
   * all of them, tested once per sentence: most sentences name most concepts nowhere, and this
   * answers that without running each pattern. Undefined when the concept has no pattern.
   */
  readonly anyPattern: { test(text: string): boolean } | undefined;
  /** The follow-on patterns, compiled: read where the sentence before matches `after` and this one does not. */
  readonly followOn?: { readonly after: RegExp; readonly presentPatterns: readonly RegExp[]; readonly absentPatterns: readonly RegExp[] };
}

export interface CompiledService {
  readonly entry: ServiceEntry;
  readonly patterns: readonly RegExp[];
}

/** The lexicon compiled once into matchers. */
export interface Lexicon {
  readonly data: LexiconData;
  readonly drugNames: PhraseSet<DrugEntry>;
  readonly drugsByGeneric: ReadonlyMap<string, DrugEntry>;
  readonly serviceTerms: PhraseSet<ServiceEntry>;
  readonly services: readonly CompiledService[];
  readonly bodyParts: PhraseSet<string>;
  readonly concepts: ReadonlyMap<string, CompiledConcept>;
  /**
   * Modifier phrases, one set per direction: phrases of different directions may overlap and each
   * must be found ("has not been" reading forward, "not been documented" reading back, in
   * "Functional improvement has not been documented"); within a set the longest phrase at a place wins.
   */
  readonly modifiers: ReadonlyArray<PhraseSet<readonly ModifierDefinition[]>>;
  readonly terminators: PhraseSet<TerminatorKind>;
  readonly pseudo: PhraseSet<true>;
  readonly sentencePatterns: ReadonlyArray<{ readonly category: ModifierCategory; readonly pattern: RegExp }>;
  /** Does any sentence pattern match a sentence? (Few sentences hold one: one test spares the rest.) */
  readonly anySentencePattern: { test(text: string): boolean } | undefined;
  /** The phrase sets read in every sentence (concepts, modifiers, terminators, pseudo-modifiers), walked together. */
  readonly sentencePhrases: PhraseIndex;
}

function phraseSet(phrases: readonly string[]): PhraseSet<true> {
  return new PhraseSet(phrases.map((p) => [p, true] as const));
}

/** Modifiers whose phrase holds a word letters write several ways, also under the other ways. */
function withPhraseVariantsModifiers(modifiers: readonly ModifierDefinition[]): ModifierDefinition[] {
  return modifiers.flatMap((modifier) => withPhraseVariants([modifier.phrase]).map((phrase) => (phrase === modifier.phrase ? modifier : { ...modifier, phrase })));
}

function groupByPhrase(modifiers: readonly ModifierDefinition[]): Array<readonly [string, readonly ModifierDefinition[]]> {
  const groups = new Map<string, { phrase: string; list: ModifierDefinition[] }>();
  for (const modifier of modifiers) {
    const key = phraseKey(modifier.phrase);
    const group = groups.get(key) ?? { phrase: modifier.phrase, list: [] };
    group.list.push(modifier);
    groups.set(key, group);
  }
  return [...groups.values()].map((g) => [g.phrase, g.list] as const);
}

/**
 * A test for "does any of these patterns match": one alternation (src/text/alternation.ts) when the
 * patterns can be joined without changing what they match (no backreference or named group, whose
 * numbering or names would clash), else each pattern in turn.
 */
function anyOf(sources: readonly string[]): { test(text: string): boolean } | undefined {
  if (sources.length === 0) return undefined;
  if (sources.every((source) => !/\\[1-9]|\\k<|\(\?<(?![=!])/.test(source))) return new RegExp(anyOfSource(sources), 'i');
  const each = sources.map((source) => new RegExp(source, 'i'));
  return { test: (text) => each.some((pattern) => pattern.test(text)) };
}

/** Where a concept's pattern names "any drug": `{drug}` ("no benefit from {drug}"). */
const ANY_DRUG = '{drug}';

/**
 * A concept pattern's source as it is matched: each word letters write several ways widened, and
 * `{drug}` standing for every name of the drug lexicon (`anyDrug`, between word bounds), so that a
 * pattern can say "pain despite {drug}" without reading "pain despite therapy" as a drug's.
 */
function conceptPatternSource(source: string, anyDrug: () => string): string {
  const widened = withPhraseVariantsPattern(source);
  if (!widened.includes(ANY_DRUG)) return widened;
  return widened.split(ANY_DRUG).join(`(?<![A-Za-z0-9])(?:${anyDrug()})(?![A-Za-z0-9])`);
}

interface AlternationNode {
  readonly next: Map<string, AlternationNode>;
  terminal: boolean;
}

/** Between the words of a phrase: spaces or hyphens, as a phrase set reads them. */
const WORD_GAP = String.raw`[\s\-]*`;

/**
 * Many phrases as one alternation with their shared beginnings factored out
 * ("hydrocodone|hydromorphone" → "hydro(?:codone|morphone)"): the regular expression engine then
 * tries a drug name a character at a time, not name after name (the 470 names joined plainly made
 * each pattern that holds them ~20 times slower).
 */
function phraseAlternation(phrases: readonly string[]): string {
  const root: AlternationNode = { next: new Map(), terminal: false };
  for (const phrase of phrases) {
    let node = root;
    const tokens = phraseWords(phrase.toLowerCase()).flatMap((word, i) => (i === 0 ? [...word] : [WORD_GAP, ...word]));
    for (const token of tokens) {
      let child = node.next.get(token);
      if (!child) {
        child = { next: new Map(), terminal: false };
        node.next.set(token, child);
      }
      node = child;
    }
    node.terminal = true;
  }
  const source = (node: AlternationNode): string => {
    const branches = [...node.next].map(([token, child]) => (token === WORD_GAP ? token : escapeRegExp(token)) + source(child));
    if (branches.length === 0) return '';
    const body = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
    return node.terminal ? `(?:${body})?` : body;
  };
  return source(root);
}

/**
 * The same for the test that spares a sentence a concept's patterns: `{drug}` as the shape of any
 * name of up to `nameWords` words, which every drug's match passes, so that what follows the name in
 * the pattern is still matched ("ran out of {drug} early"). (The names joined into one alternation
 * with the other patterns made that test ten times slower.)
 */
function conceptPrefilterSource(source: string, nameWords: number): string {
  const anyName = `(?=[A-Za-z0-9])\\S+(?:[\\s-]+\\S+){0,${Math.max(0, nameWords - 1)}}`;
  return withoutLeadingLookbehinds(withPhraseVariantsPattern(source)).split(ANY_DRUG).join(anyName);
}

/**
 * A pattern without the lookbehinds it opens on ("(?<!\b(?:no|denied)\b[^.;]{0,100})\bweakness\b" as
 * "\bweakness\b"): what it matches and more. A lookbehind at a pattern's start is tried at every
 * position of the sentence, and one joined into the prefilter's alternation made that test tens of
 * times slower; the patterns themselves still decide every match the prefilter lets by.
 */
export function withoutLeadingLookbehinds(source: string): string {
  let rest = source;
  while (rest.startsWith('(?<!') || rest.startsWith('(?<=')) {
    const end = closingParenthesis(rest);
    if (end < 0) return rest;
    rest = rest.slice(end + 1);
  }
  return rest;
}

export function compileLexicon(data: LexiconData): Lexicon {
  const drugNames = new PhraseSet(data.drugs.flatMap((drug) => drug.names.map((name) => [name, drug] as const)));
  const serviceTerms = new PhraseSet(
    [...data.services]
      .sort((a, b) => b.priority - a.priority)
      .flatMap((service) => service.terms.map((term) => [term, service] as const)),
  );
  const concepts = new Map<string, CompiledConcept>();
  let anyDrug: string | undefined;
  const anyDrugSource = (): string => (anyDrug ??= phraseAlternation(data.drugs.flatMap((drug) => drug.names)));
  const patternSource = (source: string): string => conceptPatternSource(source, anyDrugSource);
  const drugNameWords = Math.max(1, ...data.drugs.flatMap((drug) => drug.names.map((name) => phraseWords(name).length)));
  for (const definition of data.concepts) {
    concepts.set(definition.name, {
      definition,
      present: phraseSet(withPhraseVariants(definition.terms)),
      presentPatterns: definition.patterns.map(patternSource).map(compilePattern),
      absent: phraseSet(withPhraseVariants(definition.absentTerms)),
      absentPatterns: definition.absentPatterns.map(patternSource).map(compilePattern),
      anyPattern: anyOf([...definition.patterns, ...definition.absentPatterns].map((source) => conceptPrefilterSource(source, drugNameWords))),
      ...(definition.followOn
        ? {
            followOn: {
              // tested with .test() on two sentences in turn: not global, so no lastIndex carries from one test to the next
              after: new RegExp(compilePattern(patternSource(definition.followOn.after)).source, 'i'),
              presentPatterns: definition.followOn.patterns.map(patternSource).map(compilePattern),
              absentPatterns: definition.followOn.absentPatterns.map(patternSource).map(compilePattern),
            },
          }
        : {}),
    });
  }
  const modifiers = (['forward', 'backward', 'both'] as const).map(
    (direction) => new PhraseSet(groupByPhrase(withPhraseVariantsModifiers(data.modifiers.filter((modifier) => modifier.direction === direction)))),
  );
  const terminators = new PhraseSet<TerminatorKind>([
    ...withPhraseVariants(data.terminators.every).map((t) => [t, 'every'] as const),
    ...withPhraseVariants(data.terminators.clause).map((t) => [t, 'clause'] as const),
    ...withPhraseVariants(data.terminators.all).map((t) => [t, 'all'] as const),
    ...withPhraseVariants(data.terminators.forward).map((t) => [t, 'forward'] as const),
    ...withPhraseVariants(data.terminators.guideline).map((t) => [t, 'guideline'] as const),
  ]);
  const pseudo = phraseSet(withPhraseVariants(data.pseudo));
  const sentencePhrases = new PhraseIndex([
    pseudo,
    ...modifiers,
    terminators,
    ...[...concepts.values()].flatMap((concept) => [concept.present, concept.absent]),
  ] as Array<PhraseSet<unknown>>);
  return {
    data,
    drugNames,
    drugsByGeneric: new Map(data.drugs.map((drug) => [drug.generic, drug])),
    serviceTerms,
    services: data.services.map((entry) => ({ entry, patterns: (entry.patterns ?? []).map(compilePattern) })),
    bodyParts: new PhraseSet(Object.entries(data.bodyParts).flatMap(([part, terms]) => terms.map((t) => [t, part] as const))),
    concepts,
    modifiers,
    terminators,
    pseudo,
    sentencePatterns: data.sentencePatterns.flatMap((group) => group.patterns.map((source) => ({ category: group.category, pattern: new RegExp(withPhraseVariantsPattern(source), 'i') }))),
    anySentencePattern: anyOf(data.sentencePatterns.flatMap((group) => group.patterns).map(withPhraseVariantsPattern)),
    sentencePhrases,
  };
}

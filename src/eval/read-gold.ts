import type { FactSpec } from '../facts/catalogue.js';
import type { Lexicon } from '../facts/lexicon.js';
import type { Determination, DisputedItem, LetterText, Span } from '../letter/types.js';
import { readProjectJson } from '../project-files.js';
import { vocabularyOf } from '../rules/check.js';
import { locate, parseYamlSource, problemAt, type KeyPath, type SourceProblem, type YamlSource } from '../yaml/source.js';
import { validateAgainstSchema } from '../yaml/validate.js';
import { findEvidence } from './evidence.js';
import type { GoldAnswer, GoldEvidence, GoldFact, GoldItem, GoldLetter } from './gold.js';

/** A fact as written in a gold file: a bare answer, or an answer with its evidence. */
type WrittenFact = string | number | boolean | null | string[] | WrittenJudgement;

interface WrittenJudgement {
  state?: string;
  value?: unknown;
  evidence?: string | string[];
  tolerance?: number;
  note?: string;
}

interface WrittenGold {
  letter: string;
  notes?: string;
  allItems?: Record<string, WrittenFact>;
  items: Array<{ index: number; request: string; notes?: string; facts: Record<string, WrittenFact> }>;
}

/** A letter as the gold file's checks need it: its normalised text and its parsed items. */
export interface GoldLetterText {
  readonly path: string;
  readonly text: LetterText;
  readonly determination: Determination;
}

/** What a gold file may name: the fact catalogue and the lexicon's vocabularies. */
export interface GoldVocabulary {
  readonly catalogue: ReadonlyMap<string, FactSpec>;
  /** Allowed values of string and string-list facts (treatmentCategory, drugClass, bodyParts, …). */
  readonly values: ReadonlyMap<string, ReadonlySet<string>>;
}

export interface ParsedGoldSource {
  readonly source: YamlSource;
  readonly data?: WrittenGold;
  readonly problems: readonly SourceProblem[];
}

/** The vocabularies gold answers must use: the words the extractor can answer with. */
export function goldVocabulary(lexicon: Lexicon, catalogue: ReadonlyMap<string, FactSpec>): GoldVocabulary {
  const v = vocabularyOf(lexicon, catalogue);
  const values = new Map<string, ReadonlySet<string>>([
    ['treatmentCategory', v.categories],
    ['drugClass', new Set([...v.drugClasses, 'none'])],
    ['drugName', new Set([...v.drugs, 'none'])],
    ['ingredients', v.drugs],
    // The drugs' own classes: unlike drugClass, a topical form adds no "topical-analgesic" here.
    ['ingredientClasses', new Set(lexicon.data.drugs.map((d) => d.class))],
    ['bodyParts', v.bodyParts],
  ]);
  return { catalogue, values };
}

/** Step one: YAML syntax and the gold schema. Pure. */
export function parseGoldSource(file: string, text: string): ParsedGoldSource {
  const { source, problems } = parseYamlSource(file, text);
  if (problems.length > 0) return { source, problems };
  const data = source.document.toJS() as unknown;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { source, problems: [problemAt(source, [], 'a gold file must be a mapping with letter and items')] };
  }
  const invalid = validateAgainstSchema(source, data, readProjectJson('schema', 'gold.schema.json'));
  return invalid.length > 0 ? { source, problems: invalid } : { source, data: data as WrittenGold, problems: [] };
}

function isJudgement(written: WrittenFact): written is WrittenJudgement {
  return written !== null && typeof written === 'object' && !Array.isArray(written);
}

function describeValue(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}

/** Why words fall outside a vocabulary, or undefined when they do not. */
function outsideVocabulary(allowed: ReadonlySet<string> | undefined, words: readonly string[]): string | undefined {
  const outside = allowed ? words.filter((word) => !allowed.has(word)) : [];
  if (outside.length === 0) return undefined;
  const known = [...allowed!].sort();
  const listed = known.length <= 40 ? known.join(', ') : `${known.length} names: see rules/lexicon/`;
  return `in the lexicon's vocabulary (${listed}); "${outside.join('", "')}" is not`;
}

function within(span: Span, inner: Span): boolean {
  return inner.start >= span.start && inner.end <= span.end;
}

/** Reads one fact entry against the catalogue; every problem is reported at the entry's line. */
class FactReader {
  constructor(
    private readonly source: YamlSource,
    private readonly vocabulary: GoldVocabulary,
    private readonly letter: GoldLetterText,
    readonly problems: SourceProblem[],
  ) {}

  private problem(path: KeyPath, message: string): void {
    this.problems.push(problemAt(this.source, path, message));
  }

  /** `scopes`: where in the letter evidence may sit (header and clinical summary, the item's own text). */
  read(name: string, written: WrittenFact, path: KeyPath, scopes: readonly Span[]): GoldFact | undefined {
    const spec = this.vocabulary.catalogue.get(name);
    if (!spec) {
      this.problem(path, `unknown fact "${name}": not in src/facts/catalogue.ts nor rules/lexicon/concepts.yaml`);
      return undefined;
    }
    const judgement = isJudgement(written) ? written : undefined;
    const answer = this.answerOf(spec, written, judgement, path);
    if (answer === undefined) return undefined;
    const texts = judgement?.evidence === undefined ? [] : Array.isArray(judgement.evidence) ? judgement.evidence : [judgement.evidence];
    const evidence = texts.flatMap((text, i) => this.locate(text, Array.isArray(judgement?.evidence) ? [...path, 'evidence', i] : [...path, 'evidence'], scopes));
    if (spec.type === 'tri-state' && answer !== 'unknown' && texts.length === 0) {
      this.problem(path, `${name} is ${String(answer)}: give the evidence text it rests on`);
    }
    if (judgement?.tolerance !== undefined && spec.type !== 'number') this.problem([...path, 'tolerance'], `tolerance is for number facts; ${name} is ${spec.type}`);
    return { name, type: spec.type, expected: answer, tolerance: judgement?.tolerance ?? 0, evidence, line: locate(this.source, path).line };
  }

  private answerOf(spec: FactSpec, written: WrittenFact, judgement: WrittenJudgement | undefined, path: KeyPath): GoldAnswer | undefined {
    return spec.type === 'tri-state' ? this.stateOf(spec, written, judgement, path) : this.valueOf(spec, written, judgement, path);
  }

  private stateOf(spec: FactSpec, written: WrittenFact, judgement: WrittenJudgement | undefined, path: KeyPath): GoldAnswer | undefined {
    if (judgement && judgement.value !== undefined) {
      this.problem([...path, 'value'], `${spec.name} is a tri-state fact: write "state: present|absent|unknown", not "value"`);
      return undefined;
    }
    const state = judgement ? judgement.state : written;
    if (state === 'present' || state === 'absent' || state === 'unknown') return state;
    this.problem(judgement ? [...path, 'state'] : path, `${spec.name} is a tri-state fact: present, absent or unknown, not ${describeValue(state)}`);
    return undefined;
  }

  private valueOf(spec: FactSpec, written: WrittenFact, judgement: WrittenJudgement | undefined, path: KeyPath): GoldAnswer | undefined {
    if (judgement && judgement.state !== undefined) {
      this.problem([...path, 'state'], `${spec.name} is a ${spec.type} fact: write "value", not "state"`);
      return undefined;
    }
    const value = judgement ? (judgement.value === undefined ? null : judgement.value) : written;
    const fail = (expected: string): undefined => {
      this.problem(judgement ? [...path, 'value'] : path, `${spec.name} must be ${expected} (or null when the letter does not state it), not ${describeValue(value)}`);
      return undefined;
    };
    if (value === null) return null;
    switch (spec.type) {
      case 'number':
        return typeof value === 'number' ? value : fail('a number');
      case 'boolean':
        return typeof value === 'boolean' ? value : fail('true or false');
      case 'enum':
        return typeof value === 'string' && (spec.values ?? []).includes(value) ? value : fail(`one of ${(spec.values ?? []).join(', ')}`);
      default: {
        const list = spec.type === 'string-list';
        const words = list ? value : [value];
        if (!Array.isArray(words) || words.some((word) => typeof word !== 'string')) return fail(list ? 'a list of strings' : 'a string');
        const outside = outsideVocabulary(this.vocabulary.values.get(spec.name), words as string[]);
        if (outside) return fail(outside);
        return list ? [...(words as string[])].sort() : (value as string);
      }
    }
  }

  private locate(text: string, path: KeyPath, scopes: readonly Span[]): GoldEvidence[] {
    const found = findEvidence(this.letter.text, text);
    if (found.length === 0) {
      this.problem(path, `evidence not found in ${this.letter.path}: "${text}"`);
      return [];
    }
    const inScope = found.find((span) => scopes.some((scope) => within(scope, span)));
    if (!inScope) {
      this.problem(path, `evidence is in ${this.letter.path} (line ${found[0]!.line}) but outside the text this fact may be read from (the header and clinical summary, and for an item's facts the item's own request and rationale): "${text}"`);
      return [];
    }
    return [inScope];
  }
}

function headingMatches(item: DisputedItem, request: string, letter: GoldLetterText): boolean {
  return findEvidence(letter.text, request, { ignoreCase: true }).some((span) => within(item.heading, span));
}

/**
 * Step two: check a gold file against its letter and the fact catalogue, and build the gold
 * letter. Pure: the letter is given already read and parsed. Problems carry the gold file's line.
 */
export function checkGold(parsed: ParsedGoldSource & { data: WrittenGold }, letter: GoldLetterText, vocabulary: GoldVocabulary): { gold?: GoldLetter; problems: SourceProblem[] } {
  const { source, data } = parsed;
  const problems: SourceProblem[] = [];
  const reader = new FactReader(source, vocabulary, letter, problems);
  const shared = new Map<string, GoldFact>();
  const headerAndSummary = { start: 0, end: letter.determination.summary.end };
  for (const [name, written] of Object.entries(data.allItems ?? {})) {
    const fact = reader.read(name, written, ['allItems', name], [headerAndSummary]);
    if (fact) shared.set(name, fact);
  }
  const items: GoldItem[] = [];
  const seen = new Set<number>();
  data.items.forEach((written, i) => {
    const item = letter.determination.items.find((candidate) => candidate.index === written.index);
    if (!item) {
      problems.push(problemAt(source, ['items', i, 'index'], `the letter has ${letter.determination.items.length} disputed item(s); there is no item ${written.index}`));
      return;
    }
    if (seen.has(written.index)) problems.push(problemAt(source, ['items', i, 'index'], `item ${written.index} is judged twice`));
    seen.add(written.index);
    if (!headingMatches(item, written.request, letter)) {
      problems.push(problemAt(source, ['items', i, 'request'], `item ${written.index} of the letter is "${item.request.text}", not "${written.request}"`));
    }
    const own = new Map(shared);
    for (const [name, fact] of Object.entries(written.facts)) {
      const read = reader.read(name, fact, ['items', i, 'facts', name], [headerAndSummary, item.span]);
      if (read) own.set(name, read);
    }
    items.push({ index: written.index, request: written.request.replace(/\s+/g, ' ').trim(), facts: [...own.values()] });
  });
  return problems.length > 0 ? { problems } : { gold: { file: source.file, letter: data.letter, items }, problems };
}

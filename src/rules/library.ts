import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Fact, type Engine } from 'json-rules-engine';
import { factCatalogue, type FactSpec } from '../facts/catalogue.js';
import type { Lexicon } from '../facts/lexicon.js';
import { checkLexiconFile, lexiconOf, readLexiconFolder, type LexiconFile } from '../facts/load-lexicon.js';
import type { FactValue, ItemFacts, Treatment } from '../facts/types.js';
import { DEFAULT_RULES_DIR } from '../project-files.js';
import { cachedDataFile, type CheckedFile, type TextFile } from '../yaml/data-file.js';
import { SourceError, type SourceProblem } from '../yaml/source.js';
import { appliesTo, treatmentKey } from './applies.js';
import { checkTopics, vocabularyOf } from './check.js';
import { buildEngine, resultTrail, type ConditionTrail } from './compile.js';
import { factsRead, factsUsedBy } from './facts-used.js';
import { cacheSettingFrom, libraryCache, type CacheSetting, type LibraryFiles } from './library-cache.js';
import { checkRuleFile, readRuleFolder, topicsOf, type RuleFileData } from './load.js';
import type { RuleDefinition, TopicDefinition } from './types.js';

/** One rule's result on one item. */
export interface RuleEvaluation {
  readonly rule: RuleDefinition;
  readonly fired: boolean;
  readonly trail: ConditionTrail;
}

interface CompiledSet {
  readonly rules: readonly RuleDefinition[];
  readonly engine: Engine | undefined;
  /** The facts these rules read or name in their explanations. */
  readonly facts: ReadonlySet<string>;
  /** The facts their conditions read: all the engine is given (each one it is given costs it an object). */
  readonly conditionFacts: readonly string[];
}

const MAX_CACHED_SETS = 10_000;

/** Settle to nothing: the chain of runs keeps no run's results alive (they would outlive the letter and age into the old generation). */
const NOTHING = (): undefined => undefined;

/** The rule library compiled once: rules indexed by treatment so an item meets only the rules that apply to it. */
export class RuleLibrary {
  readonly rules: readonly RuleDefinition[];
  private readonly byId: ReadonlyMap<string, RuleDefinition>;
  private readonly sets = new Map<string, CompiledSet>();
  private naiveEngine: Engine | undefined;
  /** The last run started on each engine (runAlone). */
  private readonly runs = new WeakMap<Engine, Promise<unknown>>();

  constructor(
    readonly topics: readonly TopicDefinition[],
    readonly lexicon: Lexicon,
    readonly catalogue: ReadonlyMap<string, FactSpec>,
    readonly files: readonly string[] = [],
    /** The files it was built from, when it was loaded from files. */
    readonly sources?: LibrarySources,
  ) {
    this.rules = topics.flatMap((topic) => topic.rules);
    this.byId = new Map(this.rules.map((rule) => [rule.id, rule]));
  }

  rule(id: string): RuleDefinition | undefined {
    return this.byId.get(id);
  }

  topic(name: string): TopicDefinition | undefined {
    return this.topics.find((t) => t.topic === name);
  }

  applicableRules(treatment: Treatment): readonly RuleDefinition[] {
    return this.compiledSet(treatment).rules;
  }

  /** The facts the rules that apply to the treatment need: the only ones `evaluate` reads. */
  factsFor(treatment: Treatment): ReadonlySet<string> {
    return this.compiledSet(treatment).facts;
  }

  private compiledSet(treatment: Treatment): CompiledSet {
    const key = treatmentKey(treatment);
    let set = this.sets.get(key);
    if (!set) {
      const rules = this.rules.filter((rule) => appliesTo(rule.applies, treatment));
      const conditionFacts = new Set<string>();
      for (const rule of rules) factsRead(rule.when, conditionFacts);
      set = { rules, engine: rules.length > 0 ? buildEngine(rules) : undefined, facts: factsUsedBy(rules), conditionFacts: [...conditionFacts] };
      if (this.sets.size >= MAX_CACHED_SETS) this.sets.clear();
      this.sets.set(key, set);
    }
    return set;
  }

  /** Run the rules that apply to the treatment, each rule's result with its condition trail. */
  async evaluate(treatment: Treatment, facts: Readonly<Record<string, FactValue>>): Promise<RuleEvaluation[]> {
    const set = this.compiledSet(treatment);
    if (!set.engine) return [];
    // Constant facts need no result cache: a Fact made without one spares the engine hashing each (hash-it) on every run.
    const read: Record<string, Fact> = {};
    for (const name of set.conditionFacts) if (name in facts) read[name] = new Fact(name, facts[name], { cache: false });
    return this.collect(set.engine, set.rules, read);
  }

  /**
   * The naive way, kept for the benchmark and the equivalence test: every rule of the library run
   * through one engine on every item, then the results of the rules that apply kept.
   */
  async evaluateNaive(treatment: Treatment, facts: Readonly<Record<string, FactValue>>): Promise<RuleEvaluation[]> {
    this.naiveEngine ??= buildEngine(this.rules);
    const all = await this.collect(this.naiveEngine, this.rules, facts);
    return all.filter((evaluation) => appliesTo(evaluation.rule.applies, treatment));
  }

  /**
   * Run an engine on facts, one run at a time: a json-rules-engine Engine keeps its run's status
   * on itself, so a second run started before the first ends stops the first one's remaining rules.
   */
  private runAlone(engine: Engine, facts: Record<string, FactValue | Fact>): ReturnType<Engine['run']> {
    const previous = this.runs.get(engine) ?? Promise.resolve();
    const run = previous.then(() => engine.run(facts));
    this.runs.set(engine, run.then(NOTHING, NOTHING));
    return run;
  }

  private async collect(engine: Engine, rules: readonly RuleDefinition[], facts: Readonly<Record<string, FactValue | Fact>>): Promise<RuleEvaluation[]> {
    const { results, failureResults } = await this.runAlone(engine, { ...facts });
    const byName = new Map([...results, ...failureResults].map((result) => [result.name, result]));
    return rules.map((rule) => {
      const result = byName.get(rule.id);
      if (!result) throw new Error(`the engine returned no result for rule "${rule.id}"`);
      return { rule, fired: result.result, trail: resultTrail(result) };
    });
  }
}

/**
 * The files a library is built from, as read: the folders, and every rule and lexicon file's text.
 * A batch hands them to its workers, so that every letter is audited with the very rules the
 * report names, even if the files change on disk while the batch runs.
 */
export interface LibrarySources {
  readonly rulesDir: string;
  readonly lexiconDir: string;
  readonly files: LibraryFiles;
}

export interface LoadLibraryOptions {
  /** Folder of rule files; its lexicon/ subfolder, when present, replaces the bundled lexicon. */
  readonly rulesDir?: string;
  /** The files already read (by the thread that loaded the library first): the folders are not read again. */
  readonly sources?: LibrarySources;
  /** Where the library cache lives, or false for none (default: from the environment, see cacheSettingFrom). */
  readonly cache?: CacheSetting;
}

/** Read a library's folders: every lexicon and rule file's text, and the problems of the folders themselves. */
async function readSources(rulesDir: string): Promise<{ sources: LibrarySources; problems: readonly SourceProblem[] }> {
  const lexiconDir = existsSync(join(rulesDir, 'lexicon')) ? join(rulesDir, 'lexicon') : join(DEFAULT_RULES_DIR, 'lexicon');
  const lexicon = await readLexiconFolder(lexiconDir);
  const ruleFolder = await readRuleFolder(rulesDir);
  return { sources: { rulesDir, lexiconDir, files: { lexicon, rules: ruleFolder.files } }, problems: ruleFolder.problems };
}

/**
 * Load, check and compile a rule library; a broken library throws SourceError listing file:line
 * problems. The files' checked values come from the library cache when it holds them for these
 * very texts (library-cache.ts); the rules and the lexicon are built and checked from them either way.
 */
export async function loadRuleLibrary(options: LoadLibraryOptions = {}): Promise<RuleLibrary> {
  const { sources, problems: folderProblems } = options.sources ? { sources: options.sources, problems: [] } : await readSources(options.rulesDir ?? DEFAULT_RULES_DIR);
  const { files } = sources;
  const cache = libraryCache(options.cache ?? cacheSettingFrom(process.env), [sources.lexiconDir, sources.rulesDir], files);
  const cached = cache?.read();
  const lexiconChecked = cached ? fromCache(files.lexicon, cached.lexicon as LexiconFile[]) : files.lexicon.map(checkLexiconFile);
  const lexicon = lexiconOf(lexiconChecked);
  const catalogue = factCatalogue(lexicon);
  const rulesChecked = cached ? fromCache(files.rules, cached.rules as RuleFileData[]) : files.rules.map(checkRuleFile);
  const loaded = topicsOf(rulesChecked);
  const problems = [...loaded.problems, ...folderProblems, ...checkTopics(loaded.topics, vocabularyOf(lexicon, catalogue))];
  if (problems.length > 0) throw new SourceError(problems);
  if (cache && !cached) cache.write({ lexicon: valuesOf(lexiconChecked), rules: valuesOf(rulesChecked) });
  return new RuleLibrary(loaded.topics, lexicon, catalogue, files.rules.map((f) => f.file), sources);
}

function fromCache<T>(files: readonly TextFile[], values: readonly T[]): Array<CheckedFile<T>> {
  return files.map((file, i) => ({ dataFile: cachedDataFile(file, values[i]!), problems: [] }));
}

function valuesOf(checked: ReadonlyArray<CheckedFile>): unknown[] {
  return checked.map((file) => file.dataFile!.data);
}

/** The value a test's or an item's fact map gives json-rules-engine: every catalogue fact, unknown ones as such. */
export function completeFacts(catalogue: ReadonlyMap<string, FactSpec>, given: Readonly<Record<string, FactValue>>): Record<string, FactValue> {
  const facts: Record<string, FactValue> = {};
  for (const spec of catalogue.values()) {
    facts[spec.name] = spec.type === 'tri-state' ? 'unknown' : spec.type === 'string-list' ? [] : spec.type === 'boolean' ? false : spec.type === 'enum' && spec.values?.includes('unknown') ? 'unknown' : null;
  }
  for (const [name, value] of Object.entries(given)) facts[name] = value;
  return facts;
}

export type { ItemFacts };

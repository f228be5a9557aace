import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readProjectJson } from '../project-files.js';
import { compilePattern } from '../text/phrases.js';
import { parseYamlSource, problemAt, SourceError, type SourceProblem } from '../yaml/source.js';
import { validateAgainstSchema } from '../yaml/validate.js';
import {
  compileLexicon,
  type ConceptDefinition,
  type DrugEntry,
  type Lexicon,
  type LexiconData,
  type ModifierDefinition,
  type ServiceEntry,
} from './lexicon.js';

interface LexiconFile {
  drugs?: DrugEntry[];
  services?: ServiceEntry[];
  bodyParts?: Record<string, string[]>;
  concepts?: Record<string, Partial<ConceptDefinition> & { description: string }>;
  modifiers?: Array<{ category: ModifierDefinition['category']; direction: ModifierDefinition['direction']; scope?: number; phrases: string[] }>;
  terminators?: { all?: string[]; forward?: string[]; guideline?: string[] };
  pseudo?: string[];
  sentencePatterns?: Array<{ category: ModifierDefinition['category']; patterns: string[] }>;
}

const DEFAULT_SCOPE = { forward: 8, backward: 5, both: 6 } as const;

/** Merge parsed lexicon files into one LexiconData, checking that regular expressions compile. */
function mergeLexiconFiles(files: ReadonlyArray<{ source: Parameters<typeof problemAt>[0]; data: LexiconFile }>): {
  data: LexiconData;
  problems: SourceProblem[];
} {
  const problems: SourceProblem[] = [];
  const drugs: DrugEntry[] = [];
  const services: ServiceEntry[] = [];
  const bodyParts: Record<string, string[]> = {};
  const concepts: ConceptDefinition[] = [];
  const modifiers: ModifierDefinition[] = [];
  const terminators = { all: [] as string[], forward: [] as string[], guideline: [] as string[] };
  const pseudo: string[] = [];
  const sentencePatterns: Array<{ category: ModifierDefinition['category']; patterns: string[] }> = [];
  const checkPatterns = (source: Parameters<typeof problemAt>[0], path: Array<string | number>, patterns: readonly string[] = []): void => {
    patterns.forEach((pattern, i) => {
      try {
        compilePattern(pattern);
      } catch (error) {
        problems.push(problemAt(source, [...path, i], (error as Error).message));
      }
    });
  };
  for (const { source, data } of files) {
    drugs.push(...(data.drugs ?? []));
    (data.services ?? []).forEach((service, i) => {
      checkPatterns(source, ['services', i, 'patterns'], service.patterns);
      services.push(service);
    });
    for (const [part, terms] of Object.entries(data.bodyParts ?? {})) bodyParts[part] = [...(bodyParts[part] ?? []), ...terms];
    for (const [name, concept] of Object.entries(data.concepts ?? {})) {
      if (concepts.some((c) => c.name === name)) {
        problems.push(problemAt(source, ['concepts', name], `concept "${name}" is defined twice`));
        continue;
      }
      checkPatterns(source, ['concepts', name, 'patterns'], concept.patterns);
      checkPatterns(source, ['concepts', name, 'absentPatterns'], concept.absentPatterns);
      concepts.push({
        name,
        description: concept.description,
        terms: concept.terms ?? [],
        patterns: concept.patterns ?? [],
        absentTerms: concept.absentTerms ?? [],
        absentPatterns: concept.absentPatterns ?? [],
        negated: concept.negated ?? 'absent',
        notDocumented: concept.notDocumented ?? 'absent',
        scope: concept.scope ?? 'letter',
        historical: concept.historical ?? 'counts',
        authority: concept.authority ?? 'rationale',
        resolve: concept.resolve ?? 'last',
      });
    }
    for (const group of data.modifiers ?? []) {
      for (const phrase of group.phrases) {
        modifiers.push({ category: group.category, direction: group.direction, scope: group.scope ?? DEFAULT_SCOPE[group.direction], phrase });
      }
    }
    terminators.all.push(...(data.terminators?.all ?? []));
    terminators.forward.push(...(data.terminators?.forward ?? []));
    terminators.guideline.push(...(data.terminators?.guideline ?? []));
    pseudo.push(...(data.pseudo ?? []));
    (data.sentencePatterns ?? []).forEach((group, i) => {
      checkPatterns(source, ['sentencePatterns', i, 'patterns'], group.patterns);
      sentencePatterns.push(group);
    });
  }
  return { data: { drugs, services, bodyParts, concepts, modifiers, terminators, pseudo, sentencePatterns }, problems };
}

/** Read, validate and compile every lexicon file in a folder (rules/lexicon). Throws SourceError with file:line problems. */
export async function loadLexicon(folder: string): Promise<Lexicon> {
  let names: string[];
  try {
    names = (await readdir(folder)).filter((name) => /\.ya?ml$/i.test(name)).sort();
  } catch (error) {
    throw new SourceError([{ file: folder, line: 1, column: 1, message: `cannot read the lexicon folder (${(error as NodeJS.ErrnoException).code ?? error})` }]);
  }
  const problems: SourceProblem[] = [];
  const files: Array<{ source: Parameters<typeof problemAt>[0]; data: LexiconFile }> = [];
  for (const name of names) {
    const file = join(folder, name);
    const { source, problems: syntax } = parseYamlSource(file, await readFile(file, 'utf8'));
    problems.push(...syntax);
    if (syntax.length > 0) continue;
    const data = (source.document.toJS() ?? {}) as LexiconFile;
    const invalid = validateAgainstSchema(source, data, readProjectJson('schema', 'lexicon.schema.json'));
    problems.push(...invalid);
    if (invalid.length === 0) files.push({ source, data });
  }
  const merged = mergeLexiconFiles(files);
  problems.push(...merged.problems);
  if (problems.length > 0) throw new SourceError(problems);
  return compileLexicon(merged.data);
}

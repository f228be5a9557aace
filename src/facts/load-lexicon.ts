import { compilePattern } from '../text/phrases.js';
import { checkDataFile, readYamlFolder, type CheckedFile, type DataFile, type TextFile } from '../yaml/data-file.js';
import { problemAt, SourceError, type SourceProblem } from '../yaml/source.js';
import {
  compileLexicon,
  type ConceptDefinition,
  type DrugEntry,
  type Lexicon,
  type LexiconData,
  type ModifierDefinition,
  type ServiceEntry,
} from './lexicon.js';

/** A lexicon file's value, as its schema shapes it. */
export interface LexiconFile {
  drugs?: DrugEntry[];
  services?: ServiceEntry[];
  bodyParts?: Record<string, string[]>;
  concepts?: Record<string, Partial<Omit<ConceptDefinition, 'followOn'>> & { description: string; followOn?: { after: string; patterns?: string[]; absentPatterns?: string[] } }>;
  modifiers?: Array<{ category: ModifierDefinition['category']; direction: ModifierDefinition['direction']; scope?: number; refersBack?: boolean; phrases: string[] }>;
  terminators?: { clause?: string[]; all?: string[]; forward?: string[]; guideline?: string[]; every?: string[] };
  pseudo?: string[];
  sentencePatterns?: Array<{ category: ModifierDefinition['category']; patterns: string[] }>;
}

const DEFAULT_SCOPE = { forward: 8, backward: 5, both: 6 } as const;

/** A drug entry, with the file and place it was read from. */
interface PlacedDrug {
  readonly file: DataFile<LexiconFile>;
  readonly index: number;
  readonly drug: DrugEntry;
}

/** A brand compound's ingredients must each be the generic of a single-drug entry, in whichever lexicon file. */
function brandIngredientProblems(entries: readonly PlacedDrug[]): SourceProblem[] {
  const singles = new Set(entries.filter(({ drug }) => !drug.ingredients).map(({ drug }) => drug.generic));
  return entries.flatMap(({ file, index, drug }) =>
    (drug.ingredients ?? []).flatMap((ingredient, j) =>
      singles.has(ingredient) ? [] : [problemAt(file.source(), ['drugs', index, 'ingredients', j], `ingredient "${ingredient}" of ${drug.generic} is no drug's generic name in the lexicon`)],
    ),
  );
}

/** Merge checked lexicon files into one LexiconData, checking that regular expressions compile. */
function mergeLexiconFiles(files: ReadonlyArray<DataFile<LexiconFile>>): {
  data: LexiconData;
  problems: SourceProblem[];
} {
  const problems: SourceProblem[] = [];
  const drugs: DrugEntry[] = [];
  const services: ServiceEntry[] = [];
  const bodyParts: Record<string, string[]> = {};
  const concepts: ConceptDefinition[] = [];
  const modifiers: ModifierDefinition[] = [];
  const terminators = { clause: [] as string[], all: [] as string[], forward: [] as string[], guideline: [] as string[], every: [] as string[] };
  const pseudo: string[] = [];
  const sentencePatterns: Array<{ category: ModifierDefinition['category']; patterns: string[] }> = [];
  const placedDrugs: PlacedDrug[] = [];
  const checkPatterns = (file: DataFile<LexiconFile>, path: Array<string | number>, patterns: readonly string[] = []): void => {
    patterns.forEach((pattern, i) => {
      try {
        compilePattern(pattern);
      } catch (error) {
        problems.push(problemAt(file.source(), [...path, i], (error as Error).message));
      }
    });
  };
  for (const file of files) {
    const { data } = file;
    drugs.push(...(data.drugs ?? []));
    (data.drugs ?? []).forEach((drug, index) => placedDrugs.push({ file, index, drug }));
    (data.services ?? []).forEach((service, i) => {
      checkPatterns(file, ['services', i, 'patterns'], service.patterns);
      services.push(service);
    });
    for (const [part, terms] of Object.entries(data.bodyParts ?? {})) bodyParts[part] = [...(bodyParts[part] ?? []), ...terms];
    for (const [name, concept] of Object.entries(data.concepts ?? {})) {
      if (concepts.some((c) => c.name === name)) {
        problems.push(problemAt(file.source(), ['concepts', name], `concept "${name}" is defined twice`));
        continue;
      }
      checkPatterns(file, ['concepts', name, 'patterns'], concept.patterns);
      checkPatterns(file, ['concepts', name, 'absentPatterns'], concept.absentPatterns);
      if (concept.followOn) {
        checkPatterns(file, ['concepts', name, 'followOn', 'after'], [concept.followOn.after]);
        checkPatterns(file, ['concepts', name, 'followOn', 'patterns'], concept.followOn.patterns);
        checkPatterns(file, ['concepts', name, 'followOn', 'absentPatterns'], concept.followOn.absentPatterns);
      }
      concepts.push({
        name,
        description: concept.description,
        terms: concept.terms ?? [],
        patterns: concept.patterns ?? [],
        absentTerms: concept.absentTerms ?? [],
        absentPatterns: concept.absentPatterns ?? [],
        negated: concept.negated ?? 'absent',
        notDocumented: concept.notDocumented ?? 'absent',
        summaryNotDocumented: concept.summaryNotDocumented ?? concept.notDocumented ?? 'absent',
        scope: concept.scope ?? 'letter',
        historical: concept.historical ?? 'counts',
        uncertain: concept.uncertain ?? 'ignored',
        hypothetical: concept.hypothetical ?? 'ignored',
        recordWitness: concept.recordWitness ?? 'measured',
        requestLine: concept.requestLine ?? 'counts',
        authority: concept.authority ?? 'rationale',
        resolve: concept.resolve ?? 'last',
        requestedDrug: concept.requestedDrug ?? 'counts',
        otherServices: concept.otherServices ?? 'counts',
        otherDrugs: concept.otherDrugs ?? 'counts',
        otherLimbs: concept.otherLimbs ?? 'counts',
        criterion: concept.criterion ?? false,
        ...(concept.followOn ? { followOn: { after: concept.followOn.after, patterns: concept.followOn.patterns ?? [], absentPatterns: concept.followOn.absentPatterns ?? [] } } : {}),
      });
    }
    for (const group of data.modifiers ?? []) {
      for (const phrase of group.phrases) {
        const scope = group.scope ?? DEFAULT_SCOPE[group.direction];
        modifiers.push({ category: group.category, direction: group.direction, scope, phrase, ...(group.refersBack ? { refersBack: true } : {}) });
      }
    }
    terminators.clause.push(...(data.terminators?.clause ?? []));
    terminators.all.push(...(data.terminators?.all ?? []));
    terminators.forward.push(...(data.terminators?.forward ?? []));
    terminators.guideline.push(...(data.terminators?.guideline ?? []));
    terminators.every.push(...(data.terminators?.every ?? []));
    pseudo.push(...(data.pseudo ?? []));
    (data.sentencePatterns ?? []).forEach((group, i) => {
      checkPatterns(file, ['sentencePatterns', i, 'patterns'], group.patterns);
      sentencePatterns.push(group);
    });
  }
  problems.push(...brandIngredientProblems(placedDrugs));
  return { data: { drugs, services, bodyParts, concepts, modifiers, terminators, pseudo, sentencePatterns }, problems };
}

/** Read every lexicon file (*.yaml) in a folder (rules/lexicon). Throws SourceError when the folder cannot be read. */
export async function readLexiconFolder(folder: string): Promise<TextFile[]> {
  const { files, problem } = await readYamlFolder(folder, 'lexicon');
  if (problem) throw new SourceError([problem]);
  return files;
}

/** A lexicon file's value once its YAML and its schema are checked, or the problems that stop it. Pure. */
export function checkLexiconFile(input: TextFile): CheckedFile<LexiconFile> {
  return checkDataFile<LexiconFile>(input, { schema: 'lexicon.schema.json', whenEmpty: {} });
}

/** Merge and compile checked lexicon files. Throws SourceError with every file:line problem. */
export function lexiconOf(checked: ReadonlyArray<CheckedFile<LexiconFile>>): Lexicon {
  const problems = checked.flatMap((file) => file.problems);
  const merged = mergeLexiconFiles(checked.flatMap((file) => (file.dataFile ? [file.dataFile] : [])));
  problems.push(...merged.problems);
  if (problems.length > 0) throw new SourceError(problems);
  return compileLexicon(merged.data);
}

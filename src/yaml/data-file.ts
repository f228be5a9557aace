import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readProjectJson } from '../project-files.js';
import { parseYamlSource, problemAt, type SourceProblem, type YamlSource } from './source.js';
import { validateAgainstSchema } from './validate.js';

/** A file's path and its text, as read. */
export interface TextFile {
  readonly file: string;
  readonly text: string;
}

/**
 * A YAML data file (rule or lexicon) whose syntax and schema are checked: its value, and its
 * document with node positions for file:line:column messages. `source()` parses the text with
 * positions on its first call when the value came from the library cache, so a load that finds no
 * problem never pays for positions; the same document is returned on every call.
 */
export interface DataFile<T = unknown> {
  readonly file: string;
  readonly data: T;
  source(): YamlSource;
}

/** A data file's checked value, or the problems that stop it. */
export interface CheckedFile<T = unknown> {
  readonly dataFile?: DataFile<T>;
  readonly problems: readonly SourceProblem[];
}

/** A data file checked just now: its positions are already parsed. */
export function parsedDataFile<T>(source: YamlSource, data: T): DataFile<T> {
  return { file: source.file, data, source: () => source };
}

/**
 * A data file whose value comes from the cache (checked when the cache was written, for the same
 * text): its positions are parsed from the text only if a message asks for one.
 */
export function cachedDataFile<T>(input: TextFile, data: T): DataFile<T> {
  let source: YamlSource | undefined;
  return {
    file: input.file,
    data,
    source: () => (source ??= parseYamlSource(input.file, input.text).source),
  };
}

/** What a kind of data file must be besides valid YAML: its schema, and what an empty or odd document is. */
export interface DataFileKind {
  /** The schema's file name in schema/. */
  readonly schema: string;
  /** The value of an empty document (absent: an empty document is checked as null). */
  readonly whenEmpty?: unknown;
  /** A problem with the document's top-level value the schema's messages would put less plainly. */
  readonly shapeProblem?: (data: unknown) => string | undefined;
}

/** A data file's value once its YAML and its schema are checked, or the problems that stop it, with its parsed document. Pure: no file system. */
export function checkDataFile<T>(input: TextFile, kind: DataFileKind): CheckedFile<T> & { readonly source: YamlSource } {
  const { source, problems } = parseYamlSource(input.file, input.text);
  if (problems.length > 0) return { problems, source };
  const data = (source.document.toJS() as unknown) ?? kind.whenEmpty ?? null;
  const shape = kind.shapeProblem?.(data);
  if (shape) return { problems: [problemAt(source, [], shape)], source };
  const invalid = validateAgainstSchema(source, data, readProjectJson('schema', kind.schema));
  if (invalid.length > 0) return { problems: invalid, source };
  return { dataFile: parsedDataFile(source, data as T), problems: [], source };
}

/**
 * The YAML files (*.yaml, *.yml) directly in a folder, read, in name order; or, when the folder
 * cannot be read, the problem that says so (`what` names the folder: "rules", "lexicon").
 */
export async function readYamlFolder(folder: string, what: string): Promise<{ files: TextFile[]; problem?: SourceProblem }> {
  let names: string[];
  try {
    names = (await readdir(folder, { withFileTypes: true }))
      .filter((entry) => entry.isFile() && /\.ya?ml$/i.test(entry.name))
      .map((entry) => entry.name)
      .sort();
  } catch (error) {
    return { files: [], problem: { file: folder, line: 1, column: 1, message: `cannot read the ${what} folder (${(error as NodeJS.ErrnoException).code ?? error})` } };
  }
  const files: TextFile[] = [];
  for (const name of names) {
    const file = join(folder, name);
    files.push({ file, text: await readFile(file, 'utf8') });
  }
  return { files };
}

import { parseYamlSource, type SourceProblem, type YamlSource } from './source.js';

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

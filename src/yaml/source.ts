import type { Document, LineCounter, Node } from 'yaml';
import { yamlPackage } from './yaml-package.js';

/** A place in a source file, as editors and CI logs name it: file:line:column (1-based). */
export interface SourceLocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** A problem in a source file, located the way editors and CI logs expect: file:line:column. */
export interface SourceProblem extends SourceLocation {
  readonly message: string;
  /** Another place the problem involves (where a duplicated id was first defined, say). */
  readonly related?: SourceLocation;
}

/** "file:line:column". */
export function formatLocation(location: SourceLocation): string {
  return `${location.file}:${location.line}:${location.column}`;
}

/** "file:line:column message", and " (see file:line:column)" when it involves another place. */
export function formatProblem(problem: SourceProblem): string {
  const related = problem.related ? ` (see ${formatLocation(problem.related)})` : '';
  return `${formatLocation(problem)} ${problem.message}${related}`;
}

/** Thrown when a YAML data file (rule or lexicon) cannot be used; carries every problem found. */
export class SourceError extends Error {
  constructor(readonly problems: readonly SourceProblem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'SourceError';
  }
}

export interface YamlSource {
  readonly file: string;
  readonly document: Document;
  readonly lineCounter: LineCounter;
}

export type KeyPath = ReadonlyArray<string | number>;

/** Parse YAML text keeping node positions; syntax errors and warnings become located problems. */
export function parseYamlSource(file: string, text: string): { source: YamlSource; problems: SourceProblem[] } {
  const { LineCounter, parseDocument } = yamlPackage();
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const problems = [...document.errors, ...document.warnings].map((error) => {
    const position = lineCounter.linePos(error.pos[0]);
    return { file, line: position.line, column: position.col, message: `YAML: ${error.message.split('\n')[0]}` };
  });
  return { source: { file, document, lineCounter }, problems };
}

function childNode(node: unknown, key: string | number): unknown {
  const { isMap, isPair, isScalar, isSeq } = yamlPackage();
  if (isMap(node)) {
    for (const pair of node.items) {
      if (isPair(pair) && isScalar(pair.key) && pair.key.value === key) return pair;
    }
    return undefined;
  }
  if (isSeq(node) && typeof key === 'number') return node.items[key];
  return undefined;
}

/** Line and column of the node at `path` (or of its nearest ancestor that exists). */
export function locate(source: YamlSource, path: KeyPath): { line: number; column: number } {
  const { isPair } = yamlPackage();
  let node: unknown = source.document.contents;
  let found: unknown = node;
  for (const key of path) {
    const next = childNode(node, key);
    if (next === undefined) break;
    found = next;
    node = isPair(next) ? next.value : next;
  }
  const target = isPair(found) ? (found.key as Node | null) : (found as Node | null);
  const offset = target?.range?.[0] ?? 0;
  const position = source.lineCounter.linePos(offset);
  return { line: position.line, column: position.col };
}

export function locationOf(source: YamlSource, path: KeyPath): SourceLocation {
  return { file: source.file, ...locate(source, path) };
}

export function problemAt(source: YamlSource, path: KeyPath, message: string, related?: SourceLocation): SourceProblem {
  return { ...locationOf(source, path), message, ...(related ? { related } : {}) };
}

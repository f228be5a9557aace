import { readdir, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { isLetterFile } from '../letter/read.js';
import { compareText } from '../text/compare.js';

export interface InputFile {
  /** Absolute path, to read. */
  readonly path: string;
  /** Path as reports show it: relative to the working folder. */
  readonly name: string;
}

export interface InputListing {
  readonly letters: readonly InputFile[];
  /** Files found in folders that are not letters (.txt or .pdf), reported so nothing is silently dropped. */
  readonly skipped: ReadonlyArray<{ readonly file: string; readonly reason: string }>;
}

export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

async function walk(folder: string, into: string[]): Promise<void> {
  const entries = await readdir(folder, { withFileTypes: true });
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) await walk(path, into);
    else into.push(path);
  }
}

/**
 * The letters named by the command line: files as given, folders searched recursively for .txt
 * and .pdf. Sorted and without repeats, so the same input gives the same report. A path that does
 * not exist is a usage error (InputError).
 */
export async function listInputs(paths: readonly string[], cwd = process.cwd()): Promise<InputListing> {
  const letters = new Map<string, InputFile>();
  const skipped = new Map<string, string>();
  const name = (path: string): string => relative(cwd, path) || path;
  for (const given of paths) {
    const path = resolve(cwd, given);
    let info;
    try {
      info = await stat(path);
    } catch {
      throw new InputError(`no such file or folder: ${given}`);
    }
    if (info.isDirectory()) {
      const found: string[] = [];
      await walk(path, found);
      for (const file of found) {
        if (isLetterFile(file)) letters.set(file, { path: file, name: name(file) });
        else skipped.set(name(file), 'not a letter file: only .txt and .pdf files in a folder are read');
      }
    } else letters.set(path, { path, name: name(path) });
  }
  const byName = (a: { name: string }, b: { name: string }): number => compareText(a.name, b.name);
  return {
    letters: [...letters.values()].sort(byName),
    skipped: [...skipped.entries()].map(([file, reason]) => ({ file, reason })).sort((a, b) => byName({ name: a.file }, { name: b.file })),
  };
}

import { resolve } from 'node:path';
import { sortedUnique } from '../text/compare.js';

export interface InputFile {
  /** Absolute path, to read. */
  readonly path: string;
  /** Path as reports show it: relative to the working folder. */
  readonly name: string;
}

/**
 * The letters of a batch, in order, read one at a time. A plain array of InputFile is one (a
 * handful of files needs nothing more); a LetterList is the compact one a whole folder is listed
 * into.
 */
export interface LetterSource {
  readonly length: number;
  at(index: number): InputFile | undefined;
}

/**
 * A sorted list of letters held in three objects whatever its length: every name in one string,
 * where each ends in a Uint32Array, and the folder the names are relative to; an InputFile is made
 * when asked for. A letter costs its name's characters and four bytes (~50 bytes for a name of 45
 * characters); an object and two strings a letter cost ~260 bytes, 25 MB of the main thread's
 * heap at 100,000 letters, the one thing there that grew with the batch.
 *
 * A letter's path is `resolve(root, name)`, which gives back exactly the path its name was made
 * from (`relative(root, path)`) on POSIX; where it would not (Windows compares paths without
 * case, so `relative` can name a path spelt otherwise than the working folder), the lister passes
 * the path itself in `paths`.
 */
export class LetterList implements LetterSource, Iterable<InputFile> {
  readonly length: number;

  private constructor(
    private readonly root: string,
    private readonly names: string,
    private readonly ends: Uint32Array,
    private readonly paths: ReadonlyMap<string, string>,
  ) {
    this.length = ends.length;
  }

  /**
   * The letters named `names` (relative to `root`, or absolute), sorted by compareText, each
   * once: a name stands for one path, so a file listed twice (overlapping folders) is kept once.
   * `paths` holds the path of a name `resolve(root, name)` would not give exactly.
   */
  static of(root: string, names: string[], paths: ReadonlyMap<string, string> = new Map()): LetterList {
    const unique = sortedUnique(names);
    const ends = new Uint32Array(unique.length);
    let end = 0;
    for (let index = 0; index < unique.length; index++) ends[index] = end += unique[index]!.length;
    return new LetterList(resolve(root), unique.join(''), ends, paths);
  }

  /** The letter at `index`, counted from the end when negative, as Array.prototype.at does. */
  at(index: number): InputFile | undefined {
    const whole = Math.trunc(index) || 0;
    const at = whole < 0 ? whole + this.length : whole;
    if (!(at >= 0 && at < this.length)) return undefined;
    const name = this.names.slice(at === 0 ? 0 : this.ends[at - 1], this.ends[at]);
    return { path: this.paths.get(name) ?? resolve(this.root, name), name };
  }

  *[Symbol.iterator](): Iterator<InputFile> {
    for (let index = 0; index < this.length; index++) yield this.at(index)!;
  }
}

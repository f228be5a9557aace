import type { Dirent } from 'node:fs';
import { lstat, readdir, stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { isLetterFile } from '../letter/read.js';
import { sortedUnique } from '../text/compare.js';
import { LetterList } from './letter-list.js';

export interface InputListing {
  readonly letters: LetterList;
  /** Files found in folders that are not letters (.txt or .pdf), reported so nothing is silently dropped. */
  readonly skipped: ReadonlyArray<{ readonly file: string; readonly reason: string }>;
}

export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

const NOT_A_LETTER = 'not a letter file: only .txt and .pdf files in a folder are read';

/** A folder's entries (fs.promises.readdir with file types; a test may make one fail). */
export type ReadFolder = (folder: string) => Promise<Dirent[]>;

const readFolder: ReadFolder = (folder) => readdir(folder, { withFileTypes: true });

/** What the listing has found so far, each file by its name: its path relative to `root`. */
interface Found {
  readonly root: string;
  readonly letters: string[];
  readonly skipped: string[];
  /** Files and folders not read (no permission, a link, a name that cannot be opened), with why: listed with the skipped files, so none goes unmentioned. */
  readonly notRead: Map<string, string>;
  readonly readFolder: ReadFolder;
  /** The path of each letter that `resolve(root, name)` would not give back exactly (see LetterList). */
  readonly paths: Map<string, string>;
}

/**
 * Links to folders are not followed (as find and grep do not): a link can lead back up the tree
 * or to a folder listed already. Named, so the user knows to name the folder itself.
 */
const LINKED_FOLDER = 'a link to a folder: not followed (name the folder itself to audit it)';

/**
 * A name that is not valid UTF-8 (a Latin-1 "café.txt" unpacked from an old archive) reaches
 * JavaScript with U+FFFD in place of its bad bytes, and no file has the name so changed.
 */
const NAME_NOT_UTF8 = 'its name is not valid UTF-8, so it cannot be opened by that name: rename it (convmv -f latin1 -t utf8, say)';

/** Does the name, as read, fail to name the entry? Asked only of a name with U+FFFD (rare), on disk. */
async function nameIsGarbled(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return false; // a name with a real U+FFFD in it
  } catch {
    return true;
  }
}

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false; // a dangling link: reported as the letter it is named as, which cannot be read
  }
}

/** A folder's name that only climbs (`..`, `../..`): the folder holds the root. */
function climbs(name: string): boolean {
  return name !== '' && name.split(sep).every((segment) => segment === '..');
}

/** Add a file named as `relative` names it, checking that its name resolves back to its path. */
function addPath(found: Found, path: string, letter: boolean): void {
  const name = relative(found.root, path) || path;
  if (!letter) found.skipped.push(name);
  else {
    found.letters.push(name);
    if (resolve(found.root, name) !== path) found.paths.set(name, path);
  }
}

/**
 * Add the files under `folder` (absolute) to `found`. Files are named by appending their name to
 * their folder's, worked out once a folder: a `join` and a `relative` a file were most of the time
 * of listing a big batch. Appending gives what `relative` would, and a name that resolves back to
 * the file, when the folder's own name resolves back to the folder and does not only climb (`..`)
 * to the root: a folder the root is in could hold the root itself (a working folder that is a
 * file), which `relative` names by its absolute path. Such a folder's files are named one by one.
 */
async function walk(folder: string, found: Found): Promise<void> {
  let entries;
  try {
    entries = await found.readFolder(folder);
  } catch (error) {
    found.notRead.set(relative(found.root, folder) || folder, `cannot read the folder (${(error as NodeJS.ErrnoException).code ?? String(error)}): its files are not listed`);
    return;
  }
  const own = relative(found.root, folder);
  const byPrefix = !climbs(own) && resolve(found.root, own) === folder;
  const prefix = own === '' ? '' : own + sep;
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    if (entry.name.includes('\ufffd') && (await nameIsGarbled(join(folder, entry.name)))) found.notRead.set(relative(found.root, join(folder, entry.name)), NAME_NOT_UTF8);
    else if (entry.isDirectory()) await walk(join(folder, entry.name), found);
    else if (entry.isSymbolicLink() && (await isFolder(join(folder, entry.name)))) found.notRead.set(relative(found.root, join(folder, entry.name)), LINKED_FOLDER);
    else if (!byPrefix) addPath(found, join(folder, entry.name), isLetterFile(entry.name));
    else if (isLetterFile(entry.name)) found.letters.push(prefix + entry.name);
    else found.skipped.push(prefix + entry.name);
  }
}

/**
 * The letters named by the command line: files as given, folders searched recursively for .txt
 * and .pdf. Sorted and without repeats, so the same input gives the same report. A path that does
 * not exist is a usage error (InputError); a folder that cannot be read (no permission) is listed
 * among the skipped files with its reason, and the listing goes on.
 */
export async function listInputs(paths: readonly string[], cwd = process.cwd(), read: ReadFolder = readFolder): Promise<InputListing> {
  const found: Found = { root: resolve(cwd), letters: [], skipped: [], notRead: new Map(), paths: new Map(), readFolder: read };
  for (const given of paths) {
    const path = resolve(cwd, given);
    let info;
    try {
      info = await stat(path);
    } catch {
      throw new InputError(`no such file or folder: ${given}`);
    }
    if (info.isDirectory()) await walk(path, found);
    else addPath(found, path, true);
  }
  return {
    letters: LetterList.of(found.root, found.letters, found.paths),
    skipped: sortedUnique([...found.skipped, ...found.notRead.keys()]).map((file) => ({ file, reason: found.notRead.get(file) ?? NOT_A_LETTER })),
  };
}

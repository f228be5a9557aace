import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync, type Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { InputError, listInputs } from '../../src/audit/inputs.js';
import { LetterList, type InputFile } from '../../src/audit/letter-list.js';
import { isLetterFile } from '../../src/letter/read.js';
import { compareText } from '../../src/text/compare.js';
import { PROJECT_ROOT } from '../../src/project-files.js';
import { CASES, DWC_TXT, SEEDS, tempFolder } from '../helpers.js';

/**
 * The listing as it was before the list was made compact, an object a letter in a Map keyed by
 * path, each named by `relative`: what the compact listing must give, letter for letter.
 */
function referenceListing(paths: readonly string[], cwd: string): { letters: InputFile[]; skipped: Array<{ file: string; reason: string }> } {
  const letters = new Map<string, InputFile>();
  const skipped = new Map<string, string>();
  const name = (path: string): string => relative(cwd, path) || path;
  const walk = (folder: string, into: string[]): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path, into);
      else into.push(path);
    }
  };
  for (const given of paths) {
    const path = resolve(cwd, given);
    if (statSync(path).isDirectory()) {
      const found: string[] = [];
      walk(path, found);
      for (const file of found) {
        if (isLetterFile(file)) letters.set(file, { path: file, name: name(file) });
        else skipped.set(name(file), 'not a letter file: only .txt and .pdf files in a folder are read');
      }
    } else letters.set(path, { path, name: name(path) });
  }
  return {
    letters: [...letters.values()].sort((a, b) => compareText(a.name, b.name)),
    skipped: [...skipped.entries()].map(([file, reason]) => ({ file, reason })).sort((a, b) => compareText(a.file, b.file)),
  };
}

async function expectAsBefore(paths: readonly string[], cwd: string): Promise<InputFile[]> {
  const listing = await listInputs(paths, cwd);
  const letters = [...listing.letters];
  const reference = referenceListing(paths, cwd);
  expect(letters).toEqual(reference.letters);
  expect(listing.skipped).toEqual(reference.skipped);
  expect(listing.letters.length).toBe(reference.letters.length);
  return letters;
}

const SEED = readdirSync(SEEDS).filter((file) => file.endsWith('.txt')).sort()[0]!;

describe('listing the letters of real folders (cases/), as the listing of an object a letter did', () => {
  test('a folder: every letter once, sorted by name, each path the absolute file; the gold files skipped', async () => {
    const letters = await expectAsBefore(['cases'], PROJECT_ROOT);
    expect(letters.length).toBe(135);
    expect(letters.map((letter) => letter.name)).toEqual(letters.map((letter) => letter.name).sort(compareText));
    expect(new Set(letters.map((letter) => letter.name)).size).toBe(letters.length);
    for (const letter of letters) expect(letter.path).toBe(join(PROJECT_ROOT, letter.name));
    expect((await listInputs(['cases'], PROJECT_ROOT)).skipped.map((file) => file.file)).toContain('cases/gold/ratchet.json');
  });

  test('overlapping folders and a file named explicitly are each listed once', async () => {
    const letters = await expectAsBefore([CASES, 'cases/seeds', join('cases', 'seeds', SEED), SEEDS], PROJECT_ROOT);
    expect(letters).toEqual([...(await listInputs([CASES], PROJECT_ROOT)).letters]);
  });

  test('files explicitly, in any order, and folders named relative to another working folder', async () => {
    await expectAsBefore([join(SEEDS, SEED), DWC_TXT], PROJECT_ROOT);
    await expectAsBefore(['../seeds', 'txt', `../seeds/${SEED}`], join(CASES, 'dwc-2016'));
  });

  test('names outside the working folder: climbing through it (`..` from a subfolder), from elsewhere, from the root', async () => {
    const letters = await expectAsBefore(['..'], SEEDS);
    expect(letters.find((letter) => letter.path === join(SEEDS, SEED))!.name).toBe(SEED);
    expect(letters.some((letter) => letter.name.startsWith('../dwc-2016/'))).toBe(true);
    await expectAsBefore([SEEDS, join(DWC_TXT, 'CM16-0213037.txt')], tmpdir());
    await expectAsBefore([SEEDS], '/');
    await expectAsBefore(['cases/seeds'], `${PROJECT_ROOT}/cases/..//.`);
  });

  test('a working folder that is no folder: the file it names is listed by its absolute path', async () => {
    const file = join(SEEDS, SEED);
    const [only] = await expectAsBefore([file], file);
    expect(only).toEqual({ path: file, name: file });
    const letters = await expectAsBefore([SEEDS], file);
    expect(letters.map((letter) => letter.name)).toContain(file);
  });

  test('a path that does not exist is an InputError naming it as given', async () => {
    await expect(listInputs(['cases/seeds', 'cases/nope'], PROJECT_ROOT)).rejects.toThrow(new InputError('no such file or folder: cases/nope'));
    await expect(listInputs(['cases/nope'], PROJECT_ROOT)).rejects.toBeInstanceOf(InputError);
  });
});

describe('listing a folder made for the test', () => {
  let folder: string;
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'imr-inputs-'));
    const files: Record<string, string> = {
      'b.txt': 'b',
      'a.pdf': 'a',
      'A.TXT': 'upper case',
      'a.txt.bak': 'not a letter',
      'notes.docx': 'not a letter',
      '.hidden.txt': 'skipped silently',
      // Sorted by UTF-16 code unit: U+1F600 is a surrogate pair (D83D DE00) before U+FB00, though after it by code point.
      '\u{1F600}.txt': 'emoji',
      '\uFB00.txt': 'ligature',
      'é.txt': 'accent',
      'a/z.txt': 'in a subfolder',
      'a/b/c.pdf': 'deeper',
      'a.b/y.txt': "'.' sorts before '/'",
      '.git/HEAD.txt': 'in a hidden folder',
    };
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(join(folder, name, '..'), { recursive: true });
      writeFileSync(join(folder, name), text);
    }
    mkdirSync(join(folder, 'empty', 'deeper'), { recursive: true });
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  test('letters sorted by code unit, skipped files listed, hidden files and folders left out', async () => {
    const listing = await listInputs(['.'], folder);
    expect([...listing.letters].map((letter) => letter.name)).toEqual(['A.TXT', 'a.b/y.txt', 'a.pdf', 'a/b/c.pdf', 'a/z.txt', 'b.txt', 'é.txt', '\u{1F600}.txt', '\uFB00.txt']);
    expect(listing.skipped).toEqual([
      { file: 'a.txt.bak', reason: 'not a letter file: only .txt and .pdf files in a folder are read' },
      { file: 'notes.docx', reason: 'not a letter file: only .txt and .pdf files in a folder are read' },
    ]);
    await expectAsBefore(['.', 'a', 'a/b/c.pdf', 'notes.docx'], folder);
    await expectAsBefore([folder], PROJECT_ROOT);
  });

  test('a file named explicitly is a letter whatever its extension; found in a folder it is skipped', async () => {
    const listing = await expectAsBefore(['notes.docx', '.'], folder);
    expect(listing.map((letter) => letter.name)).toContain('notes.docx');
    expect((await listInputs(['notes.docx', '.'], folder)).skipped.map((file) => file.file)).toContain('notes.docx');
  });

  test('a folder that cannot be read is listed among the skipped files with its reason, and the listing goes on', async () => {
    // Root reads any folder, so the refusal a user without permission meets is made here.
    const refusing = async (path: string): Promise<Dirent[]> => {
      if (path === join(folder, 'a', 'b')) throw Object.assign(new Error(`EACCES: permission denied, scandir '${path}'`), { code: 'EACCES' });
      return readdir(path, { withFileTypes: true });
    };
    const listing = await listInputs(['.'], folder, refusing);
    expect([...listing.letters].map((letter) => letter.name)).toEqual(['A.TXT', 'a.b/y.txt', 'a.pdf', 'a/z.txt', 'b.txt', 'é.txt', '\u{1F600}.txt', '\uFB00.txt']);
    expect(listing.skipped).toEqual([
      { file: 'a.txt.bak', reason: 'not a letter file: only .txt and .pdf files in a folder are read' },
      { file: 'a/b', reason: 'cannot read the folder (EACCES): its files are not listed' },
      { file: 'notes.docx', reason: 'not a letter file: only .txt and .pdf files in a folder are read' },
    ]);
  });

  test('a link to a folder is listed among the skipped files, not followed; a link to a file is a letter', async () => {
    const linked = tempFolder('imr-links');
    mkdirSync(join(linked, 'real'));
    writeFileSync(join(linked, 'real', 'x.txt'), 'letter');
    symlinkSync(join(linked, 'real'), join(linked, 'elsewhere'));
    symlinkSync('..', join(linked, 'real', 'up'));
    symlinkSync(join(linked, 'real', 'x.txt'), join(linked, 'y.txt'));
    const listing = await listInputs(['.'], linked);
    expect([...listing.letters].map((letter) => letter.name)).toEqual(['real/x.txt', 'y.txt']);
    const notFollowed = 'a link to a folder: not followed (name the folder itself to audit it)';
    expect(listing.skipped).toEqual([
      { file: 'elsewhere', reason: notFollowed },
      { file: 'real/up', reason: notFollowed },
    ]);
  });

  test('a file or folder whose name is not valid UTF-8 is listed among the skipped files with what to do; one with a real U+FFFD is read', async () => {
    const garbled = tempFolder('imr-latin1-names');
    const latin1 = (name: string): Buffer => Buffer.concat([Buffer.from(`${garbled}/`), Buffer.from(name, 'latin1')]);
    try {
      writeFileSync(latin1('café.txt'), 'letter');
      mkdirSync(latin1('dossier-é'));
    } catch {
      return; // a file system that refuses such names (APFS) cannot hold them either
    }
    writeFileSync(join(garbled, 'ok-\ufffd.txt'), 'letter');
    const listing = await listInputs(['.'], garbled);
    expect([...listing.letters].map((letter) => letter.name)).toEqual(['ok-\ufffd.txt']);
    const rename = 'its name is not valid UTF-8, so it cannot be opened by that name: rename it (convmv -f latin1 -t utf8, say)';
    expect(listing.skipped).toEqual([
      { file: 'caf\ufffd.txt', reason: rename },
      { file: 'dossier-\ufffd', reason: rename },
    ]);
  });

  test('an empty folder lists nothing', async () => {
    const listing = await listInputs(['empty'], folder);
    expect(listing.letters.length).toBe(0);
    expect([...listing.letters]).toEqual([]);
    expect(listing.letters.at(0)).toBeUndefined();
    expect(listing.skipped).toEqual([]);
  });
});

describe('LetterList', () => {
  const list = LetterList.of('/batch', ['b.txt', 'a.txt', '../up.txt', 'b.txt', '/elsewhere/x.pdf', 'c/d.txt'], new Map([['c/d.txt', '/Batch/c/d.txt']]));

  test('sorted by compareText, each name once, its path resolved from the root unless given', () => {
    expect(list.length).toBe(5);
    expect([...list]).toEqual([
      { path: '/up.txt', name: '../up.txt' },
      { path: '/elsewhere/x.pdf', name: '/elsewhere/x.pdf' },
      { path: '/batch/a.txt', name: 'a.txt' },
      { path: '/batch/b.txt', name: 'b.txt' },
      { path: '/Batch/c/d.txt', name: 'c/d.txt' },
    ]);
  });

  test('at() as Array.prototype.at: from the end when negative, undefined outside', () => {
    expect(list.at(0)).toEqual({ path: '/up.txt', name: '../up.txt' });
    expect(list.at(-1)).toEqual(list.at(4));
    expect(list.at(1.7)).toEqual(list.at(1));
    for (const index of [5, -6, 100]) expect(list.at(index)).toBeUndefined();
    expect(LetterList.of('/', []).length).toBe(0);
  });
});

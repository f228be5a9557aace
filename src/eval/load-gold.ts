import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { LetterParseError, parseDetermination } from '../letter/parse.js';
import { LetterReadError, readLetterFile } from '../letter/read.js';
import { PROJECT_ROOT, projectPath } from '../project-files.js';
import { problemAt, SourceError, type SourceProblem } from '../yaml/source.js';
import type { GoldLetter } from './gold.js';
import { checkGold, parseGoldSource, type GoldLetterText, type GoldVocabulary } from './read-gold.js';

/** Where the gold set lives. */
export const GOLD_DIR = projectPath('cases', 'gold');

/** A gold file with the letter it judges, read and parsed. */
export interface GoldCase {
  readonly gold: GoldLetter;
  readonly letter: GoldLetterText;
}

async function readLetter(path: string): Promise<GoldLetterText> {
  const text = await readLetterFile(projectPath(path));
  return { path, text, determination: parseDetermination(text) };
}

/** Read and check one gold file; problems come back located at file:line:column. */
export async function loadGoldFile(file: string, vocabulary: GoldVocabulary): Promise<{ case?: GoldCase; problems: readonly SourceProblem[] }> {
  const display = relative(PROJECT_ROOT, file) || file;
  const parsed = parseGoldSource(display, await readFile(file, 'utf8'));
  if (!parsed.data) return { problems: parsed.problems };
  const letterPath = parsed.data.letter;
  if (!existsSync(projectPath(letterPath))) return { problems: [problemAt(parsed.source, ['letter'], `no such letter: ${letterPath}`)] };
  let letter: GoldLetterText;
  try {
    letter = await readLetter(letterPath);
  } catch (error) {
    if (error instanceof LetterReadError || error instanceof LetterParseError) {
      return { problems: [problemAt(parsed.source, ['letter'], `${letterPath} cannot be read as a letter: ${error.message}`)] };
    }
    throw error;
  }
  const { gold, problems } = checkGold({ ...parsed, data: parsed.data }, letter, vocabulary);
  return gold ? { case: { gold, letter }, problems } : { problems };
}

/** Every gold file of a folder (default cases/gold/*.yaml), checked. Throws SourceError listing every problem. */
export async function loadGoldSet(vocabulary: GoldVocabulary, folder = GOLD_DIR): Promise<GoldCase[]> {
  const names = (await readdir(folder)).filter((name) => /\.ya?ml$/i.test(name)).sort();
  const cases: GoldCase[] = [];
  const problems: SourceProblem[] = [];
  for (const name of names) {
    const loaded = await loadGoldFile(join(folder, name), vocabulary);
    problems.push(...loaded.problems);
    if (loaded.case) cases.push(loaded.case);
  }
  if (problems.length > 0) throw new SourceError(problems);
  return cases;
}

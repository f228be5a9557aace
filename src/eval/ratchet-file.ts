import { readFile, writeFile } from 'node:fs/promises';
import { projectPath } from '../project-files.js';
import type { Ratchet } from './ratchet.js';

/** The committed ratchet: per fact type, the precision and recall the extractor has reached on the gold set. */
export const RATCHET_FILE = projectPath('cases', 'gold', 'ratchet.json');

export const RATCHET_NOTE =
  'Levels reached on the gold set (cases/gold/*.yaml). The eval test fails when a level drops. Raise with `npm run eval -- --update-ratchet`; after changing the gold set itself, `npm run eval -- --reset-ratchet`.';

export async function readRatchet(path = RATCHET_FILE): Promise<Ratchet> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as Ratchet;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { note: RATCHET_NOTE, facts: {} };
    throw error;
  }
}

export async function writeRatchet(ratchet: Ratchet, path = RATCHET_FILE): Promise<void> {
  await writeFile(path, `${JSON.stringify({ note: RATCHET_NOTE, facts: ratchet.facts }, null, 2)}\n`);
}

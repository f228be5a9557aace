import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface CorpusLetter {
  readonly name: string;
  readonly extension: '.txt' | '.pdf';
  readonly bytes: Buffer;
}

const CASE_NUMBER = /CM\d{2}-\d{7}/g;

/** The real letters of cases/: the text letters (seeds and 2016), or the 2016 PDFs. */
export function readCorpus(casesDir: string, kind: 'txt' | 'pdf'): CorpusLetter[] {
  const folders = kind === 'txt' ? [join(casesDir, 'seeds'), join(casesDir, 'dwc-2016', 'txt')] : [join(casesDir, 'dwc-2016', 'pdf')];
  return folders.flatMap((folder) =>
    readdirSync(folder)
      .filter((name) => name.endsWith(`.${kind}`))
      .sort()
      .map((name) => ({ name, extension: `.${kind}` as const, bytes: readFileSync(join(folder, name)) })),
  );
}

/** Copy `n` of the text letter with its case numbers replaced by the copy's own. */
function withCaseNumber(letter: CorpusLetter, copy: number): Buffer {
  if (letter.extension !== '.txt') return letter.bytes;
  const own = `CM99-${String(copy).padStart(7, '0')}`;
  return Buffer.from(letter.bytes.toString('latin1').replace(CASE_NUMBER, own), 'latin1');
}

/**
 * Write a batch of `size` letters to `folder`: the corpus repeated, each copy a file of its own
 * with its own case number (text letters), 1,000 files to a subfolder.
 */
export async function writeBatch(corpus: readonly CorpusLetter[], size: number, folder: string): Promise<void> {
  for (let start = 0; start < size; start += 1000) {
    const sub = join(folder, `part-${String(start / 1000).padStart(4, '0')}`);
    await mkdir(sub, { recursive: true });
    const writes: Array<Promise<void>> = [];
    for (let copy = start; copy < Math.min(size, start + 1000); copy++) {
      const letter = corpus[copy % corpus.length]!;
      writes.push(writeFile(join(sub, `letter-${String(copy).padStart(7, '0')}${letter.extension}`), withCaseNumber(letter, copy)));
    }
    await Promise.all(writes);
  }
}

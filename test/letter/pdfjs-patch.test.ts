import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { PdfjsPatchError, patchPdfjsBundle } from '../../src/build/pdfjs-patch.js';
import { PATCHED_PDFJS } from '../../src/letter/pdfjs-module.js';
import { LetterReadError, pdfToText } from '../../src/letter/read.js';
import { projectPath } from '../../src/project-files.js';
import { unreadableKidsPdf } from '../bad-input/craft.js';

/** The pdf.js bundled in the installed unpdf (the file its package exports as `unpdf/pdfjs`). */
const UNPDF_PDFJS = readFileSync(projectPath('node_modules', 'unpdf', 'dist', 'pdfjs.mjs'), 'utf8');

describe("the build's patch of pdf.js", () => {
  test('changes the one page-dictionary prefetch of the installed pdf.js, and the build wrote the result where the reader loads it', () => {
    const patched = patchPdfjsBundle(UNPDF_PDFJS);
    const before = UNPDF_PDFJS.split(';');
    const after = patched.split(';');
    const changed = after.filter((statement, i) => statement !== before[i]);
    expect(after.length).toBe(before.length);
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatch(/\.put\((\w+),\(\(prefetch\)=>\(prefetch\.catch\(\(\)=>\{\}\),prefetch\)\)\(\w+\.fetchAsync\(\1\)\)\)/);
    expect(readFileSync(PATCHED_PDFJS, 'utf8')).toBe(patched);
  });

  test('refuses a pdf.js without the prefetch, or with it twice, naming the patch to look at', () => {
    const site = /&&!\w+\.has\(\w+\)&&\w+\.put\(\w+,\w+\.fetchAsync\(\w+\)\)/.exec(UNPDF_PDFJS)![0];
    expect(() => patchPdfjsBundle(UNPDF_PDFJS.replace(site, ''))).toThrow(PdfjsPatchError);
    expect(() => patchPdfjsBundle(`${UNPDF_PDFJS};${site}`)).toThrow(/2 page-dictionary prefetches .*src\/build\/pdfjs-patch\.ts/);
  });

  test('a PDF whose page-tree kids cannot be read is unreadable, and leaves no rejection unhandled behind it', async () => {
    const stray: unknown[] = [];
    const record = (reason: unknown): void => void stray.push(reason);
    process.on('unhandledRejection', record);
    try {
      await expect(pdfToText(unreadableKidsPdf())).rejects.toThrow(new LetterReadError('unreadable PDF (End of file inside dictionary.)'));
      await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      process.off('unhandledRejection', record);
    }
    expect(stray).toEqual([]);
  });
});

describe('stray pdf.js rejections', () => {
  /** Run a module snippet in a node of its own, with the net installed first. */
  const withNet = (rejection: string) =>
    spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { tolerateStrayPdfjsRejections } from ${JSON.stringify(projectPath('dist', 'letter', 'pdfjs-rejections.js'))};
         tolerateStrayPdfjsRejections();
         ${rejection};
         setTimeout(() => console.log('still running'), 50);`,
      ],
      { encoding: 'utf8' },
    );

  test("one of pdf.js's exceptions, rejected with nothing to handle it, does not end the process", () => {
    const run = withNet(`Promise.reject(Object.assign(new Error('End of file inside dictionary.'), { name: 'ParserEOFException' }))`);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('still running\n');
  });

  test('any other unhandled rejection still ends it, with its error', () => {
    const run = withNet(`Promise.reject(new TypeError('a bug'))`);
    expect(run.status).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/TypeError: a bug/);
  });
});

import { execFileSync } from 'node:child_process';
import { writeFileSync, readFileSync, chmodSync, symlinkSync } from 'node:fs';
import { join, relative } from 'node:path';
import { main } from '../../src/cli/main.js';
import { PROJECT_ROOT } from '../../src/project-files.js';
import { encryptedPdf } from '../bad-input/craft.js';
import { captureIo, casePath, tempFolder } from '../helpers.js';

describe('a batch with bad files among good ones', () => {
  const folder = tempFolder('imr-bad');
  const good = readFileSync(casePath('dwc-2016/txt/CM16-0213037.txt'));
  writeFileSync(join(folder, 'a-good.txt'), good);
  writeFileSync(join(folder, 'b-empty.txt'), '');
  writeFileSync(join(folder, 'c-binary.txt'), Buffer.from([0x00, 0x01, 0x02, 0xff, 0x10, 0x00, 0x7f, 0x00]));
  writeFileSync(join(folder, 'd-not-imr.txt'), 'Shopping list\nmilk\neggs\n');
  writeFileSync(join(folder, 'e-truncated.txt'), good.subarray(0, good.indexOf('IMR ISSUES')));
  /** An image named .pdf: no PDF header, and not text either. */
  writeFileSync(join(folder, 'f-fake.pdf'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  writeFileSync(join(folder, 'g-truncated.pdf'), readFileSync(casePath('dwc-2016/pdf/CM16-0213037.pdf')).subarray(0, 2000));
  writeFileSync(join(folder, 'h-good.pdf'), readFileSync(casePath('dwc-2016/pdf/CM16-0213037.pdf')));
  writeFileSync(join(folder, 'notes.docx'), 'ignored');
  const unreadable = join(folder, 'i-unreadable.txt');
  writeFileSync(unreadable, good);
  chmodSync(unreadable, 0o000);
  const runningAsRoot = process.getuid?.() === 0;
  writeFileSync(join(folder, 'j-encrypted.pdf'), encryptedPdf());
  const pdf = readFileSync(casePath('dwc-2016/pdf/CM16-0224814.pdf'));
  writeFileSync(join(folder, 'k-corrupt.pdf'), Buffer.concat([pdf.subarray(0, 1024), Buffer.alloc(4096, 0x5a), pdf.subarray(5120, 9000)]));
  /** More than 50 MB: the letter repeated, written here rather than kept in the repository. */
  const huge = Buffer.concat(Array.from({ length: Math.ceil((51 * 2 ** 20) / good.length) }, () => good));
  writeFileSync(join(folder, 'l-huge.txt'), huge);
  writeFileSync(join(folder, 'm-good.txt'), readFileSync(casePath('seeds/002_178c19ffd59f9e46.txt')));
  /** A named pipe with a letter's name: opening it to read would wait for a writer, for ever. */
  execFileSync('mkfifo', [join(folder, 'n-pipe.txt')]);
  /** A link left behind when its letter was moved, and a link that points at itself. */
  symlinkSync(join(folder, 'moved-away.txt'), join(folder, 'o-dangling.txt'));
  symlinkSync('p-loop.txt', join(folder, 'p-loop.txt'));

  test.each([
    ['1', '0'],
    ['1', '60'],
    ['2', '60'],
  ])('every file is reported, good letters audited, bad ones with their reason, exit 0 (--jobs %s --letter-timeout %s)', async (jobs, timeout) => {
    const { io, out, err } = captureIo(folder);
    const code = await main(['audit', folder, '--format', 'json', '--jobs', jobs, '--letter-timeout', timeout], io);
    expect(err.join('')).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(out.join(''));
    const byFile = Object.fromEntries(report.determinations.map((d: { file: string }) => [d.file, d]));
    expect(report.determinations.map((d: { file: string }) => d.file)).toEqual([
      'a-good.txt', 'b-empty.txt', 'c-binary.txt', 'd-not-imr.txt', 'e-truncated.txt', 'f-fake.pdf', 'g-truncated.pdf', 'h-good.pdf',
      'i-unreadable.txt', 'j-encrypted.pdf', 'k-corrupt.pdf', 'l-huge.txt', 'm-good.txt', 'n-pipe.txt',
      'o-dangling.txt', 'p-loop.txt',
    ]);
    expect(byFile['a-good.txt'].status).toBe('parsed');
    expect(byFile['a-good.txt'].items).toHaveLength(2);
    expect(byFile['h-good.pdf'].items).toHaveLength(2);
    expect(byFile['b-empty.txt'].error.message).toMatch(/empty file/);
    expect(byFile['c-binary.txt'].error.message).toMatch(/binary file/);
    expect(byFile['d-not-imr.txt'].error.message).toMatch(/not an IMR determination letter/);
    expect(byFile['e-truncated.txt'].error.message).toMatch(/no disputed item found/);
    expect(byFile['f-fake.pdf'].error.message).toBe('not a PDF but a PNG image (a scanned letter?): it needs OCR before it can be audited');
    expect(byFile['g-truncated.pdf'].status).toBe('error');
    expect(byFile['g-truncated.pdf'].error.message).toMatch(/PDF/);
    if (!runningAsRoot) expect(byFile['i-unreadable.txt'].error.message).toMatch(/cannot read the file/);
    expect(byFile['j-encrypted.pdf'].error.message).toBe('encrypted PDF: it needs a password to open');
    expect(byFile['k-corrupt.pdf'].status).toBe('error');
    expect(byFile['k-corrupt.pdf'].error.message).toMatch(/PDF/);
    expect(byFile['l-huge.txt'].error.message).toMatch(/^file too large: \d+ bytes/);
    expect(byFile['m-good.txt'].items).toHaveLength(1);
    expect(byFile['n-pipe.txt'].error.message).toBe('not a regular file (a folder, a pipe, a device or a socket): not read');
    expect(byFile['o-dangling.txt'].error.message).toBe(`cannot read the file: a symbolic link to ${join(folder, 'moved-away.txt')}, which does not exist (ENOENT)`);
    expect(byFile['p-loop.txt'].error.message).toBe('cannot read the file: a loop of symbolic links (ELOOP)');
    for (const determination of report.determinations) expect(determination.error?.message ?? '').not.toMatch(/internal error/);
    expect(report.skipped).toEqual([{ file: 'notes.docx', reason: expect.stringMatching(/not a letter file/) }]);
    expect(report.summary).toMatchObject({ files: 16, skipped: 1, parsed: runningAsRoot ? 4 : 3 });
    expect(report.summary.parsed + report.summary.failed).toBe(16);
  });

  test('the bad batch gives the same bytes in the main thread and on three workers', async () => {
    const runs = [];
    for (const args of [['--jobs', '1', '--letter-timeout', '0'], ['--jobs', '3']]) {
      const { io, out } = captureIo(folder);
      expect(await main(['audit', folder, '--format', 'json', ...args], io)).toBe(0);
      runs.push(out.join(''));
    }
    expect(runs[1]).toBe(runs[0]);
  });

  test('a broken rule library stops the run before any letter is read, naming file:line', async () => {
    const { io, out, err } = captureIo(folder);
    const broken = join(PROJECT_ROOT, 'test/fixtures/broken-rules/unknown-fact');
    expect(await main(['audit', folder, '--format', 'json', '--rules', broken, '--jobs', '2'], io)).toBe(2);
    expect(out).toEqual([]);
    expect(err.join('')).toMatch(/rule\.yaml:\d+:\d+ /);
  });

  test('a device named on the command line (/dev/zero never ends) is reported unread, not read until memory runs out', async () => {
    const { io, out } = captureIo(folder);
    expect(await main(['audit', '/dev/zero', join(folder, 'a-good.txt'), '--format', 'json', '--jobs', '1', '--letter-timeout', '0'], io)).toBe(0);
    const report = JSON.parse(out.join(''));
    const byName = Object.fromEntries(report.determinations.map((d: { file: string; status: string; error?: { message: string } }) => [d.file, [d.status, d.error?.message]]));
    expect(byName).toEqual({
      'a-good.txt': ['parsed', undefined],
      [relative(folder, '/dev/zero')]: ['error', 'not a regular file (a folder, a pipe, a device or a socket): not read'],
    });
  });

  test('a path that does not exist is a usage error (exit 2)', async () => {
    const { io, err } = captureIo(folder);
    expect(await main(['audit', join(folder, 'nope')], io)).toBe(2);
    expect(err.join('')).toMatch(/no such file or folder/);
  });
});

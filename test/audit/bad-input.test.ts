import { mkdtempSync, writeFileSync, readFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { captureIo, casePath } from '../helpers.js';

describe('a batch with bad files among good ones', () => {
  const folder = mkdtempSync(join(tmpdir(), 'imr-bad-'));
  const good = readFileSync(casePath('dwc-2016/txt/CM16-0213037.txt'));
  writeFileSync(join(folder, 'a-good.txt'), good);
  writeFileSync(join(folder, 'b-empty.txt'), '');
  writeFileSync(join(folder, 'c-binary.txt'), Buffer.from([0x00, 0x01, 0x02, 0xff, 0x10, 0x00, 0x7f, 0x00]));
  writeFileSync(join(folder, 'd-not-imr.txt'), 'Shopping list\nmilk\neggs\n');
  writeFileSync(join(folder, 'e-truncated.txt'), good.subarray(0, good.indexOf('IMR ISSUES')));
  writeFileSync(join(folder, 'f-fake.pdf'), 'this is not a pdf at all');
  writeFileSync(join(folder, 'g-truncated.pdf'), readFileSync(casePath('dwc-2016/pdf/CM16-0213037.pdf')).subarray(0, 2000));
  writeFileSync(join(folder, 'h-good.pdf'), readFileSync(casePath('dwc-2016/pdf/CM16-0213037.pdf')));
  writeFileSync(join(folder, 'notes.docx'), 'ignored');
  const unreadable = join(folder, 'i-unreadable.txt');
  writeFileSync(unreadable, good);
  chmodSync(unreadable, 0o000);
  const runningAsRoot = process.getuid?.() === 0;

  test('every file is reported, good letters audited, bad ones with their reason, exit 0', async () => {
    const { io, out, err } = captureIo(folder);
    const code = await main(['audit', folder, '--format', 'json'], io);
    expect(err.join('')).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(out.join(''));
    const byFile = Object.fromEntries(report.determinations.map((d: { file: string }) => [d.file, d]));
    expect(Object.keys(byFile).sort()).toEqual(['a-good.txt', 'b-empty.txt', 'c-binary.txt', 'd-not-imr.txt', 'e-truncated.txt', 'f-fake.pdf', 'g-truncated.pdf', 'h-good.pdf', 'i-unreadable.txt']);
    expect(byFile['a-good.txt'].status).toBe('parsed');
    expect(byFile['a-good.txt'].items).toHaveLength(2);
    expect(byFile['h-good.pdf'].items).toHaveLength(2);
    expect(byFile['b-empty.txt'].error.message).toMatch(/empty file/);
    expect(byFile['c-binary.txt'].error.message).toMatch(/binary file/);
    expect(byFile['d-not-imr.txt'].error.message).toMatch(/not an IMR determination letter/);
    expect(byFile['e-truncated.txt'].error.message).toMatch(/no disputed item found/);
    expect(byFile['f-fake.pdf'].error.message).toMatch(/not a PDF/);
    expect(byFile['g-truncated.pdf'].status).toBe('error');
    expect(byFile['g-truncated.pdf'].error.message).toMatch(/PDF/);
    if (!runningAsRoot) expect(byFile['i-unreadable.txt'].error.message).toMatch(/cannot read the file/);
    expect(report.skipped).toEqual([{ file: 'notes.docx', reason: expect.stringMatching(/not a letter file/) }]);
    expect(report.summary).toMatchObject({ files: 9, skipped: 1 });
    expect(report.summary.parsed + report.summary.failed).toBe(9);
  });

  test('a path that does not exist is a usage error (exit 2)', async () => {
    const { io, err } = captureIo(folder);
    expect(await main(['audit', join(folder, 'nope')], io)).toBe(2);
    expect(err.join('')).toMatch(/no such file or folder/);
  });
});

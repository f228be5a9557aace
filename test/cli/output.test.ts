import { existsSync } from 'node:fs';
import { callbackOut, FileOut, TemporarySpool } from '../../src/cli/output.js';

describe('report output: text and UTF-8 bytes', () => {
  // A letter's entry comes from its worker as UTF-8 bytes. Made of three-byte "–" and two-byte
  // "§", whatever size the spool is read back in, most pieces end inside a character.
  const entry = (n: number): string => `"${'–'.repeat(500 + n)}§${'§'.repeat(n % 7)}"`;

  test('a spool replayed to stdout in chunks that cut characters gives back the text written, byte for byte', async () => {
    const spool = await TemporarySpool.create();
    let expected = '';
    for (let n = 0; n < 300; n++) {
      const separator = n === 0 ? '[\n' : ',\n';
      spool.write(separator);
      spool.write(new TextEncoder().encode(entry(n)));
      expected += separator + entry(n);
    }
    const printed: string[] = [];
    const stdout = callbackOut((text) => printed.push(text));
    await spool.replayTo(stdout);
    stdout.write('\n]');
    stdout.flush();
    await spool.dispose();
    expect(Buffer.byteLength(expected)).toBeGreaterThan(4 * 64 * 1024); // several replay chunks
    expect(printed.join('')).toBe(`${expected}\n]`);
    expect(printed.join('')).not.toContain('\ufffd');
  });

  test('text and bytes mixed in one chunk keep their order', () => {
    const printed: string[] = [];
    const out = callbackOut((text) => printed.push(text));
    out.write('a ');
    out.write(new TextEncoder().encode('§ b '));
    out.write('c');
    out.flush();
    expect(printed.join('')).toBe('a § b c');
  });

  // /dev/full takes the open and fails every write with ENOSPC: a disk that filled up mid-run.
  (existsSync('/dev/full') ? test : test.skip)('on a full disk, close() reports the failure; abandon() lets go of the file without writing', () => {
    const full = FileOut.create('/dev/full');
    full.write('pending text, never written');
    expect(() => full.close()).toThrow(/ENOSPC/);
    const thrownAway = FileOut.create('/dev/full');
    thrownAway.write('pending text, thrown away');
    expect(() => thrownAway.abandon()).not.toThrow();
    expect(() => thrownAway.abandon()).not.toThrow();
  });

  test('a disposed spool leaves no folder behind', async () => {
    const spool = await TemporarySpool.create();
    const folder = (spool as unknown as { folder: string }).folder;
    spool.write('x');
    await spool.dispose();
    expect(existsSync(folder)).toBe(false);
  });
});

import fc from 'fast-check';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { auditLetterBytes } from '../../src/audit/audit-letter.js';
import type { DeterminationAudit } from '../../src/audit/types.js';
import { main } from '../../src/cli/main.js';
import { bundledLibrary, captureIo, DWC_PDF, DWC_TXT, listDir, SEEDS } from '../helpers.js';

const TEXT_LETTERS = [...listDir(SEEDS), ...listDir(DWC_TXT)].map((file) => readFileSync(file, 'utf8'));
const PDF_LETTERS = listDir(DWC_PDF).slice(0, 8).map((file) => readFileSync(file));

/** A letter either parsed with its items, or an error that names the reason; never an internal error. */
function expectAccountedFor(audit: DeterminationAudit): void {
  if (audit.status === 'parsed') {
    expect(audit.items.length).toBeGreaterThan(0);
    for (const item of audit.items) expect(['upheld', 'overturned']).toContain(item.decision);
  } else {
    expect(audit.items).toEqual([]);
    expect(audit.error?.message).toMatch(/\w{3}/);
    expect(audit.error?.message).not.toMatch(/internal error/);
  }
}

type Mutation = (lines: string[]) => string[];

const lineMutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map((seed): Mutation => (lines) => lines.filter((_, i) => (i * 7919 + seed) % 5 !== 0)),
  fc.nat().map((at): Mutation => (lines) => lines.flatMap((line, i) => (i % (2 + (at % 9)) === 0 ? [line, line] : [line]))),
  fc.nat().map((seed): Mutation => (lines) => {
    const shuffled = [...lines];
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = (seed * 31 + i * 17) % (i + 1);
      [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
    }
    return shuffled;
  }),
  fc.double({ min: 0, max: 1, noNaN: true }).map((fraction): Mutation => (lines) => lines.slice(0, Math.floor(lines.length * fraction))),
);

const encoding = fc.constantFrom('utf8', 'utf16le-bom', 'utf16be-bom', 'utf16le', 'utf16be', 'latin1');

function encode(text: string, as: string): Buffer {
  switch (as) {
    case 'utf16le-bom':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf16be-bom':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    case 'utf16le':
      return Buffer.from(text, 'utf16le');
    case 'utf16be':
      return Buffer.from(text, 'utf16le').swap16();
    case 'latin1':
      return Buffer.from(text, 'latin1');
    default:
      return Buffer.from(text, 'utf8');
  }
}

function insertBytes(bytes: Buffer, inserts: ReadonlyArray<{ at: number; bytes: Uint8Array }>): Buffer {
  let out = bytes;
  for (const insert of inserts) {
    const at = Math.floor(insert.at * out.length);
    out = Buffer.concat([out.subarray(0, at), insert.bytes, out.subarray(at)]);
  }
  return out;
}

const mutatedLetter = fc.record({
  letter: fc.nat({ max: TEXT_LETTERS.length - 1 }),
  mutations: fc.array(lineMutation, { maxLength: 3 }),
  encoding,
  inserts: fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }) }), { maxLength: 3 }),
});

describe('mutated real letters and random files: no crash, no hang, every file parsed or with a clear error', () => {
  test('2,000 mutated text letters (lines dropped, duplicated, shuffled, truncated; bytes inserted; re-encoded)', async () => {
    const library = await bundledLibrary();
    const statuses = { parsed: 0, error: 0 };
    await fc.assert(
      fc.asyncProperty(mutatedLetter, async ({ letter, mutations, encoding: as, inserts }) => {
        const lines = mutations.reduce((current, mutate) => mutate(current), TEXT_LETTERS[letter]!.split('\n'));
        const bytes = insertBytes(encode(lines.join('\n'), as), inserts);
        const audit = await auditLetterBytes('mutated.txt', bytes, library);
        expectAccountedFor(audit);
        statuses[audit.status]++;
      }),
      { numRuns: 2000 },
    );
    expect(statuses.parsed).toBeGreaterThan(200);
    expect(statuses.error).toBeGreaterThan(200);
  });

  test('a letter re-encoded as UTF-16 (with a byte-order mark or without) or Windows-1252 gets the same audit as in UTF-8', async () => {
    const library = await bundledLibrary();
    for (const text of TEXT_LETTERS) {
      const original = await auditLetterBytes('letter.txt', encode(text, 'utf8'), library);
      expect(original.status).toBe('parsed');
      for (const as of ['utf16le-bom', 'utf16be-bom', 'utf16le', 'utf16be']) expect(await auditLetterBytes('letter.txt', encode(text, as), library)).toEqual(original);
      if (/^[\x00-\x7f\u00a0-\u00ff]*$/.test(text)) expect(await auditLetterBytes('letter.txt', encode(text, 'latin1'), library)).toEqual(original);
    }
  });

  test('1,000 random files, named .txt or .pdf', async () => {
    const library = await bundledLibrary();
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.uint8Array({ maxLength: 4096 }), fc.string({ maxLength: 2000 }).map((s) => Buffer.from(s)), fc.string({ maxLength: 200 }).map((s) => Buffer.from(`%PDF-1.4\n${s}`))),
        fc.constantFrom('random.txt', 'random.pdf'),
        async (bytes, name) => {
          const audit = await auditLetterBytes(name, bytes, library);
          expect(audit.status).toBe('error');
          expectAccountedFor(audit);
        },
      ),
      { numRuns: 1000 },
    );
  });

  test('150 damaged PDFs (truncated, bytes overwritten or inserted)', async () => {
    const library = await bundledLibrary();
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: PDF_LETTERS.length - 1 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }) }), { maxLength: 4 }),
        fc.boolean(),
        async (letter, keep, damage, overwrite) => {
          const original = PDF_LETTERS[letter]!;
          let bytes: Buffer = Buffer.from(original.subarray(0, Math.max(1, Math.floor(original.length * keep))));
          if (overwrite) for (const { at, bytes: junk } of damage) Buffer.from(junk).copy(bytes, Math.floor(at * bytes.length));
          else bytes = insertBytes(bytes, damage);
          expectAccountedFor(await auditLetterBytes('damaged.pdf', bytes, library));
        },
      ),
      { numRuns: 150 },
    );
  });

  test('a CLI batch of 200 mutated letters on two workers: every file in the report once, parsed or with its reason', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'imr-fuzz-'));
    try {
      const samples = fc.sample(mutatedLetter, { numRuns: 200, seed: 6 });
      samples.forEach(({ letter, mutations, encoding: as, inserts }, i) => {
        const lines = mutations.reduce((current, mutate) => mutate(current), TEXT_LETTERS[letter]!.split('\n'));
        writeFileSync(join(folder, `letter-${String(i).padStart(3, '0')}.txt`), insertBytes(encode(lines.join('\n'), as), inserts));
      });
      const { io, out, err } = captureIo(folder);
      expect(await main(['audit', folder, '--format', 'json', '--jobs', '2'], io)).toBe(0);
      expect(err).toEqual([]);
      const report = JSON.parse(out.join(''));
      expect(report.determinations.map((d: DeterminationAudit) => d.file)).toEqual(samples.map((_, i) => `letter-${String(i).padStart(3, '0')}.txt`));
      for (const determination of report.determinations) expectAccountedFor(determination);
      expect(report.summary.parsed + report.summary.failed).toBe(200);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

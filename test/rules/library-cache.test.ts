import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cacheSettingFrom, encodeCache, libraryCache, type LibraryValues } from '../../src/rules/library-cache.js';
import { loadRuleLibrary, type RuleLibrary } from '../../src/rules/library.js';
import { PROJECT_ROOT } from '../../src/project-files.js';
import { locationOf, SourceError } from '../../src/yaml/source.js';

/** A temporary copy of the bundled rules (with their lexicon) and an empty cache folder. */
interface Sandbox {
  readonly rulesDir: string;
  readonly cacheDir: string;
  readonly remove: () => void;
}

function sandbox(): Sandbox {
  const root = mkdtempSync(join(tmpdir(), 'imr-cache-'));
  const rulesDir = join(root, 'rules');
  cpSync(join(PROJECT_ROOT, 'rules'), rulesDir, { recursive: true });
  return { rulesDir, cacheDir: join(root, 'cache'), remove: () => rmSync(root, { recursive: true, force: true }) };
}

function load(box: Sandbox, cache: false | undefined = undefined): Promise<RuleLibrary> {
  return loadRuleLibrary({ rulesDir: box.rulesDir, cache: cache ?? { dir: box.cacheDir } });
}

function cacheFiles(box: Sandbox): string[] {
  return existsSync(box.cacheDir) ? readdirSync(box.cacheDir).map((name) => join(box.cacheDir, name)) : [];
}

/** The one cache file of a sandbox: its key and its values. */
function readCacheFile(box: Sandbox): { path: string; key: string; values: LibraryValues & { rules: Array<{ rules: Array<{ title: string }> }> } } {
  const [path, ...others] = cacheFiles(box);
  expect(others).toEqual([]);
  const text = readFileSync(path!, 'utf8');
  const newline = text.indexOf('\n');
  return { path: path!, key: (JSON.parse(text.slice(0, newline)) as { key: string }).key, values: JSON.parse(text.slice(newline + 1)) };
}

/**
 * Rewrite the cache file with the first rule retitled, under the same key: a load that shows the
 * new title took the library from the cache; one that shows the file's title parsed the files.
 */
function retitleFirstRuleInCache(box: Sandbox, title: string): void {
  const { path, key, values } = readCacheFile(box);
  values.rules[0]!.rules[0]!.title = title;
  writeFileSync(path, encodeCache(key, values));
}

/** What a library is, without the functions that locate its rules. */
function contents(library: RuleLibrary): unknown {
  return {
    topics: library.topics.map((topic) => ({ ...topic, rules: topic.rules.map((rule) => ({ ...rule, location: { file: rule.location.file, path: rule.location.path } })) })),
    lexicon: library.lexicon.data,
    files: library.files,
  };
}

let box: Sandbox;
beforeEach(() => {
  box = sandbox();
});
afterEach(() => box.remove());

describe('library cache', () => {
  test('the first load writes the cache; the next takes the library from it', async () => {
    const parsed = await load(box);
    expect(cacheFiles(box)).toHaveLength(1);
    retitleFirstRuleInCache(box, 'from the cache');
    const cached = await load(box);
    expect(cached.rules[0]!.title).toBe('from the cache');
    expect(parsed.rules[0]!.title).not.toBe('from the cache');
  });

  test('a library from the cache is the library the files give, and locates its rules at the same file:line:column', async () => {
    const parsed = await load(box, false);
    await load(box);
    const cached = await load(box);
    expect(contents(cached)).toEqual(contents(parsed));
    const located = (library: RuleLibrary): unknown[] => library.rules.map((rule) => locationOf(rule.location.source(), [...rule.location.path, 'when']));
    expect(located(cached)).toEqual(located(parsed));
  });

  test('a changed rule file makes the cache stale: the files are parsed again and the cache rewritten', async () => {
    await load(box);
    const before = readCacheFile(box).key;
    retitleFirstRuleInCache(box, 'from the cache');
    const first = readdirSync(box.rulesDir).filter((name) => name.endsWith('.yaml')).sort()[0]!;
    appendFileSync(join(box.rulesDir, first), '\n# an edit\n');
    const library = await load(box);
    expect(library.rules[0]!.title).not.toBe('from the cache');
    expect(readCacheFile(box).key).not.toBe(before);
  });

  test('a changed lexicon file makes the cache stale too', async () => {
    await load(box);
    retitleFirstRuleInCache(box, 'from the cache');
    appendFileSync(join(box.rulesDir, 'lexicon', 'drugs.yaml'), '\n# an edit\n');
    expect((await load(box)).rules[0]!.title).not.toBe('from the cache');
  });

  test.each([
    ['empty', () => ''],
    ['not JSON', () => 'not a cache\n{'],
    ['truncated', (text: string) => text.slice(0, Math.floor(text.length / 2))],
    ['edited without its hash', (text: string) => text.replace(/"title":"[^"]*"/, '"title":"edited"')],
    ['of another format', (text: string) => text.replace('"format":1', '"format":0')],
  ])('a cache file %s is ignored and rewritten', async (_name, corrupt) => {
    const parsed = await load(box, false);
    await load(box);
    const { path } = readCacheFile(box);
    const good = readFileSync(path, 'utf8');
    expect(corrupt(good)).not.toBe(good);
    writeFileSync(path, corrupt(good));
    expect(contents(await load(box))).toEqual(contents(parsed));
    expect(readFileSync(path, 'utf8')).toBe(good);
  });

  test('a cache that cannot be written (its folder is a file) costs nothing but the cache', async () => {
    writeFileSync(box.cacheDir, 'in the way');
    const parsed = await load(box, false);
    expect(contents(await load(box))).toEqual(contents(parsed));
  });

  test('cache: false neither reads nor writes the cache', async () => {
    await load(box);
    retitleFirstRuleInCache(box, 'from the cache');
    expect((await load(box, false)).rules[0]!.title).not.toBe('from the cache');
    rmSync(box.cacheDir, { recursive: true });
    await load(box, false);
    expect(cacheFiles(box)).toEqual([]);
  });

  test('IMR_AUDIT_CACHE=0 (or off, false, no) turns the cache off; IMR_AUDIT_CACHE_DIR moves it', () => {
    for (const off of ['0', 'off', 'false', 'no', 'OFF ']) expect(cacheSettingFrom({ IMR_AUDIT_CACHE: off })).toBe(false);
    expect(cacheSettingFrom({ IMR_AUDIT_CACHE_DIR: '/some/where' })).toEqual({ dir: '/some/where' });
    expect(cacheSettingFrom({ IMR_AUDIT_CACHE: '1' })).toEqual({ dir: join(PROJECT_ROOT, 'node_modules', '.cache', 'imr-audit') });
    expect(cacheSettingFrom({})).toEqual({ dir: join(PROJECT_ROOT, 'node_modules', '.cache', 'imr-audit') });
  });

  test('a broken library is never cached', async () => {
    await expect(loadRuleLibrary({ rulesDir: join(PROJECT_ROOT, 'test/fixtures/broken-rules/unknown-fact'), cache: { dir: box.cacheDir } })).rejects.toThrow(SourceError);
    expect(cacheFiles(box)).toEqual([]);
  });

  test('a problem found in a library from the cache is located in its file, whose positions are parsed then', async () => {
    await load(box);
    const { path, key, values } = readCacheFile(box);
    const rule = values.rules[0]!.rules[0]! as unknown as { when: unknown };
    rule.when = { fact: 'noSuchFact', operator: 'equal', value: true };
    writeFileSync(path, encodeCache(key, values));
    const error = await load(box).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceError);
    // Located as parsing the file places the first rule's when.fact (or its nearest node there).
    const first = (await load(box, false)).rules[0]!;
    const where = locationOf(first.location.source(), [...first.location.path, 'when', 'fact']);
    expect((error as SourceError).problems).toEqual([{ ...where, message: expect.stringMatching(/unknown fact "noSuchFact"/) }]);
  });

  test('values JSON cannot keep (-0, NaN, Infinity) are not cached', () => {
    const files = { lexicon: [], rules: [{ file: 'a.yaml', text: 'x: .inf' }] };
    for (const value of [Number.POSITIVE_INFINITY, Number.NaN, -0]) {
      libraryCache({ dir: box.cacheDir }, [box.rulesDir], files)!.write({ lexicon: [], rules: [{ x: value }] });
      expect(cacheFiles(box)).toEqual([]);
    }
    libraryCache({ dir: box.cacheDir }, [box.rulesDir], files)!.write({ lexicon: [], rules: [{ x: 1 }] });
    expect(libraryCache({ dir: box.cacheDir }, [box.rulesDir], files)!.read()).toEqual({ lexicon: [], rules: [{ x: 1 }] });
  });

  test('the cache folder keeps the 16 most recently used cache files', () => {
    const files = { lexicon: [], rules: [{ file: 'a.yaml', text: 'x: 1' }] };
    for (let i = 0; i < 20; i++) libraryCache({ dir: box.cacheDir }, [join(box.rulesDir, String(i))], files)!.write({ lexicon: [], rules: [{ x: i }] });
    expect(cacheFiles(box)).toHaveLength(16);
  });

  test('a temporary cache file left by a killed process is removed once it is an hour old', () => {
    const files = { lexicon: [], rules: [{ file: 'a.yaml', text: 'x: 1' }] };
    mkdirSync(box.cacheDir, { recursive: true });
    const abandoned = join(box.cacheDir, 'library-0123456789abcdef.json.4242.a1b2c3.tmp');
    const recent = join(box.cacheDir, 'library-0123456789abcdef.json.4243.d4e5f6.tmp');
    writeFileSync(abandoned, 'half a cache');
    writeFileSync(recent, 'being written now');
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    utimesSync(abandoned, twoHoursAgo, twoHoursAgo);
    libraryCache({ dir: box.cacheDir }, [box.rulesDir], files)!.write({ lexicon: [], rules: [{ x: 1 }] });
    expect(existsSync(abandoned)).toBe(false);
    expect(existsSync(recent)).toBe(true);
  });
});

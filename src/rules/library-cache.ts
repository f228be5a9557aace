/**
 * The library cache: the checked values of a rule library's YAML files, kept on disk so that a
 * cold CLI skips parsing 300 KB of YAML and compiling the JSON Schemas (most of the ~350 ms the
 * library took to load, of the ~600 ms one letter took). Only what a file's text decides is kept: the value of a file that passed
 * its YAML and schema checks. Everything after (rules from the values, lexicon merged and compiled,
 * the rule checks) runs on every load, so a change to that code cannot be hidden by a stale cache.
 *
 * A cache file is used only when its key — a hash of everything that decides the values: the
 * cache format, the tool, yaml and ajv versions, both schemas, and every file's path and text — is
 * the one the files on disk give now, and its body has the hash its header records; anything else
 * (missing, unreadable, truncated, corrupt, stale) is a miss: the files are parsed and checked as
 * without a cache, and the cache rewritten once the library loads without a problem. A library with
 * problems is never cached. Writes go to a temporary file renamed over the cache file, so a reader
 * sees the old cache or the new one, never half of one.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { projectPath, readProjectJson } from '../project-files.js';
import type { TextFile } from '../yaml/data-file.js';

/**
 * Bump when what a file's cached value is changes without a tool, yaml or ajv version change:
 * the YAML parse options (yaml/source.ts), the checks before the schema, or the ajv options.
 */
const CACHE_FORMAT = 1;

/** Cache files kept in the cache folder (one per rules folder used); the least recently used go first. */
const MAX_CACHE_FILES = 16;

/** The files of one library, by kind: the same text checks differently against each schema. */
export interface LibraryFiles {
  readonly lexicon: readonly TextFile[];
  readonly rules: readonly TextFile[];
}

/** The checked value of every file of a library, in the order of its LibraryFiles. */
export interface LibraryValues {
  readonly lexicon: readonly unknown[];
  readonly rules: readonly unknown[];
}

/** Where the cache lives, or false for no cache. */
export type CacheSetting = false | { readonly dir: string };

const OFF = new Set(['0', 'false', 'no', 'off']);

/**
 * The cache setting from the environment: IMR_AUDIT_CACHE=0 (or false, no, off) turns the cache
 * off; IMR_AUDIT_CACHE_DIR moves it; by default it is node_modules/.cache/imr-audit in the
 * installation folder, where tools keep their caches (the find-cache-dir convention).
 */
export function cacheSettingFrom(env: NodeJS.ProcessEnv): CacheSetting {
  if (OFF.has((env.IMR_AUDIT_CACHE ?? '').trim().toLowerCase())) return false;
  return { dir: env.IMR_AUDIT_CACHE_DIR || projectPath('node_modules', '.cache', 'imr-audit') };
}

function sha256(...parts: string[]): string {
  const hash = createHash('sha256');
  // Each part's length first, so that no two different lists of parts hash the same stream.
  for (const part of parts) hash.update(`${part.length}:`).update(part);
  return hash.digest('hex');
}

/** The key of a library's values: a hash of everything that decides them. Pure. */
export function cacheKey(fingerprint: readonly string[], files: LibraryFiles): string {
  const parts = [...fingerprint];
  for (const [kind, list] of [['lexicon', files.lexicon], ['rules', files.rules]] as const) {
    parts.push(kind, String(list.length));
    // The folder resolved: the same files named from another working folder are the same library.
    for (const { file, text } of list) parts.push(resolve(file), text);
  }
  return sha256(...parts);
}

function dependencyVersion(name: string): string {
  try {
    const require = createRequire(import.meta.url);
    return (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version?: string }).version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** What decides a file's value besides its text: the cache format, the code that checks it and the schemas. */
function fingerprint(): string[] {
  const tool = readProjectJson('package.json') as { version?: string };
  return [
    `imr-audit library cache ${CACHE_FORMAT}`,
    `imr-audit ${tool.version ?? 'unknown'}`,
    `yaml ${dependencyVersion('yaml')}`,
    `ajv ${dependencyVersion('ajv')}`,
    readFileSync(projectPath('schema', 'lexicon.schema.json'), 'utf8'),
    readFileSync(projectPath('schema', 'rules.schema.json'), 'utf8'),
  ];
}

/** A cache file: a header line (format, key, the body's hash), then the body. Pure. */
export function encodeCache(key: string, values: LibraryValues): string {
  const body = JSON.stringify({ lexicon: values.lexicon, rules: values.rules });
  return `${JSON.stringify({ format: CACHE_FORMAT, key, body: sha256(body) })}\n${body}`;
}

function isValues(value: unknown, files: LibraryFiles): value is LibraryValues {
  if (value === null || typeof value !== 'object') return false;
  const { lexicon, rules } = value as Partial<Record<keyof LibraryValues, unknown>>;
  return Array.isArray(lexicon) && Array.isArray(rules) && lexicon.length === files.lexicon.length && rules.length === files.rules.length;
}

/** The values a cache file holds for this key and these files, or undefined for anything else. Pure. */
export function decodeCache(text: string, key: string, files: LibraryFiles): LibraryValues | undefined {
  const newline = text.indexOf('\n');
  if (newline < 0) return undefined;
  try {
    const header = JSON.parse(text.slice(0, newline)) as { format?: unknown; key?: unknown; body?: unknown } | null;
    if (header?.format !== CACHE_FORMAT || header.key !== key) return undefined;
    const body = text.slice(newline + 1);
    if (header.body !== sha256(body)) return undefined;
    const values = JSON.parse(body) as unknown;
    return isValues(values, files) ? values : undefined;
  } catch {
    return undefined;
  }
}

/** The cache of one library: read it before checking the files, write it after they load without problems. */
export interface LibraryCache {
  read(): LibraryValues | undefined;
  write(values: LibraryValues): void;
}

/** The cache file of the library whose files are in these folders. */
function cacheFile(dir: string, folders: readonly string[]): string {
  return join(dir, `library-${sha256(...folders.map((folder) => resolve(folder))).slice(0, 16)}.json`);
}

/** Mark a cache file used, so that pruning keeps it (pruning goes by modification time). */
function touch(path: string): void {
  try {
    const now = new Date();
    utimesSync(path, now, now);
  } catch {
    // a cache file that cannot be touched is only pruned sooner
  }
}

/** A temporary cache file this old was left by a process that stopped between writing and renaming it. */
const ABANDONED_AFTER_MS = 60 * 60 * 1000;

/**
 * Keep the MAX_CACHE_FILES most recently used cache files (every rules folder used gets one,
 * temporary ones too), and remove temporary files abandoned by a process that was killed.
 */
function prune(dir: string): void {
  const now = Date.now();
  for (const name of readdirSync(dir)) {
    if (!/^library-[0-9a-f]+\.json\.\d+\.[0-9a-f]+\.tmp$/.test(name)) continue;
    const path = join(dir, name);
    if (now - statSync(path).mtimeMs > ABANDONED_AFTER_MS) unlinkSync(path);
  }
  const files = readdirSync(dir)
    .filter((name) => /^library-[0-9a-f]+\.json$/.test(name))
    .map((name) => {
      const path = join(dir, name);
      return { path, written: statSync(path).mtimeMs };
    })
    .sort((a, b) => b.written - a.written);
  for (const { path } of files.slice(MAX_CACHE_FILES)) unlinkSync(path);
}

/**
 * The cache for a library's files (read from these folders). Nothing it does can fail a load: a
 * cache that cannot be read is a miss, one that cannot be written is left as it is.
 */
export function libraryCache(setting: CacheSetting, folders: readonly string[], files: LibraryFiles): LibraryCache | undefined {
  if (setting === false) return undefined;
  let key: string;
  try {
    key = cacheKey(fingerprint(), files);
  } catch {
    return undefined;
  }
  const path = cacheFile(setting.dir, folders);
  return {
    read() {
      let text: string;
      try {
        text = readFileSync(path, 'utf8');
      } catch {
        return undefined;
      }
      const values = decodeCache(text, key, files);
      if (values) touch(path);
      return values;
    },
    write(values) {
      let encoded: string;
      try {
        encoded = encodeCache(key, values);
        // JSON keeps what a YAML file can give but for -0, NaN and Infinity: such a library is not cached.
        const body = encoded.slice(encoded.indexOf('\n') + 1);
        if (!isDeepStrictEqual(JSON.parse(body), { lexicon: values.lexicon, rules: values.rules })) return;
      } catch {
        return;
      }
      const temporary = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
      try {
        mkdirSync(setting.dir, { recursive: true });
        writeFileSync(temporary, encoded);
        renameSync(temporary, path);
        prune(setting.dir);
      } catch {
        try {
          unlinkSync(temporary);
        } catch {
          // never written, or already renamed
        }
      }
    },
  };
}

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The project's root folder: the nearest folder above this module that holds the rules and schemas. */
function findProjectRoot(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(folder, 'schema', 'rules.schema.json')) && existsSync(join(folder, 'package.json'))) return folder;
    const parent = dirname(folder);
    if (parent === folder) throw new Error('imr-audit cannot find its installation folder (schema/ and package.json)');
    folder = parent;
  }
}

export const PROJECT_ROOT = findProjectRoot();

export function projectPath(...parts: string[]): string {
  return join(PROJECT_ROOT, ...parts);
}

/**
 * A worker thread's script, `folder/file` of the built tool: beside the module `moduleUrl` once
 * built; from the TypeScript sources (tests), the built one in dist/.
 */
export function workerScript(moduleUrl: string, folder: string, file: string): URL {
  const sibling = new URL(`./${file}`, moduleUrl);
  return existsSync(fileURLToPath(sibling)) ? sibling : pathToFileURL(projectPath('dist', folder, file));
}

/** The rules and lexicon that ship with imr-audit. */
export const DEFAULT_RULES_DIR = projectPath('rules');

const jsonCache = new Map<string, object>();

/** A JSON file shipped with the project (schemas), read once. */
export function readProjectJson(...parts: string[]): object {
  const path = projectPath(...parts);
  let value = jsonCache.get(path);
  if (!value) {
    value = JSON.parse(readFileSync(path, 'utf8')) as object;
    jsonCache.set(path, value);
  }
  return value;
}

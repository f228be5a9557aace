import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';

let yaml: typeof Yaml | undefined;

/**
 * The yaml package, loaded on first use rather than at startup: loading it costs a cold CLI some
 * 25 ms, and an audit whose rule library comes from the cache parses no YAML (only checking a file
 * and locating a message in one do). Synchronous, because locating a message is.
 */
export function yamlPackage(): typeof Yaml {
  yaml ??= createRequire(import.meta.url)('yaml') as typeof Yaml;
  return yaml;
}

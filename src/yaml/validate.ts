import { createRequire } from 'node:module';
import type * as AjvPackage from 'ajv';
import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';
import { problemAt, type SourceProblem, type YamlSource } from './source.js';

/** "/rules/0/when/all/1" → ["rules", 0, "when", "all", 1] */
function pointerToPath(pointer: string): Array<string | number> {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

function describe(error: ErrorObject): { path: Array<string | number>; message: string } {
  const path = pointerToPath(error.instancePath);
  const where = error.instancePath === '' ? 'file' : error.instancePath.slice(1).replace(/\//g, '.');
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = (error.params as { additionalProperty: string }).additionalProperty;
      return { path: [...path, key], message: `unknown key "${key}" in ${where}` };
    }
    case 'required':
      return { path, message: `${where} is missing "${(error.params as { missingProperty: string }).missingProperty}"` };
    case 'enum':
      return { path, message: `${where} must be one of: ${(error.params as { allowedValues: unknown[] }).allowedValues.join(', ')}` };
    case 'propertyNames':
      return { path, message: `${where} has an invalid key name` };
    default:
      return { path, message: `${where} ${error.message ?? 'is invalid'}` };
  }
}

/** One "is missing" problem per object (`when.all.0 is missing "fact", "value"`), not one per key. */
function mergeMissingProperties(errors: readonly ErrorObject[]): ErrorObject[] {
  const missingAt = new Map<string, string[]>();
  for (const error of errors) {
    if (error.keyword !== 'required') continue;
    const missing = missingAt.get(error.instancePath) ?? [];
    missing.push((error.params as { missingProperty: string }).missingProperty);
    missingAt.set(error.instancePath, missing);
  }
  const merged: ErrorObject[] = [];
  for (const error of errors) {
    if (error.keyword !== 'required') merged.push(error);
    else if (missingAt.has(error.instancePath)) {
      merged.push({ ...error, params: { missingProperty: missingAt.get(error.instancePath)!.join('", "') } });
      missingAt.delete(error.instancePath);
    }
  }
  return merged;
}

let ajv: Ajv | undefined;
const compiled = new Map<object, ValidateFunction>();

/**
 * The JSON Schema validator, made on first use rather than at startup: loading ajv costs a cold
 * CLI some 20 ms, and an audit whose rule library comes from the cache validates nothing.
 */
function validator(): Ajv {
  ajv ??= new (createRequire(import.meta.url)('ajv') as typeof AjvPackage).Ajv({ allErrors: true, strict: false });
  return ajv;
}

/** Validate a parsed YAML document against a JSON Schema, each problem located at its node. */
export function validateAgainstSchema(source: YamlSource, data: unknown, schema: object): SourceProblem[] {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = validator().compile(schema);
    compiled.set(schema, validate);
  }
  if (validate(data)) return [];
  const seen = new Set<string>();
  const problems: SourceProblem[] = [];
  for (const error of mergeMissingProperties(validate.errors ?? [])) {
    if (error.keyword === 'if' || error.keyword === 'anyOf' || error.keyword === 'oneOf') continue;
    const { path, message } = describe(error);
    const problem = problemAt(source, path, message);
    const key = `${problem.line}:${problem.column}:${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(problem);
  }
  return problems;
}

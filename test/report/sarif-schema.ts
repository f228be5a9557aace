import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { PROJECT_ROOT } from '../../src/project-files.js';

/**
 * The SARIF 2.1.0 JSON schema (draft-04, the 2.1.0 RTM schema) as Microsoft's SARIF SDK publishes
 * it in the npm package @microsoft/jest-sarif (lib/schemas/sarif-2.1.0-rtm.5.json), compiled by
 * ajv's draft-04 build with the string formats (uri, date-time…) checked.
 */
export function sarifValidator(): (log: unknown) => string[] {
  const requireFromProject = createRequire(join(PROJECT_ROOT, 'package.json'));
  const packageFolder = join(requireFromProject.resolve('@microsoft/jest-sarif'), '..', '..');
  const schema = JSON.parse(readFileSync(join(packageFolder, 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json'), 'utf8')) as object;
  // strict: false for the schema's draft-04 idioms; unicodeRegExp: false because its language
  // pattern (^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$) has a stray "]" the u flag rejects.
  const ajv = new ajvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
  ajvFormats.default(ajv);
  const validate = ajv.compile(schema);
  return (log) => (validate(log) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''} ${JSON.stringify(e.params)}`));
}

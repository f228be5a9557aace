import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Ajv } from 'ajv';
import { parseRuleFile } from '../../src/rules/load.js';
import { lintRuleSource } from '../../src/rules/lint.js';
import { OPERATORS } from '../../src/rules/operators.js';
import { PROJECT_ROOT } from '../../src/project-files.js';
import { parseYamlSource } from '../../src/yaml/source.js';

const SCHEMA_FILE = join(PROJECT_ROOT, 'schema', 'rules.schema.json');
const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as Record<string, unknown>;

type SchemaNode = { [key: string]: unknown };

/** Every object-valued `properties` entry of the schema, with its JSON path. */
function propertiesOf(node: unknown, path: string, into: Array<[string, SchemaNode]> = []): Array<[string, SchemaNode]> {
  if (Array.isArray(node)) node.forEach((child, i) => propertiesOf(child, `${path}/${i}`, into));
  else if (node && typeof node === 'object') {
    for (const [key, child] of Object.entries(node)) {
      if (key === 'properties' && child && typeof child === 'object') {
        for (const [name, property] of Object.entries(child)) if (property && typeof property === 'object') into.push([`${path}/properties/${name}`, property as SchemaNode]);
      }
      if (key !== 'defaultSnippets' && key !== 'examples') propertiesOf(child, `${path}/${key}`, into);
    }
  }
  return into;
}

describe('schema/rules.schema.json, for rules check and for editors', () => {
  test('is a valid draft-07 schema that compiles in Ajv strict mode', () => {
    const ajv = new Ajv({ strict: true, allErrors: true });
    ajv.addKeyword('defaultSnippets'); // yaml-language-server's snippet keyword, not a validation keyword
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(ajv.validateSchema(schema)).toBe(true);
    expect(() => ajv.compile(schema)).not.toThrow();
  });

  test('every property an author can write has a description an editor can show on hover', () => {
    const definitions = schema.definitions as Record<string, SchemaNode>;
    const described = (node: SchemaNode): boolean =>
      typeof node.description === 'string' ||
      (typeof node.$ref === 'string' && typeof definitions[node.$ref.replace('#/definitions/', '')]?.description === 'string');
    const undescribed = propertiesOf(schema, '#').filter(([, property]) => !described(property)).map(([path]) => path);
    expect(undescribed).toEqual([]);
  });

  test('the operators an editor completes are exactly those rules check accepts', () => {
    const factCondition = (schema.definitions as Record<string, SchemaNode>).factCondition!;
    const operator = (factCondition.properties as Record<string, SchemaNode>).operator!;
    expect([...(operator.examples as string[])].sort()).toEqual([...OPERATORS.keys()].sort());
  });

  test('the rule snippet an editor inserts is a valid rule once its placeholders are filled', () => {
    const rule = (schema.definitions as Record<string, SchemaNode>).rule!;
    const body = JSON.stringify((rule.defaultSnippets as Array<{ body: unknown }>)[0]!.body);
    const filled = JSON.parse(
      body
        .replace('"$1"', '"snippet-rule"').replace('"$2"', '"A snippet rule"').replace('"$3"', '"benzodiazepine"')
        .replace('"$4"', '"longTermUse"').replace('"$5"', '"Long-term use {{longTermUse}}"').replace('"$6"', '"long-term use"')
        .replace('"$7"', '"The patient has been taking the medication for months."').replace('"$8"', '"Xanax 1mg"').replace('"$9"', '"nothing known"'),
    );
    const file = { topic: 'snippet', title: 'Snippet', citation: { guideline: 'MTUS' }, rules: [filled] };
    const parsed = parseRuleFile('snippet.yaml', JSON.stringify(file));
    expect(parsed.problems).toEqual([]);
    expect(parsed.topic?.rules[0]?.tests).toHaveLength(2);
  });

  test('every bundled rule file names the schema through a yaml-language-server comment that resolves', () => {
    const rulesDir = join(PROJECT_ROOT, 'rules');
    const files = readdirSync(rulesDir).filter((name) => name.endsWith('.yaml'));
    expect(files.length).toBeGreaterThan(0);
    for (const name of files) {
      const firstLine = readFileSync(join(rulesDir, name), 'utf8').split('\n')[0]!;
      const match = /^# yaml-language-server: \$schema=(\S+)$/.exec(firstLine);
      expect([name, match?.[1] !== undefined]).toEqual([name, true]);
      const target = resolve(dirname(join(rulesDir, name)), match![1]!);
      expect([name, target]).toEqual([name, SCHEMA_FILE]);
      expect(existsSync(target)).toBe(true);
    }
  });
});

describe('lint: what YAML accepts but a rule author rarely means', () => {
  test('an unquoted request loses its "#quantity" to a YAML comment; quoted, or a "# comment", it does not', () => {
    const text = [
      'rules:',
      '  - tests:',
      '      - request: Norco 10/325mg #60',
      '        text: The physician requests Soma 350mg #60.',
      '      - request: "Norco 10/325mg #60"',
      '        name: quoted # an ordinary comment',
    ].join('\n');
    const { source } = parseYamlSource('lint.yaml', text);
    expect(lintRuleSource(source)).toEqual([
      { file: 'lint.yaml', line: 3, column: 18, message: 'request "Norco 10/325mg" loses "#60": in YAML " #" starts a comment; quote the value to keep it' },
      { file: 'lint.yaml', line: 4, column: 15, message: 'text "The physician requests Soma 350mg" loses "#60.": in YAML " #" starts a comment; quote the value to keep it' },
    ]);
  });
});

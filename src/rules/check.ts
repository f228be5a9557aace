import type { FactSpec } from '../facts/catalogue.js';
import type { Lexicon } from '../facts/lexicon.js';
import type { FactValue } from '../facts/types.js';
import { locationOf, problemAt, type KeyPath, type SourceLocation, type SourceProblem } from '../yaml/source.js';
import { OPERATORS, TRI_STATE_NEGATION_HINT } from './operators.js';
import { isFactCondition, type Condition, type RuleDefinition, type TopicDefinition } from './types.js';

export const PLACEHOLDER = /\{\{\s*([A-Za-z][A-Za-z0-9]*)\s*\}\}/g;

/** What rules may name: the fact catalogue and the words the lexicon can read a request as. */
export interface Vocabulary {
  readonly facts: ReadonlyMap<string, FactSpec>;
  readonly categories: ReadonlySet<string>;
  readonly drugClasses: ReadonlySet<string>;
  readonly drugs: ReadonlySet<string>;
  readonly bodyParts: ReadonlySet<string>;
}

export function vocabularyOf(lexicon: Lexicon, facts: ReadonlyMap<string, FactSpec>): Vocabulary {
  const drugClasses = new Set([...lexicon.data.drugs.map((d) => d.class), 'topical-analgesic']);
  return {
    facts,
    drugClasses,
    categories: new Set([...lexicon.data.services.map((s) => s.category), ...drugClasses, 'compound', 'other']),
    drugs: new Set(lexicon.data.drugs.map((d) => d.generic)),
    bodyParts: new Set(Object.keys(lexicon.data.bodyParts)),
  };
}

function valueMatchesType(spec: FactSpec, value: unknown): string | undefined {
  switch (spec.type) {
    case 'tri-state':
    case 'enum':
      return typeof value === 'string' && spec.values?.includes(value) ? undefined : `must be one of: ${spec.values?.join(', ')}`;
    case 'number':
      return typeof value === 'number' ? undefined : 'must be a number';
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'must be true or false';
    case 'string':
      return typeof value === 'string' ? undefined : 'must be a string';
    case 'string-list':
      return typeof value === 'string' ? undefined : 'must be a string';
  }
}

function checkCondition(rule: RuleDefinition, vocabulary: Vocabulary, condition: Condition, path: KeyPath, problems: SourceProblem[]): void {
  const at = (suffix: KeyPath, message: string): void => {
    problems.push(problemAt(rule.location.source(), [...path, ...suffix], message));
  };
  if ('all' in condition) return condition.all.forEach((c, i) => checkCondition(rule, vocabulary, c, [...path, 'all', i], problems));
  if ('any' in condition) return condition.any.forEach((c, i) => checkCondition(rule, vocabulary, c, [...path, 'any', i], problems));
  if ('not' in condition) return checkCondition(rule, vocabulary, condition.not, [...path, 'not'], problems);
  if (!isFactCondition(condition)) return;
  const spec = vocabulary.facts.get(condition.fact);
  if (!spec) return at(['fact'], `unknown fact "${condition.fact}" in rule "${rule.id}"`);
  const operator = OPERATORS.get(condition.operator);
  if (!operator) return at(['operator'], `unknown operator "${condition.operator}" in rule "${rule.id}" (known: ${[...OPERATORS.keys()].join(', ')})`);
  if (spec.type === 'tri-state' && (condition.operator === 'notEqual' || condition.operator === 'notIn')) {
    return at(['operator'], `operator "${condition.operator}" ${TRI_STATE_NEGATION_HINT} (rule "${rule.id}", fact "${condition.fact}")`);
  }
  if (!operator.factTypes.includes(spec.type)) {
    return at(['operator'], `operator "${condition.operator}" does not apply to ${spec.type} fact "${condition.fact}" (rule "${rule.id}")`);
  }
  const value = condition.value as unknown;
  if (operator.value === 'list') {
    if (!Array.isArray(value) || value.length === 0) return at(['value'], `operator "${condition.operator}" needs a list of values (rule "${rule.id}")`);
    value.forEach((v, i) => {
      const wrong = valueMatchesType(spec, v);
      if (wrong) at(['value', i], `value ${JSON.stringify(v)} for fact "${condition.fact}" ${wrong}`);
    });
    return;
  }
  if (operator.value === 'number' && typeof value !== 'number') return at(['value'], `operator "${condition.operator}" needs a number (rule "${rule.id}")`);
  if (operator.value === 'boolean') {
    if (typeof value !== 'boolean') at(['value'], `operator "${condition.operator}" needs true or false (rule "${rule.id}")`);
    return;
  }
  const wrong = valueMatchesType(spec, value);
  if (wrong) at(['value'], `value ${JSON.stringify(value)} for fact "${condition.fact}" ${wrong}`);
}

function checkApplies(rule: RuleDefinition, vocabulary: Vocabulary, problems: SourceProblem[]): void {
  const known: Array<[keyof RuleDefinition['applies'], ReadonlySet<string>]> = [
    ['category', vocabulary.categories],
    ['drugClass', vocabulary.drugClasses],
    ['drug', vocabulary.drugs],
    ['bodyPart', vocabulary.bodyParts],
  ];
  for (const [key, values] of known) {
    (rule.applies[key] ?? []).forEach((value, i) => {
      if (!values.has(value)) {
        problems.push(problemAt(rule.location.source(), [...rule.location.path, 'applies', key, i], `unknown ${key} "${value}" in rule "${rule.id}" (not in the lexicon)`));
      }
    });
  }
}

function checkTests(rule: RuleDefinition, vocabulary: Vocabulary, problems: SourceProblem[]): void {
  const path = [...rule.location.path, 'tests'];
  const expectations = new Set(rule.tests.map((t) => t.expect));
  if (!expectations.has('fires') || !expectations.has('silent')) {
    problems.push(problemAt(rule.location.source(), rule.location.path.length ? [...rule.location.path, 'id'] : [], `rule "${rule.id}" needs tests that fire and tests that stay silent (has: ${[...expectations].join(', ') || 'none'})`));
  }
  const seen = new Set<string>();
  rule.tests.forEach((test, i) => {
    const key = JSON.stringify({ facts: test.facts, text: test.text, summary: test.summary, request: test.request });
    if (seen.has(key)) problems.push(problemAt(rule.location.source(), [...path, i], `rule "${rule.id}" repeats a test`));
    seen.add(key);
    if (!test.facts && !test.text && !test.summary) problems.push(problemAt(rule.location.source(), [...path, i], `a test of rule "${rule.id}" gives neither facts nor text`));
    for (const [name, value] of Object.entries(test.facts ?? {})) {
      const spec = vocabulary.facts.get(name);
      if (!spec) {
        problems.push(problemAt(rule.location.source(), [...path, i, 'facts', name], `unknown fact "${name}" in a test of rule "${rule.id}"`));
        continue;
      }
      if (value === null) continue;
      const values = spec.type === 'string-list' ? (Array.isArray(value) ? value : [value]) : [value];
      for (const v of values as FactValue[]) {
        const wrong = valueMatchesType(spec, v);
        if (wrong) problems.push(problemAt(rule.location.source(), [...path, i, 'facts', name], `test value ${JSON.stringify(v)} for fact "${name}" ${wrong}`));
      }
    }
  });
}

/** Everything a schema cannot see: facts, operators, values, placeholders, ids, tests, lexicon names. */
export function checkTopics(topics: readonly TopicDefinition[], vocabulary: Vocabulary): SourceProblem[] {
  const problems: SourceProblem[] = [];
  // The first rule of each id and of each topic, located only when another comes (locating reads
  // the file's YAML, which a library loaded from its cache has not parsed).
  const ids = new Map<string, RuleDefinition>();
  const topicNames = new Map<string, RuleDefinition>();
  const idAt = (rule: RuleDefinition): SourceLocation => locationOf(rule.location.source(), [...rule.location.path, 'id']);
  for (const topic of topics) {
    const firstRule = topic.rules[0];
    const previousTopic = topicNames.get(topic.topic);
    if (previousTopic && firstRule) {
      problems.push(problemAt(firstRule.location.source(), ['topic'], `topic "${topic.topic}" is defined twice`, locationOf(previousTopic.location.source(), ['topic'])));
    }
    if (firstRule && !previousTopic) topicNames.set(topic.topic, firstRule);
    for (const rule of topic.rules) {
      const previous = ids.get(rule.id);
      if (previous) problems.push({ ...idAt(rule), message: `duplicate rule id "${rule.id}"`, related: idAt(previous) });
      else ids.set(rule.id, rule);
      checkApplies(rule, vocabulary, problems);
      checkCondition(rule, vocabulary, rule.when, [...rule.location.path, 'when'], problems);
      for (const match of rule.explain.matchAll(PLACEHOLDER)) {
        if (!vocabulary.facts.has(match[1]!)) {
          problems.push(problemAt(rule.location.source(), [...rule.location.path, 'explain'], `explanation placeholder {{${match[1]}}} names no fact (rule "${rule.id}")`));
        }
      }
      checkTests(rule, vocabulary, problems);
    }
  }
  return problems;
}

import type { SourceProblem, YamlSource } from '../yaml/source.js';
import { yamlPackage } from '../yaml/yaml-package.js';
import type { RuleDefinition } from './types.js';

/**
 * Things YAML accepts that a rule author rarely means, as warnings. An unquoted value followed by
 * `#` and no space (`request: Norco 10/325mg #60`) loses the rest of the line: in YAML " #" starts
 * a comment, so the request reads "Norco 10/325mg" and the test runs without its quantity.
 */
export function lintRuleSource(source: YamlSource): SourceProblem[] {
  const { isPair, isScalar, visit } = yamlPackage();
  const problems: SourceProblem[] = [];
  visit(source.document, {
    Scalar(_, scalar, path) {
      if (scalar.type !== 'PLAIN' || !scalar.comment || /^\s/.test(scalar.comment)) return;
      const parent = path.at(-1);
      const name = isPair(parent) && isScalar(parent.key) && parent.key !== scalar ? String(parent.key.value) : 'the value';
      const lost = `#${scalar.comment.split('\n')[0]}`;
      const position = source.lineCounter.linePos(scalar.range?.[0] ?? 0);
      problems.push({
        file: source.file,
        line: position.line,
        column: position.col,
        message: `${name} "${String(scalar.value)}" loses "${lost}": in YAML " #" starts a comment; quote the value to keep it`,
      });
    },
  });
  return problems;
}

/** Lint every rule file of a library once. */
export function lintRules(rules: readonly RuleDefinition[]): SourceProblem[] {
  return [...new Set(rules.map((rule) => rule.location.source()))].flatMap(lintRuleSource);
}

import { Engine, Rule, type RuleResult, type TopLevelCondition } from 'json-rules-engine';
import type { FactValue } from '../facts/types.js';
import { CUSTOM_OPERATORS } from './operators.js';
import { isFactCondition, type Condition, type RuleDefinition } from './types.js';

/** json-rules-engine wants all/any/not at the root; a bare condition is wrapped in `all`. */
export function toEngineConditions(when: Condition): TopLevelCondition {
  return (isFactCondition(when) ? { all: [when] } : when) as unknown as TopLevelCondition;
}

export function toEngineRule(rule: RuleDefinition): Rule {
  return new Rule({ name: rule.id, conditions: toEngineConditions(rule.when), event: { type: rule.id } });
}

/** An engine holding the given rules, with imr-audit's operators, refusing facts it was not given. */
export function buildEngine(rules: readonly RuleDefinition[]): Engine {
  const engine = new Engine([], { allowUndefinedFacts: false });
  for (const operator of CUSTOM_OPERATORS) engine.addOperator(operator.name, operator.evaluate!);
  for (const rule of rules) engine.addRule(toEngineRule(rule));
  return engine;
}

/** One evaluated condition, as the explanation trail shows it. */
export type ConditionTrail =
  | { readonly all: readonly ConditionTrail[]; readonly result: boolean }
  | { readonly any: readonly ConditionTrail[]; readonly result: boolean }
  | { readonly not: ConditionTrail; readonly result: boolean }
  | {
      readonly fact: string;
      readonly operator: string;
      readonly value: unknown;
      readonly factValue: FactValue | undefined;
      /** False when the engine skipped the condition because the outcome was already decided. */
      readonly evaluated: boolean;
      readonly result: boolean;
    };

interface EngineCondition {
  all?: EngineCondition[];
  any?: EngineCondition[];
  not?: EngineCondition;
  fact?: string;
  operator?: string;
  value?: unknown;
  factResult?: FactValue;
  result?: boolean;
}

export function conditionTrail(condition: EngineCondition): ConditionTrail {
  if (condition.all) return { all: condition.all.map(conditionTrail), result: condition.result ?? false };
  if (condition.any) return { any: condition.any.map(conditionTrail), result: condition.result ?? false };
  if (condition.not) return { not: conditionTrail(condition.not), result: condition.result ?? false };
  return {
    fact: condition.fact ?? '',
    operator: condition.operator ?? '',
    value: condition.value,
    factValue: condition.factResult,
    evaluated: condition.result !== undefined,
    result: condition.result ?? false,
  };
}

/** The trail of a rule's result; the engine leaves the root condition's own result unset, so it is the rule's. */
export function resultTrail(result: RuleResult): ConditionTrail {
  const root = conditionTrail(result.conditions as unknown as EngineCondition);
  return 'fact' in root ? root : { ...root, result: result.result };
}

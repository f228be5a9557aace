import type { FactType } from '../facts/catalogue.js';

/** An operator rules may use, the fact types it makes sense for and what its value must be. */
export interface OperatorSpec {
  readonly name: string;
  readonly factTypes: readonly FactType[];
  readonly value: 'scalar' | 'list' | 'number' | 'string' | 'boolean';
  /** json-rules-engine evaluation for custom operators; built-ins are the engine's own. */
  readonly evaluate?: (factValue: unknown, value: unknown) => boolean;
}

const SCALAR_TYPES: readonly FactType[] = ['tri-state', 'enum', 'string', 'number', 'boolean'];

export const OPERATORS: ReadonlyMap<string, OperatorSpec> = new Map(
  [
    { name: 'equal', factTypes: SCALAR_TYPES, value: 'scalar' },
    { name: 'notEqual', factTypes: ['enum', 'string', 'number', 'boolean'], value: 'scalar' },
    { name: 'in', factTypes: SCALAR_TYPES, value: 'list' },
    { name: 'notIn', factTypes: ['enum', 'string', 'number'], value: 'list' },
    { name: 'lessThan', factTypes: ['number'], value: 'number' },
    { name: 'lessThanInclusive', factTypes: ['number'], value: 'number' },
    { name: 'greaterThan', factTypes: ['number'], value: 'number' },
    { name: 'greaterThanInclusive', factTypes: ['number'], value: 'number' },
    { name: 'contains', factTypes: ['string-list'], value: 'string' },
    { name: 'doesNotContain', factTypes: ['string-list'], value: 'string' },
    {
      name: 'containsAny',
      factTypes: ['string-list'],
      value: 'list',
      evaluate: (factValue: unknown, value: unknown) =>
        Array.isArray(factValue) && Array.isArray(value) && value.some((v) => factValue.includes(v)),
    },
    {
      name: 'known',
      factTypes: ['tri-state', 'enum', 'string', 'number', 'boolean'],
      value: 'boolean',
      evaluate: (factValue: unknown, value: unknown) =>
        (factValue !== null && factValue !== undefined && factValue !== 'unknown') === value,
    },
    {
      name: 'containsNone',
      factTypes: ['string-list'],
      value: 'list',
      evaluate: (factValue: unknown, value: unknown) =>
        Array.isArray(factValue) && Array.isArray(value) && !value.some((v) => factValue.includes(v)),
    },
  ].map((spec) => [spec.name, spec as OperatorSpec]),
);

export const CUSTOM_OPERATORS = [...OPERATORS.values()].filter((op) => op.evaluate);

/** Why an operator is refused on a tri-state fact: it would silently decide what "unknown" means. */
export const TRI_STATE_NEGATION_HINT =
  'on a tri-state fact it hides how "unknown" counts; use `in` with the states that count, e.g. [absent, unknown]';

import type { DeterminationAudit } from '../audit/types.js';
import type { Treatment } from '../facts/types.js';
import { locationOf, type SourceLocation } from '../yaml/source.js';
import type { RuleLibrary } from './library.js';
import { testFactSet } from './test-runner.js';
import { lexiconTreatments, treatmentsSelectedBy } from './treatment-profiles.js';
import type { Outcome, RuleDefinition } from './types.js';

export interface RuleRef {
  readonly id: string;
  readonly outcome: Outcome;
  readonly location: SourceLocation;
}

/** What shows two rules firing together: one of the library's tests, or an item of a letter. */
export type ConflictWitness =
  | {
      readonly kind: 'test';
      /** The rule whose test it is (it need not be one of the two). */
      readonly rule: string;
      readonly test: number;
      readonly name?: string;
      readonly location: SourceLocation;
      /** The treatment the facts were tried on: the excerpt's request, or a lexicon treatment the rule applies to. */
      readonly treatment: string;
    }
  | {
      readonly kind: 'letter';
      readonly file: string;
      readonly item: number;
      readonly line: number;
      readonly request: string;
    };

/** Two rules that fire on the same facts with opposite outcomes. The audit lets `notNecessary` win. */
export interface RuleConflict {
  readonly notNecessary: RuleRef;
  readonly necessary: RuleRef;
  readonly witnesses: readonly ConflictWitness[];
}

/** One pair of opposite rules seen firing together, and where. */
export interface ConflictSighting {
  readonly notNecessary: string;
  readonly necessary: string;
  readonly witness: ConflictWitness;
}

interface Firing {
  readonly id: string;
  readonly outcome: Outcome;
  readonly fired: boolean;
}

/** Every (not-medically-necessary, medically-necessary) pair of rules that both fired. */
export function opposingPairs(firings: readonly Firing[]): Array<[notNecessary: string, necessary: string]> {
  const fired = firings.filter((f) => f.fired);
  const necessary = fired.filter((f) => f.outcome === 'medically-necessary');
  return fired
    .filter((f) => f.outcome === 'not-medically-necessary')
    .flatMap((notNecessary) => necessary.map((n): [string, string] => [notNecessary.id, n.id]));
}

function treatmentLabel(treatment: Treatment): string {
  return `${treatment.kind}: ${treatment.compound ? `compound of ${treatment.name}` : treatment.name}`;
}

/** The treatments to try a fact-set test's facts on: one lexicon treatment the rule applies to per distinct set of applicable rules. */
function lexiconTreatmentsFor(library: RuleLibrary, rule: RuleDefinition, lexicon: readonly Treatment[]): Treatment[] {
  const bySet = new Map<string, Treatment>();
  for (const treatment of treatmentsSelectedBy(rule.applies, lexicon)) {
    const key = library.applicableRules(treatment).map((r) => r.id).join(' ');
    if (!bySet.has(key)) bySet.set(key, treatment);
  }
  return [...bySet.values()];
}

/**
 * Opposite rules firing together on the library's own tests. Every test's fact set is given to
 * every rule that applies to its treatment: a text test's request, or, for a fact-set test, each
 * treatment of the lexicon that the tested rule applies to.
 */
export async function conflictsOnTests(library: RuleLibrary): Promise<ConflictSighting[]> {
  const lexicon = lexiconTreatments(library.lexicon);
  const sightings: ConflictSighting[] = [];
  for (const rule of library.rules) {
    // The same for every fact-set test of the rule: worked out once, when the first one needs it.
    let ruleTreatments: Treatment[] | undefined;
    for (const [index, test] of rule.tests.entries()) {
      const { facts, treatment: excerptTreatment } = testFactSet(library, test);
      const treatments = excerptTreatment ? [excerptTreatment] : (ruleTreatments ??= lexiconTreatmentsFor(library, rule, lexicon));
      const seen = new Set<string>();
      for (const treatment of treatments) {
        const evaluations = await library.evaluate(treatment, facts);
        for (const [notNecessary, necessary] of opposingPairs(evaluations.map((e) => ({ id: e.rule.id, outcome: e.rule.outcome, fired: e.fired })))) {
          const key = `${notNecessary} ${necessary}`;
          if (seen.has(key)) continue;
          seen.add(key);
          sightings.push({
            notNecessary,
            necessary,
            witness: {
              kind: 'test',
              rule: rule.id,
              test: index,
              ...(test.name ? { name: test.name } : {}),
              location: locationOf(rule.location.source(), [...rule.location.path, 'tests', index]),
              treatment: treatmentLabel(treatment),
            },
          });
        }
      }
    }
  }
  return sightings;
}

/** Opposite rules firing together on the items of audited letters. Pure: reads the audits' rule results. */
export function conflictsOnLetters(audits: readonly DeterminationAudit[]): ConflictSighting[] {
  return audits.flatMap((audit) =>
    audit.items.flatMap((item) =>
      opposingPairs(item.rules).map(([notNecessary, necessary]) => ({
        notNecessary,
        necessary,
        witness: { kind: 'letter' as const, file: audit.file, item: item.index, line: item.line, request: item.request },
      })),
    ),
  );
}

function ruleRef(rule: RuleDefinition): RuleRef {
  return { id: rule.id, outcome: rule.outcome, location: locationOf(rule.location.source(), [...rule.location.path, 'id']) };
}

/** Sightings grouped by pair of rules, in the order the rules appear in the library. */
export function groupConflicts(sightings: readonly ConflictSighting[], rules: readonly RuleDefinition[]): RuleConflict[] {
  const order = new Map(rules.map((rule, i) => [rule.id, i]));
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  const groups = new Map<string, { notNecessary: RuleDefinition; necessary: RuleDefinition; witnesses: ConflictWitness[] }>();
  for (const sighting of sightings) {
    const notNecessary = byId.get(sighting.notNecessary);
    const necessary = byId.get(sighting.necessary);
    if (!notNecessary || !necessary) continue;
    const key = `${sighting.notNecessary} ${sighting.necessary}`;
    const group = groups.get(key) ?? { notNecessary, necessary, witnesses: [] };
    groups.set(key, group);
    group.witnesses.push(sighting.witness);
  }
  const rank = (id: string): number => order.get(id) ?? Number.MAX_SAFE_INTEGER;
  return [...groups.values()]
    .sort((a, b) => rank(a.notNecessary.id) - rank(b.notNecessary.id) || rank(a.necessary.id) - rank(b.necessary.id))
    .map((group) => ({ notNecessary: ruleRef(group.notNecessary), necessary: ruleRef(group.necessary), witnesses: group.witnesses }));
}

#!/usr/bin/env node
/**
 * `npm run eval`: fact extraction scored against the gold set, the audit figures over cases/,
 * and the ratchet. Options:
 *   --update-ratchet  raise cases/gold/ratchet.json to every level reached (never lowers one)
 *   --reset-ratchet   set it to the levels reached now (only after changing the gold set itself)
 *   --mismatches      list every gold fact the extractor gets wrong, with both evidences
 * Exit codes: 0 done; 1 a level dropped below the ratchet; 2 a broken gold file or rule library.
 */
import { parseArgs } from 'node:util';
import { projectPath } from '../project-files.js';
import { loadRuleLibrary } from '../rules/library.js';
import { SourceError } from '../yaml/source.js';
import { auditFolder, evaluateGoldSet } from './evaluate.js';
import { formatAuditFigures, formatMismatches, formatRaises, formatRegressions, formatTriStateTable, formatValueTable, SCORING_NOTE } from './format.js';
import { findRegressions, raiseRatchet, resetRatchet } from './ratchet.js';
import { RATCHET_NOTE, readRatchet, writeRatchet } from './ratchet-file.js';
import { mismatches } from './score.js';

async function run(argv: readonly string[], print: (text: string) => void): Promise<number> {
  const { values: options } = parseArgs({
    args: [...argv],
    options: { 'update-ratchet': { type: 'boolean' }, 'reset-ratchet': { type: 'boolean' }, mismatches: { type: 'boolean' } },
  });
  const library = await loadRuleLibrary();
  const evaluation = await evaluateGoldSet(library);
  const letters = new Set(evaluation.cases.map((c) => c.gold.letter)).size;
  const items = evaluation.cases.reduce((n, c) => n + c.gold.items.length, 0);
  print(`Gold set: ${items} items from ${letters} letters, ${evaluation.observations.length} judged facts of ${evaluation.scores.length} types\n`);
  print(`\nTri-state facts\n${formatTriStateTable(evaluation.scores)}\n`);
  print(`\nValues\n${formatValueTable(evaluation.scores)}\n`);
  print(`\n${SCORING_NOTE}\n`);
  if (options.mismatches) print(`\nDisagreements with the gold\n${formatMismatches(mismatches(evaluation.observations))}\n`);

  print(`\n${formatAuditFigures(await auditFolder(projectPath('cases'), library), 'cases')}\n`);

  const ratchet = await readRatchet();
  if (options['reset-ratchet']) {
    await writeRatchet(resetRatchet(RATCHET_NOTE, evaluation.scores));
    print('\nRatchet reset to the levels reached now (cases/gold/ratchet.json).\n');
    return 0;
  }
  if (options['update-ratchet']) {
    const { ratchet: raised, raised: changes } = raiseRatchet(ratchet, evaluation.scores);
    await writeRatchet(raised);
    print(`\nRatchet (cases/gold/ratchet.json)\n${formatRaises(changes)}\n`);
  }
  const dropped = findRegressions(evaluation.scores, ratchet);
  if (dropped.length > 0) {
    print(`\nBelow the ratchet (cases/gold/ratchet.json):\n${formatRegressions(dropped)}\n`);
    return 1;
  }
  print('\nEvery fact type is at or above its ratchet.\n');
  return 0;
}

try {
  process.exitCode = await run(process.argv.slice(2), (text) => process.stdout.write(text));
} catch (error) {
  if (error instanceof SourceError) {
    process.stderr.write(`eval: ${error.problems.length} problem(s) in the gold set or rule library:\n${error.message}\n`);
    process.exitCode = 2;
  } else if (error instanceof TypeError && (error as NodeJS.ErrnoException).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    process.stderr.write(`eval: ${error.message}\n`);
    process.exitCode = 2;
  } else throw error;
}

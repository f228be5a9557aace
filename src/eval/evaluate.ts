import { basename, extname } from 'node:path';
import { listInputs } from '../audit/inputs.js';
import { auditBatch } from '../audit/batch.js';
import { SummaryBuilder, type AuditSummary } from '../audit/summary.js';
import type { RuleLibrary } from '../rules/library.js';
import { GOLD_DIR, loadGoldSet, type GoldCase } from './load-gold.js';
import { observeGoldSet } from './observe.js';
import { goldVocabulary } from './read-gold.js';
import { scoreObservations, type FactScore, type Observation } from './score.js';

export interface GoldEvaluation {
  readonly cases: readonly GoldCase[];
  readonly observations: readonly Observation[];
  readonly scores: readonly FactScore[];
}

/** Load the gold set, run the extractor on its letters and score every fact type. */
export async function evaluateGoldSet(library: RuleLibrary, folder = GOLD_DIR): Promise<GoldEvaluation> {
  const cases = await loadGoldSet(goldVocabulary(library.lexicon, library.catalogue), folder);
  const observations = observeGoldSet(cases, library.lexicon);
  return { cases, observations, scores: scoreObservations(observations) };
}

export interface FolderAudit {
  readonly summary: AuditSummary;
  /** Letters counted once however many forms they come in (CM16-0213037.txt and .pdf are one letter). */
  readonly distinctLetters: number;
}

/** The audit over a folder of letters, summarised the way `imr-audit audit` does. */
export async function auditFolder(folder: string, library: RuleLibrary): Promise<FolderAudit> {
  const { letters, skipped } = await listInputs([folder]);
  const summary = new SummaryBuilder().skip(skipped.length);
  await auditBatch(letters, library, {
    wanted: { entries: [], digest: false, audit: false },
    onResult: (result) => void summary.addTally(result.tally),
  });
  const distinctLetters = new Set(Array.from(letters, (letter) => basename(letter.name, extname(letter.name)))).size;
  return { summary: summary.build(), distinctLetters };
}

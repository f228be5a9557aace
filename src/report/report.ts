import type { AuditSummary } from '../audit/summary.js';
import type { DeterminationAudit } from '../audit/types.js';
import { readProjectJson } from '../project-files.js';
import type { RuleLibrary } from '../rules/library.js';
import { relative } from 'node:path';

export interface AuditReport {
  readonly tool: { readonly name: string; readonly version: string; readonly generatedAt?: string };
  readonly rules: { readonly count: number; readonly topics: readonly string[]; readonly files: readonly string[] };
  readonly summary: AuditSummary;
  readonly determinations: readonly DeterminationAudit[];
  readonly skipped: ReadonlyArray<{ readonly file: string; readonly reason: string }>;
}

export function toolInfo(timestamp?: Date): AuditReport['tool'] {
  const pkg = readProjectJson('package.json') as { name: string; version: string };
  return { name: pkg.name, version: pkg.version, ...(timestamp ? { generatedAt: timestamp.toISOString() } : {}) };
}

export function rulesInfo(library: RuleLibrary, cwd = process.cwd()): AuditReport['rules'] {
  return {
    count: library.rules.length,
    topics: library.topics.map((t) => t.topic),
    files: library.files.map((f) => relative(cwd, f) || f),
  };
}

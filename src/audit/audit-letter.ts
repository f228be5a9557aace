import { analyseLetter } from '../facts/analysis.js';
import { LetterParseError, parseDetermination } from '../letter/parse.js';
import type { PdfReadAhead } from '../letter/pdf-read-ahead.js';
import { bytesToLetterText, LetterReadError, readLetterBytes, type PdfTextReader } from '../letter/read.js';
import type { LetterText } from '../letter/types.js';
import type { RuleLibrary } from '../rules/library.js';
import { auditItem } from './audit-item.js';
import type { DeterminationAudit } from './types.js';

export interface AuditOptions {
  readonly naive?: boolean;
  readonly allFacts?: boolean;
}

/** Audit a letter already read into text. Throws LetterParseError when it is not a usable IMR letter. */
export async function auditLetterText(file: string, letter: LetterText, library: RuleLibrary, options: AuditOptions = {}): Promise<DeterminationAudit> {
  const determination = parseDetermination(letter);
  const analysis = analyseLetter(determination, library.lexicon);
  const items = [];
  for (const item of determination.items) {
    items.push(await auditItem(item, { letter, analysis, library, ...options }));
  }
  return {
    file,
    status: 'parsed',
    ...(determination.caseNumber ? { caseNumber: determination.caseNumber } : {}),
    layout: determination.layout,
    dates: determination.dates,
    reviewer: { specialties: determination.reviewer.specialties, licensure: determination.reviewer.licensure },
    items,
  };
}

export function errorAudit(file: string, message: string, line?: number): DeterminationAudit {
  return { file, status: 'error', error: { message, ...(line !== undefined ? { line } : {}) }, items: [] };
}

/** A letter that could not be audited, as its audit: the reason for a bad letter, or the internal error. */
function failedAudit(file: string, error: unknown): DeterminationAudit {
  if (error instanceof LetterReadError || error instanceof LetterParseError) {
    return errorAudit(file, error.message, error instanceof LetterParseError ? error.line : undefined);
  }
  return errorAudit(file, `internal error while auditing: ${error instanceof Error ? error.message : String(error)}`);
}

/**
 * Audit one letter file. Never throws for a bad letter: an unreadable file, a file that is not an
 * IMR letter or a letter without disputed items comes back with status "error" and the reason.
 * `readAhead`: when it is this file's, its bytes and its PDF text are had from it.
 */
export async function auditFile(path: string, library: RuleLibrary, options: AuditOptions = {}, displayName = path, readAhead?: PdfReadAhead): Promise<DeterminationAudit> {
  if (readAhead?.path === path) return auditLetterBytes(path, readAhead.bytes, library, options, displayName, readAhead.readPdf);
  const bytes = readLetterOrFail(path, displayName);
  return bytes instanceof Uint8Array ? auditLetterBytes(path, bytes, library, options, displayName) : bytes;
}

/** A letter file's bytes, or its audit when it cannot be read (missing, unreadable, too large). */
export function readLetterOrFail(path: string, displayName = path): Uint8Array | DeterminationAudit {
  try {
    return readLetterBytes(path);
  } catch (error) {
    return failedAudit(displayName, error);
  }
}

/**
 * Audit a letter's bytes (its path's extension says PDF or text), never throwing for a bad letter.
 * `readPdf` has the text of a PDF (by default extracted here).
 */
export async function auditLetterBytes(
  path: string,
  bytes: Uint8Array,
  library: RuleLibrary,
  options: AuditOptions = {},
  displayName = path,
  readPdf?: PdfTextReader,
): Promise<DeterminationAudit> {
  try {
    return await auditLetterText(displayName, await bytesToLetterText(path, bytes, readPdf), library, options);
  } catch (error) {
    return failedAudit(displayName, error);
  }
}

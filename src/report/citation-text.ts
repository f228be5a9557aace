import type { Citation } from '../rules/types.js';

/** "MTUS Chronic Pain Medical Treatment Guidelines, Benzodiazepines, p. 24" */
export function citationText(citation: Citation | undefined): string {
  if (!citation) return '';
  const parts = [citation.guideline, citation.chapter, citation.section].filter((p): p is string => !!p);
  const pages = citation.pages && citation.pages.length > 0 ? `p. ${citation.pages.join(', ')}` : '';
  return [...parts, pages].filter(Boolean).join(', ');
}

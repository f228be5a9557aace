/**
 * The one change imr-audit makes to the pdf.js that unpdf bundles (unpdf/dist/pdfjs.mjs), applied
 * at build time by vendor-pdfjs.ts.
 *
 * pdf.js's `Catalog.getPageDict` fetches every kid of the top-level /Pages node ahead of need and
 * keeps the promises in its `pageDictCache` (mozilla/pdf.js PR #18627, still so in the pdf.js of
 * unpdf 1.8.1). A damaged PDF whose kids cannot be fetched rejects those promises; when the walk
 * ends before it awaits them (it found the page, or failed on another kid) nothing ever handles
 * them, and Node ends the process on an unhandled rejection: one damaged letter stopped a batch.
 * The patch marks each prefetch as handled where it is made and keeps the promise itself in the
 * cache, so a walk that does await it still meets the error, as before.
 */

/** The prefetch in `getPageDict` (names minified): `…&&!cache.has(kid)&&cache.put(kid,xref.fetchAsync(kid))`. */
const PAGE_DICT_PREFETCH = /(&&!(\w+)\.has\((\w+)\)&&\2\.put\(\3,)(\w+\.fetchAsync\(\3\))\)/g;

/** Marks a promise as handled and gives it back unchanged (inlined in the bundle: it has no imports). */
const HANDLED = '((prefetch)=>(prefetch.catch(()=>{}),prefetch))';

/** A pdf.js bundle not shaped as the patch expects: an unpdf upgrade needs the patch looked at again. */
export class PdfjsPatchError extends Error {}

/** The pdf.js bundle's source with the page-dictionary prefetch marked as handled. */
export function patchPdfjsBundle(source: string): string {
  const sites = source.match(PAGE_DICT_PREFETCH)?.length ?? 0;
  if (sites !== 1) {
    throw new PdfjsPatchError(
      `the pdf.js bundle has ${sites} page-dictionary prefetches where the patch expects exactly 1: check src/build/pdfjs-patch.ts against this unpdf version`,
    );
  }
  return source.replace(PAGE_DICT_PREFETCH, `$1${HANDLED}($4))`);
}

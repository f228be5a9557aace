/**
 * The pdf.js the PDF reader uses: unpdf's bundle as patched at build time (src/build/pdfjs-patch.ts
 * says what and why), given to unpdf once before the first PDF is opened.
 */
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { projectPath } from '../project-files.js';

/** Where the build writes the patched bundle. */
export const PATCHED_PDFJS = projectPath('dist', 'vendor', 'pdfjs.mjs');

let unpdf: Promise<typeof import('unpdf')> | undefined;

/** unpdf, set to use the patched pdf.js. Rejects when the tool is not built. */
export function unpdfWithPatchedPdfjs(): Promise<typeof import('unpdf')> {
  unpdf ??= (async () => {
    if (!existsSync(PATCHED_PDFJS)) throw new Error(`${PATCHED_PDFJS} is missing: run \`npm run build\` (npm install does it)`);
    const module = await import('unpdf');
    await module.definePDFJSModule(() => import(pathToFileURL(PATCHED_PDFJS).href));
    return module;
  })();
  return unpdf;
}

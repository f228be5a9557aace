/**
 * Build step (`npm run build`, after tsc): write unpdf's pdf.js bundle, with pdfjs-patch.ts's
 * change, to dist/vendor/pdfjs.mjs, where the PDF reader (src/letter/read.ts) loads it from.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PATCHED_PDFJS } from '../letter/pdfjs-module.js';
import { patchPdfjsBundle } from './pdfjs-patch.js';

const bundle = fileURLToPath(import.meta.resolve('unpdf/pdfjs'));
mkdirSync(dirname(PATCHED_PDFJS), { recursive: true });
writeFileSync(PATCHED_PDFJS, patchPdfjsBundle(readFileSync(bundle, 'utf8')));

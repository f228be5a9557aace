import { deflateSync } from 'node:zlib';
/** Files made for bad-input tests: PDFs written by hand, so no tool is needed to make them. */

/** A PDF of the given objects (numbered from 1, the first the catalog), with a cross-reference table. */
export function minimalPdf(objects: readonly string[], trailerExtra = ''): Buffer {
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra} >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

const PAGE = [
  '<< /Type /Catalog /Pages 2 0 R >>',
  '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
  '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>',
  '<< /Length 44 >>\nstream\nBT /F1 12 Tf 72 712 Td (Hello world) Tj ET\nendstream',
];

/**
 * A PDF encrypted with the standard security handler (RC4, revision 2) whose user password is not
 * empty: its /U entry does not match the empty password, so a reader must ask for one.
 */
export function encryptedPdf(): Buffer {
  const hex = (bytes: number, pair: string): string => `<${pair.repeat(bytes)}>`;
  return minimalPdf(
    [...PAGE, `<< /Filter /Standard /V 1 /R 2 /O ${hex(32, 'a1')} /U ${hex(32, 'b2')} /P -4 >>`],
    `/Encrypt 5 0 R /ID [${hex(16, 'c3')} ${hex(16, 'c3')}]`,
  );
}

/**
 * A small PDF whose one page holds `megabytes` of text operators, deflated to a few dozen
 * kilobytes: reading it takes far more memory than the file's size suggests.
 */
export function pdfBomb(megabytes: number): Buffer {
  const line = 'BT /F1 12 Tf 72 712 Td (The injured worker reports pain and was prescribed Norco for months.) Tj ET\n';
  const content = deflateSync(Buffer.from(line.repeat(Math.ceil((megabytes * 2 ** 20) / line.length)), 'latin1'), { level: 9 });
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} /Filter /FlateDecode >>\nstream\n${content.toString('latin1')}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  return minimalPdf(objects);
}

/**
 * A PDF that is slow to read but small and harmless: its one page holds `megabytes` of `q Q`
 * (save and restore the graphics state; nothing drawn), deflated about a thousandfold. pdf.js
 * runs every operator, about a tenth of a second per megabyte on a laptop core, and finds no text.
 * `padTo` pads the file with an unused object to that many bytes (to pass the workers' size limit).
 */
export function slowPdf(megabytes: number, padTo = 0): Buffer {
  const content = deflateSync(Buffer.from('q Q\n'.repeat(Math.ceil((megabytes * 2 ** 20) / 4)), 'latin1'), { level: 9 });
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>',
    `<< /Length ${content.length} /Filter /FlateDecode >>\nstream\n${content.toString('latin1')}\nendstream`,
  ];
  const padding = Math.max(0, padTo - content.length - 400);
  if (padding > 0) objects.push(`<< /Length ${padding} >>\nstream\n${' '.repeat(padding)}\nendstream`);
  return minimalPdf(objects);
}

/** A scanned letter: `pages` pages, each one image drawn over the page and no text at all. */
export function scannedPdf(pages: number): Buffer {
  const pixels = Buffer.alloc(30, 0x80).toString('latin1');
  const pageIds = Array.from({ length: pages }, (_, i) => 5 + i);
  return minimalPdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages} >>`,
    '<< /Length 30 >>\nstream\nq 612 0 0 792 0 0 cm /Im1 Do Q\nendstream',
    `<< /Type /XObject /Subtype /Image /Width 10 /Height 1 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Length 30 >>\nstream\n${pixels}\nendstream`,
    ...pageIds.map(() => '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R /Resources << /XObject << /Im1 4 0 R >> >> >>'),
  ]);
}

/**
 * A PDF whose page tree has two kids, neither of which can be read (each page's dictionary runs to
 * the end of the file). pdf.js fetches both kids ahead of need, fails on the first and never
 * awaits the second: unpatched, that rejection goes unhandled (src/build/pdfjs-patch.ts).
 */
export function unreadableKidsPdf(): Buffer {
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  const add = (body: string): void => {
    offsets.push(out.length);
    out += `${offsets.length} 0 obj\n${body}\nendobj\n`;
  };
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add('<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>');
  const kid = (n: number): string => `${n} 0 obj\n<< /Type /Page /Parent 2 0 R\n`;
  const xrefAt = out.length;
  const table = (kids: readonly number[]): string =>
    `xref\n0 5\n0000000000 65535 f \n${[...offsets, ...kids].map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}` +
    `trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  // The kids come after the trailer, so that no '>>' closes their dictionaries; the table's length does not depend on the offsets.
  const firstKid = out.length + table([0, 0]).length;
  out += table([firstKid, firstKid + kid(3).length]) + kid(3) + kid(4);
  return Buffer.from(out, 'latin1');
}

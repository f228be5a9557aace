/**
 * The net under pdf.js's own promises. pdf.js runs its "worker" in this thread (Node has no web
 * workers), and a damaged PDF can make some of its internal promises reject with nothing to handle
 * them; Node then ends the process, and one bad letter would stop a batch of thousands. The one
 * such promise known is patched at build time (src/build/pdfjs-patch.ts); this net is for any
 * other. What a letter gives is had through the promises the reader awaits (its text, or why it
 * cannot be read), so the letter is still reported: a stray rejection adds nothing to it.
 * Any other unhandled rejection still ends the process, as Node's default does.
 */

/** The exceptions pdf.js throws for what it finds in a file (its BaseException's subclasses). */
const PDFJS_EXCEPTIONS: ReadonlySet<string> = new Set([
  'AbortException',
  'FormatError',
  'InvalidPDFException',
  'MissingDataException',
  'ParserEOFException',
  'PasswordException',
  'ResponseException',
  'UnknownErrorException',
  'XRefEntryException',
  'XRefParseException',
]);

/** Whether an unhandled rejection's reason is one of pdf.js's exceptions. */
export function isPdfjsException(reason: unknown): boolean {
  if (typeof reason !== 'object' || reason === null) return false;
  const { name } = reason as { name?: unknown };
  return typeof name === 'string' && PDFJS_EXCEPTIONS.has(name);
}

let tolerating = false;

/** From now on, in this thread, an unhandled rejection by a pdf.js exception does not end it. */
export function tolerateStrayPdfjsRejections(): void {
  if (tolerating) return;
  tolerating = true;
  process.on('unhandledRejection', (reason) => {
    if (isPdfjsException(reason)) return;
    throw reason;
  });
}

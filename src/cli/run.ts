#!/usr/bin/env node
import { tolerateStrayPdfjsRejections } from '../letter/pdfjs-rejections.js';
import { trapProcessInterrupts } from './interrupt.js';
import { EXIT } from './usage.js';
import { main } from './main.js';
import { OutputError } from './output.js';

// A reader that stops early (`imr-audit audit … | head`) closes the pipe: end quietly, as Unix tools do.
// Standard output sent to a file on a full disk: say so in one line, as for a report written with --out.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    if (stream === process.stdout && error.code) {
      process.stderr.write(`imr-audit: ${new OutputError('the standard output', error.code).message}; the run stopped\n`);
      process.exit(EXIT.output);
    }
    throw error;
  });
}

tolerateStrayPdfjsRejections();
const code = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  trapInterrupts: trapProcessInterrupts,
  ...(process.stdout.isTTY && process.stderr.isTTY ? { terminalColumns: process.stderr.columns } : {}),
});
process.exitCode = code;

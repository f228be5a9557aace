#!/usr/bin/env node
import { trapProcessInterrupts } from './interrupt.js';
import { main } from './main.js';

// A reader that stops early (`imr-audit audit … | head`) closes the pipe: end quietly, as Unix tools do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const code = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  trapInterrupts: trapProcessInterrupts,
  ...(process.stdout.isTTY && process.stderr.isTTY ? { terminalColumns: process.stderr.columns } : {}),
});
process.exitCode = code;

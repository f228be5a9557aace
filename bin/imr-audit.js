#!/usr/bin/env -S node --single-threaded-gc --no-regexp-tier-up --v8-pool-size=0 --no-allocation-site-pretenuring
// The built CLI (npm install builds it through the "prepare" script). The #! line's flags are
// src/cli/launch.ts's CLI_V8_FLAGS: a node started without them runs the CLI in one that has them.
import { fileURLToPath } from 'node:url';

const notBuilt = (error) => {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND') {
    process.stderr.write('imr-audit: not built yet; run `npm run build` (npm install does it)\n');
    process.exit(2);
  }
  throw error;
};
const run = new URL('../dist/cli/run.js', import.meta.url);
import('../dist/cli/launch.js')
  .then(({ startCli }) => startCli(fileURLToPath(run), process.argv.slice(2), () => import(run.href).catch(notBuilt)))
  .catch(notBuilt);

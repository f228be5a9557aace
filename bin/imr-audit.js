#!/usr/bin/env node
// The built CLI (npm install builds it through the "prepare" script).
import('../dist/cli/run.js').catch((error) => {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND') {
    process.stderr.write('imr-audit: not built yet; run `npm run build` (npm install does it)\n');
    process.exit(2);
  }
  throw error;
});

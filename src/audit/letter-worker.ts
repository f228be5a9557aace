/**
 * A worker thread of the letter pool (worker-pool.ts): loads the rule library once, then audits
 * the letters it is sent, one at a time, answering each with its DeterminationAudit.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadRuleLibrary } from '../rules/library.js';
import { auditFile } from './audit-letter.js';
import type { WorkerReply, WorkerRequest, WorkerSetup } from './worker-protocol.js';

const port = parentPort;
if (!port) throw new Error('letter-worker.js runs as a worker thread of the letter pool');
const setup = workerData as WorkerSetup;

try {
  const library = await loadRuleLibrary(setup.library);
  port.on('message', (request: WorkerRequest) => {
    void auditFile(request.path, library, setup.audit, request.name).then((audit) => port.postMessage({ id: request.id, audit } satisfies WorkerReply));
  });
  port.postMessage({ ready: true } satisfies WorkerReply);
} catch (error) {
  port.postMessage({ failed: error instanceof Error ? error.message : String(error) } satisfies WorkerReply);
}

/**
 * A worker thread of the letter pool (worker-pool.ts): loads the rule library once, then audits
 * the letters it is sent, answering each with its result (letter-result.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadRuleLibrary } from '../rules/library.js';
import { auditLetterBytes, readLetterOrFail } from './audit-letter.js';
import { letterResult } from './letter-result.js';
import { WORKER_MAX_LETTER_BYTES, type WorkerReply, type WorkerRequest, type WorkerSetup } from './worker-protocol.js';

const port = parentPort;
if (!port) throw new Error('letter-worker.js runs as a worker thread of the letter pool');
const setup = workerData as WorkerSetup;

try {
  const library = await loadRuleLibrary(setup.library);
  const answer = async ({ id, path, name }: WorkerRequest): Promise<WorkerReply> => {
    const bytes = readLetterOrFail(path, name);
    if (!(bytes instanceof Uint8Array)) return { id, result: letterResult(bytes, setup.wanted) };
    if (bytes.length > WORKER_MAX_LETTER_BYTES) return { id, declined: 'large' };
    return { id, result: letterResult(await auditLetterBytes(path, bytes, library, setup.audit, name), setup.wanted) };
  };
  port.on('message', (request: WorkerRequest) => {
    void answer(request).then((reply) => port.postMessage(reply));
  });
  port.postMessage({ ready: true } satisfies WorkerReply);
} catch (error) {
  port.postMessage({ failed: error instanceof Error ? error.message : String(error) } satisfies WorkerReply);
}

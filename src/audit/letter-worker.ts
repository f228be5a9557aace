/**
 * A worker thread of the letter pool (worker-pool.ts): loads the rule library once, then audits
 * the letters it is sent, one at a time in the order they came, answering each with its result
 * (letter-result.ts) before starting the next.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { tolerateStrayPdfjsRejections } from '../letter/pdfjs-rejections.js';
import { loadRuleLibrary } from '../rules/library.js';
import { auditLetterBytes, readLetterOrFail } from './audit-letter.js';
import { letterResult, transferables } from './letter-result.js';
import type { WorkerReply, WorkerRequest, WorkerSetup } from './worker-protocol.js';

const port = parentPort;
if (!port) throw new Error('letter-worker.js runs as a worker thread of the letter pool');
const setup = workerData as WorkerSetup;
tolerateStrayPdfjsRejections();

try {
  const library = await loadRuleLibrary(setup.library);
  const answer = async ({ id, path, name }: WorkerRequest): Promise<WorkerReply> => {
    const bytes = readLetterOrFail(path, name);
    if (!(bytes instanceof Uint8Array)) return { id, result: letterResult(bytes, setup.wanted) };
    if (setup.declineOver !== undefined && bytes.length > setup.declineOver) return { id, declined: 'large' };
    return { id, result: letterResult(await auditLetterBytes(path, bytes, library, setup.audit, name), setup.wanted) };
  };
  /**
   * Letters wait here while one is audited. One at a time, because the pool times the letter a
   * worker is on (the oldest it has not answered); letters interleaved at their awaits would share
   * that time. Nothing is lost by it: a letter's awaits wait on no I/O, only on the rules engine,
   * whose runs go one at a time anyway. An error escaping `answer` (a bug) ends the worker, and the
   * pool hands its letters on.
   */
  const waiting: WorkerRequest[] = [];
  let auditing = false;
  const drain = async (): Promise<void> => {
    auditing = true;
    for (let request = waiting.shift(); request; request = waiting.shift()) {
      const reply = await answer(request);
      port.postMessage(reply, 'result' in reply ? transferables(reply.result) : []);
    }
    auditing = false;
  };
  port.on('message', (request: WorkerRequest) => {
    waiting.push(request);
    if (!auditing) void drain();
  });
  port.postMessage({ ready: true } satisfies WorkerReply);
} catch (error) {
  port.postMessage({ failed: error instanceof Error ? error.message : String(error) } satisfies WorkerReply);
}

/**
 * A worker thread of the pool (pool.ts): it reads and rewrites the files it is handed, with the options the serial
 * run uses, and answers one message per file: the RewriteResult, or the error (an InputError's message is what the
 * command prints).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { rewrite, UsageError } from './engine.js';
import { InputError, readDockerfile } from './io.js';
import { fileOptions, type WorkerInit, type WorkerReply, type WorkerRequest } from './pool.js';

const { job } = workerData as WorkerInit;

parentPort!.on('message', (batch: WorkerRequest) => {
  for (const { index, file } of batch) {
    let reply: WorkerReply;
    try {
      reply = { index, result: rewrite(readDockerfile(file), fileOptions(file, job)) };
    } catch (error) {
      const name = error instanceof InputError ? 'InputError' : error instanceof UsageError ? 'UsageError' : 'Error';
      reply = { index, error: { name, message: error instanceof Error ? error.message : String(error) } };
    }
    parentPort!.postMessage(reply);
  }
});

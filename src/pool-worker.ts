/**
 * A worker thread of the pool (pool.ts): it reads and rewrites the files it is handed, with the options the serial
 * run uses, and answers one message per file: the RewriteResult, or the error (an InputError's message is what the
 * command prints).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { rewriteOne, type WorkerInit, type WorkerRequest } from './pool.js';

const { job } = workerData as WorkerInit;

parentPort!.on('message', (batch: WorkerRequest) => {
  for (const { index, file } of batch) parentPort!.postMessage(rewriteOne(index, file, job));
});

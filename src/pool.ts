/**
 * Rewriting the files of one command run: one after another in this thread, or with a pool of worker threads when
 * there are many (rewrite() is CPU-bound, and a single thread also pays the JIT warm-up alone). Either way the
 * caller sees the same thing: one outcome per file, in the order of `files`, with the writes of --write done here,
 * by this thread, in that order.
 *
 * The pool is used for POOL_MIN_FILES files or more on a machine with more than one core: one worker thread per
 * core but one, and this thread rewrites files too while it waits for the next result. DOCKERFIX_WORKERS overrides
 * that: 0 rewrites in this thread only, N starts N worker threads whatever the number of files. When the worker
 * script is not there (running from the TypeScript sources, or from a bundle without it) the run is serial.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { rewrite, UsageError } from './engine.js';
import { decodeDockerfile, InputError, readDockerfile, writeAtomic } from './io.js';
import type { FileOutcome } from './report.js';
import type { RewriteOptions, RewriteResult } from './types.js';

/**
 * Fewest files for which the pool is used by default. Measured on 2 cores (the bundle, --json, corpus files): a
 * worker costs CPU time of its own (start-up, and its own cold JIT: 16 files took 0.1 s more CPU, 64 files 0.26 s,
 * 128 files 0.29 s, the corpus 1.4 s) and delivers its first result about 0.2 s after this thread starts rewriting;
 * on 2 idle cores, where it can at most halve the time, that pays from about a hundred files on. On a busy machine
 * (no idle core) the extra CPU time is a loss at any size: DOCKERFIX_WORKERS=0.
 */
export const POOL_MIN_FILES = 128;
/** Files handed to a worker at a time (it holds at most two such batches). */
const BATCH = 8;

/** What every file of the run is rewritten with: the options of the command and its --context. */
export interface RewriteJob {
  base: RewriteOptions;
  /** --context: the same build context for every file (default: each file's directory). */
  context?: string;
}

/** The options rewrite() gets for one file (the same in this thread and in a worker). */
export function fileOptions(file: string, job: RewriteJob): RewriteOptions {
  const context = job.context ?? (file === '-' ? null : path.dirname(file));
  return { ...job.base, context, dockerfileName: path.basename(file) };
}

/** Worker threads for a run over `count` files: 0 means this thread. */
export function poolSize(count: number, env: NodeJS.ProcessEnv): number {
  const forced = env.DOCKERFIX_WORKERS;
  if (forced !== undefined && forced !== '') {
    if (!/^\d+$/.test(forced)) throw new UsageError(`DOCKERFIX_WORKERS must be a whole number (0: no worker threads), not "${forced}"`);
    return Math.min(Number(forced), count);
  }
  const cores = os.availableParallelism();
  // This thread rewrites too: one worker fewer than cores.
  return count >= POOL_MIN_FILES && cores > 1 ? cores - 1 : 0;
}

export interface RunOptions {
  job: RewriteJob;
  write: boolean;
  /** Worker threads (poolSize); 0, or a run that reads standard input, rewrites here. */
  workers: number;
  readStdin: () => Promise<Uint8Array>;
  /** Called before each file, in order (the progress line). */
  onFile?: (index: number, file: string) => void;
  /** The worker script (tests give another); default: pool-worker.js beside this module. */
  workerUrl?: URL;
}

/** Messages of the worker protocol (pool-worker.ts). */
export interface WorkerInit {
  job: RewriteJob;
}
export type WorkerRequest = { index: number; file: string }[];
export type WorkerReply =
  | { index: number; result: RewriteResult }
  | { index: number; error: { name: string; message: string } };

/** Reads and rewrites one file (in a worker, or ahead of its turn in this thread): the result or the error. */
export function rewriteOne(index: number, file: string, job: RewriteJob): WorkerReply {
  try {
    return { index, result: rewrite(readDockerfile(file), fileOptions(file, job)) };
  } catch (error) {
    const name = error instanceof InputError ? 'InputError' : error instanceof UsageError ? 'UsageError' : 'Error';
    return { index, error: { name, message: error instanceof Error ? error.message : String(error) } };
  }
}

/** The result of a reply; its error as this thread would have thrown it. */
function unpack(reply: WorkerReply): RewriteResult {
  if ('result' in reply) return reply.result;
  const { name, message } = reply.error;
  if (name === 'InputError') throw new InputError(message);
  if (name === 'UsageError') throw new UsageError(message);
  throw new Error(message);
}

/** Outcomes in file order, and one line per file that could not be read or written. */
export async function rewriteFiles(files: string[], options: RunOptions): Promise<{ outcomes: FileOutcome[]; errorLines: string[] }> {
  const outcomes: FileOutcome[] = [];
  const errorLines: string[] = [];
  const url = options.workerUrl ?? new URL('./pool-worker.js', import.meta.url);
  const pooled = options.workers > 0 && !files.includes('-') && fs.existsSync(fileURLToPath(url));
  const pool = pooled ? new Pool(url, options.workers, files, options.job) : null;
  // Directories --write has written into so far, with their ancestors: a result computed ahead of its turn, before a
  // write into its file's directory or build context, may differ from what the serial run computes after it (a
  // created .dockerignore changes what the context holds): such a file is rewritten again, as the serial run would.
  const touched = new Set<string>();
  const wrote = (target: string): void => {
    for (let dir = path.resolve(path.dirname(target)); !touched.has(dir); dir = path.dirname(dir)) {
      touched.add(dir);
      if (path.dirname(dir) === dir) break;
    }
  };
  const stale = (file: string): boolean =>
    touched.size > 0 && (touched.has(path.resolve(path.dirname(file))) || touched.has(path.resolve(fileOptions(file, options.job).context ?? '.')));
  try {
    for (const [i, file] of files.entries()) {
      options.onFile?.(i, file);
      try {
        let result: RewriteResult | null = null;
        const ahead = pool ? await pool.take(i) : null;
        if (ahead) {
          try {
            result = unpack(ahead);
          } catch (error) {
            if (!stale(file)) throw error;
          }
          if (stale(file)) result = null;
        }
        if (!result) {
          const text = file === '-' ? decodeDockerfile(await options.readStdin(), '<stdin>') : readDockerfile(file);
          result = rewrite(text, fileOptions(file, options.job));
        }
        const outcome: FileOutcome = { file, result, written: false, created: [] };
        if (options.write && result.changed && file !== '-') {
          if (result.output !== result.input) {
            writeAtomic(file, result.output);
            wrote(file);
          }
          outcome.written = true;
          const context = fileOptions(file, options.job).context ?? path.dirname(file);
          for (const f of result.files) {
            const target = path.join(context, f.path);
            if (!fs.existsSync(target)) {
              writeAtomic(target, f.content);
              wrote(target);
              outcome.created.push(target);
            }
          }
        }
        outcomes.push(outcome);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        errorLines.push(error.message);
      }
    }
  } finally {
    pool?.close();
  }
  return { outcomes, errorLines };
}

/**
 * Worker threads taking batches of files from a shared queue, and this thread taking single files from it while it
 * waits for a result (it has the engine loaded already, and rewrites while the workers start). Results are kept by
 * index until taken.
 */
class Pool {
  private readonly workers: Worker[] = [];
  private readonly results = new Map<number, WorkerReply>();
  private waiting: { index: number; resolve: () => void } | null = null;
  private failure: Error | null = null;
  private next = 0;
  private closed = false;

  constructor(url: URL, size: number, private readonly files: string[], private readonly job: RewriteJob) {
    for (let w = 0; w < size; w++) {
      const worker = new Worker(url, { workerData: { job } satisfies WorkerInit });
      // Files not answered yet of each batch the worker holds.
      const inFlight: number[] = [];
      worker.on('message', (reply: WorkerReply) => {
        this.results.set(reply.index, reply);
        if (--inFlight[0] === 0) {
          inFlight.shift();
          this.feed(worker, inFlight);
        }
        if (this.waiting?.index === reply.index) this.wake();
      });
      worker.on('error', (error) => this.fail(new Error(error.message)));
      worker.on('messageerror', (error) => this.fail(new Error(error.message)));
      worker.on('exit', (code) => {
        if (!this.closed) this.fail(new Error(`a worker thread stopped unexpectedly (exit code ${code})`));
      });
      this.workers.push(worker);
      // Two batches each: a worker starts on the second while the first's results travel.
      this.feed(worker, inFlight);
      this.feed(worker, inFlight);
    }
  }

  /**
   * The reply for file `index`, or null when no one has taken that file yet: the caller rewrites it now. While a
   * worker has it, this thread rewrites files further on.
   */
  async take(index: number): Promise<WorkerReply | null> {
    for (;;) {
      const reply = this.results.get(index);
      if (reply) {
        this.results.delete(index);
        return reply;
      }
      if (this.failure) throw this.failure;
      if (this.next === index) {
        this.next++;
        return null;
      }
      if (this.next < this.files.length) {
        const ahead = this.next++;
        this.results.set(ahead, rewriteOne(ahead, this.files[ahead], this.job));
        // Let the workers' messages in (and feed them) before the next file.
        await new Promise<void>((resolve) => setImmediate(resolve));
      } else {
        await new Promise<void>((resolve) => (this.waiting = { index, resolve }));
      }
    }
  }

  close(): void {
    this.closed = true;
    for (const worker of this.workers) void worker.terminate();
  }

  /** Hands the worker its next batch. */
  private feed(worker: Worker, inFlight: number[]): void {
    if (this.next >= this.files.length || this.closed) return;
    const batch: WorkerRequest = [];
    for (; batch.length < BATCH && this.next < this.files.length; this.next++) batch.push({ index: this.next, file: this.files[this.next] });
    inFlight.push(batch.length);
    worker.postMessage(batch);
  }

  private fail(error: Error): void {
    this.failure ??= error;
    this.wake();
  }

  private wake(): void {
    const waiting = this.waiting;
    this.waiting = null;
    waiting?.resolve();
  }
}

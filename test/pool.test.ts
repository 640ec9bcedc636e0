/**
 * The worker-thread pool of many-file runs (src/pool.ts): the same output, exit code, error lines and written bytes
 * as the serial run, in the same order, and a crashed worker ends the command with one line instead of a hang.
 *
 * Under vitest the CLI runs from src/, where the worker script is not built (the run is serial there): the pool is
 * exercised through the build that `npm test` makes first, in process (dist/src) and as the command (the bundle).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capture } from './helpers/streams.js';
import { FIXTURES } from './helpers/fixtures.js';
import { POOL_MIN_FILES, poolSize, rewriteFiles } from '../src/pool.js';
import type { RewriteJob } from '../src/pool.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(ROOT, 'bin/dockerfix.js');
const DIST_CLI = pathToFileURL(path.join(ROOT, 'dist/src/cli.js')).href;

let tmp: string;
let tree: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dockerfix-pool-'));
  tree = path.join(tmp, 'tree');
  makeTree(tree);
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/**
 * Every fixture's before-file as <pass>/<case>/Dockerfile with its build context, the example apps, a second
 * Dockerfile beside some (two files of one context: a .dockerignore one of them creates matters to the other), and
 * files that are not Dockerfiles (each an InputError), spread through the order.
 */
function makeTree(dir: string): void {
  for (const pass of fs.readdirSync(FIXTURES).filter((p) => p !== 'apps')) {
    for (const name of fs.readdirSync(path.join(FIXTURES, pass))) {
      const m = /^(.*)\.before\.Dockerfile$/.exec(name);
      if (!m) continue;
      const target = path.join(dir, pass, m[1]);
      const context = path.join(FIXTURES, pass, `${m[1]}.context`);
      if (fs.existsSync(context)) fs.cpSync(context, target, { recursive: true });
      fs.mkdirSync(target, { recursive: true });
      fs.copyFileSync(path.join(FIXTURES, pass, name), path.join(target, 'Dockerfile'));
      if (pass === 'deps-first') fs.copyFileSync(path.join(FIXTURES, pass, name), path.join(target, 'Dockerfile.prod'));
    }
  }
  fs.cpSync(path.join(FIXTURES, 'apps'), path.join(dir, 'apps'), { recursive: true });
  const bad: Record<string, string | Buffer> = {
    'a-bad/empty/Dockerfile': '',
    'merge-runs/zz-binary/Dockerfile': Buffer.from([0x46, 0x52, 0x4f, 0x4d, 0x00, 0x20]),
    'multi-stage/not-docker/Dockerfile': 'just some text\n',
    'zz-bad/latin1/Dockerfile': Buffer.from('FROM alpine\nRUN echo caf\xe9\n', 'latin1'),
  };
  for (const [rel, content] of Object.entries(bad)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), content);
  }
}

/** The built command's main() in this process, with DOCKERFIX_WORKERS set. */
async function distCli(args: string[], workers: string): Promise<{ code: number; out: string; err: string }> {
  const { main } = (await import(DIST_CLI)) as typeof import('../src/cli.js');
  const c = capture('', { DOCKERFIX_WORKERS: workers });
  const code = await main(args, c.streams);
  return { code, ...c.printed() };
}

function files(dir: string): Record<string, string> {
  const all: Record<string, string> = {};
  for (const rel of fs.readdirSync(dir, { recursive: true }) as string[]) {
    const file = path.join(dir, rel);
    if (fs.statSync(file).isFile()) all[rel] = fs.readFileSync(file).toString('base64');
  }
  return all;
}

describe('poolSize', () => {
  it('uses the pool from POOL_MIN_FILES files on a machine with more than one core; DOCKERFIX_WORKERS overrides it', () => {
    expect(poolSize(POOL_MIN_FILES - 1, {})).toBe(0);
    expect(poolSize(POOL_MIN_FILES, {})).toBe(os.availableParallelism() > 1 ? os.availableParallelism() - 1 : 0);
    expect(poolSize(1000, { DOCKERFIX_WORKERS: '0' })).toBe(0);
    expect(poolSize(3, { DOCKERFIX_WORKERS: '2' })).toBe(2);
    expect(poolSize(1, { DOCKERFIX_WORKERS: '4' })).toBe(1);
    expect(() => poolSize(10, { DOCKERFIX_WORKERS: 'many' })).toThrow('DOCKERFIX_WORKERS must be a whole number');
  });
});

describe('the pool, in process (dist/src)', () => {
  it('prints what the serial run prints, in the same order, for every format, with the same error lines', async () => {
    const started: unknown[] = [];
    const count = (w: unknown): number => started.push(w);
    process.on('worker', count);
    try {
      for (const args of [['--json'], ['--check'], [], ['--unsafe', '--cache-strategy', 'mount', '--format', 'sarif']]) {
        const serial = await distCli([...args, tree], '0');
        const before = started.length;
        const pooled = await distCli([...args, tree], '3');
        expect(started.length - before).toBe(3);
        expect(pooled).toEqual(serial);
      }
    } finally {
      process.off('worker', count);
    }
    const serial = await distCli(['--json', tree], '0');
    expect(serial.code).toBe(2);
    expect(serial.err.split('\n').filter(Boolean)).toEqual([
      `dockerfix: ${path.join(tree, 'a-bad/empty/Dockerfile')}: empty file`,
      `dockerfix: ${path.join(tree, 'merge-runs/zz-binary/Dockerfile')}: binary file, not a Dockerfile`,
      `dockerfix: ${path.join(tree, 'multi-stage/not-docker/Dockerfile')}: not a Dockerfile (no FROM instruction)`,
      `dockerfix: ${path.join(tree, 'zz-bad/latin1/Dockerfile')}: not valid UTF-8 text`,
    ]);
    const report = JSON.parse(serial.out) as { files: { file: string }[] };
    expect(report.files.length).toBeGreaterThan(POOL_MIN_FILES);
    const listed = report.files.map((f) => f.file);
    expect(listed).toEqual([...listed].sort());
  });

  it('--write through the pool writes the same bytes (and creates the same files) as the serial run', async () => {
    const a = path.join(tmp, 'write-serial');
    const b = path.join(tmp, 'write-pool');
    fs.cpSync(tree, a, { recursive: true });
    fs.cpSync(tree, b, { recursive: true });
    const serial = await distCli(['--write', a], '0');
    const pooled = await distCli(['--write', b], '2');
    expect(pooled.code).toBe(serial.code);
    expect(pooled.err.replaceAll(b, a)).toBe(serial.err);
    expect(pooled.out.replaceAll(b, a)).toBe(serial.out);
    const written = files(a);
    expect(files(b)).toEqual(written);
    expect(written).not.toEqual(files(tree));
    // A build context shared by every file (--context): each file sees what the files before it created.
    const c = path.join(tmp, 'context-serial');
    const d = path.join(tmp, 'context-pool');
    fs.cpSync(path.join(tree, 'deps-first'), c, { recursive: true });
    fs.cpSync(path.join(tree, 'deps-first'), d, { recursive: true });
    const one = await distCli(['--write', '--json', '--context', c, c], '0');
    const two = await distCli(['--write', '--json', '--context', d, d], '2');
    expect(two.out.replaceAll(d, c)).toBe(one.out);
    expect(files(d)).toEqual(files(c));
  });

  it('a worker that fails ends the run with its error, and one that throws for a file errs at that file', async () => {
    const dir = path.join(tmp, 'workers');
    fs.mkdirSync(dir);
    const crash = path.join(dir, 'crash.mjs');
    fs.writeFileSync(crash, "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => { throw new Error('boom'); });\n");
    const quit = path.join(dir, 'quit.mjs');
    fs.writeFileSync(quit, "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => process.exit(3));\n");
    // Answers every file with an empty result, except the third: an InputError; and the fifth: any other error.
    const answers = path.join(dir, 'answers.mjs');
    fs.writeFileSync(
      answers,
      `import { parentPort } from 'node:worker_threads';
parentPort.on('message', (batch) => {
  for (const { index, file } of batch) {
    if (index === 2) parentPort.postMessage({ index, error: { name: 'InputError', message: file + ': unreadable' } });
    else if (index === 4) parentPort.postMessage({ index, error: { name: 'Error', message: 'engine bug' } });
    else parentPort.postMessage({ index, result: { input: 'x', output: 'x', changed: false, changes: [], skipped: [], files: [] } });
  }
});\n`,
    );
    const list = Array.from({ length: 40 }, (_, i) => path.join(dir, `f${i}`));
    const job: RewriteJob = { base: {} };
    const run = (file: string, workers = 2): ReturnType<typeof rewriteFiles> =>
      rewriteFiles(list, { job, write: false, workers, readStdin: async () => new Uint8Array(), workerUrl: pathToFileURL(file) });
    await expect(run(crash)).rejects.toThrow('boom');
    await expect(run(quit)).rejects.toThrow('a worker thread stopped unexpectedly (exit code 3)');
    const seen: number[] = [];
    await expect(
      rewriteFiles(list, { job, write: false, workers: 3, readStdin: async () => new Uint8Array(), workerUrl: pathToFileURL(answers), onFile: (i) => seen.push(i) }),
    ).rejects.toThrow('engine bug');
    expect(seen).toEqual([0, 1, 2, 3, 4]);
    const fine = list.slice(0, 4);
    const done = await rewriteFiles(fine, { job, write: false, workers: 2, readStdin: async () => new Uint8Array(), workerUrl: pathToFileURL(answers) });
    expect(done.outcomes.map((o) => o.file)).toEqual([fine[0], fine[1], fine[3]]);
    expect(done.errorLines).toEqual([`${fine[2]}: unreadable`]);
    // No worker script (the TypeScript sources): the run is serial.
    const missing = await rewriteFiles([path.join(tree, 'merge-runs/basic/Dockerfile')], { job, write: false, workers: 2, readStdin: async () => new Uint8Array(), workerUrl: pathToFileURL(path.join(dir, 'none.js')) });
    expect(missing.outcomes[0].result.changed).toBe(true);
  });
});

describe('the pool in the command (the bundle)', () => {
  const cmd = (args: string[], env: Record<string, string>, node: string[] = []): ReturnType<typeof spawnSync> =>
    spawnSync(process.execPath, [...node, BIN, ...args], { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 60_000, maxBuffer: 1 << 28 });

  it('gives the serial run\'s output and exit code', () => {
    for (const args of [['--json'], ['--check']]) {
      const serial = cmd([...args, tree], { DOCKERFIX_WORKERS: '0' });
      const pooled = cmd([...args, tree], { DOCKERFIX_WORKERS: '2' });
      expect(pooled.status).toBe(serial.status);
      expect(pooled.stdout).toBe(serial.stdout);
      expect(pooled.stderr).toBe(serial.stderr);
    }
  });

  it('a crashed worker gives one line and exit code 2, not a hang', () => {
    const hook = path.join(tmp, 'crash-hook.mjs');
    fs.writeFileSync(hook, "import { isMainThread } from 'node:worker_threads';\nif (!isMainThread) setTimeout(() => { throw new Error('boom in a worker'); }, 0);\n");
    const crashed = cmd(['--json', tree], { DOCKERFIX_WORKERS: '2' }, ['--import', pathToFileURL(hook).href]);
    expect(crashed.error).toBeUndefined();
    expect(crashed.status).toBe(2);
    expect(crashed.stdout).toBe('');
    expect(crashed.stderr).toBe('dockerfix: internal error: boom in a worker\n');
  });
});

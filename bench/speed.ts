/**
 * npm run bench:speed — how fast dockerfix is: rewrite() throughput over the shared corpus in one process, the
 * command end to end over the corpus written out as files, and the command's start-up time.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import { fileURLToPath } from 'node:url';

// Same engine settings as bin/dockerfix.js, so the numbers are the command's.
v8.setFlagsFromString('--liftoff-only');
const { loadCorpus, CORPUS_FILE } = await import('../src/corpus.js');
const { rewrite } = await import('../src/engine.js');

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = path.join(ROOT, 'bin/dockerfix.js');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

const corpus = loadCorpus();
if (!corpus) {
  console.error(`bench:speed: no corpus at ${CORPUS_FILE}; nothing to measure`);
  process.exit(2);
}

// 1. In-process throughput: every default pass, every file, three rounds; the median round counts.
const rounds: number[] = [];
let changed = 0;
for (let round = 0; round < 3; round++) {
  const t0 = performance.now();
  changed = 0;
  for (const e of corpus) if (rewrite(e.content).changed) changed++;
  rounds.push(performance.now() - t0);
}
const inProcess = corpus.length / (median(rounds) / 1000);

// 2. The command over the corpus as files on disk (discovery, reading, rewriting, diffing, JSON report).
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dockerfix-speed-'));
for (const e of corpus) {
  const dir = path.join(tmp, e.id);
  fs.mkdirSync(dir);
  fs.writeFileSync(path.join(dir, 'Dockerfile'), e.content);
}
const cliRuns: number[] = [];
for (let i = 0; i < 3; i++) {
  const t0 = performance.now();
  spawnSync(process.execPath, [BIN, '--json', tmp], { encoding: 'utf8', maxBuffer: 1 << 28 });
  cliRuns.push(performance.now() - t0);
}
fs.rmSync(tmp, { recursive: true, force: true });
const endToEnd = corpus.length / (median(cliRuns) / 1000);

// 3. Start-up: the command on one small file, wall clock, median of 15 runs.
const sample = path.join(ROOT, 'fixtures/merge-runs/basic.before.Dockerfile');
const starts: number[] = [];
for (let i = 0; i < 15; i++) {
  const t0 = performance.now();
  execFileSync(process.execPath, [BIN, '--stdout', sample]);
  starts.push(performance.now() - t0);
}

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
console.log(`corpus: ${corpus.length} Dockerfiles (${changed} changed by the default passes)`);
console.log(`machine: ${os.cpus().length} x ${cpu}, Node ${process.version}`);
console.log('');
console.log('| measure | result |');
console.log('|---|---|');
console.log(`| rewrite() in one process, default passes | ${Math.round(inProcess)} files/s (median of 3 rounds) |`);
console.log(`| \`dockerfix --json <dir>\` over the corpus as files | ${Math.round(endToEnd)} files/s (median of 3 runs) |`);
console.log(`| start-up, \`dockerfix --stdout <small file>\` | ${Math.round(median(starts))} ms (median of 15 runs) |`);

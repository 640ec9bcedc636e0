/**
 * npm run oracle — the byte-for-byte oracle for work on the engine's speed: runs rewrite() over every corpus file
 * (../shared/corpus/dockerfiles.jsonl, read at run time) in several configurations and prints one line per file and
 * configuration with a hash of the output and one of the change list (and of the skips). Record it before a change,
 * run it after, and compare:
 *
 *   npm run oracle -- --out /tmp/before.txt     # before
 *   npm run oracle -- --compare /tmp/before.txt # after: lists every difference, exit 1 when there is one
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { loadCorpus, CORPUS_FILE } from '../src/corpus.js';
import { rewrite } from '../src/engine.js';
import { PASSES } from '../transforms/index.js';
import type { RewriteOptions } from '../src/types.js';

const CONFIGS: [string, RewriteOptions][] = [
  ['default', {}],
  ['all-unsafe', { passes: PASSES.map((p) => p.id), unsafe: true }],
  ['mount', { cacheStrategy: 'mount' }],
  ['all-unsafe-mount', { passes: PASSES.map((p) => p.id), unsafe: true, cacheStrategy: 'mount' }],
];

const hash = (s: string): string => createHash('sha256').update(s).digest('hex').slice(0, 16);

const corpus = loadCorpus();
if (!corpus) {
  console.error(`oracle: no corpus at ${CORPUS_FILE}`);
  process.exit(2);
}
const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const compareAt = args.indexOf('--compare');

const lines: string[] = [];
for (const [name, options] of CONFIGS) {
  for (const e of corpus) {
    const r = rewrite(e.content, options);
    lines.push(`${e.id} ${name} out=${hash(r.output)} changes=${hash(JSON.stringify(r.changes))} files=${hash(JSON.stringify(r.files))} skipped=${hash(JSON.stringify(r.skipped))}`);
  }
}
const text = `${lines.join('\n')}\n`;
if (outAt >= 0) fs.writeFileSync(args[outAt + 1], text);
if (compareAt >= 0) {
  const before = fs.readFileSync(args[compareAt + 1], 'utf8').split('\n').filter(Boolean);
  const now = new Map(lines.map((l) => [l.split(' ').slice(0, 2).join(' '), l]));
  let diffs = 0;
  for (const b of before) {
    const key = b.split(' ').slice(0, 2).join(' ');
    const n = now.get(key);
    if (n !== b) {
      diffs++;
      if (diffs <= 20) console.log(`differs: ${b}\n     now: ${n ?? '(missing)'}`);
    }
  }
  console.log(`${lines.length} results compared with ${before.length}: ${diffs} differ`);
  process.exit(diffs || before.length !== lines.length ? 1 : 0);
}
if (outAt < 0) process.stdout.write(text);

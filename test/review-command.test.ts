import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../src/cli.js';
import { rewrite } from '../src/engine.js';
import { loadReview, writeReviews } from '../src/review/command.js';
import { decide, type FileReview } from '../src/review/state.js';

const APP = path.join(import.meta.dirname, '../fixtures/apps/apt-heavy');
const TEXT = fs.readFileSync(path.join(APP, 'Dockerfile'), 'utf8');

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dockerfix-review-cmd-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function copy(): string {
  const to = path.join(dir, 'app');
  fs.cpSync(APP, to, { recursive: true });
  return path.join(to, 'Dockerfile');
}
function review(file: string): FileReview {
  const loaded = loadReview(file, { base: {}, unsafe: false, color: false });
  if (!loaded.review) throw new Error(loaded.error);
  return loaded.review;
}
const id = (r: FileReview, pass: string, message = /./): string => r.items.find((i) => i.change.pass === pass && message.test(i.change.message))!.change.id;
function write(reviews: FileReview[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = writeReviews(reviews, {}, (s) => (out += s), (s) => (err += s));
  return { code, out, err };
}

describe('writing what the review decided', () => {
  it('writes exactly rewrite() for the accepted ids, atomically, and says so', () => {
    const file = copy();
    let r = review(file);
    const merge = id(r, 'merge-runs');
    r = decide(r, merge, 'accepted');
    r = decide(r, id(r, 'deps-first'), 'rejected');
    const { code, out } = write([r]);
    expect(code).toBe(0);
    expect(fs.readFileSync(file, 'utf8')).toBe(rewrite(TEXT, { context: path.dirname(file), dockerfileName: 'Dockerfile', changeIds: [merge] }).output);
    expect(out).toBe(`${file}: 1 change applied\n1 file written, 1 change applied, 1 rejected\n`);
    expect(fs.readdirSync(path.dirname(file)).filter((f) => f.includes('.tmp'))).toEqual([]);
  });

  it('creates the proposed .dockerignore when accepted, and never overwrites one', () => {
    const file = copy();
    let r = review(file);
    r = decide(r, id(r, 'deps-first'), 'accepted');
    const { out } = write([r]);
    const ignore = path.join(path.dirname(file), '.dockerignore');
    expect(fs.readFileSync(ignore, 'utf8')).toBe(r.result.files[0].content);
    expect(out).toContain(`created ${ignore}`);
    expect(fs.readFileSync(file, 'utf8')).toBe(TEXT);
    fs.writeFileSync(ignore, 'mine\n');
    write([r]);
    expect(fs.readFileSync(ignore, 'utf8')).toBe('mine\n');
  });

  it('an accepted change built on one not accepted is not written, and the summary says so', () => {
    const file = copy();
    let r = review(file);
    r = decide(r, id(r, 'cache-cleanup', /package lists/), 'accepted');
    const { out } = write([r]);
    expect(fs.readFileSync(file, 'utf8')).toBe(TEXT);
    expect(out).toBe('0 files written, 0 changes applied, 0 rejected (1 accepted change not applied: built on a change not accepted)\n');
  });

  it('a remembered rejection is written even when nothing is accepted', () => {
    const file = copy();
    let r = review(file);
    r = decide(r, id(r, 'merge-runs'), 'ignored');
    const { out } = write([r]);
    expect(fs.readFileSync(file, 'utf8')).toBe(TEXT.replace('\nRUN apt-get update\n', '\n# dockerfix-ignore merge-runs\nRUN apt-get update\n'));
    expect(out).toBe(`${file}: 0 changes applied, 1 rejection remembered with a dockerfix-ignore comment\n1 file written, 0 changes applied, 1 rejected\n`);
    // The next run leaves that RUN on its own (it still merges the ones after it).
    const next = rewrite(fs.readFileSync(file, 'utf8'), { context: path.dirname(file) });
    expect(next.output).toContain('# dockerfix-ignore merge-runs\nRUN apt-get update\nRUN apt-get install');
    expect(next.changes.some((c) => c.pass === 'merge-runs')).toBe(true);
  });

  it('nothing accepted: nothing written', () => {
    const file = copy();
    const before = fs.statSync(file).mtimeMs;
    const { out } = write([review(file)]);
    expect(out).toBe('0 files written, 0 changes applied, 0 rejected\n');
    expect(fs.statSync(file).mtimeMs).toBe(before);
  });
});

describe('dockerfix -i usage', () => {
  const tty = (): PassThrough & { isTTY: boolean } => Object.assign(new PassThrough(), { isTTY: true });
  async function cli(args: string[]): Promise<{ code: number; err: string }> {
    const stderr = new PassThrough();
    let err = '';
    stderr.on('data', (d) => (err += d));
    const stdin = Object.assign(Readable.from(['']), { isTTY: true });
    const code = await main(args, { stdout: tty(), stderr, stdin, env: {} });
    return { code, err };
  }

  it('refuses modes that write or print without review, and standard input as the file', async () => {
    const file = copy();
    for (const mode of [['--write'], ['--check'], ['--json'], ['--format', 'sarif']]) {
      const r = await cli(['-i', ...mode, file]);
      expect(r.code).toBe(2);
      expect(r.err).toBe('dockerfix: -i cannot be combined with --write, --check, --stdout, --json or --format\n');
    }
    const r = await cli(['-i', '-']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^dockerfix: -i reads the Dockerfiles from files/);
    expect(fs.readFileSync(file, 'utf8')).toBe(TEXT);
  });

  it('a missing path is one line, as for the plain command', async () => {
    const r = await cli(['-i', path.join(dir, 'nope')]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`dockerfix: ${path.join(dir, 'nope')}: no such file or directory\n`);
  });
});

/**
 * bin/dockerfix.js as installed: the plain command runs from the CommonJS bundle with V8's code cache, the review
 * UI, the PR bot and the verifier from the ES module bundle, and both print what the command run in process prints.
 * `npm test` builds first, so dist/bundle is there.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/streams.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SAMPLE = path.join(ROOT, 'fixtures/cache-cleanup');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dockerfix-bin-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function bin(args: string[], binFile = path.join(ROOT, 'bin/dockerfix.js')): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [binFile, ...args], { encoding: 'utf8', input: '', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** A copy of the installed command (bin and bundles, node_modules linked) whose code cache a test may spoil. */
function install(): string {
  const dir = fs.mkdtempSync(path.join(tmp, 'install-'));
  fs.cpSync(path.join(ROOT, 'bin'), path.join(dir, 'bin'), { recursive: true });
  fs.cpSync(path.join(ROOT, 'dist/bundle'), path.join(dir, 'dist/bundle'), { recursive: true });
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  return path.join(dir, 'bin/dockerfix.js');
}

describe('bin/dockerfix.js', () => {
  it('the build leaves the CommonJS bundle and its code cache', () => {
    expect(fs.statSync(path.join(ROOT, 'dist/bundle/cli.cjs')).size).toBeGreaterThan(100_000);
    expect(fs.statSync(path.join(ROOT, 'dist/bundle/cli.cjs.cache')).size).toBeGreaterThan(10_000);
  });

  it.each([['--json'], ['--check'], ['--format', 'sarif'], ['-v']])('prints what the command in process prints (%s)', async (...flags) => {
    const expected = await runCli([...flags, SAMPLE]);
    const got = bin([...flags, SAMPLE]);
    expect(got.code).toBe(expected.code);
    // The SARIF log names the tool's version, the same for both.
    expect(got.out).toBe(expected.out);
    expect(got.err).toBe(expected.err);
    expect(got.out.length).toBeGreaterThan(100);
  });

  it('--stdout of one file, and bad input: one line, exit 2', async () => {
    const file = path.join(ROOT, 'fixtures/merge-runs/basic.before.Dockerfile');
    const expected = (await runCli(['--stdout', file])).out;
    expect(expected).toMatch(/rm -rf \/var\/lib\/apt\/lists/);
    expect(bin(['--stdout', file]).out).toBe(expected);
    const missing = bin([path.join(tmp, 'nope')]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/^dockerfix: .*nope: no such file or directory\n$/);
  });

  it('sends -i, pr and verify to the ES module bundle', () => {
    const review = bin(['-i', SAMPLE]);
    expect(review.code).toBe(2);
    expect(review.err).toMatch(/^dockerfix: -i needs a terminal/);
    expect(bin(['-vi', SAMPLE]).err).toMatch(/^dockerfix: -i needs a terminal/);
    expect(bin(['pr', '--help']).out).toMatch(/^Usage: dockerfix pr /);
    expect(bin(['verify', '--help']).out).toMatch(/^Usage: dockerfix verify /);
  });

  it('a code cache V8 rejects is written again, and a missing one is made by the next run', async () => {
    const installed = install();
    const cache = path.join(path.dirname(installed), '../dist/bundle/cli.cjs.cache');
    const file = path.join(ROOT, 'fixtures/merge-runs/basic.before.Dockerfile');
    const expected = (await runCli(['--stdout', file])).out;
    fs.writeFileSync(cache, 'not a code cache');
    expect(bin(['--stdout', file], installed).out).toBe(expected);
    expect(fs.statSync(cache).size).toBeGreaterThan(10_000);
    fs.rmSync(cache);
    expect(bin(['--stdout', file], installed).out).toBe(expected);
    expect(fs.existsSync(cache)).toBe(true);
    // No temporary file left behind.
    expect(fs.readdirSync(path.dirname(cache)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('runs without writing when the cache cannot be written (a read-only install)', () => {
    const installed = install();
    const dir = path.join(path.dirname(installed), '../dist/bundle');
    fs.rmSync(path.join(dir, 'cli.cjs.cache'));
    fs.chmodSync(dir, 0o555);
    try {
      const r = bin(['--stdout', path.join(ROOT, 'fixtures/merge-runs/basic.before.Dockerfile')], installed);
      expect(r.code).toBe(0);
      expect(r.err).toBe('');
      // root may write anyway; anyone else may not.
      if (process.getuid?.() !== 0) expect(fs.existsSync(path.join(dir, 'cli.cjs.cache'))).toBe(false);
    } finally {
      fs.chmodSync(dir, 0o755);
    }
  });
});

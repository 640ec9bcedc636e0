import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './helpers/streams.js';
import { findConfig, ignoreMatcher, parseConfig } from '../src/config.js';

describe('parseConfig', () => {
  it('accepts every key', () => {
    const text = JSON.stringify({
      $schema: 'x',
      passes: ['merge-runs', 'cache-cleanup'],
      skip: ['copy-chown'],
      unsafe: true,
      cacheStrategy: 'mount',
      paths: ['services', 'Dockerfile'],
      ignore: ['legacy/**'],
      branchPrefix: 'bots/',
      labels: ['docker'],
    });
    expect(parseConfig(text)).toEqual({
      passes: ['merge-runs', 'cache-cleanup'],
      skip: ['copy-chown'],
      unsafe: true,
      cacheStrategy: 'mount',
      paths: ['services', 'Dockerfile'],
      ignore: ['legacy/**'],
      branchPrefix: 'bots/',
      labels: ['docker'],
    });
  });

  const bad: [string, string][] = [
    ['{', '.dockerfix.json: not valid JSON ('],
    ['[]', '.dockerfix.json: must be a JSON object'],
    ['{"pases": []}', '.dockerfix.json: unknown key "pases" (keys: passes, skip, unsafe, cacheStrategy, paths, ignore, branchPrefix, labels)'],
    ['{"passes": ["merge-run"]}', '.dockerfix.json: "passes" unknown pass "merge-run" (passes: merge-runs, cache-cleanup, deps-first, copy-chown, multi-stage)'],
    ['{"skip": "merge-runs"}', '.dockerfix.json: "skip" must be an array of pass ids'],
    ['{"unsafe": "yes"}', '.dockerfix.json: "unsafe" must be true or false'],
    ['{"cacheStrategy": "mounts"}', '.dockerfix.json: "cacheStrategy" must be "clean" or "mount"'],
    ['{"paths": []}', '.dockerfix.json: "paths" must be a non-empty array of paths'],
    ['{"paths": ["../other"]}', '.dockerfix.json: "paths" "../other" must be a path inside the repository (relative, without "..")'],
    ['{"ignore": ["/abs"]}', '.dockerfix.json: "ignore" "/abs" must be a glob relative to the repository root'],
    ['{"branchPrefix": "bot name/"}', '.dockerfix.json: "branchPrefix" "bot name/" is not usable in a git branch name'],
    ['{"branchPrefix": 3}', '.dockerfix.json: "branchPrefix" must be a string'],
    ['{"labels": [""]}', '.dockerfix.json: "labels" must be an array of label names (1 to 50 characters)'],
  ];
  for (const [text, message] of bad) {
    it(`rejects ${text} in one line naming the key`, () => {
      expect(() => parseConfig(text)).toThrow(message);
      try {
        parseConfig(text);
      } catch (error) {
        expect((error as Error).message).not.toContain('\n');
      }
    });
  }

  it('ignore globs cover files and, written as a directory, what is under it', () => {
    const ignored = ignoreMatcher({ ignore: ['legacy', 'tools/**/Dockerfile.dev'] });
    expect(ignored('legacy/Dockerfile')).toBe(true);
    expect(ignored('tools/a/b/Dockerfile.dev')).toBe(true);
    expect(ignored('tools/a/Dockerfile')).toBe(false);
    expect(ignored('legacy-new/Dockerfile')).toBe(false);
  });
});

describe('the plain command reads .dockerfix.json', () => {
  const NAIVE = 'FROM debian:bookworm\nRUN apt-get update\nRUN apt-get install -y curl\n';
  let dir: string;
  let cwd: string;
  beforeEach(() => {
    cwd = process.cwd();
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'dockerfix-config-')));
    fs.mkdirSync(path.join(dir, '.git'));
    for (const rel of ['Dockerfile', 'legacy/Dockerfile', 'svc/Dockerfile']) {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      fs.writeFileSync(path.join(dir, rel), NAIVE);
    }
  });
  afterEach(() => {
    process.chdir(cwd);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function cli(args: string[], at = dir): Promise<{ code: number; out: string; err: string }> {
    process.chdir(at);
    return runCli(args);
  }

  it('passes, paths and ignore apply; flags win', async () => {
    fs.writeFileSync(path.join(dir, '.dockerfix.json'), JSON.stringify({ passes: ['merge-runs'], ignore: ['legacy/**'] }));
    const { code, out } = await cli(['--json']);
    expect(code).toBe(0);
    const report = JSON.parse(out);
    expect(report.files.map((f: { file: string }) => f.file)).toEqual(['Dockerfile', 'svc/Dockerfile']);
    expect(new Set(report.files.flatMap((f: { changes: { pass: string }[] }) => f.changes.map((c) => c.pass)))).toEqual(new Set(['merge-runs']));
    // --only on the command line wins over "passes"; a file named explicitly is rewritten even if ignored.
    const flags = JSON.parse((await cli(['--json', '--only', 'cache-cleanup', 'legacy/Dockerfile'])).out);
    expect(flags.files.map((f: { file: string }) => f.file)).toEqual(['legacy/Dockerfile']);
    expect(flags.files[0].changes).toEqual([]);

    fs.writeFileSync(path.join(dir, '.dockerfix.json'), JSON.stringify({ paths: ['svc'] }));
    const fromSub = JSON.parse((await cli(['--json'], path.join(dir, 'legacy'))).out);
    expect(fromSub.files.map((f: { file: string }) => f.file)).toEqual(['../svc/Dockerfile']);
  });

  it('cacheStrategy from the config, unless --cache-strategy is given', async () => {
    fs.writeFileSync(path.join(dir, 'Dockerfile'), 'FROM python:3.12\nRUN pip install flask\n');
    fs.writeFileSync(path.join(dir, '.dockerfix.json'), '{"cacheStrategy": "mount"}');
    expect((await cli(['--stdout', 'Dockerfile'])).out).toContain('RUN --mount=type=cache');
    expect((await cli(['--stdout', '--cache-strategy', 'clean', 'Dockerfile'])).out).toContain('pip install --no-cache-dir flask');
  });

  it('a bad config is one line on stderr and exit 2', async () => {
    fs.writeFileSync(path.join(dir, '.dockerfix.json'), '{"unsafe": 1}');
    const { code, out, err } = await cli([]);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toBe(`dockerfix: ${path.join(dir, '.dockerfix.json')}: "unsafe" must be true or false\n`);
  });

  it('the search stops at the repository root', () => {
    fs.writeFileSync(path.join(dir, '.dockerfix.json'), '{}');
    expect(findConfig(path.join(dir, 'svc'))?.root).toBe(dir);
    fs.mkdirSync(path.join(dir, 'svc', '.git'));
    expect(findConfig(path.join(dir, 'svc'))).toBeNull();
  });
});

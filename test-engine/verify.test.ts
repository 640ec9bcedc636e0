/**
 * Engine tests: real builds on the local engine. Run with `vitest run --config test-engine/vitest.config.ts`.
 * Without an engine (or without the local base image) every test is skipped with the reason printed once.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareFileSystems } from '../src/verify/compare.js';
import { build, docker, engineStatus, exportFileSystem, inspectImage, removeImage, runImage } from '../src/verify/docker.js';
import type { Change, RewriteResult } from '../src/types.js';
import { formatVerifyReport, verifyApp, verifyRewrite } from '../src/verify/verify.js';

const BASE = 'dockerfix/debian:bookworm';

async function whySkip(): Promise<string | null> {
  if (!process.env.DOCKERFIX_ENGINE_TESTS) return 'run them with: vitest run --config test-engine/vitest.config.ts';
  const engine = await engineStatus();
  if (!engine.ok) return `no container engine: ${engine.reason}`;
  const base = await docker(['image', 'inspect', BASE]);
  if (base.code !== 0) return `base image ${BASE} is missing (run scripts/engine.sh)`;
  return null;
}

const skipReason = await whySkip();
if (skipReason) console.warn(`engine tests skipped: ${skipReason}`);
const noEngine = skipReason !== null;

const tags: string[] = [];
const dirs: string[] = [];
function tag(name: string): string {
  const t = `dockerfix-test/${name}:${process.pid}`;
  tags.push(t);
  return t;
}
async function context(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'dockerfix-engine-test-'));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content);
  return dir;
}

afterAll(async () => {
  await Promise.all(tags.map(removeImage));
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

describe.skipIf(noEngine)('docker wrapper', () => {
  const script = '#!/bin/sh\necho hello from $(id -un)\n';
  let dir = '';
  const image = tag('wrapper');
  beforeAll(async () => {
    dir = await context({ 'hello.sh': script });
  });

  it('builds, inspects, runs and exports an image', async () => {
    const text = `FROM ${BASE}\nCOPY --chmod=755 hello.sh /app/hello.sh\nRUN useradd -m -u 1234 app\nUSER app\nCMD ["/app/hello.sh"]\n`;
    const b = await build(dir, text, image);
    expect(b.ok, b.log).toBe(true);
    expect(b.seconds).toBeGreaterThan(0);

    const info = await inspectImage(image);
    expect(info.config.User).toBe('app');
    expect(info.config.Cmd).toEqual(['/app/hello.sh']);
    expect(info.layers).toBeGreaterThanOrEqual(3);
    expect(info.size).toBeGreaterThan(1_000_000);

    const run = await runImage(image, []);
    expect(run.stdout.trim()).toBe('hello from app');

    const fs = await exportFileSystem(image);
    expect(fs.get('/app/hello.sh')).toMatchObject({ type: 'file', mode: 0o755, uid: 0, gid: 0, size: script.length });
    expect(fs.get('/app')).toMatchObject({ type: 'directory' });
    expect(fs.get('/home/app')).toMatchObject({ type: 'directory', uid: 1234 });
    expect(fs.size).toBeGreaterThan(1000);
  });

  it('reports a failing build with its log', async () => {
    const b = await build(dir, `FROM ${BASE}\nRUN exit 3\n`, tag('failing'));
    expect(b.ok).toBe(false);
    expect(b.log).toContain('exit code: 3');
  });
});

describe.skipIf(noEngine)('file system comparison on real images', () => {
  it('finds two no-cache builds of the same Dockerfile equivalent (the volatile list is enough)', async () => {
    const dir = await context({ 'a.txt': 'a\n' });
    const text = `FROM ${BASE}\nRUN useradd -m app && mkdir /data && echo x > /data/x && chown app /data\nCOPY a.txt /data/\n`;
    const [one, two] = [tag('same1'), tag('same2')];
    expect((await build(dir, text, one, { noCache: true })).ok).toBe(true);
    expect((await build(dir, text, two, { noCache: true })).ok).toBe(true);
    const r = compareFileSystems(await exportFileSystem(one), await exportFileSystem(two));
    expect(r.differences).toEqual([]);
  });

  it('finds a changed file, a changed mode and an extra file', async () => {
    const dir = await context({});
    const [one, two] = [tag('diff1'), tag('diff2')];
    expect((await build(dir, `FROM ${BASE}\nRUN echo a > /x && echo k > /k\n`, one)).ok).toBe(true);
    expect((await build(dir, `FROM ${BASE}\nRUN echo b > /x && echo k > /k && chmod 600 /k && touch /extra\n`, two)).ok).toBe(true);
    const r = compareFileSystems(await exportFileSystem(one), await exportFileSystem(two));
    expect(r.differences.map((d) => `${d.kind} ${d.path}`)).toEqual(['added /extra', 'mode /k', 'content /x']);
  });
});

describe.skipIf(noEngine)('verifyApp', () => {
  it('proves a merge of consecutive RUNs equivalent', async () => {
    const dir = await context({
      Dockerfile: `FROM ${BASE}\nRUN mkdir -p /opt/app\nRUN echo 'echo proof-ok' > /opt/app/run.sh\nRUN chmod +x /opt/app/run.sh\nCMD ["sh", "/opt/app/run.sh"]\n`,
      'app.json': JSON.stringify({ name: 'merge-test', proof: ['sh', '/opt/app/run.sh'], expect: 'proof-ok', edit: 'app.json' }),
    });
    const report = await verifyApp(dir, { rewriteOptions: {} });
    const text = formatVerifyReport(report);
    expect(report.changes.length, text).toBeGreaterThan(0);
    expect(report.ok, text).toBe(true);
    expect(report.rewritten!.layers).toBeLessThan(report.original!.layers);
    expect(text.split('\n').at(-1)).toMatch(/^verify merge-test: EQUIVALENT \(\d+ changes?\) [\d.]+ MB -> [\d.]+ MB/);
  });

  it('verifies a directory without app.json by build, config and file system only', async () => {
    const dir = await context({ Dockerfile: `FROM ${BASE}\nRUN touch /a\nRUN touch /b\n` });
    const report = await verifyApp(dir, { rewriteOptions: {} });
    expect(report.ok, formatVerifyReport(report)).toBe(true);
    expect(report.checks.find((c) => c.name === 'proof')?.skipped).toBe(true);
  });
});

describe.skipIf(noEngine)('declared removals', () => {
  const original = `FROM ${BASE}\nRUN mkdir -p /root/.cache/tool /opt && head -c 300000 /dev/zero > /root/.cache/tool/blob && echo ok > /opt/ok\n`;
  const output = original.replace('echo ok > /opt/ok', 'echo ok > /opt/ok && rm -rf /root/.cache');
  const change = (removes?: string[]): Change => ({
    id: 'test:1', pass: 'test', line: 2, message: 'drop the tool cache', reason: 'test', safety: 'safe', edits: [], removes,
  });
  const result = (removes?: string[]): RewriteResult => ({
    input: original, output, changed: true, changes: [change(removes)], skipped: [], files: [],
  });

  it('allows exactly what a change declares it removes, and measures it', async () => {
    const dir = await context({ Dockerfile: original });
    const report = await verifyRewrite(dir, result(['/root/.cache/**']), {});
    expect(report.ok, formatVerifyReport(report)).toBe(true);
    expect(report.removedBytes).toBe(300_000);
    expect(report.removals).toEqual([{ glob: '/root/.cache/**', files: 1, bytes: 300_000 }]);
    expect(formatVerifyReport(report)).toContain('removed /root/.cache/**: 1 file, 300.0 kB');
  });

  it('flags the same removal when no change declares it', async () => {
    const dir = await context({ Dockerfile: original });
    const report = await verifyRewrite(dir, result(), {});
    expect(report.ok).toBe(false);
    expect(report.fsDifferences.map((d) => `${d.kind} ${d.path}`)).toEqual([
      'removed /root/.cache', 'removed /root/.cache/tool', 'removed /root/.cache/tool/blob',
    ]);
    expect(formatVerifyReport(report).split('\n').at(-1)).toMatch(/^verify .*: DIFFERENT \(3 differences\)/);
  });
});

// The sample apps' default rewrites are proven in apps.test.ts (with stronger assertions); not built twice here.

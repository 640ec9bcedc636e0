/**
 * The sample apps on the real engine: every default rewrite is proven equivalent by the verifier, the unsafe
 * rewrite still builds and passes the app's proof, and after deps-first a source edit reuses the install layer.
 */
import { cp, mkdtemp, readFile, readdir, rm, writeFile, appendFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { rewrite } from '../src/engine.js';
import { build, docker, engineStatus, removeImage } from '../src/verify/docker.js';
import { buildSteps, ranSteps } from '../src/verify/buildlog.js';
import { formatVerifyReport, readAppSpec, verifyApp } from '../src/verify/verify.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const APPS = join(ROOT, 'fixtures', 'apps');
const BASES = [
  'debian:bookworm', 'debian:bookworm-slim', 'node:18-bookworm', 'node:18-bookworm-slim', 'python:3.11-bookworm',
  'python:3.11-slim-bookworm', 'golang:1.19-bookworm',
];

async function whySkip(): Promise<string | null> {
  if (!process.env.DOCKERFIX_ENGINE_TESTS) return 'run them with: vitest run --config test-engine/vitest.config.ts';
  const engine = await engineStatus();
  if (!engine.ok) return `no container engine: ${engine.reason}`;
  for (const base of BASES) {
    if ((await docker(['image', 'inspect', base])).code !== 0) return `base image ${base} is missing (run scripts/engine.sh)`;
  }
  return null;
}

const skipReason = await whySkip();
if (skipReason) console.warn(`sample-app engine tests skipped: ${skipReason}`);
const apps = (await readdir(APPS, { withFileTypes: true })).filter((d) => d.isDirectory() && existsSync(join(APPS, d.name, 'Dockerfile'))).map((d) => d.name).sort();

const cleanup: string[] = [];
const images: string[] = [];
afterAll(async () => {
  await Promise.all(images.map(removeImage));
  await Promise.all(cleanup.map((d) => rm(d, { recursive: true, force: true })));
});

describe.skipIf(skipReason !== null)('sample apps: default rewrite', () => {
  it.each(apps)('%s: the rewrite changes the Dockerfile and the verifier finds the images equivalent', async (app) => {
    const report = await verifyApp(join(APPS, app), { rewriteOptions: {} });
    const text = formatVerifyReport(report);
    expect(report.unchanged, text).toBe(false);
    expect(report.ok, text).toBe(true);
    expect(report.rewritten!.bytes, text).toBeLessThanOrEqual(report.original!.bytes);
  });
});

describe.skipIf(skipReason !== null)('sample apps: default rewrite with BuildKit cache mounts', () => {
  it.each(apps)('%s: the verifier finds the images equivalent', async (app) => {
    const report = await verifyApp(join(APPS, app), { rewriteOptions: { cacheStrategy: 'mount' } });
    const text = formatVerifyReport(report);
    expect(report.unchanged, text).toBe(false);
    expect(report.ok, text).toBe(true);
  });
});

describe.skipIf(skipReason !== null)('sample apps: unsafe rewrite', () => {
  it.each(apps)('%s: builds, runs the proof, keeps the image config', async (app) => {
    const report = await verifyApp(join(APPS, app), { rewriteOptions: { unsafe: true } });
    const text = formatVerifyReport(report);
    for (const name of ['build-rewritten', 'proof', 'config'] as const) {
      const check = report.checks.find((c) => c.name === name);
      if (report.unchanged) continue;
      expect(check?.ok, `${name}\n${text}`).toBe(true);
    }
    if (!report.unchanged) expect(report.rewritten!.bytes, text).toBeLessThanOrEqual(report.original!.bytes);
    // A multi-stage rewrite is proven in full: the runtime image is a subset of the original whose kept paths
    // (the app, its dependencies, its built files) are identical, with the same config and proof output.
    if (report.changes.some((c) => c.pass === 'multi-stage')) {
      expect(report.mode, text).toBe('subset');
      expect(report.ok, text).toBe(true);
      expect(report.subset!.left.bytes, text).toBeGreaterThan(0);
    }
  });
});

/** Whether the step of the first RUN whose text contains `needle` came from the build cache; null when there is none. */
function stepCached(log: string, needle: string): boolean | null {
  const step = buildSteps(log).find((s) => s.text.startsWith('RUN ') && s.text.includes(needle));
  return step ? step.cached : null;
}

/** Apps whose rewritten Dockerfile ends its build work before the source COPY. */
const NOTHING_AFTER_COPY = ['express-npm', 'python-venv', 'prod-service'];

/** The RUN steps of a build log that ran (were not CACHED). */
function rerunSteps(log: string): string[] {
  return ranSteps(log).filter((s) => s.text.startsWith('RUN ')).map((s) => s.text);
}

/** A comment unique to this run (an edit seen before would hit the build cache), in the file's language. */
function editLine(file: string): string {
  const stamp = `edited by the engine test ${process.pid} ${Date.now()}`;
  if (/\.(js|mjs|cjs|ts|go|c|h|java|rs)$/.test(file)) return `\n// ${stamp}\n`;
  if (/\.(py|sh|rb|txt|toml|ya?ml)$/.test(file)) return `\n# ${stamp}\n`;
  if (/\.html?$/.test(file)) return `\n<!-- ${stamp} -->\n`;
  throw new Error(`no comment syntax known for ${file}`);
}

async function rebuildAfterEdit(app: string, dockerfile: string, files: { path: string; content: string }[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `dockerfix-rebuild-${app}-`));
  cleanup.push(dir);
  await cp(join(APPS, app), dir, { recursive: true });
  for (const f of files) await writeFile(join(dir, f.path), f.content);
  const tag = `dockerfix-test/rebuild-${app}:${process.pid}`;
  images.push(tag);
  const first = await build(dir, dockerfile, tag);
  expect(first.ok, first.log).toBe(true);
  const spec = await readAppSpec(dir);
  await appendFile(join(dir, spec!.edit!), editLine(spec!.edit!));
  const second = await build(dir, dockerfile, tag);
  expect(second.ok, second.log).toBe(true);
  return second.log;
}

describe.skipIf(skipReason !== null)('deps-first on the engine: a source edit does not re-run the install', () => {
  it.each([
    ['express-npm', 'npm install'],
    ['ts-build', 'npm ci'],
    ['go-stdlib', 'go mod download'],
    ['python-venv', 'pip install'],
    ['prod-service', 'pip install'],
    ['python-siblings', 'pip install'],
    ['npm-monorepo', 'npm ci'],
  ])('%s: the "%s" step is CACHED after the edit, and was not before the rewrite', async (app, install) => {
    const original = await readFile(join(APPS, app, 'Dockerfile'), 'utf8');
    const result = rewrite(original, { context: join(APPS, app) });
    expect(result.changes.some((c) => c.pass === 'deps-first'), result.output).toBe(true);
    const before = await rebuildAfterEdit(app, original, []);
    expect(stepCached(before, install)).toBe(false);
    // The log reader sees re-run RUN steps: the original re-runs its install and what follows.
    if (NOTHING_AFTER_COPY.includes(app)) expect(rerunSteps(before).length, before).toBeGreaterThan(0);
    const log = await rebuildAfterEdit(app, result.output, result.files);
    expect(stepCached(log, install)).toBe(true);
    // Where nothing after the source COPY needs the sources (user creation and chown moved above it, the owner set
    // by COPY --chown), the edit re-runs no RUN at all: only the COPY.
    if (NOTHING_AFTER_COPY.includes(app)) expect(rerunSteps(log), log).toEqual([]);
  });
});

describe.skipIf(skipReason !== null)('multi-stage --unsafe on the engine: a source edit reuses the dependency steps', () => {
  it.each([
    ['express-npm', 'COPY --from=build /app/node_modules', true],
    ['python-venv', 'COPY --from=build /venv', true],
    ['node-dist', 'cp -a /mnt /srv/app/node_modules', false],
    ['ts-build', 'cp -a /mnt /usr/src/app/node_modules', false],
  ])('%s: the runtime step "%s" is CACHED after the edit', async (app, needle, noRun) => {
    const original = await readFile(join(APPS, app, 'Dockerfile'), 'utf8');
    const result = rewrite(original, { context: join(APPS, app), unsafe: true });
    expect(result.changes.some((c) => c.pass === 'multi-stage'), result.output).toBe(true);
    const log = await rebuildAfterEdit(app, result.output, result.files);
    const runtime = buildSteps(log).filter((s) => s.stage !== 'build');
    const step = runtime.find((s) => s.text.includes(needle));
    expect(step, log).toBeDefined();
    expect(step!.cached, log).toBe(true);
    // An app run from its sources: the runtime re-runs no RUN at all after the edit, only the source COPY.
    if (noRun) expect(runtime.filter((s) => !s.cached && s.text.startsWith('RUN ')).map((s) => s.text), log).toEqual([]);
  });
});

describe.skipIf(skipReason !== null)('node-dist on the engine: the install leaves the build RUN', () => {
  it('default tier: "npm ci" is CACHED after a source edit, the build re-runs; --unsafe ships no devDependency', async () => {
    const app = 'node-dist';
    const original = await readFile(join(APPS, app, 'Dockerfile'), 'utf8');
    const result = rewrite(original, { context: join(APPS, app) });
    expect(result.changes.some((c) => c.pass === 'deps-first'), result.output).toBe(true);
    const log = await rebuildAfterEdit(app, result.output, result.files);
    expect(stepCached(log, 'npm ci'), log).toBe(true);
    expect(stepCached(log, 'npm run build'), log).toBe(false);
    const unsafe = rewrite(original, { context: join(APPS, app), unsafe: true });
    const split = unsafe.changes.find((c) => c.pass === 'multi-stage')!;
    expect(split.removes, unsafe.output).toContain('/srv/app/node_modules/terser/**');
    expect(split.keeps).toEqual(['/srv/app/node_modules', '/srv/app/dist', '/srv/app/package.json']);
  });
});

describe.skipIf(skipReason !== null)('deps-first on the engine: go build without go mod download', () => {
  it('go-mod: the inserted "go mod download" step is CACHED after a source edit, and only the build re-runs', async () => {
    const app = 'go-mod';
    const original = await readFile(join(APPS, app, 'Dockerfile'), 'utf8');
    const result = rewrite(original, { context: join(APPS, app) });
    const change = result.changes.find((c) => c.pass === 'deps-first' && c.tag === 'go');
    expect(change?.safety, result.output).toBe('safe');
    // The original has no download step: the edit re-runs the build, which is all it has.
    const before = await rebuildAfterEdit(app, original, []);
    expect(stepCached(before, 'go mod download')).toBe(null);
    expect(rerunSteps(before).some((s) => s.includes('go build')), before).toBe(true);
    const log = await rebuildAfterEdit(app, result.output, result.files);
    expect(stepCached(log, 'go mod download'), log).toBe(true);
    expect(rerunSteps(log).every((s) => s.includes('go build')), log).toBe(true);
  });
});

/**
 * Image benchmark: for every app in fixtures/apps, build the original Dockerfile and its rewrites (default passes,
 * and with unsafe changes) and measure image size, layer count, cold build time and rebuild time after a one-line
 * source edit. Timings are medians of BENCH_REPEAT runs (default 3); BENCH_APPS=a,b limits the apps.
 *
 * Fixture directories are never modified: each variant builds from its own temporary copy.
 * Prints a markdown table and writes bench/results.json.
 */
import { existsSync, readFileSync } from 'node:fs';
import { appendFile, cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseDocument } from '../src/document.js';
import { rewrite } from '../src/engine.js';
import type { RewriteOptions } from '../src/types.js';
import { installsDependencies, instructionOfStep, ranSteps } from '../src/verify/buildlog.js';
import { build, engineStatus, inspectImage, removeImage, runImage } from '../src/verify/docker.js';
import { formatMB, lastBuildError, readAppSpec, type AppSpec } from '../src/verify/verify.js';

interface Variant {
  name: 'original' | 'default' | 'mount' | 'unsafe';
  options: RewriteOptions | null;
}

const VARIANTS: Variant[] = [
  { name: 'original', options: null },
  { name: 'default', options: {} },
  // Default passes with caches kept out of the image by BuildKit cache mounts: they persist between builds (also
  // across --no-cache builds), so a rebuild reuses downloaded packages and compiler caches.
  { name: 'mount', options: { cacheStrategy: 'mount' } },
  { name: 'unsafe', options: { unsafe: true } },
];

export interface Measurement {
  app: string;
  variant: Variant['name'];
  changes: number;
  /** This variant builds exactly what an earlier variant built; its numbers are that variant's. */
  sameAs?: Variant['name'];
  bytes: number;
  layers: number;
  coldSeconds: number[];
  rebuildSeconds: number[];
  /** For each rebuild, the Dockerfile steps it ran (not taken from the build cache), from BuildKit's log. */
  rebuildRan?: RanStep[][];
  coldMedian: number;
  rebuildMedian: number;
  proofOk: boolean | null;
  error?: string;
}

/** A step a rebuild ran: the instruction's line and first words, its time, and whether it installs dependencies. */
export interface RanStep {
  line: number | null;
  step: string;
  seconds: number;
  install: boolean;
}

interface App {
  name: string;
  dir: string;
  spec: AppSpec;
  dockerfile: string;
}

function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'dockerfix') return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the dockerfix repository root');
    dir = parent;
  }
}

async function loadApps(appsDir: string, only: string[] | null): Promise<App[]> {
  const names = (await readdir(appsDir, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  const apps: App[] = [];
  for (const name of names) {
    if (only && !only.includes(name)) continue;
    const dir = join(appsDir, name);
    const spec = await readAppSpec(dir);
    if (!spec || !existsSync(join(dir, 'Dockerfile'))) continue;
    apps.push({ name: spec.name, dir, spec, dockerfile: readFileSync(join(dir, 'Dockerfile'), 'utf8') });
  }
  return apps;
}

export function median(values: number[]): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** A line that changes the file's checksum without changing what the program does. */
function editLine(file: string, n: number): string {
  const ext = extname(file).toLowerCase();
  const stamp = `dockerfix bench edit ${n} ${Date.now()}`;
  if (['.js', '.mjs', '.cjs', '.ts', '.go', '.c', '.h', '.cc', '.cpp', '.java', '.rs'].includes(ext)) return `\n// ${stamp}\n`;
  if (['.py', '.sh', '.rb', '.pl', '.toml', '.yaml', '.yml', '.txt', ''].includes(ext)) return `\n# ${stamp}\n`;
  // Formats without a comment syntax we trust (JSON...): trailing whitespace is still an edit.
  return '\n'.repeat(n + 1);
}

async function variantContext(app: App, variant: Variant): Promise<{ dir: string; text: string; changes: number }> {
  const dir = await mkdtemp(join(tmpdir(), `dockerfix-bench-${app.name}-`));
  await cp(app.dir, dir, { recursive: true });
  if (!variant.options) return { dir, text: app.dockerfile, changes: 0 };
  const result = rewrite(app.dockerfile, { ...variant.options, context: app.dir });
  for (const f of result.files) {
    const target = join(dir, f.path);
    if (existsSync(target)) continue;
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, f.content);
  }
  return { dir, text: result.output, changes: result.changes.length };
}

async function measure(app: App, variant: Variant, repeat: number): Promise<Measurement> {
  const ctx = await variantContext(app, variant);
  const tag = `dockerfix-bench/${app.name.toLowerCase().replace(/[^a-z0-9._-]+/g, '-')}:${variant.name}`;
  const m: Measurement = {
    app: app.name, variant: variant.name, changes: ctx.changes,
    bytes: 0, layers: 0, coldSeconds: [], rebuildSeconds: [], coldMedian: NaN, rebuildMedian: NaN, proofOk: null,
  };
  try {
    for (let i = 0; i < repeat; i++) {
      const cold = await build(ctx.dir, ctx.text, tag, { noCache: true });
      if (!cold.ok) throw new Error(`cold build failed: ${lastBuildError(cold)}`);
      m.coldSeconds.push(cold.seconds);
      if (i === 0) await describeImage(m, tag, app.spec);
      if (app.spec.edit) {
        await appendFile(join(ctx.dir, app.spec.edit), editLine(app.spec.edit, i));
        const again = await build(ctx.dir, ctx.text, tag);
        if (!again.ok) throw new Error(`rebuild failed: ${lastBuildError(again)}`);
        m.rebuildSeconds.push(again.seconds);
        (m.rebuildRan ??= []).push(stepsRan(ctx.text, again.log));
      }
      log(`  ${app.name}/${variant.name} run ${i + 1}/${repeat}: cold ${cold.seconds.toFixed(1)} s` +
        (m.rebuildSeconds[i] !== undefined ? `, rebuild ${m.rebuildSeconds[i].toFixed(1)} s` : ''));
    }
  } catch (error) {
    m.error = (error as Error).message;
  } finally {
    await rm(ctx.dir, { recursive: true, force: true });
    await removeImage(tag);
  }
  m.coldMedian = median(m.coldSeconds);
  m.rebuildMedian = median(m.rebuildSeconds);
  return m;
}

/** The RUN, COPY and ADD steps a build ran, each tied to its instruction of the Dockerfile it built. */
export function stepsRan(dockerfile: string, log: string): RanStep[] {
  const doc = parseDocument(dockerfile);
  return ranSteps(log).filter((s) => /^(RUN|COPY|ADD) /.test(s.text)).map((s) => {
    const ins = instructionOfStep(doc, s);
    const words = s.text.replace(/^RUN( --\S+)*/, 'RUN');
    return {
      line: ins?.line ?? null,
      step: words.length > 48 ? `${words.slice(0, 47)}…` : words,
      seconds: s.seconds ?? 0,
      install: ins !== null && ins.keyword === 'RUN' && installsDependencies(ins),
    };
  });
}

async function describeImage(m: Measurement, tag: string, spec: AppSpec): Promise<void> {
  const info = await inspectImage(tag);
  m.bytes = info.size;
  m.layers = info.layers;
  const run = await runImage(tag, spec.proof);
  m.proofOk = run.ok && run.stdout.includes(spec.expect);
}

function log(line: string): void {
  process.stderr.write(line + '\n');
}

async function benchApp(app: App, repeat: number): Promise<Measurement[]> {
  const out: Measurement[] = [];
  const byText = new Map<string, Measurement>();
  for (const variant of VARIANTS) {
    const key = variantKey(app, variant);
    const same = byText.get(key);
    if (same) {
      // Identical Dockerfile and context: building it again would only measure noise.
      out.push({ ...same, variant: variant.name, sameAs: same.sameAs ?? same.variant });
      continue;
    }
    const m = await measure(app, variant, repeat);
    byText.set(key, m);
    out.push(m);
  }
  return out;
}

/** What a variant builds: the Dockerfile text and the files the rewrite adds to the context. */
function variantKey(app: App, variant: Variant): string {
  if (!variant.options) return JSON.stringify([app.dockerfile, []]);
  const result = rewrite(app.dockerfile, { ...variant.options, context: app.dir });
  return JSON.stringify([result.output, result.files]);
}

function fmt(n: number, digits = 1): string {
  return Number.isFinite(n) ? n.toFixed(digits) : '–';
}

export function markdownTable(results: Measurement[]): string {
  const rows = ['| app | variant | changes | size | layers | cold build s | rebuild s | size ratio | rebuild speed-up | proof |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |'];
  for (const m of results) {
    const base = results.find((r) => r.app === m.app && r.variant === 'original');
    const ratio = base && base.bytes ? m.bytes / base.bytes : NaN;
    const speedup = base ? base.rebuildMedian / m.rebuildMedian : NaN;
    const proof = m.error ? `error: ${m.error}` : m.proofOk === null ? '–' : m.proofOk ? 'ok' : 'FAIL';
    rows.push(`| ${m.app} | ${m.variant}${m.sameAs ? ` (= ${m.sameAs})` : ''} | ${m.changes} | ${m.bytes ? formatMB(m.bytes) : '–'} | ` +
      `${m.layers || '–'} | ${fmt(m.coldMedian)} | ${fmt(m.rebuildMedian)} | ${fmt(ratio, 3)} | ${Number.isFinite(speedup) ? fmt(speedup, 2) + '×' : '–'} | ${proof} |`);
  }
  return rows.join('\n');
}

/** The rebuild whose time is the median (the middle one of an odd number, else the closer of the two). */
function medianRun(m: Measurement): RanStep[] | null {
  if (!m.rebuildRan?.length || m.rebuildRan.length !== m.rebuildSeconds.length) return null;
  let best = 0;
  m.rebuildSeconds.forEach((t, i) => {
    if (Math.abs(t - m.rebuildMedian) < Math.abs(m.rebuildSeconds[best] - m.rebuildMedian)) best = i;
  });
  return m.rebuildRan[best];
}

/** Seconds the median rebuild spent installing dependencies; NaN when the steps were not recorded. */
export function installSeconds(m: Measurement): number {
  const ran = medianRun(m);
  return ran ? ran.filter((s) => s.install).reduce((sum, s) => sum + s.seconds, 0) : NaN;
}

/** Where each rebuild's time went: the steps the median rebuild ran, dependency installs first. */
export function rerunTable(results: Measurement[]): string {
  const rows = ['| app | variant | rebuild s | dependency install s | other steps that ran (s) |', '| --- | --- | ---: | ---: | --- |'];
  for (const m of results) {
    if (m.sameAs) continue;
    const ran = medianRun(m);
    if (!ran) continue;
    const others = ran.filter((s) => !s.install && s.seconds >= 0.05).map((s) => `\`${s.step.replace(/[|`]/g, ' ')}\` ${fmt(s.seconds)}`);
    rows.push(`| ${m.app} | ${m.variant} | ${fmt(m.rebuildMedian)} | ${fmt(installSeconds(m))} | ${others.join(', ') || '–'} |`);
  }
  return rows.length > 2 ? rows.join('\n') : '';
}

/** The issue's targets, measured in this run: median size ratio (default, unsafe) and the deps-first rebuild speed-up. */
export function summary(results: Measurement[], depsFirstApps: string[]): string {
  const ratio = (variant: string): number[] => results.filter((m) => m.variant === variant).map((m) => {
    const base = results.find((r) => r.app === m.app && r.variant === 'original');
    return base && base.bytes && m.bytes ? m.bytes / base.bytes : NaN;
  });
  const speedups = (variant: string): number[] => depsFirstApps.map((app) => {
    const base = results.find((r) => r.app === app && r.variant === 'original');
    const m = results.find((r) => r.app === app && r.variant === variant);
    return base && m ? base.rebuildMedian / m.rebuildMedian : NaN;
  });
  const unsafe = median(ratio('unsafe').filter(Number.isFinite));
  const speedLine = (variant: string, label: string): string | null => {
    const all = speedups(variant);
    const found = all.filter(Number.isFinite);
    if (!found.length) return null;
    const below = depsFirstApps.filter((_, i) => !(all[i] >= 10));
    return `- rebuild speed-up after a one-line source edit, ${label}, where deps-first moved the install (${depsFirstApps.join(', ')}): ` +
      `median ${fmt(median(found), 1)}×, lowest ${fmt(Math.min(...found), 1)}× (target ≥ 10×: ${below.length ? `not met by ${below.join(', ')}` : 'met'})`;
  };
  const installLine = (): string | null => {
    const pairs = depsFirstApps.map((app) => {
      const base = results.find((r) => r.app === app && r.variant === 'original');
      const m = results.find((r) => r.app === app && r.variant === 'default');
      return base && m ? [installSeconds(base), installSeconds(m)] : [NaN, NaN];
    }).filter(([a, b]) => Number.isFinite(a) && Number.isFinite(b));
    if (!pairs.length) return null;
    const none = pairs.filter(([, b]) => b === 0).length;
    return `- time a rebuild after a source edit spends re-installing dependencies, in the same apps: original median ${fmt(median(pairs.map(([a]) => a)))} s, ` +
      `default passes median ${fmt(median(pairs.map(([, b]) => b)))} s (no install re-ran in ${none} of ${pairs.length} apps)`;
  };
  // The issue's target for --unsafe: a rebuild after a one-line edit within 1.5x of the default tier's, on every app.
  const unsafeLine = (): string | null => {
    const pairs = [...new Set(results.map((m) => m.app))].map((app) => {
      const d = results.find((r) => r.app === app && r.variant === 'default');
      const u = results.find((r) => r.app === app && r.variant === 'unsafe');
      return { app, ratio: d && u && d.rebuildMedian > 0 ? u.rebuildMedian / d.rebuildMedian : NaN };
    }).filter((p) => Number.isFinite(p.ratio));
    if (!pairs.length) return null;
    const over = pairs.filter((p) => p.ratio > 1.5).map((p) => p.app);
    return `- rebuild after a one-line source edit, --unsafe against the default passes: ${pairs.map((p) => `${p.app} ${fmt(p.ratio, 2)}×`).join(', ')} ` +
      `(target ≤ 1.5× on every app: ${over.length ? `not met by ${over.join(', ')}` : 'met'})`;
  };
  return [
    `- median size ratio: default ${fmt(median(ratio('default').filter(Number.isFinite)), 3)}, with --unsafe ${fmt(unsafe, 3)} (target ≤ 0.5 with --unsafe: ${unsafe <= 0.5 ? 'met' : 'not met'})`,
    speedLine('default', 'default passes'),
    speedLine('mount', 'default passes with --cache-strategy mount'),
    installLine(),
    unsafeLine(),
  ].filter((l): l is string => l !== null).join('\n');
}

/** The measurements table, where each rebuild's time went, and the targets. */
function report(results: Measurement[], depsFirst: string[]): string {
  return [markdownTable(results), rerunTable(results), summary(results, depsFirst)].filter(Boolean).join('\n\n');
}

function depsFirstApps(apps: App[]): string[] {
  return apps.filter((app) => rewrite(app.dockerfile, { context: app.dir }).changes.some((c) => c.pass === 'deps-first' && c.tag !== 'dockerignore')).map((a) => a.name);
}

async function main(): Promise<number> {
  const root = repoRoot();
  const appsDir = join(root, 'fixtures', 'apps');
  const repeat = Math.max(1, Number.parseInt(process.env.BENCH_REPEAT ?? '3', 10) || 3);
  const only = process.env.BENCH_APPS ? process.env.BENCH_APPS.split(',').map((s) => s.trim()).filter(Boolean) : null;
  if (process.argv.includes('--report')) {
    // Print the table and the targets again from the last run's bench/results.json, without building.
    const last = JSON.parse(await readFile(join(root, 'bench', 'results.json'), 'utf8')) as { date: string; engine: string; repeat: number; results: Measurement[] };
    const names = [...new Set(last.results.map((m) => m.app))];
    const apps = await loadApps(appsDir, names);
    process.stdout.write(`bench of ${last.date}, engine ${last.engine}, median of ${last.repeat} runs\n\n${report(last.results, depsFirstApps(apps))}\n`);
    return 0;
  }
  const engine = await engineStatus();
  if (!engine.ok) return fail(`bench: no container engine: ${engine.reason}`);
  if (!existsSync(appsDir)) return fail(`bench: no ${appsDir}`);
  const apps = await loadApps(appsDir, only);
  if (apps.length === 0) return fail(`bench: no app with a Dockerfile and app.json in ${appsDir}${only ? ` matching ${only.join(',')}` : ''}`);

  log(`bench: ${apps.length} app(s), ${repeat} run(s) each, engine ${engine.version}`);
  const results: Measurement[] = [];
  for (const app of apps) results.push(...(await benchApp(app, repeat)));
  process.stdout.write(report(results, depsFirstApps(apps)) + '\n');
  const json = { date: new Date().toISOString(), engine: engine.version, repeat, results };
  await writeFile(join(root, 'bench', 'results.json'), JSON.stringify(json, null, 2) + '\n');
  log(`bench: wrote ${join(root, 'bench', 'results.json')}`);
  return results.some((r) => r.error || r.proofOk === false) ? 1 : 0;
}

function fail(message: string): number {
  process.stderr.write(message + '\n');
  return 2;
}

// Run when started as a program (npm run bench), not when a test imports the report functions.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().then(
    (code) => process.exit(code),
    (error: Error) => {
      process.stderr.write(`bench: ${error.message}\n`);
      process.exit(2);
    },
  );
}

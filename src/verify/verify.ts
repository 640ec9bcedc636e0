/**
 * Proves a rewrite on a real engine: build the original and the rewritten Dockerfile, run the app's proof on both,
 * and compare the images' configuration and file systems. Only what the applied changes declare in `removes` may
 * be missing from the rewritten image.
 */
import { randomBytes } from 'node:crypto';
import { cp, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { rewrite } from '../engine.js';
import type { FileCreation, RewriteOptions, RewriteResult } from '../types.js';
import {
  compareConfigs,
  compareFileSystems,
  formatConfigDifference,
  formatFsDifference,
  type ConfigDifference,
  type FsDifference,
  type RemovalTotal,
} from './compare.js';
import { build, DockerError, engineStatus, exportFileSystem, inspectImage, removeImage, runImage, type BuildResult } from './docker.js';

/** Bad input (no Dockerfile, unreadable app.json, original does not build): the rewrite cannot be judged. */
export class VerifyInputError extends Error {}

export interface AppSpec {
  name: string;
  /** Arguments after `docker run --rm IMAGE`. */
  proof: string[];
  /** A line the proof must print. */
  expect: string;
  /** Source file (relative) the rebuild benchmark edits. */
  edit?: string;
}

export type CheckName = 'build-original' | 'build-rewritten' | 'proof' | 'config' | 'filesystem';

export interface CheckResult {
  name: CheckName;
  ok: boolean;
  skipped?: boolean;
  detail: string;
}

export interface ImageStats {
  bytes: number;
  layers: number;
  buildSeconds: number;
}

export interface ChangeSummary {
  id: string;
  pass: string;
  line: number;
  message: string;
  removes: string[];
}

export interface VerifyReport {
  app: string;
  dir: string;
  /** True when every check that ran passed. */
  ok: boolean;
  /** The rewrite changed nothing: the rewritten image is the original one. */
  unchanged: boolean;
  changes: ChangeSummary[];
  checks: CheckResult[];
  configDifferences: ConfigDifference[];
  fsDifferences: FsDifference[];
  removals: RemovalTotal[];
  removedBytes: number;
  original?: ImageStats;
  rewritten?: ImageStats;
  /** Tail of the failing build's log, when a build failed. */
  buildLog?: string;
}

export interface VerifyOptions {
  rewriteOptions: RewriteOptions;
  keepImages?: boolean;
  noCache?: boolean;
  log?: (line: string) => void;
}

export async function readAppSpec(appDir: string): Promise<AppSpec | null> {
  const file = join(appDir, 'app.json');
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return null;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new VerifyInputError(`${file}: not valid JSON (${(error as Error).message})`);
  }
  return validateSpec(raw, file, basename(resolve(appDir)));
}

function validateSpec(raw: unknown, file: string, fallbackName: string): AppSpec {
  const o = (raw ?? {}) as Record<string, unknown>;
  if (!Array.isArray(o.proof) || !o.proof.every((a) => typeof a === 'string')) {
    throw new VerifyInputError(`${file}: "proof" must be an array of strings`);
  }
  if (typeof o.expect !== 'string') throw new VerifyInputError(`${file}: "expect" must be a string`);
  const name = typeof o.name === 'string' && o.name ? o.name : fallbackName;
  const edit = typeof o.edit === 'string' ? o.edit : undefined;
  return { name, proof: o.proof as string[], expect: o.expect, edit };
}

export async function readDockerfile(appDir: string): Promise<string> {
  const file = join(appDir, 'Dockerfile');
  try {
    return await readFile(file, 'utf8');
  } catch {
    throw new VerifyInputError(`no Dockerfile in ${appDir}`);
  }
}

/**
 * A build context for the rewritten Dockerfile. Files the changes create (a .dockerignore) go into a temporary copy,
 * never into the user's directory; without such files the original directory is used as is.
 */
export async function prepareContext(appDir: string, files: FileCreation[]): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  if (files.length === 0) return { dir: appDir, cleanup: async () => {} };
  const dir = await mkdtemp(join(tmpdir(), 'dockerfix-ctx-'));
  await cp(appDir, dir, { recursive: true });
  for (const f of files) {
    const target = join(dir, f.path);
    if (await exists(target)) continue;
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, f.content);
  }
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** Image tags unique to this run, so parallel verifications never share an image. */
function tagsFor(app: string): { original: string; rewritten: string } {
  const safe = app.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[^a-z0-9]+/, '') || 'app';
  const nonce = randomBytes(4).toString('hex');
  return { original: `dockerfix-verify/${safe}:original-${nonce}`, rewritten: `dockerfix-verify/${safe}:rewritten-${nonce}` };
}

function summarizeChanges(result: RewriteResult): ChangeSummary[] {
  return result.changes.map((c) => ({ id: c.id, pass: c.pass, line: c.line, message: c.message, removes: c.removes ?? [] }));
}

function logTail(log: string, lines = 25): string {
  return log.split('\n').slice(-lines).join('\n');
}

export async function verifyApp(appDir: string, options: VerifyOptions): Promise<VerifyReport> {
  const dir = resolve(appDir);
  const text = await readDockerfile(dir);
  const result = rewrite(text, { ...options.rewriteOptions, context: dir });
  return verifyRewrite(dir, result, options);
}

/**
 * Verifies a rewrite already computed (by verifyApp, or by a caller that selected changes itself): `result.input`
 * is the original Dockerfile of `appDir`, `result.output` the rewritten one.
 */
export async function verifyRewrite(appDir: string, result: RewriteResult, options: Omit<VerifyOptions, 'rewriteOptions'>): Promise<VerifyReport> {
  const log = options.log ?? (() => {});
  const dir = resolve(appDir);
  const spec = await readAppSpec(dir);
  const app = spec?.name ?? basename(dir);
  const report: VerifyReport = {
    app,
    dir,
    ok: false,
    unchanged: !result.changed,
    changes: summarizeChanges(result),
    checks: [],
    configDifferences: [],
    fsDifferences: [],
    removals: [],
    removedBytes: 0,
  };
  const tags = tagsFor(app);
  const context = await prepareContext(dir, result.files);
  try {
    await runChecks(report, { dir, contextDir: context.dir, text: result.input, output: result.output, spec, tags, options, log });
  } finally {
    await context.cleanup();
    if (!options.keepImages) await Promise.all([removeImage(tags.original), removeImage(tags.rewritten)]);
  }
  report.ok = report.checks.every((c) => c.ok);
  return report;
}

interface CheckInput {
  dir: string;
  contextDir: string;
  text: string;
  output: string;
  spec: AppSpec | null;
  tags: { original: string; rewritten: string };
  options: Omit<VerifyOptions, 'rewriteOptions'>;
  log: (line: string) => void;
}

async function runChecks(report: VerifyReport, input: CheckInput): Promise<void> {
  const { tags, log } = input;
  log(`building original (${tags.original})`);
  const original = await build(input.dir, input.text, tags.original, { noCache: input.options.noCache });
  if (!original.ok) {
    await assertEngineAlive();
    report.buildLog = logTail(original.log);
    throw new VerifyInputError(`the original Dockerfile in ${input.dir} does not build: ${lastBuildError(original)}`);
  }
  report.checks.push({ name: 'build-original', ok: true, detail: `${original.seconds.toFixed(1)} s` });
  report.original = await stats(tags.original, original);

  if (report.unchanged) {
    // Nothing to prove: the rewritten image would be this very image.
    report.rewritten = report.original;
    return;
  }
  log(`building rewritten (${tags.rewritten})`);
  const rewritten = await build(input.contextDir, input.output, tags.rewritten, { noCache: input.options.noCache });
  report.checks.push({
    name: 'build-rewritten',
    ok: rewritten.ok,
    detail: rewritten.ok ? `${rewritten.seconds.toFixed(1)} s` : lastBuildError(rewritten),
  });
  if (!rewritten.ok) {
    await assertEngineAlive();
    report.buildLog = logTail(rewritten.log);
    return;
  }
  report.rewritten = await stats(tags.rewritten, rewritten);
  await checkProof(report, input);
  await checkConfig(report, tags);
  log('exporting and comparing file systems');
  await checkFileSystems(report, tags);
}

/** A build that failed because the daemon went away says nothing about the Dockerfile. */
async function assertEngineAlive(): Promise<void> {
  const engine = await engineStatus();
  if (!engine.ok) throw new DockerError(`the container engine stopped answering during the build (${engine.reason})`);
}

/** The build's own error line (BuildKit prints "#N ERROR: ..." near the end), without the step prefix. */
export function lastBuildError(b: Pick<BuildResult, 'log'>): string {
  const lines = b.log.split('\n').map((l) => l.trim().replace(/^#\d+\s+(\d+\.\d+\s+)?/, '')).filter(Boolean);
  const error = [...lines].reverse().find((l) => /^ERROR\b|error:/i.test(l));
  return error ?? lines[lines.length - 1] ?? 'build failed';
}

async function stats(tag: string, b: BuildResult): Promise<ImageStats> {
  const info = await inspectImage(tag);
  return { bytes: info.size, layers: info.layers, buildSeconds: b.seconds };
}

async function checkProof(report: VerifyReport, input: CheckInput): Promise<void> {
  const spec = input.spec;
  if (!spec) {
    report.checks.push({ name: 'proof', ok: true, skipped: true, detail: 'no app.json: no proof to run' });
    return;
  }
  input.log(`running proof: ${spec.proof.join(' ')}`);
  const [a, b] = await Promise.all([runImage(input.tags.original, spec.proof), runImage(input.tags.rewritten, spec.proof)]);
  report.checks.push(judgeProof(spec, a, b));
}

export function judgeProof(spec: AppSpec, a: { ok: boolean; code: number; stdout: string; stderr: string }, b: typeof a): CheckResult {
  const fail = (detail: string): CheckResult => ({ name: 'proof', ok: false, detail });
  if (!a.ok) return fail(`the proof fails on the original image (exit ${a.code}): ${tail(a.stderr || a.stdout)}`);
  if (!b.ok) return fail(`the proof fails on the rewritten image (exit ${b.code}): ${tail(b.stderr || b.stdout)}`);
  if (!hasLine(a.stdout, spec.expect)) return fail(`the original image does not print "${spec.expect}"`);
  if (!hasLine(b.stdout, spec.expect)) return fail(`the rewritten image does not print "${spec.expect}"`);
  if (a.stdout !== b.stdout) return fail(`the proof prints different output: ${JSON.stringify(tail(a.stdout))} vs ${JSON.stringify(tail(b.stdout))}`);
  return { name: 'proof', ok: true, detail: `both print "${spec.expect}"` };
}

function hasLine(stdout: string, expected: string): boolean {
  return stdout.split(/\r?\n/).some((line) => line.trim() === expected.trim()) || stdout.includes(expected);
}

function tail(text: string): string {
  const t = text.trim();
  return t.length > 200 ? '…' + t.slice(-200) : t;
}

async function checkConfig(report: VerifyReport, tags: { original: string; rewritten: string }): Promise<void> {
  const [a, b] = await Promise.all([inspectImage(tags.original), inspectImage(tags.rewritten)]);
  report.configDifferences = compareConfigs(a.config, b.config);
  const n = report.configDifferences.length;
  report.checks.push({ name: 'config', ok: n === 0, detail: n === 0 ? 'same' : `${n} difference${n === 1 ? '' : 's'}` });
}

async function checkFileSystems(report: VerifyReport, tags: { original: string; rewritten: string }): Promise<void> {
  const [a, b] = await Promise.all([exportFileSystem(tags.original), exportFileSystem(tags.rewritten)]);
  const allowed = [...new Set(report.changes.flatMap((c) => c.removes))];
  const result = compareFileSystems(a, b, { allowedRemovals: allowed });
  report.fsDifferences = result.differences;
  report.removals = result.removals;
  report.removedBytes = result.removedBytes;
  const n = result.differences.length;
  const inCaches = result.cacheDiffering.length;
  const cacheNote = inCaches ? `; ${inCaches} path${inCaches === 1 ? '' : 's'} left in emptied cache locations differ: ${result.cacheDiffering.slice(0, 3).join(', ')}${inCaches > 3 ? ', …' : ''}` : '';
  const detail = n === 0 ? `same (${a.size} paths compared${cacheNote})` : `${n} difference${n === 1 ? '' : 's'} (${countKinds(result.differences)})${cacheNote}`;
  report.checks.push({ name: 'filesystem', ok: n === 0, detail });
}

/** "8700 removed, 84 content": what kind of differences, at a glance, before the first few are listed. */
function countKinds(diffs: FsDifference[]): string {
  const counts = new Map<string, number>();
  for (const d of diffs) counts.set(d.kind, (counts.get(d.kind) ?? 0) + 1);
  return [...counts].sort((x, y) => y[1] - x[1]).map(([kind, count]) => `${count} ${kind}`).join(', ');
}

export function formatMB(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

/** Sizes of removals range from a few bytes to hundreds of MB: pick the unit that keeps them readable. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1e6) return formatMB(bytes);
  if (bytes >= 1e3) return `${(bytes / 1e3).toFixed(1)} kB`;
  return `${bytes} B`;
}

function sizeLine(report: VerifyReport): string {
  if (!report.original || !report.rewritten) return '';
  const a = report.original.bytes;
  const b = report.rewritten.bytes;
  const delta = b - a;
  const sign = delta > 0 ? '+' : delta < 0 ? '-' : '±';
  const pct = a > 0 ? ((delta / a) * 100).toFixed(1) : '0.0';
  return ` ${formatMB(a)} -> ${formatMB(b)} (${sign}${formatMB(Math.abs(delta))}, ${delta > 0 ? '+' : ''}${pct}%)`;
}

const MAX_LISTED = 40;

export function formatVerifyReport(report: VerifyReport): string {
  const lines: string[] = [];
  for (const c of report.changes) lines.push(`  change ${c.id} (line ${c.line}): ${c.message}`);
  for (const c of report.checks) lines.push(`  ${c.skipped ? 'skip' : c.ok ? 'ok  ' : 'FAIL'} ${c.name}: ${c.detail}`);
  if (report.original && report.rewritten && !report.unchanged) {
    lines.push(`  layers ${report.original.layers} -> ${report.rewritten.layers}`);
  }
  for (const r of report.removals) {
    if (r.files > 0 || r.bytes > 0) lines.push(`  removed ${r.glob}: ${r.files} file${r.files === 1 ? '' : 's'}, ${formatBytes(r.bytes)}`);
  }
  const diffs = [...report.configDifferences.map(formatConfigDifference), ...report.fsDifferences.map(formatFsDifference)];
  for (const d of diffs.slice(0, MAX_LISTED)) lines.push(`  ${d}`);
  if (diffs.length > MAX_LISTED) lines.push(`  … and ${diffs.length - MAX_LISTED} more differences`);
  if (report.buildLog) lines.push('  build log (tail):', ...report.buildLog.split('\n').map((l) => `    ${l}`));
  lines.push(summaryLine(report));
  return lines.join('\n');
}

export function summaryLine(report: VerifyReport): string {
  const n = report.changes.length;
  const changes = `(${n} change${n === 1 ? '' : 's'})`;
  if (report.unchanged) return `verify ${report.app}: UNCHANGED (no change to prove)${sizeLine(report)}`;
  if (report.ok) return `verify ${report.app}: EQUIVALENT ${changes}${sizeLine(report)}`;
  const failed = report.checks.find((c) => !c.ok);
  if (failed && failed.name === 'build-rewritten') return `verify ${report.app}: BROKEN (the rewritten Dockerfile does not build) ${changes}`;
  const d = report.configDifferences.length + report.fsDifferences.length;
  const what = d > 0 ? `${d} difference${d === 1 ? '' : 's'}` : `${failed?.name ?? 'a check'} failed`;
  return `verify ${report.app}: DIFFERENT (${what}) ${changes}${sizeLine(report)}`;
}

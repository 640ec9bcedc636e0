/**
 * Proves a rewrite on a real engine: build the original and the rewritten Dockerfile, run the app's proof on both,
 * and compare the images' configuration and file systems. Only what the applied changes declare in `removes` may
 * be missing from the rewritten image, unless a change declares `keeps` (a multi-stage rewrite): then the rewritten
 * image must be a faithful subset of the original (see compareSubset), judged against both final-stage base images.
 */
import { randomBytes } from 'node:crypto';
import { cp, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { parseDocument } from '../document.js';
import { rewrite } from '../engine.js';
import type { FileCreation, RewriteOptions, RewriteResult } from '../types.js';
import {
  compareConfigs,
  compareConfigsSubset,
  compareFileSystems,
  compareSubset,
  formatConfigDifference,
  formatFsDifference,
  type ConfigDifference,
  type FsDifference,
  type FsMap,
  type ImageConfig,
  type LeftTotal,
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
  /** Set (possibly empty) by a multi-stage change: the paths its runtime stage copies from the build stage. */
  keeps?: string[];
}

/** "equal": every path identical (the default). "subset": a change declares `keeps`; see SubsetReport. */
export type VerifyMode = 'equal' | 'subset';

/** What the subset comparison found (mode "subset" only). */
export interface SubsetReport {
  /** The union of the changes' `keeps`. */
  keeps: string[];
  /** FROM image of the final stage of each Dockerfile; null when it cannot be resolved (compared as empty). */
  originalBase: string | null;
  rewrittenBase: string | null;
  /** Why a base image could not be read, when one could not (it then counts as empty: stricter). */
  baseNotes: string[];
  /** Paths in both images and identical. */
  identical: number;
  /** What left the image (paths of the original not in the rewritten one, allowed), by prefix, largest first. */
  left: LeftTotal;
  /** Paths only in the rewritten image, unchanged from the runtime base. */
  fromRuntimeBase: number;
  /** Paths that differ but are inherited unchanged from the base image on both sides. */
  baseDifferences: string[];
  /** Parent directories (of kept paths, of the WORKDIR) the runtime stage recreated; their mode/owner came from the build base. */
  recreatedParents: string[];
  /** Package database paths (dpkg status, alternatives, ...) that differ or exist on one side only. */
  packageDatabase: number;
  /** Account databases whose differing entries all came with the base images (the Dockerfile's users are there unchanged). */
  accountEntries: string[];
  /** Env/Labels values that differ but come unchanged from the base images on both sides. */
  configInherited: ConfigDifference[];
}

export interface VerifyReport {
  app: string;
  dir: string;
  /** True when every check that ran passed. */
  ok: boolean;
  /** The rewrite changed nothing: the rewritten image is the original one. */
  unchanged: boolean;
  /** How the file systems and configs are compared. */
  mode: VerifyMode;
  /** Set in subset mode once the comparison ran. */
  subset?: SubsetReport;
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
  return result.changes.map((c) => ({
    id: c.id,
    pass: c.pass,
    line: c.line,
    message: c.message,
    removes: c.removes ?? [],
    ...(c.keeps ? { keeps: c.keeps } : {}),
  }));
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
    mode: result.changes.some((c) => c.keeps !== undefined) ? 'subset' : 'equal',
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
  if (report.mode === 'subset') {
    await checkSubset(report, input);
    return;
  }
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

/**
 * The FROM image of the last stage of a Dockerfile, following `FROM <earlier stage>` to that stage's base. Global
 * ARG defaults are substituted (the verifier builds without --build-arg); null when the name still depends on an
 * ARG without a default, or there is no FROM.
 */
export function finalStageBase(text: string): string | null {
  const doc = parseDocument(text);
  const args = new Map<string, string>();
  for (const ins of doc.instructions) {
    if (ins.keyword === 'FROM') break;
    if (ins.keyword !== 'ARG') continue;
    for (const a of ins.args) {
      const eq = a.value.indexOf('=');
      if (eq > 0) args.set(a.value.slice(0, eq), a.value.slice(eq + 1).replace(/^(["'])(.*)\1$/, '$2'));
    }
  }
  let index = doc.stages.length - 1;
  for (let hops = 0; index >= 0 && hops < doc.stages.length; hops++) {
    const image = substituteArgs(doc.stages[index].image, args);
    if (image === null || image === '') return null;
    const parent = doc.stages.findIndex((s, i) => i < index && s.name !== null && s.name === image.toLowerCase());
    if (parent < 0) return image;
    index = parent;
  }
  return null;
}

function substituteArgs(image: string, args: Map<string, string>): string | null {
  let unresolved = false;
  const out = image.replace(/\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g, (_m, braced?: string, op?: string, word?: string, bare?: string) => {
    const name = (braced ?? bare)!;
    const value = args.get(name);
    const set = op?.startsWith(':') ? !!value : value !== undefined;
    if (op?.endsWith('-')) return set ? value! : word ?? '';
    if (op?.endsWith('+')) return set ? word ?? '' : '';
    if (value === undefined) unresolved = true;
    return value ?? '';
  });
  return unresolved || out.includes('$') ? null : out;
}

interface BaseImage {
  fs: FsMap;
  config: ImageConfig;
}

/**
 * A base image's file system and config; empty (with a note) when it cannot be read, which only makes checks
 * stricter. The base is read through a one-line build (`FROM <name>`) rather than by name: BuildKit keeps the base
 * images it pulls out of the engine's image list, and this resolves the name exactly as the builds just did.
 */
async function readBase(name: string | null, notes: string[], which: string, tag: string): Promise<BaseImage> {
  const empty: BaseImage = { fs: new Map(), config: {} };
  if (name === null) {
    notes.push(`the ${which} final-stage base image cannot be resolved (ARG without a default?): compared as empty`);
    return empty;
  }
  if (name.toLowerCase() === 'scratch') return empty;
  const context = await mkdtemp(join(tmpdir(), 'dockerfix-base-'));
  try {
    const built = await build(context, `FROM ${name}\n`, tag);
    if (!built.ok) {
      notes.push(`cannot read the ${which} base image ${name} (${lastBuildError(built)}): compared as empty`);
      return empty;
    }
    const [fs, info] = await Promise.all([exportFileSystem(tag), inspectImage(tag)]);
    return { fs, config: info.config };
  } catch (error) {
    if (!(error instanceof DockerError)) throw error;
    notes.push(`cannot read the ${which} base image ${name} (${error.message}): compared as empty`);
    return empty;
  } finally {
    await rm(context, { recursive: true, force: true });
    await removeImage(tag);
  }
}

/** Config and file system checks of subset mode (a multi-stage rewrite): see compareSubset and compareConfigsSubset. */
async function checkSubset(report: VerifyReport, input: CheckInput): Promise<void> {
  const { tags, log } = input;
  const keeps = [...new Set(report.changes.flatMap((c) => c.keeps ?? []))];
  const originalName = finalStageBase(input.text);
  const rewrittenName = finalStageBase(input.output);
  const notes: string[] = [];
  log(`subset mode: reading the base images ${originalName ?? '(unresolved)'} and ${rewrittenName ?? '(unresolved)'}`);
  const originalBase = await readBase(originalName, notes, 'original', `${tags.original}-base`);
  const rewrittenBase =
    originalName !== null && rewrittenName === originalName ? originalBase : await readBase(rewrittenName, notes, 'rewritten', `${tags.rewritten}-base`);

  const [a, b] = await Promise.all([inspectImage(tags.original), inspectImage(tags.rewritten)]);
  const config = compareConfigsSubset(a.config, b.config, { originalBase: originalBase.config, rewrittenBase: rewrittenBase.config });
  report.configDifferences = config.differences;
  const n = config.differences.length;
  const inherited = config.inherited.length;
  const inheritedNote = inherited ? `; ${inherited} Env/Labels value${inherited === 1 ? '' : 's'} differ as inherited from the base images` : '';
  report.checks.push({
    name: 'config',
    ok: n === 0,
    detail: n === 0 ? `same${inheritedNote}` : `${n} difference${n === 1 ? '' : 's'}${inheritedNote}`,
  });

  log('exporting and comparing file systems (subset mode)');
  const [original, rewritten] = await Promise.all([exportFileSystem(tags.original), exportFileSystem(tags.rewritten)]);
  const result = compareSubset(original, rewritten, {
    keeps,
    originalBase: originalBase.fs,
    rewrittenBase: rewrittenBase.fs,
    workdirs: b.config.WorkingDir ? [b.config.WorkingDir] : [],
    allowedRemovals: [...new Set(report.changes.flatMap((c) => c.removes))],
  });
  report.fsDifferences = result.differences;
  report.removals = result.removals;
  report.removedBytes = result.removedBytes;
  report.subset = {
    keeps,
    originalBase: originalName,
    rewrittenBase: rewrittenName,
    baseNotes: notes,
    identical: result.identical,
    left: result.left,
    fromRuntimeBase: result.fromRuntimeBase.length,
    baseDifferences: result.baseDifferences,
    recreatedParents: result.recreatedParents,
    packageDatabase: result.packageDatabase.length,
    accountEntries: result.accountEntries,
    configInherited: config.inherited,
  };
  const d = result.differences.length;
  const inCaches = result.cacheDiffering.length;
  const cacheNote = inCaches ? `; ${inCaches} path${inCaches === 1 ? '' : 's'} left in emptied cache locations differ` : '';
  const summary = `subset of the original (${subsetSummary(report.subset)}${cacheNote})`;
  report.checks.push({ name: 'filesystem', ok: d === 0, detail: d === 0 ? summary : `${d} difference${d === 1 ? '' : 's'} (${countKinds(result.differences)}); ${summary}` });
}

const plural = (n: number, one: string, many = one + 's'): string => `${n} ${n === 1 ? one : many}`;

/** "12034 paths kept identical; 8123 paths / 612.4 MB left the image: /usr/lib 412.0 MB, …; 37 base-image differences". */
export function subsetSummary(s: SubsetReport, prefixes = 4): string {
  const parts = [`${plural(s.identical, 'path')} kept identical`];
  if (s.left.paths > 0) {
    const top = s.left.byPrefix.slice(0, prefixes).map((p) => `${p.prefix} ${formatBytes(p.bytes)}`);
    if (s.left.byPrefix.length > prefixes) top.push('…');
    parts.push(`${plural(s.left.paths, 'path')} / ${formatBytes(s.left.bytes)} left the image: ${top.join(', ')}`);
  } else {
    parts.push('nothing left the image');
  }
  if (s.baseDifferences.length) parts.push(plural(s.baseDifferences.length, 'base-image difference'));
  if (s.fromRuntimeBase) parts.push(`${plural(s.fromRuntimeBase, 'path')} added by the runtime base`);
  if (s.recreatedParents.length) parts.push(plural(s.recreatedParents.length, 'parent directory recreated', 'parent directories recreated'));
  if (s.packageDatabase) parts.push(`${plural(s.packageDatabase, 'package database path')} differ${s.packageDatabase === 1 ? 's' : ''}`);
  if (s.accountEntries.length) parts.push(`users/groups only from the bases differ in ${s.accountEntries.join(', ')}`);
  return parts.join('; ');
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
  if (report.subset) lines.push(...subsetLines(report.subset));
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
  if (report.ok) {
    const left = report.subset ? `; subset: ${formatBytes(report.subset.left.bytes)} left the image` : '';
    return `verify ${report.app}: EQUIVALENT ${changes}${sizeLine(report)}${left}`;
  }
  const failed = report.checks.find((c) => !c.ok);
  if (failed && failed.name === 'build-rewritten') return `verify ${report.app}: BROKEN (the rewritten Dockerfile does not build) ${changes}`;
  const d = report.configDifferences.length + report.fsDifferences.length;
  const what = d > 0 ? `${d} difference${d === 1 ? '' : 's'}` : `${failed?.name ?? 'a check'} failed`;
  return `verify ${report.app}: DIFFERENT (${what}) ${changes}${sizeLine(report)}`;
}

const SUBSET_LISTED = 8;

/** The subset comparison in a few lines: what was kept, what left (by prefix), what the base rules excused. */
function subsetLines(s: SubsetReport): string[] {
  const lines = [
    `  subset: keeps ${s.keeps.join(', ') || '(nothing)'}; final-stage bases ${s.originalBase ?? '(unresolved)'} -> ${s.rewrittenBase ?? '(unresolved)'}`,
  ];
  for (const note of s.baseNotes) lines.push(`  subset: ${note}`);
  for (const p of s.left.byPrefix.slice(0, SUBSET_LISTED)) lines.push(`  left ${p.prefix}: ${plural(p.files, 'file')}, ${formatBytes(p.bytes)}`);
  if (s.left.byPrefix.length > SUBSET_LISTED) {
    const rest = s.left.byPrefix.slice(SUBSET_LISTED);
    lines.push(`  left elsewhere: ${plural(rest.reduce((n, p) => n + p.files, 0), 'file')}, ${formatBytes(rest.reduce((n, p) => n + p.bytes, 0))}`);
  }
  for (const p of s.recreatedParents) lines.push(`  parent directory recreated ${p}`);
  for (const p of s.baseDifferences.slice(0, SUBSET_LISTED)) lines.push(`  base-image difference ${p}`);
  if (s.baseDifferences.length > SUBSET_LISTED) lines.push(`  … and ${s.baseDifferences.length - SUBSET_LISTED} more base-image differences`);
  for (const d of s.configInherited) lines.push(`  inherited config ${d.field}: ${d.before} -> ${d.after}`);
  return lines;
}

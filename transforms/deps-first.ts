/**
 * deps-first: a source edit never re-runs the dependency install.
 *
 * Bad:
 *   WORKDIR /app
 *   COPY . .
 *   RUN npm ci && npm run build
 *
 * Good:
 *   WORKDIR /app
 *   COPY package.json package-lock.json ./
 *   RUN npm ci
 *   COPY . .
 *   RUN npm run build
 *
 * The source COPY becomes a COPY of the manifests (same flags, same destination, at the same place, so WORKDIR,
 * USER, ENV and --chown are what they were), the install runs from them, and the source COPY follows the install;
 * when the install RUN goes on with build commands, they move to a new RUN after the source COPY. What each
 * ecosystem installs from, and what makes an install need the sources (lifecycle scripts, local paths,
 * workspaces), lives in src/ecosystems/<ecosystem>/manifests.ts.
 *
 * With a build context, only manifests that exist there (and that .dockerignore keeps) are copied, and a context
 * that holds what the install writes (node_modules, vendor, .venv) is left alone: the source COPY, now after the
 * install, would overwrite it. Without a context, the required manifest is copied by name (the original install
 * could not run without it), optional files with a `*` (which may match nothing), and the change is unsafe.
 *
 * When the context has no .dockerignore and the Dockerfile copies all of it, a .dockerignore is proposed too.
 *
 * Commands after the source COPY that need nothing from the context (user creation, system packages, npm cache
 * housekeeping) move above it too, when they provably commute with what they pass: transforms/hoist.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BuildContext } from '../src/context.js';
import { copiesWholeContext, proposeDockerignore } from '../src/dockerignore.js';
import type { DockerDocument, Instruction, Stage } from '../src/document.js';
import { classify, packageFiles, type Classification, type DepsInstall } from '../src/ecosystems/manifests.js';
import { copyWrite, expandVars, expandWord, imageWorkdir, isWithin, normalizePath, readAssignments, resolvePath, varNames, type Vars } from '../src/ownership.js';
import type { Pass, PassContext, PassResult, PassSkip } from '../src/pass.js';
import type { ShellScript, SimpleCommand, Statement } from '../src/shell/parser.js';
import { invocation } from '../src/shell/query.js';
import type { Edit, ProposedChange, Safety } from '../src/types.js';
import { insertBefore } from '../src/edits.js';
import { commentStart, hoistStage } from './hoist.js';

/** Instructions a source COPY may move past: they change no file. */
const PASS_THROUGH = new Set(['WORKDIR', 'ENV', 'ARG', 'USER', 'LABEL', 'EXPOSE', 'STOPSIGNAL', 'HEALTHCHECK', 'CMD', 'ENTRYPOINT', 'MAINTAINER', 'SHELL']);

/** Stands for a base image's working directory we cannot know: relative paths stay comparable among themselves. */
const UNKNOWN_WORKDIR = '/\u0000workdir';

const INSTALL_WORDS = /\b(npm|yarn|pnpm|pip[0-9.]*|poetry|pipenv|uv|go|mvn|mvnw|gradle|gradlew|bundle|composer|cargo)\b/;

export const depsFirst: Pass = {
  id: 'deps-first',
  description: 'copy dependency manifests and install before copying the sources, and move user creation and package installs above them, so a source edit does not re-run them',
  defaultEnabled: true,
  priority: 15,
  run(ctx): PassResult {
    const changes: ProposedChange[] = [];
    const skipped: PassSkip[] = [];
    const ecosystems = new Set<string>();
    const states = new Map<number, StageState>();
    // The first stage of each name: a stage built on a name takes the first earlier stage with it.
    const named = new Map<string, Stage>();
    for (const stage of ctx.doc.stages) {
      const first = named.get(stage.image.toLowerCase());
      const parent = first && first.index < stage.index ? first : undefined;
      if (stage.name !== null && !named.has(stage.name)) named.set(stage.name, stage);
      const state = walkStage(ctx, stage, parent ? states.get(parent.index) ?? null : null, changes, skipped, ecosystems);
      states.set(stage.index, state);
      hoistStage(ctx, stage, parent ? null : imageWorkdir(stage.image), new Map(), changes, skipped);
    }
    const ignore = proposeDockerignore(ctx.doc, ctx.context, ecosystems);
    if (ignore) changes.push(ignore);
    return { changes, skipped };
  },
};

interface StageState {
  workdir: string;
  vars: Vars;
}

function walkStage(ctx: PassContext, stage: Stage, parent: StageState | null, changes: ProposedChange[], skipped: PassSkip[], ecosystems: Set<string>): StageState {
  const state: StageState = { workdir: parent?.workdir ?? UNKNOWN_WORKDIR, vars: new Map(parent?.vars ?? []) };
  const list = stage.instructions;
  // Manifests copied after the sources come first: their plan covers the source COPYs it moves past.
  const covered = new Set<Instruction>();
  const late: PassSkip[] = [];
  {
    const ahead: StageState = { workdir: state.workdir, vars: new Map(state.vars) };
    for (let i = 0; i < list.length; i++) {
      if (applyState(list[i], ahead)) continue;
      const plan = planLateManifest(ctx, stage, i, ahead);
      if (plan === null) continue;
      if ('skip' in plan) late.push({ line: plan.line, reason: plan.skip });
      else {
        changes.push(plan.change);
        for (const c of plan.covered) covered.add(c);
      }
    }
  }
  const before = skipped.length;
  for (let i = 0; i < list.length; i++) {
    const ins = list[i];
    // Only a proposed .dockerignore reads the ecosystems (a build context without one).
    if (ctx.context && !ctx.context.hasDockerignore) for (const eco of ecosystemsOf(ins)) ecosystems.add(eco);
    if (applyState(ins, state)) continue;
    if (covered.has(ins)) continue;
    if ((ins.keyword === 'COPY' || ins.keyword === 'ADD') && stage.posixShell) {
      const result = planSplit(ctx, stage, i, state);
      if (result === null) continue;
      if ('skip' in result) skipped.push({ line: result.line, reason: result.skip });
      else changes.push(result.change);
    }
  }
  // A late-manifest skip says more than the generic "comes between" one about the same install.
  if (late.length) {
    const generic = skipped.splice(before).filter((s) => !/comes between the source COPY/.test(s.reason));
    skipped.push(...generic, ...late);
  }
  return state;
}

/** Updates WORKDIR/ENV/ARG state; true when the instruction was one of them. */
function applyState(ins: Instruction, state: StageState): boolean {
  if (ins.keyword === 'WORKDIR') {
    const raw = ins.args.map((a) => a.value).join(' ');
    const expanded = expandVars(raw, state.vars);
    state.workdir = expanded === null ? `/\u0000unknown${ins.line}` : resolvePath(state.workdir, expanded) ?? state.workdir;
    return true;
  }
  if (ins.keyword === 'ENV' || ins.keyword === 'ARG') {
    for (const { name, value } of readAssignments(ins)) {
      if (ins.keyword === 'ARG' && value === null) {
        if (!state.vars.has(name)) state.vars.set(name, null);
        continue;
      }
      state.vars.set(name, value === null ? null : expandVars(value, state.vars));
    }
    return true;
  }
  return false;
}

function ecosystemsOf(ins: Instruction): string[] {
  const script = ins.shell?.script;
  if (!script) return [];
  const out: string[] = [];
  for (const cmd of script.commands) {
    const inv = invocation(cmd);
    if (!inv) continue;
    const c = classify(inv);
    if (c.kind === 'deps') out.push(c.install.ecosystem);
    else if (inv.name === 'cargo') out.push('cargo');
    else if (inv.name === 'mvn' || inv.name === 'mvnw') out.push('maven');
    else if (inv.name === 'gradle' || inv.name === 'gradlew') out.push('gradle');
    else if (['npm', 'yarn', 'pnpm', 'composer', 'bundle', 'poetry', 'pipenv'].includes(inv.name)) out.push(inv.name === 'bundle' ? 'bundler' : inv.name);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// The source COPY

interface SourceCopy {
  ins: Instruction;
  /** Context directory copied ('' for the whole context). */
  ctxDir: string;
  /** Destination as written, and resolved in the image. */
  destText: string;
  dest: string;
  flagsText: string;
}

/**
 * `context.list(dir)`, remembered per build context: rewrite() opens one context per call and nothing writes to it
 * while the passes run, and every round asks again for the directory of each source COPY of the file (each a
 * readdir, most of them failing: `COPY src/ /app/` with no src/ in the context).
 */
const listings = new WeakMap<BuildContext, Map<string, string[]>>();
function listDir(context: BuildContext, dir: string): string[] {
  let known = listings.get(context);
  if (!known) listings.set(context, (known = new Map()));
  let names = known.get(dir);
  if (names === undefined) known.set(dir, (names = context.list(dir)));
  return names;
}

/** A COPY/ADD of the whole context or of one directory of it; null when it is something else. */
function readSourceCopy(doc: DockerDocument, ins: Instruction, state: StageState, context: BuildContext | null): SourceCopy | { skip: string } | null {
  if (ins.flags.some((f) => f.name === 'from') || ins.heredoc || ins.args.length !== 2) return null;
  if (doc.text.slice(ins.argsStart, ins.argsEnd).trimStart().startsWith('[')) return null;
  const [src, dst] = ins.args;
  const s = src.value;
  if (/[*?[$]/.test(s) || /^[a-z]+:\/\//i.test(s) || s.startsWith('git@')) return null;
  let ctxDir: string;
  if (s === '.' || s === './') ctxDir = '';
  else {
    const n = path.posix.normalize(s).replace(/\/+$/, '');
    if (n.startsWith('..') || n.startsWith('/')) return null;
    const isDir = context ? listDir(context, n).length > 0 : s.endsWith('/');
    if (!isDir) return null;
    ctxDir = n;
  }
  const other = ins.flags.find((f) => !['chown', 'chmod', 'link'].includes(f.name));
  const destExpanded = expandVars(dst.value, state.vars);
  if (destExpanded === null) return { skip: `the destination ${dst.value} of the COPY at line ${ins.line} uses a variable with no known value` };
  const dest = resolvePath(state.workdir, destExpanded);
  if (dest === null || dest.includes('\u0000unknown')) return { skip: `the working directory at line ${ins.line} is not known` };
  if (other) return { skip: `the COPY at line ${ins.line} has --${other.name}, which a manifest COPY cannot mirror` };
  return {
    ins,
    ctxDir,
    destText: dst.value,
    dest,
    flagsText: ins.flags.map((f) => doc.text.slice(f.start, f.end)).join(' '),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The install RUN

interface Step {
  statement: Statement;
  kind: 'deps' | 'neutral' | 'cd' | 'build';
  install?: DepsInstall;
  /** The working directory the command runs in (the RUN's, or after a `cd`). */
  cwd: string;
  /** Paths the command creates or writes (relative to `cwd`), and the files its redirects open (absolute). */
  writes?: string[];
  /** `. /venv/bin/activate`: the script it sources (relative to `cwd`); the shell state it sets lasts the whole RUN. */
  sourced?: string;
  /** A redirect whose file we cannot name (a variable with no known value, a heredoc): it may be anywhere. */
  unresolved?: string;
  why?: string;
}

/**
 * The files a statement's redirects open (`> f`, `>> f`, `< f`), resolved against the working directory with the
 * stage's known variables; fd duplications (`2>&1`) open none. `unresolved` quotes a redirect we cannot name.
 */
function redirectFiles(statement: Statement, cmd: SimpleCommand, cwd: string, vars: Vars): { paths: string[]; unresolved?: string } {
  const paths: string[] = [];
  const assigned = new Set(cmd.assignments.map((a) => a.text.slice(0, Math.max(0, a.text.indexOf('=')))));
  for (const r of [...cmd.redirects, ...(statement.redirects ?? [])]) {
    const t = r.target;
    if (t === null) return { paths, unresolved: r.text };
    const op = r.text.slice(0, t.start - r.start).trim();
    if (op.endsWith('&') && t.value !== null && /^(\d+|-)$/.test(t.value)) continue;
    // A prefix assignment (`F=x echo > $F`) is not the value the stage's variables give.
    if (varNames(t.text).some((v) => assigned.has(v))) return { paths, unresolved: r.text };
    const value = t.value ?? expandWord(t, vars);
    const p = value === null || value === '' || /[*?[]/.test(value) ? null : resolvePath(cwd, value);
    if (p === null) return { paths, unresolved: r.text };
    paths.push(p);
  }
  return { paths };
}

/**
 * True when BUNDLE_DEPLOYMENT or BUNDLE_FROZEN is set to a true value (as bundler reads it: anything but empty,
 * false, f, no, n or 0) for the command: `bundle install` then fails rather than rewrite Gemfile.lock.
 */
function bundleFrozen(env: ReadonlyMap<string, string | null>, vars: Vars): boolean {
  return ['BUNDLE_DEPLOYMENT', 'BUNDLE_FROZEN'].some((name) => {
    const value = env.has(name) ? env.get(name) : vars.get(name);
    return value !== null && value !== undefined && !/^(false|f|no|n|0|)$/i.test(value);
  });
}

function statementSteps(script: ShellScript | null, workdir: string, vars: Vars = new Map()): Step[] {
  const steps: Step[] = [];
  if (!script) return steps;
  let cwd = workdir;
  for (const statement of script.statements) {
    const cmds = script.commands.filter((c) => c.start >= statement.start && c.end <= statement.end);
    const step: Step = { statement, kind: 'build', cwd };
    // A redirected statement counts only when it redirects the one command it is (not a `{ ...; } > f` group).
    if (cmds.length === 1 && (statement.type === 'command' || (statement.type === 'redirected_statement' && cmds[0].start === statement.start)) && cmds[0].topLevelShell) {
      const inv = invocation(cmds[0]);
      const redirects = redirectFiles(statement, cmds[0], cwd, vars);
      const redirected = redirects.paths.length > 0 || redirects.unresolved !== undefined;
      if (inv && inv.name === 'cd' && inv.args.length === 1 && inv.args[0].value !== null && !inv.args[0].value.startsWith('-')) {
        const next = resolvePath(cwd, inv.args[0].value);
        if (next && !redirected) {
          cwd = next;
          step.kind = 'cd';
          step.cwd = cwd;
        }
      } else if (inv && !inv.runsAsOtherUser) {
        const c: Classification = classify(inv);
        step.kind = c.kind;
        if (c.kind === 'deps') step.install = c.install.ecosystem === 'bundler' && c.install.updatesLock && bundleFrozen(inv.env, vars) ? { ...c.install, updatesLock: undefined } : c.install;
        if (c.kind === 'neutral') step.writes = c.writes;
        if (c.kind === 'neutral' && (inv.name === '.' || inv.name === 'source')) step.sourced = inv.args[0]?.value ?? undefined;
        if (c.kind === 'build') step.why = c.why;
        // A package file installed by path (`apt-get install -y ./vendor/foo.deb`) is read from where it lies.
        const pkgFiles = c.kind === 'neutral' ? packageFiles(inv, vars) : { paths: [] };
        if (pkgFiles.paths.length || pkgFiles.unresolved !== undefined) {
          step.writes = [...(step.writes ?? []), ...pkgFiles.paths];
          if (pkgFiles.unresolved !== undefined) step.unresolved = pkgFiles.unresolved;
        }
        if (c.kind !== 'build' && redirected) {
          step.writes = [...(step.writes ?? []), ...redirects.paths];
          if (redirects.unresolved !== undefined) step.unresolved ??= redirects.unresolved;
        }
      }
    }
    steps.push(step);
  }
  return steps;
}

/**
 * What the new RUN after the source COPY repeats so its commands run in the shell state the install left them in:
 * the `cd`s and the `. /venv/bin/activate`s of the install prefix, in their order (an activate after a `cd` may be
 * relative). Other prefix steps (installs, system packages) change files only, which stay in the image.
 */
function carriedText(doc: DockerDocument, steps: Step[], prefix: number): string {
  return steps.slice(0, prefix).filter((s) => s.kind === 'cd' || s.sourced !== undefined).map((s) => `${shortText(doc, s.statement, Infinity)} && `).join('');
}

/** The reason's note on what the new RUN repeats: the activations (a `cd` is its own evidence). */
function activates(steps: Step[], prefix: number): string {
  const sourced = steps.slice(0, prefix).filter((s) => s.sourced !== undefined).map((s) => `\`. ${s.sourced}\``);
  return sourced.length ? `, which starts with ${listText(sourced)} again so they run in the same environment` : '';
}

interface Found {
  run: Instruction;
  steps: Step[];
  /** Number of leading steps that run before the sources are needed. */
  prefix: number;
  /** Instructions between the source COPY and the RUN (pass-through instructions and neutral RUNs). */
  between: Instruction[];
  /** The working directories set by WORKDIRs in between. */
  workdirs: string[];
}

// ---------------------------------------------------------------------------------------------------------------

type Plan = { change: ProposedChange } | { skip: string; line: number } | null;

function planSplit(ctx: PassContext, stage: Stage, index: number, stateAtCopy: StageState): Plan {
  const { doc, context } = ctx;
  const ins = stage.instructions[index];
  const copy = readSourceCopy(doc, ins, stateAtCopy, context);
  if (copy === null) return null;
  const state: StageState = { workdir: stateAtCopy.workdir, vars: new Map(stateAtCopy.vars) };
  const between: Instruction[] = [];
  const workdirs: string[] = [];
  const changedVars = new Set<string>();
  let found: Found | null = null;
  let stop: number | null = null;
  /** Why the RUN at `stop` keeps the source COPY above it, when that is known precisely. */
  let blockWhy: string | null = null;
  for (let j = index + 1; j < stage.instructions.length; j++) {
    const next = stage.instructions[j];
    if ((next.keyword === 'COPY' || next.keyword === 'ADD') && disjointCopy(next, state, D(copy))) {
      between.push(next);
      continue;
    }
    if (PASS_THROUGH.has(next.keyword)) {
      if (next.keyword === 'ENV' || next.keyword === 'ARG') for (const a of readAssignments(next)) changedVars.add(a.name);
      applyState(next, state);
      if (next.keyword === 'WORKDIR') workdirs.push(state.workdir);
      between.push(next);
      continue;
    }
    if (next.keyword !== 'RUN') { stop = j; break; }
    const script = next.shell?.script;
    if (!script) {
      if ('skip' in copy) return null;
      if (INSTALL_WORDS.test(next.text)) return { skip: `the RUN at line ${next.line} is not readable as shell (${next.shell?.opaqueReason ?? 'no shell view'})`, line: next.line };
      stop = j;
      break;
    }
    const steps = statementSteps(script, state.workdir, state.vars);
    let prefix = 0;
    let sawDeps = false;
    for (let k = 0; k < steps.length; k++) {
      if (steps[k].kind === 'build') break;
      if (steps[k].kind === 'deps') {
        sawDeps = true;
        prefix = k + 1;
      }
    }
    if (!sawDeps) {
      if (steps.every((s) => s.kind === 'neutral')) {
        if (steps.every((s) => s.unresolved === undefined && (s.writes ?? []).every((w) => outside(resolvePath(s.cwd, w), D(copy))))) {
          between.push(next);
          continue;
        }
        // A RUN that writes (or opens) a file in the copied tree, or one we cannot name, must stay after the COPY.
        if ('skip' in copy) return null;
        const bad = steps.find((s) => s.unresolved !== undefined || (s.writes ?? []).some((w) => !outside(resolvePath(s.cwd, w), copy.dest)))!;
        const what = bad.unresolved !== undefined
          ? `opens a file we cannot name (\`${bad.unresolved}\`), which may be inside ${displayPath(copy.dest)}`
          : `writes or opens ${listText((bad.writes ?? []).map((w) => resolvePath(bad.cwd, w) ?? w).filter((p) => !outside(p, copy.dest)).map(displayPath))}, inside the tree ${displayPath(copy.dest)} that the COPY at line ${ins.line} fills`;
        blockWhy = `the RUN at line ${next.line} (\`${shortText(doc, bad.statement)}\`) ${what}: the source ${ins.keyword} cannot move after it`;
        stop = j;
        break;
      }
      const firstBuild = steps.find((s) => s.kind === 'build');
      const laterDeps = steps.some((s) => s.kind === 'deps');
      if ('skip' in copy) return null;
      if (firstBuild?.why) return { skip: firstBuild.why, line: next.line };
      if (!laterDeps && firstBuild) {
        const go = planGoDownload(ctx, stage, copy, firstBuild, state, workdirs, next, between);
        if (go) return go;
      }
      if (laterDeps) return { skip: `the RUN at line ${next.line} runs \`${doc.text.slice(firstBuild!.statement.start, firstBuild!.statement.end).split(/\s+/).slice(0, 3).join(' ')}\` before installing dependencies, which may need the sources`, line: next.line };
      stop = j;
      break;
    }
    // Cache housekeeping right after the install (`yarn cache clean`, an earlier round's cleanup) stays in its layer:
    // moved to the RUN after the source COPY it would clean nothing there and the install's layer would keep the cache.
    while (prefix < steps.length && steps[prefix].kind === 'neutral') prefix++;
    found = { run: next, steps, prefix, between, workdirs };
    break;
  }
  if (!found) {
    if (stop === null || 'skip' in copy) return null;
    // Say why when the stage installs dependencies later: something in between may use the sources.
    const blocker = stage.instructions[stop];
    const later = stage.instructions.slice(stop + (blocker.keyword === 'RUN' ? 1 : 1)).find((i) => i.keyword === 'RUN' && statementSteps(i.shell?.script ?? null, state.workdir, state.vars).some((s) => s.kind === 'deps'));
    if (!later) return null;
    if (blockWhy) return { skip: blockWhy, line: later.line };
    const what = blocker.keyword === 'RUN' ? `the RUN at line ${blocker.line}` : `the ${blocker.keyword} at line ${blocker.line}`;
    return { skip: `${what} comes between the source ${ins.keyword} at line ${ins.line} and the install at line ${later.line} and may read or change the copied files`, line: later.line };
  }
  if ('skip' in copy) return { skip: copy.skip, line: ins.line };
  return buildChange(ctx, stage, copy, found, changedVars);
}

/** The destination of a source COPY, or null when it could not be read. */
function D(copy: SourceCopy | { skip: string }): string | null {
  return 'skip' in copy ? null : copy.dest;
}

/** True when the path is known and outside the directory (so writing it does not touch the copied tree). */
function outside(p: string | null, dir: string | null): boolean {
  return p !== null && dir !== null && !p.includes('\u0000') && !isWithin(p, dir) && !isWithin(dir, p);
}

/** A COPY/ADD writing somewhere that neither holds nor lies inside the copied tree: the source COPY may move past it. */
function disjointCopy(ins: Instruction, state: StageState, dir: string | null): boolean {
  if (ins.heredoc || ins.args.length < 2) return false;
  const dest = expandVars(ins.args[ins.args.length - 1].value, state.vars);
  if (dest === null) return false;
  return outside(resolvePath(state.workdir, dest), dir);
}

function buildChange(ctx: PassContext, stage: Stage, copy: SourceCopy, found: Found, changedVars: Set<string>): Plan {
  const { doc, context } = ctx;
  const { run, steps, prefix } = found;
  const skip = (reason: string, line = run.line): Plan => ({ skip: reason, line });
  const installs = steps.slice(0, prefix).filter((s) => s.kind === 'deps');
  const rest = steps.slice(prefix);
  const tag = installs[0].install!.ecosystem;
  const D = copy.dest;

  // Splitting `prefix && rest` into two RUNs keeps the behaviour only when `&&` joins them and every later step.
  if (rest.length > 0) {
    if (rest.some((s) => s.statement.before !== '&&')) return skip(`the RUN at line ${run.line} joins its commands with ; or || after the install, so it cannot be split into two RUNs`);
    if (run.shell!.script!.background) return skip(`the RUN at line ${run.line} starts a background process`);
    const gap = doc.text.slice(steps[prefix - 1].statement.end, rest[0].statement.start);
    if (!new RegExp(`^[\\s${escapeRe(doc.escape)}]*&&[\\s${escapeRe(doc.escape)}]*$`).test(gap)) return skip(`the RUN at line ${run.line} has comments where it would be split`);
    if (run.shell!.script!.nodeTypes.has('comment')) return skip(`the RUN at line ${run.line} has a shell comment`);
  }
  if (varNames(copy.ins.text).some((v) => changedVars.has(v))) return skip(`the COPY at line ${copy.ins.line} uses a variable that changes before the install`, copy.ins.line);

  // What the install reads and writes, as image paths, mapped to the context through the source COPY.
  const toContext = (imagePath: string): string | null => {
    if (!isWithin(imagePath, D)) return null;
    const rel = imagePath === D ? '' : imagePath.slice(D === '/' ? 1 : D.length + 1);
    return rel === '' ? copy.ctxDir || '.' : copy.ctxDir ? `${copy.ctxDir}/${rel}` : rel;
  };
  const files = new Map<string, string>(); // image path -> context path (or glob)
  const dirs = new Map<string, string>();
  const notes: string[] = [];
  /** Copied files named together in the message (the package.json of each npm workspace): context path -> label. */
  const grouped = new Map<string, string>();
  const unknown: string[] = [];
  const lockConditions: string[] = [];
  /** Required manifests an earlier COPY may already have written (copied with a *). */
  const earlierWrites: { image: string; line: number }[] = [];
  for (const step of installs) {
    const inst = step.install!;
    const project = resolvePath(step.cwd, inst.project);
    if (project === null) return skip(`\`${shortText(doc, step.statement)}\` runs in a directory we cannot resolve`);
    const at = (rel: string): string | null => resolvePath(project, rel);
    for (const group of inst.required) {
      const images = group.map(at);
      if (images.some((p) => p === null || toContext(p) === null)) {
        // The install reads its manifest from elsewhere (another COPY, the base image): not this COPY's install.
        if (images.every((p) => p !== null && !p.includes('\u0000'))) return null;
        return skip(`${displayPath(images[0] ?? group[0])} (read by \`${shortText(doc, step.statement)}\`) is not inside ${displayPath(D)}, which the COPY at line ${copy.ins.line} fills`);
      }
      if (context) {
        const hit = images.find((p) => context.has(toContext(p!)!));
        if (!hit) return skip(`${toContext(images[0]!)} is not in the build context (or .dockerignore excludes it), so the install does not read it from the COPY at line ${copy.ins.line}`);
        files.set(hit!, toContext(hit!)!);
      } else if (group.length === 1) {
        // An earlier COPY that may already have put the manifest there (`COPY requirements.txt /app` before
        // `COPY src/ /app`): the sources need not hold one, so it is copied with a * (the original reads the earlier
        // one then).
        const by = writtenBefore(stage, copy.ins, images[0]!, toContext(images[0]!)!);
        files.set(images[0]!, by ? `${toContext(images[0]!)!}*` : toContext(images[0]!)!);
        if (by) earlierWrites.push({ image: images[0]!, line: by.line });
      } else {
        for (const p of images) files.set(p!, `${toContext(p!)!}*`);
      }
    }
    const earlier = earlierManifestCopy(stage, copy.ins, [...files.values()].map((f) => path.posix.basename(f.replace(/\*$/, ''))), inst.ecosystem);
    if (earlier) return skip(`dependencies are already installed from the manifests copied at line ${earlier.line}; the install after the COPY at line ${copy.ins.line} runs again on purpose`);
    for (const opt of inst.optional) {
      const p = at(opt);
      const c = p ? toContext(p) : null;
      if (!p || !c || files.has(p)) continue;
      if (context) {
        if (context.has(c)) files.set(p, c);
      } else {
        files.set(p, `${c}*`);
      }
    }
    for (const d of inst.optionalDirs) {
      const p = at(d);
      const c = p ? toContext(p) : null;
      if (!p || !c) continue;
      if (context) {
        if (context.has(c) && listDir(context, c).length > 0) dirs.set(p, c);
      } else {
        unknown.push(`${d}/ (read by ${inst.ecosystem} when present)`);
      }
    }
    if (context) {
      const inContext = (rel: string): string | null => {
        const p = at(rel);
        return p ? toContext(p) : null;
      };
      const read = (rel: string): string | null => {
        const c = inContext(rel);
        return c ? context.read(c) : null;
      };
      const tree = {
        list: (rel: string): string[] => {
          const c = inContext(rel);
          return c === null ? [] : listDir(context, c);
        },
        has: (rel: string): boolean => {
          const c = inContext(rel);
          return c !== null && context.has(c);
        },
      };
      const seen = inst.inspect?.(read, tree) ?? {};
      if (seen.problem) return skip(seen.problem);
      if (seen.note) notes.push(seen.note);
      if (seen.extraLabel && seen.extra?.length) {
        for (const extra of seen.extra) {
          const c = inContext(extra);
          if (c) grouped.set(c, seen.extraLabel);
        }
      }
      for (const extra of seen.extra ?? []) {
        const p = at(extra);
        const c = p ? toContext(p) : null;
        if (!p || !c) return skip(`${extra} is outside the directory the COPY at line ${copy.ins.line} fills`);
        files.set(p, c);
      }
      for (const { dir, why } of inst.readsDirs ?? []) {
        const p = at(dir);
        const c = p ? toContext(p) : null;
        if (c && context.has(c)) return skip(`the build context holds ${c}: ${why}, and it is not copied with the manifests`);
      }
      const outs = [...inst.outputs];
      for (const out of outs) {
        const p = at(out);
        const c = p ? toContext(p) : null;
        if (c && context.has(c)) {
          return skip(`the build context holds ${c} (not excluded by .dockerignore): the source ${copy.ins.keyword}, after the install, would overwrite the installed ${out} with the context's`);
        }
      }
      if (inst.updatesLock) {
        const lock = inst.optional.find((o) => /lock|shrinkwrap/i.test(o));
        const lockAt = lock ? at(lock) : null;
        if (lock && lockAt && files.has(lockAt)) {
          // The install may rewrite the lock file, and the source COPY then puts the context's back: the image keeps
          // the context's lock, where before it kept the rewritten one. Only a lock in sync with its manifest is
          // left as it is (checked for npm); otherwise the change holds on that condition: unsafe.
          const manifest = inst.required[0]?.[0];
          const manifestAt = manifest ? at(manifest) : null;
          const inSync = inst.ecosystem === 'npm' && manifestAt && files.has(manifestAt) ? npmLockInSync(context.read(files.get(manifestAt)!), context.read(files.get(lockAt)!)) : false;
          if (inSync) notes.push(`${inst.updatesLock}; the context's ${lock} matches package.json, so it stays as it is`);
          else lockConditions.push(`${inst.updatesLock}, and the source ${copy.ins.keyword} copies the context's ${lock} over the rewritten one: the image's ${lock} stays the same only if it is in sync`);
        }
      }
    } else {
      if (inst.inspect) unknown.push(`what ${inst.required[0][0]} declares (${inst.ecosystem === 'pip' ? 'local paths, -e, nested -r files' : 'install scripts, local-path dependencies, workspaces'})`);
      if (inst.rootAbove && project !== D) unknown.push(`whether a ${inst.rootAbove} between ${displayPath(D)} and ${displayPath(project)} declares workspaces (npm would install from that root)`);
      for (const { dir } of inst.readsDirs ?? []) unknown.push(`whether the context holds ${dir}/ (read by ${inst.ecosystem} when present)`);
      if (inst.outputs.length) unknown.push(`whether the context holds ${inst.outputs.join(', ')} outside .dockerignore (the source ${copy.ins.keyword} would overwrite the installed one)`);
    }
  }
  // Neutral commands of the prefix (a virtualenv) writing inside the copied tree.
  for (const step of steps.slice(0, prefix)) {
    if (step.unresolved !== undefined) return skip(`\`${shortText(doc, step.statement)}\` has a redirect to a file we cannot name (\`${step.unresolved}\`), which may be inside ${displayPath(D)}`);
    for (const w of step.writes ?? []) {
      const p = resolvePath(step.cwd, w);
      if (p === null) return skip(`\`${shortText(doc, step.statement)}\` writes to a path we cannot resolve`);
      const c = toContext(p);
      if (c === null) continue;
      if (!context) unknown.push(`whether the context holds ${c}`);
      else if (context.has(c)) return skip(`the build context holds ${c}, which \`${shortText(doc, step.statement)}\` creates, writes or reads: moved above the source ${copy.ins.keyword}, it would find the file missing, or see it overwritten afterwards`);
    }
  }
  // A script the prefix sources from inside the copied tree would be read before the source COPY brings it.
  for (const step of steps.slice(0, prefix)) {
    if (step.sourced === undefined) continue;
    const p = resolvePath(step.cwd, step.sourced);
    const c = p === null ? null : toContext(p);
    if (p === null || p.includes('\u0000') && !isWithin(p, D)) return skip(`\`${shortText(doc, step.statement)}\` sources a script we cannot locate`);
    if (c === null) continue;
    if (!context) unknown.push(`whether the context holds ${c}`);
    else if (context.has(c)) return skip(`\`${shortText(doc, step.statement)}\` sources ${c}, which the build context holds: moved above the source ${copy.ins.keyword}, the install would source another file`);
  }
  // A WORKDIR between the COPY and the install: the moved COPY must resolve its destination as before, and a
  // WORKDIR inside the copied tree would create a directory there before the sources arrive.
  let movedText = copy.ins.text;
  if (found.workdirs.length > 0) {
    const below = found.workdirs.find((w) => w !== D && isWithin(w, D));
    if (below) return skip(`the WORKDIR ${displayPath(below)} between the COPY at line ${copy.ins.line} and the install is inside the copied tree`);
    if (!copy.destText.startsWith('/')) {
      if (D.includes('\u0000')) return skip(`a WORKDIR between the COPY at line ${copy.ins.line} and the install changes where its relative destination points, and the base image's working directory is not known`);
      const destWord = copy.ins.args[1];
      const abs = copy.destText.endsWith('/') && D !== '/' ? `${D}/` : D;
      movedText = doc.text.slice(copy.ins.start, destWord.start) + abs + doc.text.slice(destWord.end, copy.ins.end);
    }
  }

  // Without a context, `.yarnrc*` already matches `.yarnrc.yml`: drop globs another glob covers.
  for (const [image, src] of [...files]) {
    if (src.endsWith('*') && [...files.values()].some((o) => o !== src && o.endsWith('*') && src.startsWith(o.slice(0, -1)))) files.delete(image);
  }
  const sources = [...files.values()];
  // A manifest COPY into a subdirectory makes its directories; where the context has a symbolic link instead, the
  // source COPY then fails to put the link there (`cannot replace to directory ... with file`, seen on the engine).
  if (context) {
    for (const src of [...sources, ...dirs.values()]) {
      const segs = src.split('/');
      const from = copy.ctxDir ? copy.ctxDir.split('/').length : 0;
      for (let i = from + 1; i < segs.length; i++) {
        const p = segs.slice(0, i).join('/');
        let link = false;
        try {
          link = fs.lstatSync(path.join(context.dir, p)).isSymbolicLink();
        } catch {
          link = false;
        }
        if (link) return skip(`${p} is a symbolic link in the build context: the COPY of ${src} would make a directory there, where the source ${copy.ins.keyword} then brings the link`);
      }
    }
  }
  if ([...sources, ...dirs.values()].some((s) => /[\s"'`$\\]/.test(s))) return skip('a manifest path has characters a COPY source would need quoted');

  // The new COPY instructions: files grouped by image directory, then config directories.
  const flags = copy.flagsText ? `${copy.flagsText} ` : '';
  const kw = copy.ins.keyword === 'COPY' ? doc.text.slice(copy.ins.start, copy.ins.start + 4) : 'COPY';
  const destFor = (imageDir: string): string => {
    const rel = imageDir === D ? '' : imageDir.slice(D === '/' ? 1 : D.length + 1);
    const base = copy.destText.replace(/\/+$/, '');
    if (base === '') return rel ? `/${rel}/` : '/';
    return rel ? `${base}/${rel}/` : `${base}/`;
  };
  const byDir = new Map<string, string[]>();
  for (const [image, src] of files) {
    const dir = path.posix.dirname(image);
    if (!byDir.has(dir)) byDir.set(dir, []);
    byDir.get(dir)!.push(src);
  }
  const lines: string[] = [];
  for (const [dir, srcs] of byDir) lines.push(`${kw} ${flags}${srcs.join(' ')} ${destFor(dir)}`);
  for (const [image, src] of dirs) lines.push(`${kw} ${flags}${src} ${destFor(path.posix.dirname(image))}${path.posix.basename(image)}/`);

  // A COPY of some of these manifests right before the source COPY (`COPY Gemfile Gemfile.lock ./` then `COPY . .`),
  // with the same flags and destination, is folded into the new one (its sources as written, so a required file stays
  // required): left alone it would copy the same files again in the next layer.
  const at = stage.instructions.indexOf(copy.ins);
  const prev = at > 0 ? stage.instructions[at - 1] : null;
  let folded: Instruction | null = null;
  if (prev && prev.keyword === 'COPY' && byDir.size === 1 && dirs.size === 0 && !prev.heredoc && !prev.json && doc.text.slice(prev.end, copy.ins.start).trim() === '') {
    const words = prev.args.map((a) => a.value);
    const srcs = words.slice(0, -1);
    const [dir, ours] = [...byDir][0];
    const sameDest = (words[words.length - 1] ?? '').replace(/\/+$/, '') === destFor(dir).replace(/\/+$/, '');
    const prevFlags = prev.flags.map((f) => doc.text.slice(f.start, f.end)).join(' ');
    if (srcs.length && sameDest && prevFlags === copy.flagsText && srcs.every((w) => ours.some((o) => o.replace(/\*$/, '') === w))) {
      lines[0] = `${kw} ${flags}${[...srcs, ...ours.filter((o) => !srcs.includes(o.replace(/\*$/, '')))].join(' ')} ${destFor(dir)}`;
      folded = prev;
      // The message and reason name them as copied: required, as the folded COPY had them.
      for (const [image, src] of files) if (srcs.includes(src.replace(/\*$/, ''))) files.set(image, src.replace(/\*$/, ''));
    }
  }
  const edits: Edit[] = [{ start: (folded ?? copy.ins).start, end: copy.ins.end, text: lines.join(doc.eol) }];
  const runKw = doc.text.slice(run.start, run.start + 3);
  const runFlags = run.flags.map((f) => doc.text.slice(f.start, f.end)).join(' ');
  if (rest.length === 0) {
    edits.push({ start: run.end, end: run.end, text: `${doc.eol}${movedText}` });
  } else {
    const cds = carriedText(doc, steps, prefix);
    edits.push({
      start: steps[prefix - 1].statement.end,
      end: rest[0].statement.start,
      text: `${doc.eol}${movedText}${doc.eol}${runKw} ${runFlags ? `${runFlags} ` : ''}${cds}`,
    });
  }

  for (const w of earlierWrites) {
    const src = files.get(w.image);
    if (src?.endsWith('*')) unknown.push(`whether ${src.slice(0, -1)} exists (the COPY at line ${w.line} already wrote ${displayPath(w.image)}, which the install reads when the sources have none)`);
  }
  const installText = installs.map((s) => `\`${shortText(doc, s.statement)}\``).join(', ');
  const copied = [...new Set([...files.values()].map((f) => grouped.get(f) ?? f)), ...[...dirs.values()].map((d) => `${d}/`)];
  const safety: Safety = context && lockConditions.length === 0 ? 'safe' : 'unsafe';
  let reason = `A source edit no longer re-runs ${installText}: its layer is rebuilt only when ${listText(copied)} change${copied.length === 1 ? 's' : ''}, which saves the install time on every rebuild after a code change.`;
  if (rest.length) reason += ` The build commands after the install move to a new RUN after the source ${copy.ins.keyword}${activates(steps, prefix)}.`;
  const passed = found.between.filter((b) => b.keyword === 'RUN' || b.keyword === 'COPY' || b.keyword === 'ADD');
  if (passed.length) reason += ` The source ${copy.ins.keyword} also moves after line${passed.length > 1 ? 's' : ''} ${passed.map((b) => b.line).join(', ')}, which neither read nor write the copied tree.`;
  if (folded) reason += ` The COPY at line ${folded.line} copied some of them already: it is folded into the manifest COPY, so they are not copied once more in the next layer.`;
  reason += ' The manifests are copied twice with the same content, so the image files stay the same.';
  if (notes.length) reason += ` Note: ${notes.join('; ')}.`;
  if (!context) {
    reason = `Unsafe: no build context to check ${listText(unknown.length ? unknown : ['which manifests exist'])}; optional files are copied with a * so a missing one does not fail the build. ${reason}`;
  } else if (lockConditions.length) {
    reason = `Unsafe: ${lockConditions.join('; ')}. ${reason}`;
  }
  return {
    change: {
      message: `copy ${listText(copied)} and install ${tag} dependencies before copying the sources (line ${copy.ins.line})`,
      reason,
      safety,
      edits,
      tag,
      // Split in two: a change another pass computed on the whole RUN (a cleanup appended to its end) waits.
      ...(rest.length ? { covers: [run.start, run.end] as [number, number] } : {}),
    },
  };
}

/**
 * True when an npm lock file (lockfileVersion 2 or 3) records exactly the dependencies package.json declares, so
 * `npm install` finds nothing to change in it.
 */
export function npmLockInSync(pkgText: string | null, lockText: string | null): boolean {
  if (!pkgText || !lockText) return false;
  try {
    const pkg = JSON.parse(pkgText) as Record<string, unknown>;
    const lock = JSON.parse(lockText) as { lockfileVersion?: number; packages?: Record<string, Record<string, unknown>> };
    const root = lock.packages?.[''];
    if (!root || (lock.lockfileVersion ?? 1) < 2 || pkg.workspaces) return false;
    const fields = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'];
    return fields.every((f) => JSON.stringify(sortedKeys(pkg[f])) === JSON.stringify(sortedKeys(root[f])));
  } catch {
    return false;
  }
}

function sortedKeys(v: unknown): unknown {
  if (v === undefined || v === null || typeof v !== 'object') return v ?? {};
  const o = v as Record<string, unknown>;
  return Object.fromEntries(Object.keys(o).sort().map((k) => [k, o[k]]));
}

/**
 * An earlier COPY in the stage that copies one of these manifests with an install of the same ecosystem after it,
 * before the source COPY: the already-split form, whose install after the sources runs again on purpose.
 */
/**
 * An earlier COPY or ADD of the stage that writes `image` from another file than `source` of the build context: a
 * file of that name copied into its directory (`COPY requirements.txt /app` before `COPY src/ /app`), or a file
 * copied to that path. `COPY Gemfile ./` before `COPY . ./` copies the same file.
 */
function writtenBefore(stage: Stage, before: Instruction, image: string, source: string): Instruction | null {
  const state: StageState = { workdir: UNKNOWN_WORKDIR, vars: new Map() };
  const name = path.posix.basename(image);
  for (const ins of stage.instructions) {
    if (ins.start >= before.start) break;
    if (applyState(ins, state) || (ins.keyword !== 'COPY' && ins.keyword !== 'ADD')) continue;
    const w = copyWrite(ins, state.workdir, state.vars, () => null);
    if ('error' in w) continue;
    const fromStage = ins.flags.some((f) => f.name === 'from');
    for (const a of ins.args.slice(0, -1)) {
      const src = a.value.replace(/^(\.\/)+/, '').replace(/\/+$/, '');
      const writes = w.region === image || (path.posix.dirname(image) === w.region && globRe(path.posix.basename(src)).test(name));
      if (writes && (fromStage || !globRe(src).test(source))) return ins;
    }
  }
  return null;
}

function earlierManifestCopy(stage: Stage, before: Instruction, names: string[], ecosystem: string): Instruction | null {
  let manifestCopy: Instruction | null = null;
  for (const ins of stage.instructions) {
    if (ins.start >= before.start) break;
    if ((ins.keyword === 'COPY' || ins.keyword === 'ADD') && !ins.flags.some((f) => f.name === 'from') && !copiesWholeContext(ins)) {
      const globs = ins.args.slice(0, -1).map((a) => globRe(path.posix.basename(a.value.replace(/\/+$/, ''))));
      if (globs.some((re) => names.some((n) => re.test(n)))) manifestCopy ??= ins;
    }
    if (manifestCopy && ins.keyword === 'RUN' && statementSteps(ins.shell?.script ?? null, '/').some((s) => s.install?.ecosystem === ecosystem)) return manifestCopy;
  }
  return null;
}

/** A COPY source pattern (`package*.json`) as a regular expression over file names. */
function globRe(pattern: string): RegExp {
  return new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
}

function shortText(doc: DockerDocument, st: { start: number; end: number }, max = 60): string {
  const t = doc.text.slice(st.start, st.end).replace(/\s*[\\`]\r?\n\s*/g, ' ').replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 3)}...` : t;
}

function displayPath(p: string): string {
  return p.startsWith(UNKNOWN_WORKDIR) ? `the base image's working directory${p.slice(UNKNOWN_WORKDIR.length)}` : p;
}

function listText(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// ---------------------------------------------------------------------------------------------------------------
// Manifests copied after the sources
//
//   COPY app_a /srv/release/app_a
//   COPY backend /srv/release/backend
//   COPY requirements.txt /srv/release/
//   RUN python3 -m venv /srv/release/venv && /srv/release/venv/bin/pip install -r /srv/release/requirements.txt
//
// The manifest COPY and the install move together above the source COPYs. They commute with them: the manifest
// COPY writes named files that no source COPY writes (and the source COPYs write nothing it writes), and the
// install reads only its manifests and writes outside every tree the source COPYs fill.

/** System locations an install may write (site-packages, global modules, caches): a source COPY there does not commute. */
const INSTALL_AREAS = [
  '/usr/lib', '/usr/local/lib', '/usr/bin', '/usr/local/bin', '/usr/sbin', '/usr/local/sbin', '/usr/share', '/usr/local/share',
  '/usr/include', '/usr/local/include', '/usr/local/bundle', '/etc', '/var/lib', '/var/cache', '/var/tmp', '/lib', '/lib64',
  '/bin', '/sbin', '/root', '/tmp', '/opt/conda', '/go',
];

interface LatePlan {
  change: ProposedChange;
  /** Instructions whose own deps-first plan this one replaces (the source COPYs it moves past). */
  covered: Instruction[];
}

function planLateManifest(ctx: PassContext, stage: Stage, index: number, state: StageState): LatePlan | { skip: string; line: number } | null {
  const { doc, context } = ctx;
  const manifest = stage.instructions[index];
  const run = stage.instructions[index + 1];
  if (manifest.keyword !== 'COPY' || !run || run.keyword !== 'RUN' || !run.shell?.script || !stage.posixShell) return null;
  if (manifest.heredoc || manifest.flags.some((f) => f.name !== 'chown' && f.name !== 'chmod') || manifest.args.length < 2) return null;
  if (doc.text.slice(manifest.argsStart, manifest.argsEnd).trimStart().startsWith('[')) return null;
  // Only comments and blank lines between the manifest COPY and the install: they move as one block.
  if (instructionsBetween(stage, manifest, run).length) return null;
  const isFile = (src: string): boolean | null => {
    if (!context) return null;
    if (!context.has(src)) return null;
    try {
      return fs.statSync(path.join(context.dir, src)).isFile();
    } catch {
      return null;
    }
  };
  const sources = manifest.args.slice(0, -1).map((a) => a.value);
  // Without a context, a source is taken as a file when it has a manifest's shape (a name with an extension, or
  // Gemfile, Pipfile...), as COPY reads it; the change is then unsafe.
  const fileLike = (src: string): boolean => !src.endsWith('/') && (/^[^.][^/]*\.[A-Za-z0-9]{1,8}$/.test(path.posix.basename(src)) || /^(Gemfile|Pipfile|go\.(mod|sum))$/.test(path.posix.basename(src)));
  if (sources.some((s) => /[*?[$\\]/.test(s) || s.startsWith('/') || path.posix.normalize(s).startsWith('..') || (context ? isFile(s) !== true : !fileLike(s)))) return null;
  const destRaw = expandVars(manifest.args[manifest.args.length - 1].value, state.vars);
  if (destRaw === null) return null;
  const dest = resolvePath(state.workdir, destRaw);
  if (dest === null || dest.includes('\u0000')) return null;
  const intoDir = destRaw.endsWith('/') || sources.length > 1;
  // Image path -> context path of every file the manifest COPY writes.
  const written = new Map<string, string>();
  for (const s of sources) written.set(intoDir ? normalizePath(`${dest}/${path.posix.basename(s)}`) : dest, path.posix.normalize(s));

  // The install: its leading steps install from the manifests (or touch nothing of the project).
  const steps = statementSteps(run.shell.script, state.workdir, state.vars);
  let prefix = 0;
  for (let k = 0; k < steps.length; k++) {
    if (steps[k].kind === 'build') break;
    if (steps[k].kind === 'deps') prefix = k + 1;
  }
  const installs = steps.slice(0, prefix).filter((s) => s.kind === 'deps');
  if (installs.length === 0) return null;
  // Cache housekeeping right after the install (`yarn cache clean`) stays in its layer.
  while (prefix < steps.length && steps[prefix].kind === 'neutral') prefix++;
  const reads = new Set<string>();
  const writes: string[] = [];
  const unknown: string[] = [];
  for (const step of installs) {
    const inst = step.install!;
    const project = resolvePath(step.cwd, inst.project);
    if (project === null) return null;
    const at = (rel: string): string => resolvePath(project, rel) ?? normalizePath(`${project}/${rel}`);
    for (const group of inst.required) {
      const hit = group.map(at).find((p) => written.has(p));
      if (!hit) return null; // the install reads its manifest from elsewhere: not this COPY's install
      reads.add(hit);
    }
    for (const rel of [...inst.optional, ...inst.optionalDirs]) {
      const p = at(rel);
      if (!written.has(p)) reads.add(`?${p}`);
    }
    // A monorepo root above the project that a passed COPY may bring changes what the install installs.
    if (inst.rootAbove) for (let dir = path.posix.dirname(project); !dir.includes('\u0000') && dir !== path.posix.dirname(dir); dir = path.posix.dirname(dir)) reads.add(`?${normalizePath(`${dir}/${inst.rootAbove}`)}`);
    if (!context && inst.inspect) unknown.push(`what ${listText([...written.values()].filter((c) => inst.required.flat().some((r) => path.posix.basename(r) === path.posix.basename(c))))} declares (${inst.ecosystem === 'pip' ? 'local paths, -e, nested -r files' : 'install scripts, local-path dependencies, workspaces'})`);
    const seen = !context ? {} : inst.inspect?.((rel) => {
      const c = written.get(at(rel));
      return c === undefined ? null : context.read(c);
    }) ?? {};
    if (seen.problem) return { skip: seen.problem, line: run.line };
    for (const extra of seen.extra ?? []) {
      if (!written.has(at(extra))) return { skip: `${extra}, which the install at line ${run.line} reads, is not copied by the COPY at line ${manifest.line}`, line: run.line };
    }
    for (const out of inst.outputs) writes.push(at(out));
    // A directory it reads when present (vendor/cache): a passed COPY bringing it stops the move, as for optional files.
    for (const { dir } of inst.readsDirs ?? []) reads.add(`?${at(dir)}`);
    // What the context holds beside the manifest but the COPY leaves out (a lockfile) is not read: the install
    // reads what the image holds, which the moved block does not change.
  }
  for (const step of steps.slice(0, prefix)) {
    if (step.sourced !== undefined) {
      const p = resolvePath(step.cwd, step.sourced);
      if (p === null || p.includes('\u0000')) return { skip: `\`${shortText(doc, step.statement)}\` sources a script we cannot locate`, line: run.line };
      reads.add(p);
    }
    if (step.unresolved !== undefined) return { skip: `\`${shortText(doc, step.statement)}\` has a redirect to a file we cannot name (\`${step.unresolved}\`)`, line: run.line };
    for (const w of step.writes ?? []) {
      const p = resolvePath(step.cwd, w);
      if (p === null || p.includes('\u0000')) return { skip: `\`${shortText(doc, step.statement)}\` writes to a path we cannot resolve`, line: run.line };
      writes.push(p);
    }
  }

  // Walk back over the source COPYs the block moves past.
  const manifestChown = flagText(doc, manifest);
  const passed: { ins: Instruction; region: string; singleFile: boolean }[] = [];
  let why: string | null = null;
  for (let j = index - 1; j >= 0; j--) {
    const prev = stage.instructions[j];
    // Only plain COPYs from the context (--parents, --exclude and --from change what they write or read).
    if (prev.keyword !== 'COPY' || prev.flags.some((f) => !['chown', 'chmod', 'link'].includes(f.name)) || prev.heredoc) break;
    const w = copyWrite(prev, state.workdir.includes('\u0000') ? null : state.workdir, state.vars, isFile);
    if ('error' in w || w.problem) break;
    const region = w.region;
    const clash = [...written.keys()].find((p) => isWithin(p, region) || isWithin(region, p))
      ?? [...reads].map((r) => r.replace(/^\?/, '')).find((p) => isWithin(p, region) || isWithin(region, p))
      ?? writes.find((p) => isWithin(p, region) || isWithin(region, p))
      ?? INSTALL_AREAS.find((a) => isWithin(region, a) || isWithin(a, region));
    if (clash) {
      why = `the COPY at line ${prev.line} writes ${region}, which holds or lies inside ${clash}`;
      break;
    }
    if (flagText(doc, prev) !== manifestChown) {
      why = `the COPY at line ${prev.line} has other --chown/--chmod flags than the COPY at line ${manifest.line}, so the directories they both create could get another owner`;
      break;
    }
    passed.unshift({ ins: prev, region, singleFile: w.singleFile });
  }
  // Only source trees are worth passing: a named file above them (another manifest, a config file) stays first.
  while (passed.length && passed[0].singleFile) passed.shift();
  // Variables the block uses must mean the same above the passed COPYs: no ENV/ARG between (only COPYs are passed).
  if (passed.length === 0) return why ? { skip: `the manifest COPY at line ${manifest.line} stays after the sources: ${why}`, line: manifest.line } : null;

  // Build commands after the install stay after the sources, in a RUN of their own.
  const rest = steps.slice(prefix);
  const edits: Edit[] = [];
  const first = passed[0].ins;
  const at = doc.offsetOfLine(commentStart(doc, first));
  const lineEnd = (end: number): number => (doc.text.startsWith('\r\n', end) ? end + 2 : doc.text[end] === '\n' || doc.text[end] === '\r' ? end + 1 : end);
  const blockStart = doc.offsetOfLine(commentStart(doc, manifest));
  if (rest.length === 0) {
    edits.push({ start: at, end: at, text: doc.text.slice(blockStart, lineEnd(run.end)) });
    edits.push({ start: blockStart, end: lineEnd(run.end), text: '' });
  } else {
    if (rest.some((s) => s.statement.before !== '&&')) return { skip: `the RUN at line ${run.line} joins its commands with ; or || after the install, so it cannot be split into two RUNs`, line: run.line };
    if (run.shell.script.background || run.shell.script.nodeTypes.has('comment')) return { skip: `the RUN at line ${run.line} starts a background process or has a shell comment`, line: run.line };
    const cut = steps[prefix - 1].statement.end;
    const runKw = doc.text.slice(run.start, run.start + 3);
    const runFlags = run.flags.map((f) => doc.text.slice(f.start, f.end)).join(' ');
    const cds = carriedText(doc, steps, prefix);
    edits.push({ start: at, end: at, text: `${doc.text.slice(blockStart, cut)}${doc.eol}` });
    edits.push({ start: blockStart, end: rest[0].statement.start, text: `${runKw} ${runFlags ? `${runFlags} ` : ''}${cds}` });
  }
  const installText = installs.map((s) => `\`${shortText(doc, s.statement)}\``).join(', ');
  const lines = passed.map((p) => p.ins.line);
  const tag = installs[0].install!.ecosystem;
  const names = [...written.values()];
  let reason = `A source edit no longer re-runs ${installText}: its layer is rebuilt only when ${listText(names)} change${names.length === 1 ? 's' : ''}. ` +
    `The COPY of ${listText(names)} and the install move above the COPY${lines.length > 1 ? 's' : ''} at line${lines.length > 1 ? 's' : ''} ${lines.join(', ')}, and commute with ${lines.length > 1 ? 'them' : 'it'}: ` +
    `the manifest COPY writes ${listText([...written.keys()])}, which ${lines.length > 1 ? 'they do' : 'it does'} not write (${listText(passed.map((p) => p.region))}), with the same flags; ` +
    `the install reads only its manifests and writes ${writes.length ? `${listText([...new Set(writes)])} and ` : ''}outside the copied trees (site-packages, caches), so the image is the same.`;
  if (rest.length) reason += ` The build commands after the install stay after the sources, in a RUN of their own${activates(steps, prefix)}.`;
  if (!context) reason = `Unsafe: no build context to check ${listText(unknown.length ? unknown : ['that the copied sources are directories'])}, or which of the source COPYs' names are files. ${reason}`;
  return {
    change: {
      message: `copy ${listText(names)} and install ${tag} dependencies before the sources (line${lines.length > 1 ? 's' : ''} ${lines.join(', ')})`,
      reason,
      safety: context ? 'safe' : 'unsafe',
      edits,
      tag,
    },
    covered: [...passed.map((p) => p.ins), manifest],
  };
}

function instructionsBetween(stage: Stage, a: Instruction, b: Instruction): Instruction[] {
  return stage.instructions.filter((i) => i.start > a.start && i.start < b.start);
}

/** The --chown/--chmod flags of a COPY, normalised, so two COPYs can be compared. */
function flagText(doc: DockerDocument, ins: Instruction): string {
  return ins.flags.filter((f) => f.name === 'chown' || f.name === 'chmod').map((f) => doc.text.slice(f.start, f.end)).sort().join(' ');
}

// ---------------------------------------------------------------------------------------------------------------
// Go: `COPY . .` then `go build` with no `go mod download`
//
//   COPY go.mod go.sum ./      <- inserted
//   RUN go mod download        <- inserted
//   COPY . .
//   RUN go build -o /app .
//
// The inserted step fetches into the module cache what the build would fetch; a source edit then re-runs only the
// build. Cargo has no such step without stub sources (`cargo fetch` reads the crate targets), so it keeps its skip.

const GO_BUILD = new Set(['build', 'install', 'test', 'vet', 'run']);

function planGoDownload(ctx: PassContext, stage: Stage, copy: SourceCopy, step: Step, state: StageState, workdirs: string[], run: Instruction, between: Instruction[]): Plan {
  const { doc, context } = ctx;
  const cmd = step.statement;
  const text = doc.text.slice(cmd.start, cmd.end);
  const m = /^(?:[A-Z_][A-Z0-9_]*=\S*\s+)*go\s+(\S+)/.exec(text.replace(/\s*[\\`]\r?\n\s*/g, ' '));
  if (!m || !GO_BUILD.has(m[1])) return null;
  if (/-mod(file)?[= ]|(^|\s)-C[= ]|\bGOFLAGS=|\bGOWORK=|\bGOPROXY=off\b/.test(text) || state.vars.has('GOFLAGS') || state.vars.has('GOWORK')) return null;
  // GOPATH-era dependency tools and module mode turned off: there is no go.mod to download from.
  if (state.vars.get('GO111MODULE') === 'off' || /\bGO111MODULE=off\b/.test(text)) return null;
  if (stage.instructions.some((i) => i.keyword === 'RUN' && /\b(dep\s+ensure|glide\s+install|govendor|godep)\b/.test(i.text))) return null;
  // A stage that already downloads its modules (the split form, or one this pass wrote) is left alone.
  if (stage.instructions.some((i) => i.start < cmd.start && i.keyword === 'RUN' && /\bgo\s+mod\s+download\b/.test(i.text))) return null;
  if (workdirs.length || step.cwd !== copy.dest || state.workdir !== copy.dest) return null;
  const dir = copy.ctxDir;
  const rel = (name: string): string => (dir ? `${dir}/${name}` : name);
  const line = copy.ins.line;
  const skip = (reason: string): Plan => ({ skip: reason, line });
  // The download runs before the source COPY, so before what lies between it and the build: settings the module
  // fetch reads (GOPROXY, GOPRIVATE, GOPATH, HOME, proxies...) or tools a RUN installs (git, certificates) would be
  // missing from it.
  const setting = between.flatMap((i) => (i.keyword === 'ENV' || i.keyword === 'ARG' ? readAssignments(i).map((a) => ({ ins: i, name: a.name })) : [])).find((a) => affectsGoDownload(a.name));
  if (setting) return skip(`the ${setting.ins.keyword} ${setting.name} at line ${setting.ins.line}, between the source COPY and \`${shortText(doc, cmd)}\`, may change how modules are fetched, and a download step before the COPY would run without it`);
  const betweenRun = between.find((i) => i.keyword === 'RUN');
  if (betweenRun) return skip(`the RUN at line ${betweenRun.line}, between the source COPY and \`${shortText(doc, cmd)}\`, may set up what fetching modules needs (git, certificates, credentials), and a download step before the COPY would run without it`);
  // The same holds for what the build's own RUN runs before it (`apk add git && go build`).
  const setupCmd = (run.shell?.script?.commands ?? []).find((c) => c.end <= cmd.start && c.words.length > 0 && !harmlessBeforeGo(c));
  if (setupCmd) return skip(`\`${shortText(doc, setupCmd)}\` runs before \`${shortText(doc, cmd)}\` in the RUN at line ${run.line} and may set up what fetching modules needs (git, certificates, credentials), and a download step before the COPY would run without it`);
  const buildCmd = run.shell?.script?.commands.find((c) => c.start === cmd.start);
  const inline = buildCmd ? [...(invocation(buildCmd)?.env.keys() ?? [])].find(affectsGoDownload) : undefined;
  if (inline) return skip(`\`${shortText(doc, cmd)}\` sets ${inline} for itself, which may change how modules are fetched`);
  // The download gets the build RUN's mounts (ssh and secrets for private modules, the module cache it reads).
  const mounts: string[] = [];
  for (const f of run.flags) {
    const text = doc.text.slice(f.start, f.end);
    if (f.name === 'mount') {
      const type = /(?:^|,)type=([a-z]+)/.exec(f.value ?? '')?.[1] ?? 'bind';
      if (!['ssh', 'secret', 'cache', 'tmpfs'].includes(type)) return skip(`the RUN at line ${run.line} has a ${type} mount (${text}), which a download step placed before the source COPY cannot mirror`);
      mounts.push(text);
    } else if (f.name === 'network') {
      if ((f.value ?? '') === 'none') return skip(`the RUN at line ${run.line} builds with --network=none: it fetches no module, and a download step would`);
      mounts.push(text);
    } else return skip(`the RUN at line ${run.line} has --${f.name}, which the download step would need to mirror`);
  }
  if (!context) return goWithoutContext(doc, copy, cmd, rel, mounts);
  if (!context.has(rel('go.mod'))) return null;
  if (context.has(rel('vendor/modules.txt'))) return skip('the project vendors its modules (vendor/modules.txt): go build reads them from the sources, there is nothing to download first');
  if (context.has(rel('go.work'))) return skip('the project has a go.work workspace, whose modules the download needs');
  const mod = context.read(rel('go.mod')) ?? '';
  for (const r of mod.matchAll(/=>\s*(\S+)/g)) {
    if (/^(\.|\/)/.test(r[1])) return skip(`go.mod replaces a module with the local directory ${r[1]}, which the download reads from the sources`);
  }
  const requires = /^\s*require\b/m.test(mod);
  const hasSum = context.has(rel('go.sum'));
  if (requires && !hasSum) return skip('go.mod requires modules but the context has no go.sum: the build fails or resolves them itself, so no download step is added');
  const files = hasSum ? ['go.mod', 'go.sum'] : ['go.mod'];
  const flags = copy.flagsText ? `${copy.flagsText} ` : '';
  const kw = doc.text.slice(copy.ins.start, copy.ins.start + 4);
  const dest = copy.destText.endsWith('/') ? copy.destText : `${copy.destText}/`;
  const runKw = 'RUN';
  const edit = insertBefore(doc, copy.ins, [`${kw} ${flags}${files.map(rel).join(' ')} ${dest}`, `${runKw} ${mounts.map((m) => `${m} `).join('')}go mod download`]);
  // The module cache gains only what the build fetches when nothing is required; with requirements it may also
  // hold modules of the graph the build does not compile, which matters only where the stage is shipped.
  const shipped = stage.index === doc.stages.length - 1 || doc.stages.some((s) => s.index > stage.index && s.image.toLowerCase() === stage.name);
  const safety: Safety = !requires || !shipped ? 'safe' : 'unsafe';
  let reason = `A source edit no longer re-downloads the Go modules: \`go mod download\` runs from ${listText(files)} alone, before the sources, so its layer stays cached until they change, and \`${shortText(doc, cmd)}\` finds the modules already in the module cache.`;
  reason += requires
    ? ` It fetches the modules of go.mod's graph into the module cache (outside ${displayPath(copy.dest)}), where the build would fetch them.`
    : ' go.mod requires no module, so the download fetches nothing and the image is the same; the step keeps the cache layer ready for the first dependency.';
  if (mounts.length) reason += ` The download RUN has the build RUN's flags (${mounts.join(' ')}), so it fetches with the same credentials into the same module cache.`;
  reason += ` The source COPY (line ${line}) copies ${listText(files)} again with the same content.`;
  if (safety === 'unsafe') reason = `Unsafe: this stage is shipped, and its module cache may also hold modules of go.mod's graph that the build does not compile. ${reason}`;
  return {
    change: {
      message: `copy ${listText(files)} and download Go modules before copying the sources (line ${line})`,
      reason,
      safety,
      edits: [edit],
      tag: 'go',
    },
  };
}

/** Commands that change nothing a module download reads (the directory a `cd` enters is checked apart). */
const HARMLESS_BEFORE_GO = new Set(['cd', 'pushd', 'popd', 'set', 'echo', 'printf', 'true', ':', 'ls', 'pwd', 'test', '[', 'whoami', 'id', 'uname', 'date', 'cat']);

function harmlessBeforeGo(c: SimpleCommand): boolean {
  const inv = invocation(c);
  if (!inv || inv.env.size > 0) return false;
  if (inv.name === 'go') return inv.args[0]?.value === 'version';
  return HARMLESS_BEFORE_GO.has(inv.name);
}

/** Without a build context: go.mod is copied by name (the build may be in GOPATH mode without one) and go.sum with a *. */
/** Names whose value may change what `go mod download` fetches, from where, or where it puts them. */
function affectsGoDownload(name: string): boolean {
  if (/^(GOOS|GOARCH|GOARM|GOAMD64|GO386|GOARM64|GOMIPS\w*|GOPPC64|GORISCV64|GOWASM|GOEXPERIMENT|GOBIN|GOCACHE|GOGC|GOMAXPROCS|CGO_\w+)$/.test(name)) return false;
  return /^(GO\w*|HOME|PATH|XDG_\w+|NETRC|GIT_\w+|SSH_\w+|(HTTPS?|NO|ALL|FTP)_PROXY|SSL_CERT_\w+)$/i.test(name);
}

function goWithoutContext(doc: DockerDocument, copy: SourceCopy, cmd: Statement, rel: (name: string) => string, mounts: string[]): Plan {
  const flags = copy.flagsText ? `${copy.flagsText} ` : '';
  const kw = doc.text.slice(copy.ins.start, copy.ins.start + 4);
  const dest = copy.destText.endsWith('/') ? copy.destText : `${copy.destText}/`;
  const edit = insertBefore(doc, copy.ins, [`${kw} ${flags}${rel('go.mod')} ${rel('go.sum')}* ${dest}`, `RUN ${mounts.map((m) => `${m} `).join('')}go mod download`]);
  return {
    change: {
      message: `copy go.mod and go.sum and download Go modules before copying the sources (line ${copy.ins.line})`,
      reason: `Unsafe: no build context to check that go.mod exists (a GOPATH-mode project has none, and the COPY would fail), that the project does not vendor its modules (vendor/modules.txt) or replace one with a local directory, and which modules go.mod requires (the module cache may then also hold modules of its graph that \`${shortText(doc, cmd)}\` does not compile); go.sum is copied with a * so a missing one does not fail the build. ` +
        'A source edit no longer re-downloads the Go modules: `go mod download` runs from go.mod and go.sum alone, before the sources, so its layer stays cached until they change.',
      safety: 'unsafe',
      edits: [edit],
      tag: 'go',
    },
  };
}

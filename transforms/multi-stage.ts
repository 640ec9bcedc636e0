/**
 * multi-stage: the image is built in one stage and run from another, so toolchains and build-only packages stay
 * out of the final image. Always unsafe: the tool cannot prove the app needs nothing else from the build image.
 *
 * Bad:
 *   FROM node:18-bookworm
 *   WORKDIR /app
 *   COPY . .
 *   RUN npm ci && npm run build
 *   CMD ["node", "dist/index.js"]
 *
 * Good:
 *   FROM node:18-bookworm AS build
 *   ...the same instructions...
 *
 *   FROM node:18-bookworm-slim
 *   WORKDIR /app
 *   COPY --from=build /app /app
 *   RUN --mount=type=bind,from=build,source=/app,target=/mnt chown --reference=/mnt /app && chmod --reference=/mnt /app
 *   CMD ["node", "dist/index.js"]
 *
 * The original stage becomes the build stage unchanged (only `AS build` is added), so every file the app has is
 * built exactly as before. The runtime stage starts from the runtime variant of the base (node:X -> node:X-slim,
 * python:X-bookworm -> python:X-slim-bookworm, golang:X-bookworm -> debian:bookworm-slim) or from the same base
 * when only build-only packages (compilers, build systems, language headers) leave. It replays, in order, the
 * instructions that make the run-time environment: ARG, ENV, LABEL, WORKDIR, USER, EXPOSE, VOLUME, HEALTHCHECK,
 * STOPSIGNAL, CMD, ENTRYPOINT; from RUN, the package installs minus build-only packages, user and group creation,
 * system configuration and symlinks. Everything else a RUN or COPY wrote is copied from the build stage with
 * `COPY --from=build P P`, for every path P the pass can name: COPY destinations, `mkdir`, venvs, `go build -o`,
 * the working directory of npm/pip/make/... runs, `tar -C`, `curl -o`, `cp`/`mv` targets, redirects. COPY --from
 * keeps owners and modes of what it copies but not of the top directory, so a RUN with the build stage mounted
 * sets those from the build stage (`chown/chmod --reference`).
 *
 * Dependencies first, sources last: when the dependencies are installed from manifests before the first source COPY
 * (the shape deps-first makes), the runtime copies what the install wrote (node_modules, a venv) before anything
 * else; BuildKit compares COPY --from and bind-mount sources by content, so after a source edit those steps come
 * from its cache. Then, by what the app is at run time: a Node build (`npm run build`, CMD `node dist/...`) ships
 * dist/, package.json and node_modules with the lockfile's devDependencies removed (declared one by one in
 * `removes`); a Go program (`go build -o P`, CMD runs P) ships P alone; anything else repeats the source COPYs from
 * the build context, which leave the build stage when no RUN after them reads them (the build stage then ends
 * with the install: a deps stage). On any base, a venv filled from a requirements file moves the same way, with
 * the runtime on the same base.
 *
 * It skips (and says why) when a RUN runs something whose outputs it cannot name (`sh -c`, `make install` and
 * other install steps, an unknown program), a package install or user creation sits inside a pipeline or a conditional, the final image
 * runs a program (HEALTHCHECK, CMD, ENTRYPOINT, `sh -c` strings in them) that the slim base lacks (curl, wget, ps...)
 * and no replayed install brings, the file already
 * has several stages, the base image is not known to have a runtime variant and no build-only package is installed,
 * or the image name uses a variable whose other values the runtime variant cannot follow (`FROM node:${V}` becomes
 * `FROM node:${V}-slim`).
 */
import type { DockerDocument, Instruction, Stage } from '../src/document.js';
import { compilerLibraries, isBuildOnlyPackage, runtimeBase, slimLacks, type RuntimeBase } from '../src/multistage.js';
import { copyWrite, expandWord, imageWorkdir, isWithin, normalizePath, readAssignments, resolvePath, type Vars } from '../src/ownership.js';
import { instructionName, type Pass, type PassContext, type PassResult, type PassSkip } from '../src/pass.js';
import { parseShell, type SimpleCommand, type Statement, type Word } from '../src/shell/parser.js';
import { invocation, positionals, subcommand, type Invocation } from '../src/shell/query.js';
import type { ProposedChange } from '../src/types.js';
import { installsDependencies } from '../src/verify/buildlog.js';
import fs from 'node:fs';
import path from 'node:path';

export const multiStage: Pass = {
  id: 'multi-stage',
  description: 'split into a build stage and a slim runtime stage (unsafe: toolchains and build-only packages leave)',
  defaultEnabled: true,
  // Last: the build stage is the original stage after the other passes have tidied it.
  priority: 100,
  unsafeOnly: true,
  run(ctx): PassResult {
    const { doc } = ctx;
    if (doc.stages.length === 0) return { changes: [], skipped: [] };
    const last = doc.stages[doc.stages.length - 1];
    const skip = (line: number, reason: string): PassResult => ({ changes: [], skipped: [{ line, reason }] });
    // Only files where a split would leave something behind hear from this pass; the others are not its business.
    const worth = doc.stages.length > 1 ? null : worthSplitting(doc, last);
    if (worth === null || worth === 'no') return { changes: [], skipped: [] };
    // A file reached only through its venv install is this pass's business only when the venv can move.
    const quiet = worth === 'venv';
    if (doc.runsUnreliable) return quiet ? { changes: [], skipped: [] } : skip(last.from.line, doc.runsUnreliable);
    if (!last.posixShell) return quiet ? { changes: [], skipped: [] } : skip(last.from.line, 'RUN here is not a POSIX shell');
    const plan = planStage(ctx, last);
    if ('skip' in plan) return { changes: [], skipped: quiet ? [] : [plan.skip] };
    return { changes: [plan.change], skipped: [] };
  },
};

/** The base has a runtime variant, a RUN installs a build-only package, or a venv is filled from a requirements file. */
function worthSplitting(doc: DockerDocument, stage: Stage): 'yes' | 'venv' | 'no' {
  if (runtimeBase(resolveImage(stage.image, globalArgs(doc))) !== null) return 'yes';
  let venv = false;
  for (const ins of stage.instructions) {
    for (const cmd of ins.shell?.script?.commands ?? []) {
      const inv = invocation(cmd);
      if (inv && isRequirementsInstall(inv)) venv = true;
      if (!inv || !['apt-get', 'apt', 'aptitude', 'apk'].includes(inv.name)) continue;
      const sub = subcommand(inv.args, new Set(['-o', '-c', '-t', '--target-release', '-X', '--repository', '--virtual']));
      if (sub !== 'install' && sub !== 'add') continue;
      if (inv.args.some((w) => w.value !== null && isBuildOnlyPackage(w.value))) return 'yes';
    }
  }
  return venv ? 'venv' : 'no';
}

/** `pip install -r FILE` (or `python -m pip install -r FILE`): a dependency tree from its manifest alone. */
function isRequirementsInstall(inv: Invocation): boolean {
  const values = inv.args.map((w) => w.value);
  const pip = inv.name === 'pip' || inv.name === 'pip3' || /^pip3\.\d+$/.test(inv.name) || (/^python(3(\.\d+)?)?$/.test(inv.name) && values[0] === '-m' && values[1] === 'pip');
  if (!pip) return false;
  return values.includes('install') && values.some((v) => v === '-r' || v === '--requirement' || v?.startsWith('--requirement=') || (v !== null && /^-r\S/.test(v)));
}

type KeepKind = 'dir' | 'file' | 'unknown';

interface Keep {
  path: string;
  kind: KeepKind;
  /** A virtual environment (its bin/ on PATH means pip installs into it). */
  venv?: boolean;
  /** Index in the stage's instructions of the instruction that wrote it (set by addKeep). */
  at?: number;
  /** Written by a COPY/ADD (not a RUN). */
  copied?: boolean;
  /** A dependency install from manifests in this directory (`npm ci`): what it writes is <path>/node_modules. */
  nodeModules?: 'npm' | 'yarn' | 'pnpm' | 'bun';
  /** Only the owner or mode changed (chown/chgrp/chmod of the path, or find ... -exec chown). */
  meta?: MetaOp;
  /** The app's own build (`npm run build`, `tsc`) running in this directory. */
  nodeBuild?: boolean;
  /** A program compiled by `go build -o`. */
  goBinary?: boolean;
  /** The USER the instruction ran as (set by addKeep). */
  user?: string;
  /** Copy with `COPY --chown=<owner>` and no owner fix: everything under the path has that owner. */
  owner?: string;
  /** Copied as COPY creates it (root, 755) and needs no owner fix. */
  asCreated?: boolean;
}

/** A change of owner or mode; spec null when the pass cannot name it (a variable, --reference). */
interface MetaOp {
  op: 'chown' | 'chgrp' | 'chmod';
  spec: string | null;
  recursive: boolean;
}

/** What a RUN statement becomes in the runtime stage. */
type Verdict =
  /** yes: the line of a replayed apt install that `-y` was added to (see aptInstall). */
  /** deleted: every path an rm of the step names (a base image directory, /tmp too). */
  | { kind: 'replay'; text: string; apt?: boolean; dropped?: string[]; removes?: string[]; purged?: string[]; yes?: number; deleted?: string[] }
  | { kind: 'apt-housekeeping'; text: string }
  /** Shell set-up (`set -e`, `X=1`, `export Y=2`): kept in front of whatever the RUN replays. */
  | { kind: 'prelude'; text: string }
  /** removes: paths the step deletes (rm -rf); a keep inside one is gone from the build stage. */
  /** purged: build-only packages the step removes (`apk del .build-deps`, `apt-get purge gcc`), virtual names expanded. */
  | { kind: 'build'; keeps: Keep[]; dropped?: string[]; removes?: string[]; purged?: string[]; deleted?: string[] }
  | { kind: 'skip'; why: string };

interface State {
  cwd: string | null;
  vars: Vars;
  /** Unexpanded ENV values (PATH="/venv/bin:$PATH" is known to put /venv/bin first even when $PATH is not). */
  raw: Map<string, string>;
  user: string;
  keeps: Keep[];
  golang: boolean;
  /** The official ruby image (gems go to /usr/local/bundle). */
  ruby: boolean;
  /** Alpine's own python3 package: pip installs under /usr/lib, not /usr/local. */
  systemPythonUnderUsrLib: boolean;
  /** Packages and virtual package names the runtime stage does not install. */
  droppedNames: Set<string>;
  /** The packages of those that an `apk add` installed (Alpine: a compiler's run-time libraries leave with it). */
  apkDropped: Set<string>;
  /** The packages of each `apk add --virtual NAME` group. */
  virtuals: Map<string, string[]>;
  /** Index of the instruction being read (keeps record it). */
  at: number;
  /** Venvs created earlier in the RUN being read. */
  pendingVenvs: string[];
  /** What earlier statements of the RUN being read wrote (added to keeps when the RUN is read). */
  pendingKeeps: Keep[];
  /** Paths a RUN deleted, with the index of its instruction. */
  removed: { path: string; at: number }[];
  /** Every path a RUN statement (not inside a compound command or a fallback) deletes, with its instruction's index. */
  deleted: { path: string; at: number }[];
  /** Directories a WORKDIR made (a COPY to one of them writes into it). */
  workdirs: Set<string>;
  /** Packages the replayed installs put in the runtime stage (apt/apk names, without versions). */
  runtimePackages: Set<string>;
}

interface RunPlan {
  ins: Instruction;
  statements: Verdict[];
}

type Item = { kind: 'verbatim'; ins: Instruction } | { kind: 'run'; plan: RunPlan };

/** System configuration a replayed RUN (a package install, update-ca-certificates) may read. */
const SYSTEM_INPUTS = [/^\/etc(\/|$)/, /^\/usr\/local\/share\/ca-certificates(\/|$)/, /^\/usr\/share\/ca-certificates(\/|$)/];
const NOT_KEEPABLE = new Set(['/', '/usr', '/etc', '/var', '/lib', '/lib64', '/lib32', '/bin', '/sbin', '/usr/lib', '/usr/bin', '/usr/sbin', '/usr/share', '/var/lib', '/boot', '/dev', '/proc', '/sys', '/run']);
const REPLAY_KEYWORDS = new Set(['ARG', 'ENV', 'LABEL', 'MAINTAINER', 'WORKDIR', 'USER', 'EXPOSE', 'VOLUME', 'STOPSIGNAL', 'HEALTHCHECK', 'CMD', 'ENTRYPOINT']);
const USER_COMMANDS = new Set(['useradd', 'adduser', 'groupadd', 'addgroup', 'usermod', 'groupmod', 'chpasswd', 'passwd', 'deluser', 'delgroup', 'userdel', 'groupdel']);
const SYSTEM_CONFIG = new Set(['debconf-set-selections', 'apt-key', 'dpkg-reconfigure', 'locale-gen', 'update-locale', 'update-ca-certificates', 'ldconfig', 'update-alternatives', 'localedef']);
const NO_WRITE = new Set(['echo', 'printf', 'true', 'false', ':', 'test', '[', 'id', 'whoami', 'which', 'set', 'sleep', 'uname', 'ls', 'cat', 'stat', 'pwd', 'date', 'env', 'printenv', 'command', 'type', 'hash', 'du', 'df', 'head', 'tail', 'grep', 'wc', 'sort', 'diff', 'cmp', 'md5sum', 'sha256sum', 'sha1sum', 'sha512sum', 'file', 'getent', 'nproc', 'exit', 'dpkg-architecture', 'getconf', 'mktemp', 'dpkg-query', 'basename', 'dirname', 'readlink', 'realpath', 'tr', 'cut', 'awk']);
/** Programs that run the app's own code or build it, writing into the working directory. */
const RUNS_IN_CWD = new Set(['node', 'npx', 'tsc', 'python', 'python3', 'ruby', 'rake', 'php', 'composer', 'make', 'cargo', 'mvn', 'gradle', 'ant', 'dotnet', 'deno', 'bun', 'java', 'javac', 'cmake', 'ninja', 'gcc', 'g++', 'cc', 'c++', 'bundle', 'bundler', 'perl', 'yarn', 'pnpm', 'npm', 'go', 'git']);

function planStage(ctx: PassContext, stage: Stage): { change: ProposedChange } | { skip: PassSkip } {
  const { doc } = ctx;
  const fromLine = stage.from.line;
  const fail = (line: number, reason: string): { skip: PassSkip } => ({ skip: { line, reason } });
  const globals = globalArgs(doc);
  const image = resolveImage(stage.image, globals);
  if (image.includes('$')) return fail(fromLine, `the base image ${stage.image} uses a variable with no known value`);
  const runtime = runtimeBase(image);
  // `FROM node:${NODE_VERSION}`: the runtime stage takes the same build arg (a global ARG is in scope for every
  // FROM), so another --build-arg value still gets the same Node on both sides.
  const runtimeFrom = runtime === null ? stage.image : stage.image === image ? runtime.image : carryArg(stage.image, image, runtime.image);
  if (runtimeFrom === null) return fail(fromLine, `the base image ${stage.image} is set by a build arg: the pass cannot tell the runtime variant for every value of it`);
  const state: State = {
    cwd: imageWorkdir(image),
    vars: new Map(),
    raw: new Map(),
    user: 'root',
    keeps: [],
    golang: /^(docker\.io\/)?(library\/)?golang(:|$)/.test(image),
    ruby: /^(docker\.io\/)?(library\/)?ruby(:|$)/.test(image),
    systemPythonUnderUsrLib: /alpine/i.test(image) && !/^(docker\.io\/)?(library\/)?python:/.test(image),
    droppedNames: new Set(),
    apkDropped: new Set(),
    virtuals: new Map(),
    at: 0,
    pendingVenvs: [],
    pendingKeeps: [],
    removed: [],
    deleted: [],
    workdirs: new Set(),
    runtimePackages: new Set(),
  };
  const items: Item[] = [];
  const dropped: string[] = [];
  let hasWorkdir = false;
  /** The first WORKDIR's value (null: a variable with no known value). */
  let firstWorkdir: string | null | undefined;
  let hasCommand = false;
  const copies: CopyRecord[] = [];
  const installs: number[] = [];
  /** Build-only packages a RUN installs and removes again: they never reach the original image either. */
  const purgedInRun: string[] = [];
  /** Build-only packages removed by any RUN (`apk del .build-deps` in a later RUN): the original image lacks them too. */
  const purgedAnywhere = new Set<string>();
  /** Index of the first RUN whose build-only packages stay in the original image (and leave with the split). */
  let firstDrop = -1;
  /** Each WORKDIR: its instruction index, the directory it made, and whether its value is an absolute path. */
  const workdirAt = new Map<Instruction, { index: number; dir: string | null; absolute: boolean }>();
  let command: { ins: Instruction; cwd: string | null } | null = null;
  let entrypoint: { ins: Instruction; cwd: string | null } | null = null;
  for (const [index, ins] of stage.instructions.entries()) {
    if (ins === stage.from) continue;
    state.at = index;
    if (ins.heredoc) return fail(ins.line, `the ${ins.keyword} at line ${ins.line} uses a heredoc`);
    switch (ins.keyword) {
      case 'ONBUILD':
      case 'SHELL':
        return fail(ins.line, `${ins.keyword} at line ${ins.line}: the pass does not split stages that use it`);
      case 'COPY':
      case 'ADD': {
        if (ins.flags.some((f) => f.name === 'from')) return fail(ins.line, `the COPY at line ${ins.line} copies from another image`);
        const w = copyWrite(ins, state.cwd, state.vars, (src) => contextIsFile(ctx, src));
        if ('error' in w) return fail(ins.line, `the ${ins.keyword} at line ${ins.line}: ${w.error}`);
        addKeep(state, { path: w.region, kind: w.singleFile ? 'file' : w.certainDir ? 'dir' : 'unknown', copied: true });
        copies.push({ index, ins, region: w.region, dir: !w.singleFile, replay: replayText(doc, ins, state, w.region) });
        break;
      }
      case 'RUN': {
        const downloads = packageDownloads(ctx, ins, state);
        if (downloads) return fail(ins.line, downloads);
        const plan = planRun(doc, ins, state);
        if ('why' in plan) return fail(ins.line, plan.why);
        const own = plan.statements.flatMap((v) => ((v.kind === 'build' || v.kind === 'replay') && v.dropped ? v.dropped : []));
        const purged = new Set(plan.statements.flatMap((v) => ((v.kind === 'build' || v.kind === 'replay') && v.purged ? v.purged : [])));
        for (const n of own) (purged.has(packageName(n)) ? purgedInRun : dropped).push(n);
        if (firstDrop < 0 && own.some((n) => !purged.has(packageName(n)))) firstDrop = index;
        for (const n of purged) purgedAnywhere.add(n);
        items.push({ kind: 'run', plan });
        if (installsDependencies(ins)) installs.push(index);
        break;
      }
      case 'WORKDIR': {
        hasWorkdir = true;
        const v = ins.args[0] ? expand(ins.args[0].value, state.vars) : null;
        if (firstWorkdir === undefined) firstWorkdir = v;
        state.cwd = v === null ? null : resolvePath(state.cwd, v);
        for (let d = state.cwd; d && d !== '/'; d = d.slice(0, d.lastIndexOf('/')) || '/') state.workdirs.add(d);
        workdirAt.set(ins, { index, dir: state.cwd, absolute: v !== null && v.startsWith('/') });
        items.push({ kind: 'verbatim', ins });
        break;
      }
      case 'ENV':
      case 'ARG':
        for (const a of readAssignments(ins)) {
          state.vars.set(a.name, a.value === null ? (ins.keyword === 'ARG' ? (globals.get(a.name) ?? null) : null) : expand(a.value, state.vars));
          if (a.value !== null) state.raw.set(a.name, a.value);
        }
        items.push({ kind: 'verbatim', ins });
        break;
      case 'USER':
        state.user = ins.args[0]?.value ?? 'root';
        items.push({ kind: 'verbatim', ins });
        break;
      case 'VOLUME':
        items.push({ kind: 'verbatim', ins });
        break;
      case 'CMD':
      case 'ENTRYPOINT':
        hasCommand = true;
        if (ins.keyword === 'CMD') command = { ins, cwd: state.cwd };
        else entrypoint = { ins, cwd: state.cwd };
        items.push({ kind: 'verbatim', ins });
        break;
      default:
        if (REPLAY_KEYWORDS.has(ins.keyword)) items.push({ kind: 'verbatim', ins });
        break;
    }
  }

  // apt-get update and list cleanup go with the installs that stay; with none, they leave too.
  const runtimeApt = items.some((it) => it.kind === 'run' && it.plan.statements.some((v) => v.kind === 'replay' && v.apt));
  const swap = runtime !== null;
  const uniqueDropped = [...new Set(dropped)];
  // On any base (a company image too), a venv filled from a requirements file can move to the build stage: the
  // runtime keeps the base and copies the venv, and the sources come last.
  const venvOnly = !swap && uniqueDropped.length === 0 && state.keeps.some((k) => k.venv);
  if (!swap && uniqueDropped.length === 0 && !venvOnly) {
    const removed = [...new Set(purgedInRun)];
    if (removed.length) return fail(fromLine, `nothing build-only to leave behind: ${image} has no known runtime variant, and the build-only packages it installs (${removed.join(', ')}) are removed in the same RUN: the image never has them`);
    return fail(fromLine, `nothing build-only to leave behind: ${image} has no known runtime variant and no build-only package is installed`);
  }
  if (!hasCommand) return fail(fromLine, 'no CMD or ENTRYPOINT: an image without its own command is usually a base for other images, which may need its toolchain');
  // An image whose command is a build tool (the gradle image: CMD ["gradle"]) is a build environment: the builds it
  // runs are its use, and they may run the compilers and build systems the split would leave behind. (On a family
  // change the command's program is checked below: it must be shipped, which a build tool is not.)
  const tool = runtime?.familyChange ? null : buildTool(entrypoint ?? command);
  if (tool) {
    const what = uniqueDropped.length ? `the build-only packages (${uniqueDropped.join(', ')})` : `the ${image} toolchain`;
    return fail((entrypoint ?? command)!.ins.line, `the image's command runs ${tool}, a build tool: the image is a build environment, whose builds may use ${what}`);
  }
  // Build-only packages are build-only when the build uses them: with no RUN from their install on that can
  // compile anything (pip, npm, bundle, make, go, gcc...), they were installed for the command (an entrypoint that
  // installs the requirements at run time into sources on a volume), which would lose them.
  if (uniqueDropped.length && firstDrop >= 0 && !buildsAfter(stage, firstDrop)) {
    const run = entrypoint ?? command;
    const exe = run ? ((commandWords(run.ins) ?? firstWord(run.ins))?.[0] ?? 'a program the pass cannot read') : 'a program the pass cannot read';
    return fail(
      stage.instructions[firstDrop].line,
      `the build-only packages ${uniqueDropped.join(', ')} are installed, but no RUN after them builds anything (no pip, npm, bundle, make, go or compiler run): they are there for the ${run?.ins.keyword ?? 'command'}, which runs ${exe} and may build with them at run time`,
    );
  }
  if (runtime?.familyChange) {
    const usesToolchain = stage.instructions.some((ins) => (ins.keyword === 'CMD' || ins.keyword === 'ENTRYPOINT') && runtime.toolchain && new RegExp(`(^|["\\s/])${runtime.toolchain}(["\\s]|$)`).test(ins.text.slice(ins.argsStart - ins.start)));
    if (usesToolchain) return fail(fromLine, `the image's command runs ${runtime!.toolchain}, which the runtime image ${runtime!.image} does not have`);
    // An instruction replayed in the runtime stage that reads a variable only the full image sets (`ENV
    // CONFIG=$GOPATH/etc/app.yaml`, a shell-form CMD using $CARGO_HOME) would get it empty there: another value.
    const defined = new Set<string>();
    for (const ins of stage.instructions) {
      if (ins.keyword === 'ENV' || ins.keyword === 'ARG') {
        for (const a of readAssignments(ins)) if (a.value !== null || ins.keyword === 'ENV') defined.add(a.name);
      }
      if (!REPLAY_KEYWORDS.has(ins.keyword) && !(ins.keyword === 'RUN' && replaysSomething(items, ins))) continue;
      const body = ins.text.slice(ins.argsStart - ins.start);
      const lost = (runtime.env ?? []).find((v) => !defined.has(v) && new RegExp(`\\$(\\{)?${v}(?![A-Za-z0-9_])`).test(body));
      if (lost) return fail(ins.line, `the ${ins.keyword} at line ${ins.line} reads $${lost}, which ${image} sets and ${runtime.image} does not: in the runtime stage it would be empty`);
    }
  }
  const keeps = minimalKeeps(state.keeps);
  // The replayed RUNs run before the copies from the build stage: one that reads system configuration the build
  // wrote before it (apt/apk sources edited with `sed -i` or copied in, a CA certificate for
  // update-ca-certificates) would run without it.
  for (const it of items) {
    if (it.kind !== 'run' || !it.plan.statements.some((v) => v.kind === 'replay')) continue;
    const at = stage.instructions.indexOf(it.plan.ins);
    const need = state.keeps.find((k) => !k.meta && ((k.at ?? 0) < at || (!k.copied && k.at === at)) && SYSTEM_INPUTS.some((re) => re.test(k.path)));
    if (need) {
      const by = stage.instructions[need.at ?? 0];
      // The same RUN (merged, or `sed -i ... && apt-get install` as written): "the RUN ... but the RUN" told nothing.
      const wrote = need.at === at
        ? `an earlier command of that RUN wrote ${need.path}, which the replayed commands may read`
        : `the ${by?.keyword ?? 'instruction'} at line ${by?.line ?? '?'} wrote ${need.path} before it, which it may read`;
      return fail(
        it.plan.ins.line,
        `the RUN at line ${it.plan.ins.line} is replayed in the runtime stage before the copies from the ${stage.name ?? 'build'} stage, but ${wrote} (package sources, CA certificates)`,
      );
    }
  }

  // ---- the runtime stage text
  const eol = doc.eol;
  const esc = doc.escape;
  const lines: string[] = [];
  const runtimeImage = runtimeFrom;
  const platform = stage.from.flags.find((f) => f.name === 'platform');
  lines.push(`FROM ${platform ? doc.text.slice(platform.start, platform.end) + ' ' : ''}${runtimeImage}`);
  const startWorkdir = imageWorkdir(image);
  // The runtime image starts elsewhere (golang: /go, debian: /): before the first WORKDIR, and for a relative
  // one (`WORKDIR src/app` is /go/src/app on golang), the runtime starts where the original did.
  if (runtime?.familyChange && (!hasWorkdir || firstWorkdir === null || !firstWorkdir?.startsWith('/'))) {
    const target = imageWorkdir(runtime.image);
    if (startWorkdir === null || target === null) return fail(fromLine, `cannot tell the default working directory of ${image}`);
    if (target !== startWorkdir) lines.push(`WORKDIR ${startWorkdir}`);
  }
  const idle = idleWorkdirs(items, workdirAt, state.deleted);
  const body: string[] = [];
  let lastRun = -1;
  let listsWritten = false;
  let userBeforeCopy: string | null = null;
  for (const it of items) {
    if (it.kind === 'verbatim') {
      if (!idle.has(it.ins)) body.push(verbatim(doc, it.ins));
      continue;
    }
    const chosen = withoutIdleUpdates(it.plan.statements.filter(
      (v): v is Extract<Verdict, { text: string }> => v.kind === 'replay' || (v.kind === 'apt-housekeeping' && runtimeApt) || v.kind === 'prelude',
    ));
    if (!chosen.some((v) => v.kind !== 'prelude')) continue;
    // Only the removal of package lists no replayed statement has written yet (the images ship none): nothing to do.
    if (!listsWritten && chosen.every((v) => v.kind === 'prelude' || isListsRm(v))) continue;
    for (const v of chosen) {
      if (isAptUpdate(v)) listsWritten = true;
      else if (isListsRm(v)) listsWritten = false;
    }
    const parts = chosen.map((v) => v.text);
    const flags = it.plan.ins.flags.map((f) => doc.text.slice(f.start, f.end)).join(' ');
    body.push(`RUN ${flags ? flags + ' ' : ''}${parts.join(` && ${esc}${eol}    `)}`);
    lastRun = body.length - 1;
  }
  // The copies go after the last replayed RUN (packages and users first: they change less often than the app),
  // and before the first USER after it (the ownership fix needs root).
  let at = lastRun + 1;
  for (let i = 0; i < at; i++) {
    const m = /^USER\s+(\S+)/i.exec(body[i]);
    if (m) userBeforeCopy = m[1];
  }
  if (userBeforeCopy !== null && !/^(root|0)(:(root|0))?$/.test(userBeforeCopy)) {
    return fail(fromLine, `a RUN replayed in the runtime stage runs as ${userBeforeCopy}; the copies need root to keep owners`);
  }
  const busybox = /alpine|busybox/i.test(runtimeImage);
  // The original stage keeps its own name if it has one.
  const buildName = stage.name ?? 'build';
  const layout = depsLayout(ctx, stage, state, copies, installs, entrypoint ?? command);
  if (layout && 'skip' in layout) return fail(layout.skip.line, layout.skip.reason);
  if (venvOnly && !layout) return fail(fromLine, `nothing build-only to leave behind: ${image} has no known runtime variant, no build-only package is installed, and the runtime cannot take the venv alone (its install must come before the source COPY, and the build must write only paths the pass can name)`);
  const shipped = layout ? [...layout.stable, ...layout.built] : keeps;
  for (const k of shipped) {
    if (NOT_KEEPABLE.has(k.path)) return fail(fromLine, `the build writes to ${k.path} as a whole: copying it would bring the build image back`);
    if (isWithin(k.path, '/mnt')) return fail(fromLine, `the build writes under /mnt (${k.path}), where the runtime stage mounts the build stage to copy owners`);
  }
  const shippedPaths = layout ? [...shipped.map((k) => k.path), ...layout.replayed] : keeps.map((k) => k.path);
  let basePath: string[] = [];
  if (runtime?.familyChange) {
    // The base image's own PATH directories (golang: /go/bin) are not on the runtime image's PATH: when something
    // ships there, they are put back in front.
    basePath = (runtime.path ?? []).filter((d) => shipped.some((k) => isWithin(k.path, d)));
    if (basePath.length) lines.splice(1, 0, `ENV PATH=${basePath.join(':')}:$PATH`);
    // The runtime is another image family: the command's program must come from the build stage (or be a shell).
    const run = entrypoint ?? command;
    const missing = missingProgram(run, shippedPaths, state, basePath);
    if (missing) return fail(run?.ins.line ?? fromLine, `the command runs ${missing}, which the runtime stage (${runtime.image}) would not have: the pass sees no path that brings it from the build stage`);
    // "The program is compiled in the build stage" must be true: with no build of the image's own code (only tools
    // fetched with `go install X@v`), a command that is not one of those tools (an entrypoint script) is left to
    // build the sources at run time (a development image: sources on a VOLUME, delve), with the toolchain.
    const exe = run ? (commandWords(run.ins) ?? firstWord(run.ins))?.[0] : undefined;
    const toolDirs = keeps.filter((k) => !k.copied && (runtime.path ?? []).some((d) => k.path === d)).map((k) => k.path);
    const runsTool = exe !== undefined && (exe.includes('/') ? toolDirs.some((d) => isWithin(resolvePath(run!.cwd, exe) ?? '', d)) : !BASE_PROGRAMS.has(exe));
    if (runtime.toolchain && !compilesOwnCode(stage, runtime.toolchain) && !runsTool) {
      return fail(run?.ins.line ?? fromLine, `the build compiles no program of its own (no ${runtime.toolchain === 'go' ? 'go build' : 'cargo build'}): the command runs ${exe ?? 'a program the pass cannot read'}, which may build the sources at run time with ${runtime.toolchain}; ${runtime.image} has no ${runtime.toolchain}`);
    }
  }
  if (runtime) {
    // What the final image runs (its HEALTHCHECK, CMD and ENTRYPOINT, `sh -c` strings included) must be on the
    // slim base too: curl, wget, git, ps... come with the full image only, unless a replayed install or a shipped
    // path brings them.
    const own = (state.raw.get('PATH') ?? '').split(':').filter((d) => d.startsWith('/') && !d.includes('$'));
    const dirs = [...basePath, ...own, ...DEBIAN_PATH];
    for (const keyword of ['HEALTHCHECK', 'ENTRYPOINT', 'CMD']) {
      const ins = [...stage.instructions].reverse().find((i) => i.keyword === keyword);
      if (!ins) continue;
      for (const program of programsRun(doc, ins)) {
        const pkg = slimLacks(program, runtimeImage);
        if (pkg === null || state.runtimePackages.has(pkg) || state.runtimePackages.has(program)) continue;
        // Built into a PATH directory by name (a directory kept whole, /usr/local, proves nothing: the full image
        // has these programs in /usr/bin).
        if (dirs.some((d) => shippedPaths.includes(normalizePath(`${d}/${program}`)))) continue;
        return fail(
          ins.line,
          `the ${keyword} runs ${program}, which the runtime base ${runtimeImage} does not have (${image} has it; no replayed install brings ${pkg})`,
        );
      }
    }
  }
  const copyLines: string[] = [];
  // golang, rust and buildpack-deps have ca-certificates; debian:<codename>-slim has no CA bundle, so a program
  // making TLS calls would fail there. The runtime installs it (after the replayed RUNs, as root, before the copies)
  // unless a replayed install already does.
  const certs = !!runtime?.familyChange && !state.runtimePackages.has('ca-certificates');
  if (certs) copyLines.push(`RUN apt-get update && ${esc}${eol}    apt-get install -y --no-install-recommends ca-certificates && ${esc}${eol}    rm -rf /var/lib/apt/lists/*`);
  // Alpine: a compiler that leaves takes its run-time libraries along (g++ brought libstdc++, which a C++ extension
  // compiled in the build stage loads); the runtime installs them (as root, before the copies) unless a replayed
  // install does.
  const compilers = uniqueDropped.filter((n) => state.apkDropped.has(n) && !purgedAnywhere.has(packageName(n)) && compilerLibraries([n], runtimeImage).length);
  const libs = compilerLibraries(compilers, runtimeImage).filter((l) => !state.runtimePackages.has(l));
  // In the last replayed RUN when there is one (it stands right before the copies): one layer, as merge-runs would make it.
  if (libs.length && lastRun >= 0) body[lastRun] += ` && ${esc}${eol}    apk add --no-cache ${libs.join(' ')}`;
  else if (libs.length) copyLines.push(`RUN apk add --no-cache ${libs.join(' ')}`);
  if (layout) {
    // Dependencies first: after a source edit their content is unchanged, so BuildKit reuses these steps from its
    // cache (it compares what COPY --from and a bind mount read by content); then the directories' owners, the
    // build output, and the sources last, as the original copied them.
    const stable = layout.stable.map((k) => copyStep(k, buildName, busybox, layout.prune.get(k.path) ?? null, ` ${esc}${eol}    `));
    copyLines.push(...stable.map((s) => s.copy), ...stable.flatMap((s) => (s.fix ? [s.fix] : [])));
    copyLines.push(...layout.metaLines);
    const built = layout.built.map((k) => copyStep(k, buildName, busybox, null));
    copyLines.push(...built.map((s) => s.copy), ...built.flatMap((s) => (s.fix ? [s.fix] : [])));
    copyLines.push(...layout.lateMetaLines, ...layout.replays);
  } else {
    const steps = keeps.map((k) => copyStep(k, buildName, busybox, null));
    copyLines.push(...steps.map((s) => s.copy), ...steps.flatMap((s) => (s.fix ? [s.fix] : [])));
  }
  body.splice(at, 0, ...copyLines);
  lines.push(...body);

  const keepPaths = layout ? [...new Set([...shipped.map((k) => k.path), ...layout.replayed])] : keeps.map((k) => k.path);
  const unasked = [...new Set(items.flatMap((it) => (it.kind === 'run' ? it.plan.statements.flatMap((v) => (v.kind === 'replay' && v.yes ? [v.yes] : [])) : [])))];
  const keepList = layout ? layout.summary : keepPaths.length ? `only ${keepPaths.join(', ')} from the ${buildName} stage` : `nothing from the ${buildName} stage`;
  const leaving: string[] = [];
  if (runtime) leaving.push(`the ${image} base (${runtime.why})`);
  if (uniqueDropped.length) leaving.push(`build-only packages ${uniqueDropped.join(', ')}`);
  if (layout) leaving.push(...layout.leaving);
  if (venvOnly) leaving.push(`what the install wrote outside the venv (the runtime keeps the base ${image}: only the install moves to the build stage)`);
  const block = lines.join(eol);
  const text = doc.text;
  const tail = text.endsWith('\n') ? '' : eol;
  const fromEdit = stage.name ? null : { start: stage.from.argsEnd, end: stage.from.argsEnd, text: ' AS build' };
  const change: ProposedChange = {
    message: `split into a build stage (${image}) and a runtime stage (${runtimeImage})`,
    reason:
      `The runtime stage copies ${keepList}; left behind: ${leaving.join('; ')}. ` +
      (unasked.length ? `The apt install${unasked.length > 1 ? 's' : ''} at ${unasked.length > 1 ? `lines ${unasked.slice(0, -1).join(', ')} and ${unasked[unasked.length - 1]}` : `line ${unasked[0]}`} run${unasked.length > 1 ? '' : 's'} with -y in the runtime stage: ${runtime ? `${runtimeImage} may lack packages ${unasked.length > 1 ? 'they depend' : 'it depends'} on that ${image} has` : `packages ${unasked.length > 1 ? 'they depend' : 'it depends'} on may have come with the build-only packages`}, and without -y apt-get asks before installing a package not named (with no terminal, the build would stop). ` : '') +
      (certs ? `The runtime stage installs ca-certificates: ${runtimeImage} has no CA bundle (${image} has one), which a program making TLS calls needs. ` : '') +
      (libs.length ? `The runtime stage installs ${libs.join(', ')}: the run-time librar${libs.length > 1 ? 'ies' : 'y'} of ${compilers.length > 1 ? `${compilers.slice(0, -1).join(', ')} and ${compilers[compilers.length - 1]}` : compilers[0]}, which what ${compilers.length > 1 ? 'they' : 'it'} compiled in the ${buildName} stage may load (${libs.map((l) => (l === 'libstdc++' ? 'a C++ extension needs libstdc++.so.6' : 'Fortran code needs libgfortran.so.5')).join(', ')}); ${runtimeImage} does not have ${libs.length > 1 ? 'them' : 'it'}. ` : '') +
      (layout?.moved.length ? movedText(ctx, layout.moved, buildName) : '') +
      'Unsafe: anything the app needs at run time from elsewhere in the build image (a tool, a library pulled in by a build package, a file written outside these paths) is gone: prove it with `dockerfix verify --unsafe`.',
    safety: 'unsafe',
    // Told at the FROM even when it gets no edit (a stage with a name keeps it): the first edit may be a moved COPY
    // or the appended stage, past the end of the input.
    at: stage.from.start,
    edits: [
      ...(fromEdit ? [fromEdit] : []),
      ...(layout?.moved ?? []).map((ins) => ({ start: ins.start, end: lineEnd(text, ins.end), text: '' })),
      { start: text.length, end: text.length, text: `${tail}${eol}${block}${eol}` },
    ],
    keeps: keepPaths,
    ...(layout && layout.removes.length ? { removes: layout.removes } : {}),
    tag: `${runtime ? runtimeImage.replace(/:.*$/, '') : 'same base'}${layout ? ' (deps first)' : ''}`,
  };
  return { change };
}

/**
 * The sentence about the source COPYs that move to the runtime stage. One an earlier round wrote (deps-first moved
 * it below the install) is named by its text: its line in the input is another instruction's.
 */
function movedText(ctx: PassContext, moved: Instruction[], buildName: string): string {
  const one = moved.length === 1;
  const names = moved.map((ins) => instructionName(ctx, ins));
  const plain = names.every((n) => n.startsWith('line '));
  const list = (items: string[]): string => (items.length === 1 ? items[0] : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`);
  const which = plain ? (one ? `at ${names[0]}` : `at lines ${list(moved.map((ins) => String(ins.line)))}`) : list(names.map((n, i) => (n.startsWith('line ') ? `${i === 0 ? 'at' : 'the COPY at'} ${n}` : n)));
  return (
    `The source COPY${one ? '' : 's'} ${which} move${one ? 's' : ''} to the runtime stage (no RUN after ${one ? 'it' : 'them'} in the ${buildName} stage reads the sources): ` +
    `the ${buildName} stage now ends with the dependencies, so a source edit re-runs only ${one ? 'that COPY' : 'those COPYs'}. `
  );
}

interface CopyRecord {
  index: number;
  ins: Instruction;
  /** Where it writes. */
  region: string;
  dir: boolean;
  /** The same COPY with an absolute destination, for the runtime stage; null when it cannot be replayed as is. */
  replay: string | null;
}

/** How the runtime stage gets a path: COPY --from (and the top directory's owner and mode), or cp -a then a prune. */
function copyStep(k: Keep, buildName: string, busybox: boolean, prune: string[] | null, wrap = ' '): { copy: string; fix: string | null } {
  const p = shellQuote(k.path);
  const parent = k.path.slice(0, k.path.lastIndexOf('/')) || '/';
  if (prune && prune.length > 0) {
    // cp -a copies the directory itself with its owner and mode; the devDependencies leave in the same layer.
    const mount = `--mount=type=bind,from=${buildName},source=${k.path},target=/mnt`;
    return { copy: `RUN ${mount} mkdir -p ${shellQuote(parent)} && cp -a /mnt ${p} &&${wrap}rm -rf ${prune.map(shellQuote).join(`${wrap}    `)}`, fix: null };
  }
  const copy = `COPY --from=${buildName} ${k.owner ? `--chown=${k.owner} ` : ''}${pathArgs(k.path)}`;
  if (k.kind === 'file' || k.owner || k.asCreated) return { copy, fix: null };
  // COPY --from creates the top directory root-owned with mode 755: its owner and mode are copied from the build
  // stage through a bind mount of that directory alone (mounting the whole stage makes BuildKit checksum all of
  // it, seconds on every rebuild). A path that may be a file is reached through its parent directory.
  const source = k.kind === 'dir' ? k.path : parent;
  const ref = shellQuote(k.kind === 'dir' ? '/mnt' : `/mnt/${k.path.slice(k.path.lastIndexOf('/') + 1)}`);
  // busybox (Alpine) has no --reference; stat -c works in both.
  const fix = busybox
    ? `chown "$(stat -c %u:%g ${ref})" ${p} && chmod "$(stat -c %a ${ref})" ${p}`
    : `chown --reference=${ref} ${p} && chmod --reference=${ref} ${p}`;
  const mount = `--mount=type=bind,from=${buildName},${source === '/' ? '' : `source=${source},`}target=/mnt`;
  return { copy, fix: `RUN ${mount} ${k.kind === 'dir' ? fix : `[ ! -d ${p} ] || { ${fix}; }`}` };
}

/** A COPY from the build context that the runtime stage can repeat: no variables, no heredoc, an absolute destination. */
function replayText(doc: DockerDocument, ins: Instruction, state: State, region: string): string | null {
  if (ins.keyword !== 'COPY' || ins.heredoc || ins.json) return null;
  if (ins.flags.some((f) => !['chown', 'chmod', 'link'].includes(f.name))) return null;
  const raw = doc.text.slice(ins.argsStart, ins.argsEnd);
  if (/[$"'\\`]/.test(raw.replace(/\\\r?\n/g, ' ')) || /\r?\n/.test(raw)) return null;
  const words = ins.args.map((a) => a.value);
  if (words.length < 2 || words.some((w) => !w || /\s/.test(w))) return null;
  const dest = words[words.length - 1];
  const abs = resolvePath(state.cwd, dest);
  if (abs === null) return null;
  // A destination that is a directory in the build stage then (a WORKDIR, a directory made before) is one in the
  // replay too, which may run before the WORKDIR that made it: `COPY app.py /app` becomes `COPY app.py /app/`.
  const knownDir = state.workdirs.has(abs) || state.keeps.some((k) => (k.at ?? 0) < state.at && k.kind === 'dir' && !k.meta && (k.path === abs || isWithin(k.path, abs)));
  const dirDest = dest.endsWith('/') || dest === '.' || dest.endsWith('/.') || knownDir;
  const flags = ins.flags.map((f) => doc.text.slice(f.start, f.end));
  return ['COPY', ...flags, ...words.slice(0, -1), dirDest && abs !== '/' ? `${abs}/` : abs].join(' ');
}

/** A COPY source's relative context path ('' for the context itself). */
function contextRel(src: string): string {
  const p = path.posix.normalize(src).replace(/\/+$/, '');
  return p === '.' ? '' : p.replace(/^\.\//, '');
}

/** A COPY/ADD of the whole build context (`COPY . .`): the sources, not manifests picked for an install. */
function copiesTree(c: CopyRecord): boolean {
  return c.ins.args.slice(0, -1).some((a) => a.value !== null && !/^[a-z]+:\/\//i.test(a.value) && contextRel(a.value) === '');
}

/** Whether a COPY source is a file or a directory: by the build context, or by its spelling; null when unknown. */
function sourceKind(ctx: PassContext, src: string): 'file' | 'dir' | null {
  if (src === '.' || src === './' || src.endsWith('/') || src.endsWith('/.')) return 'dir';
  if (/[*?[\]$]/.test(src)) return null;
  const f = contextIsFile(ctx, src);
  if (f !== null) return f ? 'file' : 'dir';
  const base = src.slice(src.lastIndexOf('/') + 1);
  return /^[^.].*\.[A-Za-z0-9]{1,8}$/.test(base) || /^(Gemfile|Pipfile|Makefile|Procfile)$/.test(base) ? 'file' : null;
}

/**
 * Whether the source COPYs bring back, at the same image path and from the same context path, everything an
 * earlier COPY (the manifests for the install) wrote: true, or 'file' when it wrote one file that they do not bring
 * back (a renamed manifest), or false.
 */
function broughtAgain(ctx: PassContext, rec: CopyRecord | null, postCopies: CopyRecord[]): true | 'file' | false {
  if (!rec || rec.ins.keyword !== 'COPY' || rec.ins.json || rec.ins.flags.some((f) => f.name === 'from')) return false;
  const sources = rec.ins.args.slice(0, -1).map((a) => a.value);
  if (sources.some((s) => s === null)) return false;
  const landings: { src: string; at: string }[] = [];
  if (!rec.dir) landings.push({ src: sources[0]!, at: rec.region });
  else {
    for (const s of sources as string[]) {
      const kind = sourceKind(ctx, s);
      if (kind === null) return false;
      landings.push({ src: s, at: kind === 'dir' ? rec.region : normalizePath(`${rec.region}/${contextRel(s).slice(contextRel(s).lastIndexOf('/') + 1)}`) });
    }
  }
  const brings = (l: { src: string; at: string }): boolean =>
    postCopies.some((c) => {
      if (!c.dir || c.ins.keyword !== 'COPY' || c.ins.json || !(l.at === c.region || isWithin(l.at, c.region))) return false;
      const rel = l.at === c.region ? '' : l.at.slice(c.region === '/' ? 1 : c.region.length + 1);
      return c.ins.args.slice(0, -1).some((a) => {
        const d = a.value;
        if (d === null) return false;
        const kind = sourceKind(ctx, d);
        if (kind === 'dir') return contextRel(path.posix.join(contextRel(d) || '.', rel || '.')) === contextRel(l.src);
        return kind === 'file' && l.at === normalizePath(`${c.region}/${contextRel(d).slice(contextRel(d).lastIndexOf('/') + 1)}`) && contextRel(d) === contextRel(l.src);
      });
    });
  if (landings.every(brings)) return true;
  return !rec.dir ? 'file' : false;
}

/** Directory names whose files a program typically reads at run time (templates, static files, migrations...). */
const ASSET_DIRS = new Set(['templates', 'template', 'static', 'public', 'views', 'migrations', 'config', 'configs', 'locales', 'locale', 'i18n', 'translations', 'assets', 'resources', 'www', 'sql']);

/**
 * The run-time asset directories (templates/, static/, migrations/...) a source COPY brings from the build
 * context, as image paths: only the directories directly under a copied context directory, when the build context
 * is known. A layout that ships only the build output (a Go program, dist/) ships these too.
 */
function assetDirs(ctx: PassContext, postCopies: CopyRecord[]): string[] {
  const context = ctx.context;
  if (!context) return [];
  const out: string[] = [];
  for (const c of postCopies) {
    if (!c.dir || c.ins.keyword !== 'COPY') continue;
    for (const arg of c.ins.args.slice(0, -1)) {
      const src = arg.value;
      if (src === null || /[*?[\]$]/.test(src) || contextIsFile(ctx, src) !== false) continue;
      const rel = src.replace(/^(\.\/)+/, '').replace(/\/+$/, '');
      for (const name of context.list(rel === '.' ? '' : rel).sort()) {
        if (!ASSET_DIRS.has(name)) continue;
        const inContext = rel === '' || rel === '.' ? name : `${rel}/${name}`;
        if (!context.has(inContext) || contextIsFile(ctx, inContext) !== false) continue;
        const p = normalizePath(`${c.region}/${name}`);
        if (!out.includes(p)) out.push(p);
      }
    }
  }
  return out;
}

interface DepsLayout {
  /** Written before the first source COPY: unchanged after a source edit (dependencies, users' files). */
  stable: Keep[];
  /** Written by the build after the source COPY, and shipped (build output, compiled programs). */
  built: Keep[];
  /** Owner and mode of the app directories, set before the sources arrive (they need not exist yet). */
  metaLines: string[];
  /** The same, when only the build stage can tell them (re-run after every source edit). */
  lateMetaLines: string[];
  /** Source COPYs repeated from the build context. */
  replays: string[];
  replayed: string[];
  /** Source COPYs that leave the build stage for the runtime stage (nothing in the build reads them). */
  moved: Instruction[];
  /** node_modules directories to prune: the devDependencies' paths. */
  prune: Map<string, string[]>;
  removes: string[];
  leaving: string[];
  summary: string;
}

/**
 * The layout that keeps `--unsafe` rebuilds fast: when the dependencies are installed from manifests before the
 * first source COPY (the shape deps-first makes), the runtime copies them first (their content is the same after a
 * source edit, so the steps come from the build cache), then ships the build output or repeats the source COPY.
 * Returns null to keep the plain layout (every written path copied from the build stage).
 */
function depsLayout(
  ctx: PassContext,
  stage: Stage,
  state: State,
  copies: CopyRecord[],
  installs: number[],
  command: { ins: Instruction; cwd: string | null } | null,
): DepsLayout | { skip: PassSkip } | null {
  if (installs.length === 0) return null;
  const lastInstall = Math.max(...installs);
  const split = copies.find((c) => c.index > lastInstall)?.index;
  if (split === undefined) return null;
  // The install must read only what was copied before it: no source tree before the split. A directory copied
  // before the install (`COPY . /app` then `pip install -r requirements.txt`) means a source edit re-runs the install
  // and the copies from the build stage: the layout would promise a cache reuse that does not happen.
  if (copies.some((c) => c.index < split && copiesTree(c))) return null;
  const post = state.keeps.filter((k) => (k.at ?? 0) >= split);
  const postCopies = copies.filter((c) => c.index >= split);
  const postRuns = post.filter((k) => !k.copied);
  const program = commandWords(command?.ins ?? null);
  const cmdCwd = command?.cwd ?? null;

  // What the app is at run time.
  type Shape = { kind: 'node-build'; dir: string; out: string; outIsDir: boolean } | { kind: 'go'; binaries: Keep[] } | { kind: 'sources' };
  let shape: Shape | null = null;
  const nodeBuild = postRuns.find((k) => k.nodeBuild);
  const binaries = postRuns.filter((k) => k.goBinary);
  if (nodeBuild) {
    const script = program && program[0] === 'node' ? program.slice(1).find((w) => !w.startsWith('-')) : undefined;
    const target = script && cmdCwd !== null ? resolvePath(cmdCwd, script) : script?.startsWith('/') ? resolvePath(null, script) : null;
    if (!target || !isWithin(target, nodeBuild.path) || target === nodeBuild.path) return null;
    const out = target.slice(nodeBuild.path.length + 1).split('/')[0];
    const fromContext = ctx.context ? ctx.context.has(out) : !/^(dist|build|out|lib)$/.test(out);
    if (out === 'node_modules' || fromContext) return null;
    // Everything the build wrote must be in its directory (the output and owners there).
    if (postRuns.some((k) => !isWithin(k.path, nodeBuild.path) && !k.meta)) return null;
    shape = { kind: 'node-build', dir: nodeBuild.path, out, outIsDir: target.slice(nodeBuild.path.length + 1).includes('/') };
  } else if (binaries.length > 0) {
    const exe = program?.[0];
    const runs = (b: Keep): boolean => exe !== undefined && (exe === b.path || (!exe.includes('/') && b.path.endsWith(`/${exe}`) && /^\/(usr\/local\/|usr\/)?s?bin\//.test(b.path)));
    if (!binaries.some(runs)) return null;
    // Only the compiled programs leave the build; anything else it wrote would be missing.
    if (postRuns.some((k) => !k.goBinary && !k.meta)) return null;
    if (postRuns.some((k) => k.meta && !postCopies.some((c) => isWithin(k.path, c.region)))) return null;
    shape = { kind: 'go', binaries };
  } else {
    if (postCopies.some((c) => c.replay === null)) return null;
    // The build after the sources must not touch them (the runtime copies them from the context again).
    if (postRuns.some((k) => postCopies.some((c) => isWithin(k.path, c.region) || isWithin(c.region, k.path)))) return null;
    // Nor remove any of them (the copy from the build context would bring them back).
    if (state.removed.some((r) => r.at >= split && postCopies.some((c) => isWithin(r.path, c.region) || isWithin(c.region, r.path)))) return null;
    shape = { kind: 'sources' };
  }

  // The directories the app lives in: their owner and mode come from what the Dockerfile did to them.
  const appDirs = shape.kind === 'node-build' ? [shape.dir] : shape.kind === 'sources' ? postCopies.filter((c) => c.dir).map((c) => c.region) : [];
  const sourceRegions = postCopies.map((c) => c.region);
  const ops = new Map<string, MetaOp[]>(appDirs.map((d) => [d, []]));
  const stable: Keep[] = [];
  const prune = new Map<string, string[]>();
  const removes: string[] = [];
  const leaving: string[] = [];
  const devNames = new Map<string, string[]>();
  for (const k of state.keeps) {
    const before = (k.at ?? 0) < split;
    if (k.meta) {
      for (const d of appDirs) if (k.path === d || (k.meta.recursive && isWithin(d, k.path))) ops.get(d)!.push(k.meta);
      if (appDirs.some((d) => isWithin(k.path, d))) continue;
      if (!before && shape.kind === 'go' && sourceRegions.some((r) => isWithin(k.path, r))) continue;
      if (!before) return null;
      if (appDirs.some((d) => isWithin(d, k.path))) {
        // chown -R of a directory that holds the app: what it held then is copied with its owners; the directory
        // itself gets the same owner and mode.
        if (!k.meta.recursive) return null;
        if (!ops.has(k.path)) ops.set(k.path, []);
        ops.get(k.path)!.push(k.meta);
        continue;
      }
      stable.push(k);
      continue;
    }
    if (!before) continue;
    if (k.nodeModules) {
      const nm: Keep = { path: normalizePath(`${k.path}/node_modules`), kind: 'dir', at: k.at };
      // Removed later (`npm run build && rm -rf node_modules`): there is none to copy.
      if (state.removed.some((r) => r.at > (k.at ?? 0) && isWithin(nm.path, r.path))) return null;
      stable.push(nm);
      // Only a build's output runs without the devDependencies: an app run from its sources (`npm run dev` with nodemon,
      // ts-node, a test runner) may need any of them.
      const dev = shape.kind === 'node-build' && k.nodeModules === 'npm' ? devDependencyPaths(ctx, copies, split, k.path) : null;
      if (dev && dev.paths.length > 0) {
        prune.set(nm.path, dev.paths);
        devNames.set(nm.path, dev.names);
      }
      continue;
    }
    // The manifests copied for the install: the source COPY brings them again, or (a build) they are not needed.
    if (k.copied && shape.kind === 'node-build' && appDirs.some((d) => isWithin(k.path, d))) continue;
    if (k.copied && shape.kind !== 'node-build' && postCopies.some((c) => c.dir && isWithin(k.path, c.region))) {
      const again = broughtAgain(ctx, copies.find((c) => c.index === k.at) ?? null, postCopies);
      if (again === true) continue;
      // Copied under another name (`COPY requirements/prod.txt requirements.txt`) or from elsewhere: the source
      // COPY does not bring it back, so a single file comes from the build stage (before the sources, which may
      // overwrite it as they did in the original); anything else keeps the plain layout.
      if (shape.kind === 'sources' && again === 'file') {
        stable.push(k);
        continue;
      }
      if (shape.kind === 'sources') return null;
      continue;
    }
    if (shape.kind === 'go' && sourceRegions.some((r) => isWithin(k.path, r))) continue;
    if (appDirs.some((d) => isWithin(d, k.path))) return null;
    stable.push(k);
  }
  const stableKeeps = minimalKeeps(stable);
  // A node_modules copied as part of a larger directory ships whole: only one copied on its own is pruned.
  for (const [dir, paths] of [...prune]) {
    if (!stableKeeps.some((k) => k.path === dir)) {
      prune.delete(dir);
      continue;
    }
    for (const p of paths) removes.push(...(p.includes('/.bin/') ? [p] : [p, `${p}/**`]));
  }
  const pruned = [...prune.keys()].flatMap((dir) => devNames.get(dir) ?? []);
  if (stableKeeps.some((k) => sourceRegions.some((r) => isWithin(r, k.path) && r !== k.path))) return null;

  const built: Keep[] = [];
  const replays: string[] = [];
  const replayed: string[] = [];
  const moved: Instruction[] = [];
  if (shape.kind === 'node-build') {
    // The output's owner: a later `chown -R u:g` / `find ... -exec chown u:g` over it gives everything there one
    // owner (COPY --chown sets it); a build run as root leaves what COPY creates (root, mode 755); else the build
    // stage tells, through a mount.
    const outPath = normalizePath(`${shape.dir}/${shape.out}`);
    const buildAt = nodeBuild!.at ?? 0;
    const later = post.filter((k) => k.meta && (k.at ?? 0) >= buildAt && (isWithin(outPath, k.path) && (k.meta.recursive || k.path === outPath)));
    const last = later[later.length - 1]?.meta;
    const owner = last && last.op === 'chown' && last.recursive && last.spec !== null && /^[\w.-]+:[\w.-]+$/.test(last.spec) && !later.some((k) => k.meta!.op !== 'chown') ? last.spec : undefined;
    const asCreated = owner === undefined && later.length === 0 && /^(root|0)(:(root|0))?$/.test(nodeBuild!.user ?? 'root');
    built.push({ path: outPath, kind: shape.outIsDir ? 'dir' : 'unknown', ...(owner ? { owner } : {}), ...(asCreated ? { asCreated } : {}) }, { path: normalizePath(`${shape.dir}/package.json`), kind: 'file' });
    const assets = assetDirs(ctx, postCopies).filter((a) => isWithin(a, shape.dir) && a !== outPath && !isWithin(a, outPath));
    built.push(...assets.map((a) => ({ path: a, kind: 'dir' as const })));
    leaving.push(`the sources and the rest of ${shape.dir} (the command runs ${shape.out}/, built by the build stage${assets.length ? `; the run-time asset directories the context has, ${assets.join(', ')}, ship too` : ''})`);
  } else if (shape.kind === 'go') {
    built.push(...minimalKeeps(shape.binaries));
    const assets = assetDirs(ctx, postCopies).filter((a) => !built.some((b) => isWithin(a, b.path)));
    built.push(...assets.map((a) => ({ path: a, kind: 'dir' as const })));
    leaving.push(`the sources (${[...new Set(sourceRegions)].join(', ')}): the command runs the compiled ${shape.binaries.map((b) => b.path).join(', ')}${assets.length ? `, and the run-time asset directories the context has (${assets.join(', ')}) ship too` : ''}`);
  } else {
    // What a RUN after the sources wrote outside them (`cp config/app.json /etc/myapp/`, `go install` into
    // $GOPATH/bin) is the build's output: it comes from the build stage.
    built.push(...minimalKeeps(postRuns.filter((k) => !k.meta)));
    for (const c of postCopies) {
      replays.push(c.replay!);
      replayed.push(c.region);
    }
    // With no RUN after them, the source COPYs move to the runtime: the build stage then ends with the
    // dependencies (a deps stage), so a source edit does not touch it at all.
    if (!stage.instructions.slice(split).some((ins) => ins.keyword === 'RUN' || ins.keyword === 'ONBUILD')) moved.push(...postCopies.map((c) => c.ins));
  }
  if (state.removed.some((r) => r.at >= split && built.some((b) => isWithin(b.path, r.path)))) return null;
  if (pruned.length) leaving.push(`devDependencies ${pruned.join(', ')} (build-only: the lockfile marks them dev)`);

  // The app directories' owner and mode, without the build stage when the Dockerfile names them.
  const metaLines: string[] = [];
  const lateMetaLines: string[] = [];
  for (const d of [...ops.keys()].sort((x, y) => x.length - y.length)) {
    const list = ops.get(d)!;
    const q = shellQuote(d);
    if (list.some((o) => o.spec === null || /\s/.test(o.spec))) {
      const fix = `chown --reference=/mnt ${q} && chmod --reference=/mnt ${q}`;
      lateMetaLines.push(`RUN --mount=type=bind,from=${stage.name ?? 'build'},source=${d},target=/mnt mkdir -p ${q} && ${fix}`);
      continue;
    }
    if (list.length === 0) continue;
    const steps = list.map((o) => `${o.op} ${shellQuote(o.spec!)} ${q}`).filter((s, i, all) => s !== all[i - 1]);
    metaLines.push(`RUN mkdir -p ${q} && ${steps.join(' && ')}`);
  }
  const described = [
    ...stableKeeps.map((k) => `${k.path}${prune.has(k.path) ? ' (without the devDependencies)' : ''}`),
    ...built.map((k) => k.path),
  ];
  const fromBuild = `from the ${stage.name ?? 'build'} stage`;
  const sources = `the sources from the build context (${replayed.join(', ')}), as the original COPY did`;
  const summary =
    (described.length
      ? `only ${described.join(', ')} ${fromBuild}${replays.length ? ` and ${sources}` : ''}`
      : replays.length
        ? `only ${sources}, and nothing ${fromBuild}`
        : `nothing ${fromBuild}`) +
    '; ' +
    'the dependencies come first and the sources last, so after a source edit BuildKit reuses the dependency steps (same content) and re-runs only what the original re-ran after the source COPY';
  return { stable: stableKeeps, built, metaLines, lateMetaLines, replays, replayed, moved, prune, removes, leaving, summary };
}

const DEBIAN_PATH = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'];
/** Programs every Debian image has. */
const BASE_PROGRAMS = new Set(['sh', 'bash', 'dash', 'env', 'cat', 'echo', 'sleep', 'true', 'tail', 'ls', 'printf', 'test']);

/**
 * The program of the image's command when the runtime stage would not have it: not under a shipped path (by
 * path, or by name in a PATH directory) and not a base program. Null when it is there. A command the pass cannot
 * read counts as missing.
 */
function missingProgram(run: { ins: Instruction; cwd: string | null } | null, shipped: string[], state: State, pathPrefix: string[]): string | null {
  if (!run) return null;
  const words = commandWords(run.ins) ?? firstWord(run.ins);
  const exe = words?.[0];
  if (!exe) return `the program of the ${run.ins.keyword} at line ${run.ins.line}`;
  if (exe.includes('/')) {
    const p = resolvePath(run.cwd, exe);
    return p !== null && shipped.some((k) => isWithin(p, k)) ? null : exe;
  }
  if (BASE_PROGRAMS.has(exe)) return null;
  const own = (state.raw.get('PATH') ?? '').split(':').filter((d) => d.startsWith('/') && !d.includes('$'));
  const dirs = [...pathPrefix, ...own, ...DEBIAN_PATH];
  return dirs.some((d) => shipped.some((k) => isWithin(normalizePath(`${d}/${exe}`), k))) ? null : exe;
}

/** Whether a RUN builds the image's own code with the toolchain (`go build`, `go install` of a local package, `cargo build`). */
function compilesOwnCode(stage: Stage, toolchain: string): boolean {
  for (const ins of stage.instructions) {
    for (const cmd of ins.shell?.script?.commands ?? []) {
      const inv = invocation(cmd);
      if (!inv || inv.name !== toolchain) continue;
      const values = inv.args.map((w) => w.value);
      const sub = values.find((v) => v === null || !v.startsWith('-'));
      if (sub === 'build' || sub === 'run' || sub === null) return true;
      if (sub === 'install' && (toolchain === 'cargo' ? values.some((v) => v === '--path') : !values.some((v) => v !== null && v.includes('@')))) return true;
    }
  }
  return false;
}

/** Whether the runtime stage replays a command of this RUN (a package install, user creation). */
/** Directories every base image has: a WORKDIR directory removed from one of them leaves nothing else behind. */
const BASE_DIRS = new Set(['/', '/tmp', '/var/tmp', '/root', '/home', '/opt', '/usr/local']);

/**
 * WORKDIRs the runtime stage leaves out: a later RUN removed the directory (`WORKDIR /tmp/build` ... `rm -rf
 * /tmp/build`), so replayed it would leave an empty directory the original image does not have. Only when another
 * WORKDIR with an absolute path follows (the last one sets the image's working directory, and a relative one would
 * resolve from it), no replayed RUN runs in it, and what the removal leaves of the path is a directory every base
 * has or a later WORKDIR makes.
 */
function idleWorkdirs(items: Item[], workdirAt: Map<Instruction, { index: number; dir: string | null; absolute: boolean }>, removed: { path: string; at: number }[]): Set<Instruction> {
  const idle = new Set<Instruction>();
  items.forEach((it, i) => {
    const w = it.kind === 'verbatim' ? workdirAt.get(it.ins) : undefined;
    if (!w || w.dir === null) return;
    const gone = removed.find((r) => r.at > w.index && isWithin(w.dir!, r.path));
    if (!gone) return;
    const rest = items.slice(i + 1);
    const next = rest.findIndex((x) => x.kind === 'verbatim' && workdirAt.has(x.ins));
    const following = next < 0 ? undefined : rest[next];
    if (following?.kind !== 'verbatim' || !workdirAt.get(following.ins)!.absolute) return;
    if (rest.slice(0, next).some((x) => x.kind === 'run' && x.plan.statements.some((v) => v.kind !== 'build' && v.kind !== 'skip'))) return;
    const parent = gone.path.slice(0, gone.path.lastIndexOf('/')) || '/';
    const later = rest.flatMap((x) => {
      const l = x.kind === 'verbatim' ? workdirAt.get(x.ins) : undefined;
      return l && l.dir !== null && !removed.some((r) => r.at > l.index && isWithin(l.dir!, r.path)) ? [l.dir] : [];
    });
    if (it.kind === 'verbatim' && (BASE_DIRS.has(parent) || later.some((d) => isWithin(d, parent)))) idle.add(it.ins);
  });
  return idle;
}

function replaysSomething(items: Item[], ins: Instruction): boolean {
  return items.some((it) => it.kind === 'run' && it.plan.ins === ins && it.plan.statements.some((v) => v.kind === 'replay' || v.kind === 'prelude'));
}

/** Programs that may compile code (a native extension, a C file) with build-only packages. */
const MAY_COMPILE = new Set([...RUNS_IN_CWD, 'pip', 'pip3', 'pipenv', 'poetry', 'uv', 'gem', 'node-gyp', 'rustc', 'clang', 'clang++', 'meson', 'bazel']);

/** Whether a RUN from instruction index `from` on runs a program that may compile with build-only packages. */
function buildsAfter(stage: Stage, from: number): boolean {
  for (const ins of stage.instructions.slice(from)) {
    for (const cmd of ins.shell?.script?.commands ?? []) {
      const inv = invocation(cmd);
      if (!inv) return true;
      // A program run by its path (`./build.sh`, `./configure`, /opt/src/build.sh) may compile anything; a system
      // program by its path (/usr/bin/apt-get) is read by its name.
      const head = inv.cmd.words[inv.wrappers.length]?.value ?? '';
      if (head.includes('/') && !/^\/(usr\/)?s?bin\/[^/]+$/.test(head)) return true;
      const name = inv.name;
      if (name !== 'git' && (MAY_COMPILE.has(name) || /^(pip|python)3\.\d+$/.test(name))) return true;
    }
  }
  return false;
}

/** Programs that build software: an image whose command is one of them is a build environment. */
const BUILD_TOOLS = new Set(['gradle', 'gradlew', 'mvn', 'mvnw', 'ant', 'make', 'gmake', 'cmake', 'ninja', 'meson', 'bazel', 'bazelisk', 'sbt', 'lein', 'gcc', 'g++', 'cc', 'c++', 'clang', 'javac']);

/** The build tool the image's command runs (its program, by name), or null. */
function buildTool(run: { ins: Instruction } | null): string | null {
  if (!run) return null;
  const exe = (commandWords(run.ins) ?? firstWord(run.ins))?.[0];
  const name = exe?.slice(exe.lastIndexOf('/') + 1);
  return name !== undefined && BUILD_TOOLS.has(name) ? name : null;
}

/** The first word of a shell-form command, when it is a plain word. */
function firstWord(ins: Instruction): string[] | null {
  const raw = ins.text.slice(ins.argsStart - ins.start, ins.argsEnd - ins.start).trim();
  if (raw.startsWith('[')) return null;
  const w = raw.split(/\s+/)[0];
  return w && /^[\w./@+-]+$/.test(w) ? [w] : null;
}

/** The program and arguments of a CMD or ENTRYPOINT (exec or shell form), or null. */
function commandWords(ins: Instruction | null): string[] | null {
  if (!ins) return null;
  const raw = ins.text.slice(ins.argsStart - ins.start, ins.argsEnd - ins.start).trim();
  if (raw.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(raw);
      return Array.isArray(parsed) && parsed.every((x) => typeof x === 'string') ? (parsed as string[]) : null;
    } catch {
      return null;
    }
  }
  return /[$"'\\`;&|<>]/.test(raw) ? null : raw.split(/\s+/).filter(Boolean);
}

/**
 * The devDependencies of an npm lockfile (v2/v3 `packages`, entries marked `dev`), as absolute paths under `dir`,
 * with the links npm made for their programs in node_modules/.bin. Null when there is no readable lockfile in the
 * build context, it uses workspaces or links, or a dev program's link is also a production package's.
 */
function devDependencyPaths(ctx: PassContext, copies: CopyRecord[], split: number, dir: string): { paths: string[]; names: string[] } | null {
  if (!ctx.context) return null;
  const copied = copies.some((c) => c.index < split && c.ins.args.some((a) => a.value === 'package-lock.json' || a.value?.endsWith('/package-lock.json')) && (c.region === dir || c.region === `${dir}/package-lock.json`));
  if (!copied) return null;
  const text = ctx.context.read('package-lock.json');
  if (text === null) return null;
  let lock: { lockfileVersion?: number; packages?: Record<string, { dev?: boolean; link?: boolean; bin?: Record<string, string> | string; name?: string }> };
  try {
    lock = JSON.parse(text);
  } catch {
    return null;
  }
  if (!lock.packages || (lock.lockfileVersion ?? 1) < 2) return null;
  const entries = Object.entries(lock.packages).filter(([key]) => key !== '');
  if (entries.some(([key, v]) => v.link || !key.startsWith('node_modules/'))) return null;
  const binDir = (key: string): string => `${key.slice(0, key.lastIndexOf('node_modules/'))}node_modules/.bin`;
  const bins = (key: string, v: { bin?: Record<string, string> | string; name?: string }): string[] =>
    v.bin === undefined ? [] : typeof v.bin === 'string' ? [key.slice(key.lastIndexOf('/') + 1)] : Object.keys(v.bin);
  const prodBins = new Set(entries.filter(([, v]) => !v.dev).flatMap(([key, v]) => bins(key, v).map((b) => `${binDir(key)}/${b}`)));
  const paths: string[] = [];
  const names: string[] = [];
  for (const [key, v] of entries) {
    if (!v.dev) continue;
    // Inside a package that leaves anyway.
    if (entries.some(([other, o]) => o.dev && other !== key && key.startsWith(`${other}/`))) continue;
    paths.push(normalizePath(`${dir}/${key}`));
    if (key.lastIndexOf('node_modules/') === 0) names.push(key.slice('node_modules/'.length));
    for (const b of bins(key, v)) {
      const link = `${binDir(key)}/${b}`;
      if (prodBins.has(link)) return null;
      paths.push(normalizePath(`${dir}/${link}`));
    }
  }
  if (paths.some((p) => /[\s'"\\$`*?[]/.test(p))) return null;
  return { paths, names };
}

/** The offset after the line ending that follows `end` (the whole line goes when an instruction is removed). */
function lineEnd(text: string, end: number): number {
  if (text[end - 1] === '\n') return end;
  if (text.startsWith('\r\n', end)) return end + 2;
  return text[end] === '\n' ? end + 1 : end;
}

/** The instruction's own text, continuation lines included (the escape character is the file's). */
function verbatim(doc: DockerDocument, ins: Instruction): string {
  return ins.text.replace(/\r?\n$/, '');
}

function pathArgs(p: string): string {
  return /[\s"'\\$]/.test(p) ? JSON.stringify([p, p]) : `${p} ${p}`;
}

function shellQuote(s: string): string {
  return /^[A-Za-z0-9_./@%+=:,-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

/** Keeps without duplicates or paths inside another keep. */
function minimalKeeps(keeps: Keep[]): Keep[] {
  const sorted = [...keeps].sort((a, b) => a.path.length - b.path.length);
  const out: Keep[] = [];
  for (const k of sorted) {
    const outer = out.find((o) => isWithin(k.path, o.path));
    if (outer) {
      if (outer.path === k.path && outer.kind !== k.kind && k.kind === 'dir') outer.kind = 'dir';
      continue;
    }
    out.push({ ...k });
  }
  // Keep the order in which the build made them (stable for ids), parents before children.
  return keeps.map((k) => out.find((o) => o.path === k.path)).filter((k, i, all): k is Keep => !!k && all.indexOf(k) === i);
}

const TRANSIENT = [/^\/tmp(\/|$)/, /^\/var\/tmp(\/|$)/, /^\/var\/cache(\/|$)/, /^\/var\/lib\/apt(\/|$)/, /^\/var\/log(\/|$)/, /\/\.cache(\/|$)/, /\/\.npm(\/|$)/, /\/\.bundle\/cache(\/|$)/, /^\/dev\//, /^\/proc\//];

function addKeep(state: State, k: Keep): void {
  if (TRANSIENT.some((re) => re.test(k.path))) return;
  state.keeps.push({ ...k, at: state.at, user: state.user });
}

function expand(text: string, vars: Vars): string | null {
  if (!text.includes('$')) return text;
  return expandWord({ text, value: null, start: 0, end: 0 }, vars);
}

function globalArgs(doc: DockerDocument): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const ins of doc.instructions) {
    if (ins.keyword === 'FROM') break;
    if (ins.keyword === 'ARG') for (const a of readAssignments(ins)) out.set(a.name, a.value);
  }
  return out;
}

/**
 * The runtime image written with the build arg the base image uses (node:${V} -> node:${V}-slim), or null when
 * that cannot be done for every value: more than one variable, a variable outside the tag, or a mapping that
 * does not carry other values the same way (checked on sample versions).
 */
function carryArg(raw: string, resolved: string, runtimeImage: string): string | null {
  const refs = [...raw.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)(?::-[^}]*)?\}?/g)];
  if (refs.length !== 1) return null;
  const ref = refs[0];
  const pre = raw.slice(0, ref.index);
  const post = raw.slice(ref.index! + ref[0].length);
  if (pre.lastIndexOf(':') <= pre.lastIndexOf('/') || /[:/@]/.test(post)) return null;
  if (!resolved.startsWith(pre) || !resolved.endsWith(post) || resolved.length < pre.length + post.length) return null;
  const value = resolved.slice(pre.length, resolved.length - post.length);
  const samples = ['99', '99.9', '99.9.9'];
  const tagStart = runtimeImage.lastIndexOf(':') + 1;
  const at = value === '' ? -1 : runtimeImage.indexOf(value, tagStart);
  if (at < 0 || runtimeImage.indexOf(value, at + 1) >= 0) {
    // The runtime does not name the value (golang:${V}-bookworm -> debian:bookworm-slim): fine when no sample changes it.
    return samples.every((v) => runtimeBase(pre + v + post)?.image === runtimeImage) ? runtimeImage : null;
  }
  const head = runtimeImage.slice(0, at);
  const tail = runtimeImage.slice(at + value.length);
  return samples.every((v) => runtimeBase(pre + v + post)?.image === head + v + tail) ? head + ref[0] + tail : null;
}

function resolveImage(image: string, globals: Map<string, string | null>): string {
  return image.replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}?/g, (_m, n: string, d?: string) => globals.get(n) ?? d ?? '$');
}

function contextIsFile(ctx: PassContext, src: string): boolean | null {
  if (!ctx.context || src.includes('$')) return null;
  try {
    return fs.statSync(path.join(ctx.context.dir, src)).isFile();
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// RUN

function planRun(doc: DockerDocument, ins: Instruction, state: State): RunPlan | { why: string } {
  if (ins.json) return { why: `the exec-form RUN at line ${ins.line}: the pass does not know what it writes` };
  const script = ins.shell?.script;
  if (!script) return { why: ins.shell?.opaqueReason ?? `the RUN at line ${ins.line} cannot be read` };
  if (script.hasError) return { why: `the RUN at line ${ins.line} does not parse as shell` };
  const cwdAtStart = state.cwd;
  const virtualEnvAtStart = state.vars.get('VIRTUAL_ENV');
  const verdicts: Verdict[] = [];
  const stmts = script.statements;
  for (let i = 0; i < stmts.length; i++) {
    // `a || b`: the fallback belongs to the statement before it; both stay or leave together.
    let j = i;
    while (j + 1 < stmts.length && stmts[j + 1].before === '||') j++;
    const group = stmts.slice(i, j + 1);
    const vs = group.map((st) => statementVerdict(doc, ins, st, script.commands, state));
    i = j;
    const bad = vs.find((v): v is Extract<Verdict, { kind: 'skip' }> => v.kind === 'skip');
    if (bad) return { why: `the RUN at line ${ins.line}: ${bad.why}` };
    // In order: a path removed here is no longer there to copy, unless a later statement writes it again.
    for (const v of vs) if (v.kind === 'build' || v.kind === 'replay') record(state, v);
    if (group.length === 1) {
      if (vs[0].kind === 'build' || vs[0].kind === 'replay') for (const p of vs[0].deleted ?? []) state.deleted.push({ path: p, at: state.at });
      verdicts.push(vs[0]);
      continue;
    }
    // A fallback group replays when its first statement replays (the fallback text comes along).
    const first = vs[0];
    if (first.kind === 'replay' || first.kind === 'apt-housekeeping') {
      const texts = group.map((st) => statementText(doc, st.start, st.end));
      verdicts.push({ ...first, text: texts.join(' || ') });
    } else {
      const replays = vs.some((v) => v.kind === 'replay');
      if (replays) return { why: `the RUN at line ${ins.line}: a "||" fallback mixes build steps and runtime set-up` };
      verdicts.push({ kind: 'build', keeps: vs.flatMap((v) => (v.kind === 'build' ? v.keeps : [])) });
    }
  }
  state.cwd = cwdAtStart;
  state.pendingVenvs = [];
  if (virtualEnvAtStart === undefined) state.vars.delete('VIRTUAL_ENV');
  else state.vars.set('VIRTUAL_ENV', virtualEnvAtStart);
  const written = state.pendingKeeps;
  state.pendingKeeps = [];
  for (const k of written) addKeep(state, k);
  return { ins, statements: verdicts };
}

/** A build step read in order: what it removes leaves the keeps (earlier instructions' and this RUN's), then what it writes joins. */
function record(state: State, v: Extract<Verdict, { kind: 'build' | 'replay' }>): void {
  for (const r of v.removes ?? []) {
    state.keeps = state.keeps.filter((k) => !isWithin(k.path, r));
    state.pendingKeeps = state.pendingKeeps.filter((k) => !isWithin(k.path, r));
    state.removed.push({ path: r, at: state.at });
  }
  if (v.kind === 'build') state.pendingKeeps.push(...v.keeps);
}

/**
 * A path an rm names, with the two forms cache-cleanup writes for the gem caches (`rm -rf ~/.bundle/cache
 * "$(gem env gemdir)"/cache`) read too: `~` is the user's home (root's, or HOME), `$(gem env gemdir)` is GEM_HOME
 * (/usr/local/bundle on the official ruby images). Null when the pass cannot name it.
 */
function rmWord(w: Word, state: State): string | null {
  const home = state.vars.get('HOME') ?? (state.user === 'root' || state.user === '0' ? '/root' : null);
  const gemHome = state.vars.get('GEM_HOME') ?? (state.ruby ? '/usr/local/bundle' : null);
  const t = w.text;
  const gem = /^(?:"\$\(gem env gemdir\)"|\$\(gem env gemdir\))(\/[^\s"'$`\\]*)?$/.exec(t);
  if (gem) return gemHome === null ? null : `${gemHome}${gem[1] ?? ''}`;
  if (/^~(\/[^\s"'$`\\]*)?$/.test(t)) return home === null ? null : `${home}${t.slice(1)}`;
  return expandWord(w, state.vars);
}

/** The text of a statement on one line: continuations joined, comment lines inside them dropped. */
function statementText(doc: DockerDocument, start: number, end: number, cut: { start: number; end: number; text?: string }[] = []): string {
  let text = '';
  let pos = start;
  for (const c of [...cut].sort((a, b) => a.start - b.start || a.end - b.end)) {
    text += doc.text.slice(pos, c.start) + (c.text ?? '');
    pos = c.end;
  }
  text += doc.text.slice(pos, end);
  const esc = doc.escape.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
  const lines = text.split(/\r?\n/);
  const kept = lines.filter((l, i) => i === 0 || !/^\s*#/.test(l));
  return kept
    .join('\n')
    .replace(new RegExp(`${esc}\\n[ \\t]*`, 'g'), ' ')
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
}

function statementVerdict(doc: DockerDocument, ins: Instruction, st: Statement, commands: SimpleCommand[], state: State): Verdict {
  const inside = commands.filter((c) => c.start >= st.start && c.end <= st.end && c.words.length > 0);
  const text = statementText(doc, st.start, st.end);
  if (st.type === 'variable_assignment' || st.type === 'declaration_command') {
    const decl = inside[0] ? invocation(inside[0]) : null;
    if (decl && decl.name === 'export') commandVerdict(doc, ins, inside[0], state, false);
    return { kind: 'prelude', text };
  }
  if (st.type === 'command' && inside.length === 1) {
    const inv = invocation(inside[0]);
    if (inv?.name === 'set') return { kind: 'prelude', text };
  }
  if (st.type === 'redirected_statement' && inside.length === 1 && inside[0].start === st.start) {
    // `echo ... > /etc/apt/sources.list.d/x.list`: configuration the replayed installs may need, replayed; a
    // redirect anywhere else is a file the build wrote.
    const cmd = inside[0];
    const targets = [...doc.text.slice(cmd.end, st.end).matchAll(/(?:^|\s)(?:\d*>>?|&>>?)\s*(\S+)/g)].map((m) => m[1]);
    const inv = invocation(cmd);
    const paths = targets.map((t) => expandWord({ text: t, value: /[$`"'\\]/.test(t) ? null : t, start: 0, end: 0 }, state.vars)).map((t) => (t === null ? null : resolvePath(state.cwd, t)));
    if (paths.some((p) => p === null)) return { kind: 'skip', why: `a redirect to a file we cannot name` };
    const files = (paths as string[]).filter((p) => !p.startsWith('/dev/') && !/^&?\d+$/.test(p));
    if (inv && NO_WRITE.has(inv.name) && files.length > 0 && files.every((p) => p.startsWith('/etc/'))) return { kind: 'replay', text };
    const v = commandVerdict(doc, ins, cmd, state, false);
    if (v.kind === 'build') return { kind: 'build', keeps: [...v.keeps, ...files.map((p) => ({ path: p, kind: 'file' as const }))], dropped: v.dropped };
    if (files.length === 0) return v.kind === 'replay' || v.kind === 'apt-housekeeping' ? { ...v, text } : v;
    return { kind: 'skip', why: `"${inv?.name ?? 'a command'}" with its output redirected to ${files[0]} mixes run-time set-up and build output` };
  }
  if (st.type !== 'command' || inside.length !== 1 || inside[0].start !== st.start) {
    // Redirects the shell parser hangs on the compound rather than on a command: `echo a > /etc/x && echo b > /etc/y`
    // reads as one redirected statement holding the list (with the first redirect inside it), `{ ...; } > f`, a
    // loop's `done > f`. Their files are written too: found in the text between the commands.
    const covered = (i: number): boolean => inside.some((c) => i >= c.start && i < c.end);
    let gaps = '';
    for (let i = st.start; i < st.end; i++) gaps += covered(i) ? ' ' : doc.text[i];
    const targets = [...gaps.matchAll(/(?:^|[\s;&|])(?:\d*>>?|&>>?)\s*([^\s;&|()<>]+)/g)].map((m) => m[1]);
    const outside = targets.map((t) => expandWord({ text: t, value: /[$`"'\\]/.test(t) ? null : t, start: 0, end: 0 }, state.vars)).map((t) => (t === null ? null : resolvePath(state.cwd, t)));
    if (outside.some((p) => p === null)) return { kind: 'skip', why: `a redirect to a file we cannot name inside a ${st.type.replace(/_/g, ' ')}` };
    const redirected = (outside as string[]).filter((p) => !p.startsWith('/dev/') && !/^&?\d+$/.test(p));
    // Only writing configuration under /etc (`echo ... > /etc/apt/sources.list && echo ... > /etc/apt/apt.conf.d/x`):
    // replayed as written, as a single such redirect is.
    if (redirected.length > 0 && redirected.every((p) => p.startsWith('/etc/')) && inside.every((c) => { const n = invocation(c)?.name; return (n === 'echo' || n === 'printf') && c.redirects.every((r) => !/^\d*>|^&>/.test(r.text.trim()) || /^\/etc\//.test(r.target?.value ?? '')); })) {
      return { kind: 'replay', text };
    }
    // A pipeline, subshell, loop or conditional: fine when it only builds; set-up inside it cannot be split out.
    const keeps: Keep[] = redirected.map((p) => ({ path: p, kind: 'file' as const }));
    const removes: string[] = [];
    for (const c of inside) {
      const v = commandVerdict(doc, ins, c, state, true);
      if (v.kind === 'skip') return v;
      if (v.kind !== 'build') return { kind: 'skip', why: `"${invocation(c)?.name ?? 'a command'}" inside a ${st.type.replace(/_/g, ' ')} cannot be split from the build steps around it` };
      // Inside a branch or a loop the pass cannot tell whether a path it removes is still there to copy.
      const lost = (v.removes ?? []).find((r) => [...state.keeps, ...state.pendingKeeps, ...keeps].some((k) => isWithin(k.path, r)));
      if (lost !== undefined) return { kind: 'skip', why: `"${invocation(c)?.name}" removes ${lost}, which the build wrote, inside a ${st.type.replace(/_/g, ' ')}: the pass cannot tell whether it is there to copy` };
      keeps.push(...v.keeps);
      removes.push(...(v.removes ?? []));
    }
    return { kind: 'build', keeps, ...(removes.length ? { removes } : {}) };
  }
  return commandVerdict(doc, ins, inside[0], state, false);
}

function commandVerdict(doc: DockerDocument, ins: Instruction, cmd: SimpleCommand, state: State, nested: boolean): Verdict {
  const inv = invocation(cmd);
  if (!inv) return { kind: 'skip', why: 'a command with a dynamic name' };
  const name = inv.name;
  const text = (): string => statementText(doc, cmd.start, cmd.end);
  const keeps: Keep[] = [];
  // Output redirections write files.
  for (const r of cmd.redirects) {
    if (!/^\d*>|^&>/.test(r.text.trim())) continue;
    const t = r.target ? expandWord(r.target, state.vars) : null;
    if (t !== null && (/^&?\d+$/.test(t) || t.startsWith('/dev/'))) continue;
    if (t === null) return { kind: 'skip', why: `a redirect to a file we cannot name (${r.text})` };
    const p = resolvePath(state.cwd, t);
    if (p === null) return { kind: 'skip', why: `a redirect to ${t} in an unknown working directory` };
    keeps.push({ path: p, kind: 'file' });
  }
  const values = inv.args.map((w) => expandWord(w, state.vars));
  const at = (v: string | null): string | null => (v === null ? null : resolvePath(state.cwd, v));
  const cwdKeep = (what: string, extra: Partial<Keep> = {}): Verdict => {
    if (state.cwd === null) return { kind: 'skip', why: `"${what}" runs in an unknown working directory` };
    return { kind: 'build', keeps: [...keeps, { path: state.cwd, kind: 'dir', ...extra }] };
  };
  const build = (extra: Keep[] = []): Verdict => ({ kind: 'build', keeps: [...keeps, ...extra] });

  if (name === 'apt-get' || name === 'apt' || name === 'aptitude') {
    const sub = subcommand(inv.args, new Set(['-o', '-c', '-t', '--target-release']));
    if (sub === 'install') return aptInstall(doc, cmd, inv, state, nested);
    if (sub === 'update' || sub === 'clean' || sub === 'autoclean') return { kind: 'apt-housekeeping', text: text() };
    if (sub === 'purge' || sub === 'remove') return removePackages(doc, cmd, inv, new Set(['-o', '-c', '-t', '--target-release']), state);
    if (nested) return { kind: 'skip', why: `${name} ${sub ?? ''} inside a compound command` };
    return { kind: 'replay', text: text(), apt: true };
  }
  if (name === 'apt-mark') return nested ? { kind: 'skip', why: 'apt-mark inside a compound command' } : { kind: 'replay', text: text(), apt: true };
  if (name === 'dpkg') {
    if (values.some((v) => v === '--add-architecture' || v === '--remove-architecture')) return nested ? { kind: 'skip', why: 'dpkg inside a compound command' } : { kind: 'replay', text: text(), apt: true };
    if (values.some((v) => v !== null && /^(-l|-L|-s|-S|--list|--listfiles|--status|--search|--print-architecture|--print-foreign-architectures|--get-selections|--compare-versions)$/.test(v))) return build();
    return { kind: 'skip', why: 'dpkg installs or removes packages from files the runtime stage does not have' };
  }
  if (name === 'find') {
    const acts = values.some((v) => v !== null && /^-(exec|execdir|ok|okdir|fprint|fprintf|fls)$/.test(v));
    const deletes = values.includes('-delete');
    if (!acts && !deletes) return build();
    const starts = values.slice(0, Math.max(0, values.findIndex((v) => v === null || v.startsWith('-') || v === '(' || v === '!'))).map(at);
    if (!acts && starts.length > 0 && starts.every((p) => p !== null && (TRANSIENT.some((re) => re.test(p)) || state.keeps.some((k) => isWithin(p, k.path))))) return build();
    // `find P ! -user u -exec chown -h u {} +` (copy-chown's form for what a build wrote): owners under P, like chown -R P.
    const actions = values.filter((v) => v !== null && /^-(exec|execdir|ok|okdir|fprint|fprintf|fls|delete)$/.test(v));
    const program = values[values.indexOf('-exec') + 1];
    if (actions.length === 1 && actions[0] === '-exec' && program && ['chown', 'chgrp', 'chmod'].includes(program) && starts.length > 0 && starts.every((p) => p !== null)) {
      const spec = program === 'chown' || program === 'chgrp' ? (values.slice(values.indexOf('-exec') + 2).find((v) => v !== null && !v.startsWith('-')) ?? null) : null;
      const op = program as MetaOp['op'];
      return build((starts as string[]).map((p) => ({ path: p, kind: 'dir' as const, meta: { op, spec: op === 'chmod' ? null : spec, recursive: true } })));
    }
    return { kind: 'skip', why: '"find" with -exec or -delete outside the paths the build wrote' };
  }
  if (name === 'apk') {
    const sub = subcommand(inv.args, new Set(['-X', '--repository', '-t', '--virtual', '-p', '--root']));
    if (sub === 'add') return apkAdd(doc, cmd, inv, state);
    if (sub === 'update' || (sub === 'cache' && values.includes('clean'))) return { kind: 'apt-housekeeping', text: text() };
    if (sub === 'del') return removePackages(doc, cmd, inv, new Set(['-X', '--repository', '-p', '--root']), state);
    return { kind: 'replay', text: text(), apt: true };
  }
  if (USER_COMMANDS.has(name) || SYSTEM_CONFIG.has(name)) {
    if (nested) return { kind: 'skip', why: `${name} inside a compound command` };
    return { kind: 'replay', text: text() };
  }
  if (name === 'rm' || name === 'rmdir' || name === 'unlink') {
    const ops = positionals(inv.args).map((w) => at(rmWord(w, state)));
    if (ops.some((p) => p === null)) return { kind: 'skip', why: `${name} of a path we cannot name` };
    const paths = ops as string[];
    if (paths.every((p) => /^\/var\/lib\/apt\/lists|^\/var\/cache\/apt/.test(p))) return { kind: 'apt-housekeeping', text: text() };
    // A path the build wrote (earlier in this RUN too) leaves the keeps; removing only such paths is a build step.
    const written = [...state.keeps, ...state.pendingKeeps, ...keeps];
    const gone = (p: string): boolean => TRANSIENT.some((re) => re.test(p)) || written.some((k) => isWithin(p, k.path));
    const removes = paths.filter((p) => !TRANSIENT.some((re) => re.test(p)) && written.some((k) => isWithin(p, k.path) || isWithin(k.path, p)));
    if (paths.every(gone)) return { kind: 'build', keeps, removes, deleted: paths };
    if (nested) return { kind: 'skip', why: `${name} of ${paths.find((p) => !gone(p))} (a base image file) inside a compound command` };
    return { kind: 'replay', text: text(), removes, deleted: paths };
  }
  if (name === 'cd') {
    const target = values[0] ?? null;
    if (nested) return build();
    state.cwd = target === null ? null : resolvePath(state.cwd, target);
    return build();
  }
  if (name === 'export') {
    for (const v of values) {
      if (v === null) continue;
      const eq = v.indexOf('=');
      if (eq > 0) state.vars.set(v.slice(0, eq), v.slice(eq + 1));
    }
    return build();
  }
  if (NO_WRITE.has(name) && !(name === 'env' && positionals(inv.args).length > 0)) return build();
  if (name === 'mkdir' || name === 'touch') {
    const out: Keep[] = [];
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (v === null) return { kind: 'skip', why: `${name} of a path we cannot name` };
      if (v === '-m' || v === '--mode') { i++; continue; }
      if (v.startsWith('-')) continue;
      const p = at(v);
      if (p === null) return { kind: 'skip', why: `${name} of a relative path in an unknown working directory` };
      out.push({ path: p, kind: name === 'mkdir' ? 'dir' : 'file' });
    }
    return build(out);
  }
  if (name === 'chown' || name === 'chgrp' || name === 'chmod') {
    const pos = positionals(inv.args, new Set(['--reference', '--from']));
    const recursive = inv.args.some((w) => w.value !== null && (/^-[a-zA-Z]*R/.test(w.value) || w.value === '--recursive'));
    const out: Keep[] = [];
    const reference = inv.args.some((w) => w.value !== null && w.value.startsWith('--reference'));
    const spec = reference || !pos[0] ? null : expandWord(pos[0], state.vars);
    for (const w of pos.slice(1)) {
      const p = at(expandWord(w, state.vars));
      if (p === null) return { kind: 'skip', why: `${name} of a path we cannot name` };
      out.push({ path: p, kind: recursive ? 'dir' : 'unknown', meta: { op: name, spec, recursive } });
    }
    return build(out);
  }
  if (name === 'ln') {
    const symbolic = inv.args.some((w) => w.value !== null && (/^-[a-zA-Z]*s/.test(w.value) || w.value === '--symbolic'));
    if (!symbolic) return { kind: 'skip', why: 'a hard link (ln without -s)' };
    const ops = positionals(inv.args, new Set(['-t', '--target-directory', '-S', '--suffix']));
    const linkPath = ops.length >= 2 ? at(expandWord(ops[ops.length - 1], state.vars)) : null;
    if (linkPath !== null && state.keeps.concat(keeps).some((k) => isWithin(linkPath, k.path))) return build();
    if (nested) return { kind: 'skip', why: 'ln -s inside a compound command' };
    return { kind: 'replay', text: text() };
  }
  if (name === 'sed') {
    const inPlace = values.some((v) => v !== null && (/^-[a-zA-Z]*i/.test(v) || v.startsWith('--in-place')));
    if (!inPlace) return build();
    const operands = positionals(inv.args, new Set(['-e', '-f', '--expression', '--file']));
    const hasScript = values.some((v) => v === '-e' || v === '-f' || v?.startsWith('--expression') || v?.startsWith('--file'));
    const files = (hasScript ? operands : operands.slice(1)).map((w) => at(expandWord(w, state.vars)));
    if (files.some((f) => f === null)) return { kind: 'skip', why: 'sed -i on files we cannot name' };
    return build((files as string[]).map((p) => ({ path: p, kind: 'file' as const })));
  }
  if (name === 'perl' && values.some((v) => v !== null && /^-[a-zA-Z0-9]*i/.test(v))) {
    // `perl -pi -e CODE FILE...` edits the files in place, as sed -i does: they are what it writes.
    const files: (string | null)[] = [];
    let code = false;
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (v !== null && v.startsWith('-') && v !== '-') {
        // -e CODE, or a bundle ending in e (-pe, -ne) without the in-place flag, whose backup suffix an `e` would be.
        if (/^-[a-zA-Z0-9]*[eE]$/.test(v) && !/^-[a-zA-Z0-9]*i/.test(v.slice(0, -1))) { code = true; i++; }
        continue;
      }
      if (!code) return { kind: 'skip', why: 'perl -i runs a script the pass does not read' };
      files.push(at(v));
    }
    if (files.length === 0 || files.some((f) => f === null)) return { kind: 'skip', why: 'perl -i on files we cannot name' };
    return build((files as string[]).map((p) => ({ path: p, kind: 'file' as const })));
  }
  if (name === 'cp' || name === 'mv' || name === 'install' || name === 'rsync') {
    const tIndex = values.findIndex((v) => v === '-t' || v === '--target-directory');
    const target = tIndex >= 0 ? values[tIndex + 1] ?? null : (positionals(inv.args).map((w) => expandWord(w, state.vars)).pop() ?? null);
    const p = at(target);
    if (p === null) return { kind: 'skip', why: `${name} to a path we cannot name` };
    return build([{ path: p, kind: 'unknown' }]);
  }
  if (name === 'curl' || name === 'wget') {
    const out: Keep[] = [];
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (v === null) continue;
      if (v === '-o' || v === '--output' || (name === 'wget' && (v === '-O' || v === '--output-document'))) {
        const p = at(values[i + 1] ?? null);
        if (p === null) return { kind: 'skip', why: `${name} into a file we cannot name` };
        if (p !== '/dev/stdout' && values[i + 1] !== '-') out.push({ path: p, kind: 'file' });
        i++;
        continue;
      }
      const attached = /^(?:-o|--output=|--output-document=)(.+)$/.exec(v) ?? (name === 'wget' ? /^-O(.+)$/.exec(v) : /^-[a-zA-Z]*o(.+)$/.exec(v));
      if (attached) {
        const p = at(attached[1]);
        if (p === null) return { kind: 'skip', why: `${name} into a file we cannot name` };
        if (attached[1] !== '-') out.push({ path: p, kind: 'file' });
        continue;
      }
      if ((name === 'curl' && (v === '-O' || v === '--remote-name' || /^-[a-zA-Z]*O[a-zA-Z]*$/.test(v))) || (name === 'wget' && !values.some((x) => x === '-O' || x === '-qO-' || x?.startsWith('-O')))) {
        return cwdKeep(name);
      }
    }
    return build(out);
  }
  if (name === 'tar' || name === 'unzip') {
    const dirFlag = name === 'tar' ? ['-C', '--directory'] : ['-d'];
    let dir: string | null | undefined;
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (v !== null && dirFlag.includes(v)) dir = values[i + 1] ?? null;
      else if (v !== null && v.startsWith('--directory=')) dir = v.slice('--directory='.length);
    }
    const extracting = name === 'unzip' || values.some((v) => v !== null && (/^-?[a-zA-Z]*x/.test(v) || v === '--extract' || v === '--get'));
    if (!extracting) {
      const fIndex = values.findIndex((v) => v !== null && /^-?[a-zA-Z]*f$/.test(v));
      const archive = fIndex >= 0 ? at(values[fIndex + 1] ?? null) : null;
      return archive ? build([{ path: archive, kind: 'file' }]) : build();
    }
    if (dir === undefined) return cwdKeep(name);
    const p = at(dir);
    if (p === null) return { kind: 'skip', why: `${name} into a directory we cannot name` };
    return build([{ path: p, kind: 'dir' }]);
  }
  if ((name === 'python' || name === 'python3' || /^python3\.\d+$/.test(name)) && values[0] === '-m') {
    const mod = values[1];
    if (mod === 'venv' || mod === 'virtualenv') return venvKeep(inv, values.slice(2), state, build);
    // Downloaders write into the user's home or site-packages, not the working directory: the same as
    // `python -c "nltk.download()"`, by another spelling.
    const writes = mod ? MODULE_DOWNLOADS[mod] : undefined;
    if (writes) return { kind: 'skip', why: `"${name} -m ${mod}" downloads outside the working directory (${writes})` };
    if (mod === 'pip') return pipVerdict(inv, values.slice(2), state, build, cwdKeep);
    if (mod === 'compileall') {
      // Writes __pycache__ next to the sources it compiles.
      const targets = values.slice(2).filter((v) => v === null || !v.startsWith('-'));
      if (targets.length === 0) return cwdKeep(`${name} -m compileall`);
      const paths = targets.map(at);
      if (paths.some((p) => p === null)) return { kind: 'skip', why: 'compileall of a path we cannot name' };
      return build((paths as string[]).map((p) => ({ path: p, kind: 'unknown' as const })));
    }
    return cwdKeep(`${name} -m ${mod ?? ''}`);
  }
  if (name === 'virtualenv') return venvKeep(inv, values, state, build);
  if (name === 'pip' || name === 'pip3' || /^pip3\.\d+$/.test(name)) return pipVerdict(inv, values, state, build, cwdKeep);
  if (name === 'npm' || name === 'yarn' || name === 'pnpm' || name === 'bun') {
    const sub = values.find((v) => v !== null && !v.startsWith('-')) ?? null;
    const global = values.some((v) => v === '-g' || v === '--global' || v === '--location=global') || sub === 'global';
    if (sub === 'cache' || sub === 'config' && values.includes('get')) return build();
    if (sub === 'config' || sub === 'set' || sub === 'login' || sub === 'adduser') return { kind: 'skip', why: `${name} ${sub} writes the user's configuration` };
    if (global) {
      // npm's global prefix: /usr/local unless --prefix or NPM_CONFIG_PREFIX (npm reads its env case-insensitively)
      // moves it (ENV NPM_CONFIG_PREFIX=/home/node/.npm-global).
      const flagAt = values.findIndex((v) => v === '--prefix' || (v !== null && v.startsWith('--prefix=')));
      const envName = (m: ReadonlyMap<string, string | null>): string | undefined => [...m.keys()].find((k) => k.toLowerCase() === 'npm_config_prefix');
      const fromCmd = envName(inv.env);
      const fromState = envName(state.vars);
      const prefix = name !== 'npm' ? undefined
        : flagAt >= 0 ? (values[flagAt] === '--prefix' ? (values[flagAt + 1] ?? null) : values[flagAt]!.slice('--prefix='.length))
        : fromCmd !== undefined ? (inv.env.get(fromCmd) ?? null) : fromState !== undefined ? (state.vars.get(fromState) ?? null) : undefined;
      if (prefix === undefined) return build([{ path: '/usr/local', kind: 'dir' }]);
      const p = prefix === null ? null : resolvePath(state.cwd, prefix);
      return p === null ? { kind: 'skip', why: `${name} installs globally into a prefix we cannot name` } : build([{ path: p, kind: 'dir' }]);
    }
    // An install from the manifests alone (no package named): it writes node_modules (and may update the lockfile).
    const named = positionals(inv.args, new Set(['--omit', '--include', '--registry', '--cache', '--prefix', '--workspace', '-w', '--filter', '--network-timeout'])).slice(1);
    const installSub = sub === 'ci' || sub === 'install' || sub === 'i' || (name === 'yarn' && sub === null);
    if (installSub && named.length === 0) return cwdKeep(`${name} ${sub ?? ''}`.trim(), { nodeModules: name });
    const script = sub === 'run' || sub === 'run-script' ? values.filter((v) => v !== null && !v.startsWith('-'))[1] ?? null : sub;
    if (script === 'build' && (sub === 'run' || sub === 'run-script' || name !== 'npm')) return cwdKeep(`${name} ${sub ?? ''}`.trim(), { nodeBuild: true });
    return cwdKeep(`${name} ${sub ?? ''}`.trim());
  }
  if (name === 'go') {
    const sub = values[0] ?? null;
    if (sub === 'build') {
      const oIndex = values.findIndex((v) => v === '-o');
      const attached = values.find((v) => v !== null && v.startsWith('-o='));
      const out = oIndex >= 0 ? values[oIndex + 1] ?? null : attached ? attached.slice(3) : undefined;
      if (out === undefined) return cwdKeep('go build');
      const p = at(out);
      if (p === null) return { kind: 'skip', why: 'go build -o a path we cannot name' };
      return build([{ path: p, kind: out !== null && out.endsWith('/') ? 'dir' : 'file', goBinary: out !== null && !out.endsWith('/') }]);
    }
    if (sub === 'install') {
      const gobin = state.vars.get('GOBIN') ?? null;
      const gopath = state.vars.get('GOPATH') ?? (state.golang ? '/go' : state.user === 'root' ? '/root/go' : null);
      const dir = gobin ?? (gopath ? `${gopath.split(':')[0]}/bin` : null);
      if (dir === null) return { kind: 'skip', why: 'go install into an unknown GOPATH' };
      return build([{ path: normalizePath(dir), kind: 'dir' }]);
    }
    if (sub === 'clean' && values.some((v) => v === '-cache' || v === '-modcache' || v === '-testcache' || v === '-fuzzcache')) return build();
    if (sub === 'vet' || sub === 'test' || sub === 'version' || sub === 'env' || sub === 'list' || (sub === 'mod' && (values[1] === 'download' || values[1] === 'verify' || values[1] === 'graph'))) return build();
    return cwdKeep(`go ${sub ?? ''}`.trim());
  }
  // Install targets under any name (install, altinstall, install_sw, suidinstall, install-strip...) copy files
  // anywhere in the image, as do cmake --install, cmake --build --target install, ninja install and meson install.
  const installStep = installTarget(name, values);
  if (installStep) return { kind: 'skip', why: `"${installStep}" installs files anywhere` };
  if (name === 'cargo' && values[0] === 'install') return { kind: 'skip', why: '"cargo install" installs outside the project' };
  if ((name === 'sh' || name === 'bash' || name === 'dash' || name === 'zsh') && (values.includes('-c') || values.includes('-s') || values.length === 0)) {
    return { kind: 'skip', why: `"${name}${values.includes('-c') ? ' -c' : ''}" runs a script the pass does not read` };
  }
  if ((name === 'source' || name === '.') && values.length === 1 && values[0] !== null) {
    // `. venv/bin/activate`: pip then installs into that venv.
    const script = at(values[0]);
    const venv = script?.endsWith('/bin/activate') ? script.slice(0, -'/bin/activate'.length) : null;
    if (venv && (state.keeps.some((k) => k.venv && k.path === venv) || state.pendingVenvs.includes(venv))) {
      state.vars.set('VIRTUAL_ENV', venv);
      return build();
    }
  }
  if (name === 'eval' || name === 'source' || name === '.' || name === 'exec' || name === 'xargs' || name === 'sudo' || name === 'su') return { kind: 'skip', why: `"${name}" runs commands the pass does not read` };
  // `gem env gemdir` (in the gem cache cleanup cache-cleanup writes), `gem list`...: they read, and write nothing.
  if (name === 'gem' && ['env', 'environment', 'list', 'query', 'which', 'contents', 'specification', 'help', '--version', '-v'].includes(values[0] ?? '')) return build();
  if ((name === 'bundle' || name === 'bundler') && values[0] === 'config') {
    // `bundle config [set] [--local|--global] path /gems`: later installs go there (read as BUNDLE_PATH).
    const words = values.slice(1).filter((v) => v === null || !v.startsWith('--'));
    const key = words[0] === 'set' ? 1 : 0;
    if (words[key] === 'path' || words[key] === 'BUNDLE_PATH') state.vars.set('BUNDLE_PATH', words[key + 1] ?? null);
  }
  if ((name === 'bundle' || name === 'bundler' || name === 'gem') && (values[0] === 'install' || values[0] === 'update')) {
    // Gems go to GEM_HOME: /usr/local/bundle in the official ruby images; elsewhere the system gem directory.
    const gemHome = state.vars.get('GEM_HOME') ?? (state.ruby ? '/usr/local/bundle' : null);
    if (gemHome === null) return { kind: 'skip', why: `${name} install into the system gem directory` };
    const extra: Keep[] = [{ path: normalizePath(gemHome), kind: 'dir' }];
    // The gems' programs go to GEM_HOME/bin (/usr/local/bundle/bin on the ruby image); /usr/local/bin is the Ruby
    // installation's own (ruby, gem, bundle), which the runtime base has its own copy of: it is not copied, so a
    // step that writes there, or anywhere else outside GEM_HOME, is not read.
    if (name === 'gem' && values.includes('--system')) return { kind: 'skip', why: 'gem update --system updates RubyGems inside the Ruby installation (/usr/local/lib/ruby, /usr/local/bin), which the runtime base has its own copy of' };
    const binFlag = values.find((v) => v !== null && /^(-n|--bindir|--install-dir|-i|--user-install)(=|$)/.test(v));
    // `bundle install --binstubs[=DIR]` (./bin by default) writes the programs' stubs there, as BUNDLE_BIN does.
    const stubsAt = name === 'gem' ? -1 : values.findIndex((v) => v === '--binstubs' || (v !== null && v.startsWith('--binstubs=')));
    const stubs = stubsAt < 0 ? undefined : values[stubsAt]!.startsWith('--binstubs=') ? values[stubsAt]!.slice('--binstubs='.length) : values[stubsAt + 1] === null ? null : values[stubsAt + 1]?.startsWith('-') === false ? values[stubsAt + 1] : 'bin';
    const bundleBin = name === 'gem' ? undefined : stubs !== undefined ? stubs : inv.env.has('BUNDLE_BIN') ? inv.env.get('BUNDLE_BIN') : state.vars.get('BUNDLE_BIN');
    const binDir = bundleBin === undefined ? undefined : bundleBin === null ? null : resolvePath(state.cwd, bundleBin);
    if (binFlag !== undefined || (binDir !== undefined && (binDir === null || !(isWithin(binDir, normalizePath(gemHome)) || (state.cwd !== null && isWithin(binDir, state.cwd)))))) {
      return { kind: 'skip', why: `${name} ${values[0]} ${binFlag ?? (stubs !== undefined ? `--binstubs ${stubs ?? '(unknown)'}` : `with BUNDLE_BIN=${bundleBin ?? '(unknown)'}`)} writes outside GEM_HOME (${gemHome}), where the pass cannot name what it writes` };
    }
    if (name === 'gem') return build(extra);
    // Bundler installs into BUNDLE_PATH (ENV BUNDLE_PATH=/gems, `--path`, `bundle config set path`) when one is set.
    const flagAt = values.findIndex((v) => v === '--path' || (v !== null && v.startsWith('--path=')));
    const bundlePath = flagAt >= 0
      ? (values[flagAt] === '--path' ? (values[flagAt + 1] ?? null) : values[flagAt]!.slice('--path='.length))
      : inv.env.has('BUNDLE_PATH') ? (inv.env.get('BUNDLE_PATH') ?? null) : state.vars.has('BUNDLE_PATH') ? (state.vars.get('BUNDLE_PATH') ?? null) : undefined;
    if (bundlePath !== undefined) {
      const p = bundlePath === null ? null : resolvePath(state.cwd, bundlePath);
      if (p === null) return { kind: 'skip', why: `${name} install into a BUNDLE_PATH we cannot name` };
      extra.push({ path: p, kind: 'dir' });
    }
    const inCwd = cwdKeep(name);
    return inCwd.kind === 'build' ? { kind: 'build', keeps: [...inCwd.keeps, ...extra] } : inCwd;
  }
  if ((name === 'python' || name === 'python3' || /^python3\.\d+$/.test(name)) && values[0] === 'setup.py' && values.some((v) => v === 'install' || v === 'develop')) {
    return { kind: 'skip', why: '"setup.py install" installs into site-packages' };
  }
  const inline = inlineCode(name, values);
  if (inline) return { kind: 'skip', why: `"${inline}" runs code the pass does not read (it may write anywhere: ${name === 'node' ? 'fs.writeFileSync() to any path' : 'nltk.download() writes ~/nltk_data'})` };
  if (name === 'npx') {
    // Browser installers write into the user's cache (and install-deps system packages), not the working directory.
    const tool = values.find((v) => v === null || !v.startsWith('-'));
    const writes = tool ? NPX_DOWNLOADS[tool.replace(/@[^@/]*$/, '')] : undefined;
    const sub = tool ? values[values.indexOf(tool) + 1] : undefined;
    if (writes && (sub === 'install' || sub === 'install-deps' || sub === 'browsers')) return { kind: 'skip', why: `"npx ${tool} ${sub}" downloads outside the working directory (${writes})` };
  }
  if (RUNS_IN_CWD.has(name)) {
    // Output options can point anywhere (`tsc --outDir /dist`, `dotnet publish -o /out`): those paths are kept too.
    const inCwd = cwdKeep(name, name === 'tsc' || (name === 'npx' && values[0] === 'tsc') ? { nodeBuild: true } : {});
    if (inCwd.kind !== 'build') return inCwd;
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (v === null) continue;
      const m = /^(--outDir|--out-dir|--outdir|--output|--out|--dest|--destination|--prefix|--target-dir|--install-dir)(?:=(.*))?$/.exec(v);
      const short = (v === '-o' || v === '-d') && name !== 'go' && name !== 'python' && name !== 'python3' && name !== 'node';
      if (!m && !short) continue;
      const value = m?.[2] ?? values[i + 1] ?? null;
      const p = at(value);
      if (p === null) return { kind: 'skip', why: `${name} ${v} into a path we cannot name` };
      inCwd.keeps.push({ path: p, kind: 'unknown' });
      if (m?.[2] === undefined) i++;
    }
    return inCwd;
  }
  // A program or script inside the working directory (./configure, ./build.sh, bin/setup).
  const program = cmd.words[cmd.words.length - inv.args.length - 1]?.value ?? '';
  if (program.includes('/') && state.cwd !== null) {
    const p = resolvePath(state.cwd, program);
    if (p !== null && isWithin(p, state.cwd) && state.cwd !== '/') return cwdKeep(program);
    if (p !== null && state.keeps.some((k) => isWithin(p, k.path))) return cwdKeep(program);
  }
  if ((name === 'sh' || name === 'bash') && values[0] && !values[0].startsWith('-') && state.cwd !== null && state.cwd !== '/') return cwdKeep(`${name} ${values[0]}`);
  return { kind: 'skip', why: `"${name}": the pass does not know which files it writes` };
}

/** The install step a build-system invocation runs (`make altinstall`, `cmake --install build`...), or null. */
/**
 * A replayed RUN's statements without an `apt-get update` whose lists the next apt statement of the RUN removes
 * (`apt-get update && rm -rf /var/lib/apt/lists/*` once the install between them has left with the build-only
 * packages): the update then changes nothing but the build time.
 */
const isAptUpdate = (v: { kind: string; text: string }): boolean => v.kind === 'apt-housekeeping' && /\bapt(-get|itude)?\b.*\bupdate\b/.test(v.text);
const isListsRm = (v: { kind: string; text: string }): boolean => v.kind === 'apt-housekeeping' && /^\s*(sudo\s+)?rm\b/.test(v.text) && /\/var\/lib\/apt\/lists/.test(v.text);

function withoutIdleUpdates<T extends { kind: string; text: string }>(chosen: T[]): T[] {
  const apt = (v: T): boolean => v.kind === 'apt-housekeeping' || (v.kind === 'replay' && (v as { apt?: boolean }).apt === true);
  return chosen.filter((v, i) => {
    if (!isAptUpdate(v)) return true;
    const next = chosen.slice(i + 1).find(apt);
    return !(next && isListsRm(next) && !chosen.slice(i + 1, chosen.indexOf(next)).some((o) => o.kind === 'replay'));
  });
}

/** One statement of an import check (`python -c "import psycopg2; print(psycopg2.__version__)"`): it writes nothing the app needs. */
const IMPORT_CHECK = /^(import\s+[\w.]+(\s+as\s+\w+)?(\s*,\s*[\w.]+(\s+as\s+\w+)?)*|from\s+[\w.]+\s+import\s+[\w*]+(\s*,\s*\w+)*|print\([^()]*(\([^()]*\))?[^()]*\)|pass)$/;

/**
 * Inline code a RUN hands to an interpreter (`python -c CODE`, `node -e CODE`), named as the reader finds it, or null:
 * like `sh -c`, a script the pass does not read, which may write anywhere (nltk.download() fills ~/nltk_data, a
 * config file under /etc); the working directory alone would not hold it. An import check stays readable.
 */
/**
 * npm packages whose own install script downloads outside node_modules, where it goes, and the variables that stop
 * it. A split copies the working directory: puppeteer's browser in ~/.cache/puppeteer would stay behind, and the
 * app would fail when it launches it.
 */
const PACKAGE_DOWNLOADS: Record<string, { writes: string; off: string[] }> = {
  puppeteer: { writes: 'a browser into ~/.cache/puppeteer', off: ['PUPPETEER_SKIP_DOWNLOAD', 'PUPPETEER_SKIP_CHROMIUM_DOWNLOAD'] },
  cypress: { writes: 'the Cypress binary into ~/.cache/Cypress', off: ['CYPRESS_INSTALL_BINARY'] },
};

/**
 * Why a RUN's `npm install`/`yarn`/`pnpm install` must not be split from its image: the build context's package.json
 * (read when there is one) depends on a package from PACKAGE_DOWNLOADS, with nothing in scope that stops its download.
 */
function packageDownloads(ctx: PassContext, ins: Instruction, state: State): string | null {
  const script = ins.shell?.script;
  if (!ctx.context || !script) return null;
  const install = script.commands.map((c) => invocation(c)).find((inv) => {
    if (!inv || !['npm', 'yarn', 'pnpm'].includes(inv.name)) return false;
    const sub = inv.args.find((a) => a.value === null || !a.value.startsWith('-'))?.value;
    return sub === undefined ? inv.name === 'yarn' : ['install', 'i', 'ci', 'add'].includes(sub ?? '');
  });
  if (!install) return null;
  let names: string[];
  try {
    const pkg = JSON.parse(ctx.context.read('package.json') ?? 'null') as Record<string, Record<string, string> | undefined> | null;
    names = pkg ? ['dependencies', 'devDependencies', 'optionalDependencies'].flatMap((k) => Object.keys(pkg[k] ?? {})) : [];
  } catch {
    return null;
  }
  for (const [name, d] of Object.entries(PACKAGE_DOWNLOADS)) {
    if (!names.includes(name)) continue;
    // A known value stops it (`PUPPETEER_SKIP_DOWNLOAD=true`, `CYPRESS_INSTALL_BINARY=0`); an unknown one may not.
    const off = (v: string): boolean => {
      const value = install.env.has(v) ? install.env.get(v) : state.vars.get(v);
      return value !== undefined && value !== null && value !== '' && value !== 'false';
    };
    if (d.off.some(off)) continue;
    return `"${install.cmd.words.map((w) => w.text).join(' ')}" installs ${name} (package.json), whose install downloads ${d.writes}, outside what the runtime stage would copy`;
  }
  return null;
}

/** npx tools whose install downloads outside the working directory, and where it goes. */
const NPX_DOWNLOADS: Record<string, string> = {
  playwright: 'browsers into ~/.cache/ms-playwright, with --with-deps or install-deps system packages',
  cypress: 'the Cypress binary into ~/.cache/Cypress',
  puppeteer: 'browsers into ~/.cache/puppeteer',
};

/** `python -m` modules that download data outside the working directory, and where it goes. */
const MODULE_DOWNLOADS: Record<string, string> = {
  'nltk.downloader': '~/nltk_data, or its -d directory',
  'textblob.download_corpora': '~/nltk_data',
  playwright: 'browsers into ~/.cache/ms-playwright, with install-deps system packages',
  spacy: 'spacy download pip-installs the model into site-packages',
};

function inlineCode(name: string, values: (string | null)[]): string | null {
  const python = name === 'python' || name === 'python3' || /^python3\.\d+$/.test(name);
  const flags = python ? ['-c'] : name === 'node' ? ['-e', '--eval', '-p', '--print'] : [];
  if (!flags.length) return null;
  // Interpreter options may come first (`python -u -c`); the first non-option is a script, whose arguments are its own.
  const i = values.findIndex((v) => v === null || !v.startsWith('-') || flags.includes(v));
  if (i < 0 || values[i] === null || !flags.includes(values[i]!)) return null;
  const code = values[i + 1];
  if (python && code != null && code.split(/[;\n]/).map((t) => t.trim()).filter(Boolean).every((t) => IMPORT_CHECK.test(t))) return null;
  return `${name} ${values[i]}`;
}

function installTarget(name: string, values: (string | null)[]): string | null {
  const targets = (flagsWithValue: string[]): string[] => {
    const out: string[] = [];
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (v === null) continue;
      if (flagsWithValue.includes(v)) { i++; continue; }
      if (!v.startsWith('-') && !v.includes('=')) out.push(v);
    }
    return out;
  };
  if (name === 'make' || name === 'gmake' || name === 'bmake') {
    const t = targets(['-C', '-f', '--file', '--makefile', '--directory', '-I', '--include-dir', '-j', '-l', '-o', '-W']).find((x) => /install/i.test(x));
    return t ? `${name} ${t}` : null;
  }
  if (name === 'ninja' || name === 'samu') {
    const t = targets(['-C', '-f', '-j', '-k', '-l', '-d', '-t', '-w']).find((x) => /install/i.test(x));
    return t ? `${name} ${t}` : null;
  }
  if (name === 'cmake') {
    if (values.includes('--install')) return 'cmake --install';
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if ((v === '--target' || v === '-t') && /install/i.test(values[i + 1] ?? '')) return `cmake --build --target ${values[i + 1]}`;
      if (v !== null && /^--target=.*install/i.test(v)) return `cmake --build ${v}`;
    }
    return null;
  }
  if (name === 'meson' && values.find((v) => v !== null && !v.startsWith('-')) === 'install') return 'meson install';
  return null;
}

function venvKeep(inv: Invocation, values: (string | null)[], state: State, build: (extra?: Keep[]) => Verdict): Verdict {
  const target = values.filter((v) => v === null || !v.startsWith('-')).pop();
  const p = target === undefined ? null : target === null ? null : resolvePath(state.cwd, target);
  if (p === null) return { kind: 'skip', why: `${inv.name}: a virtual environment we cannot name` };
  state.pendingVenvs.push(p);
  return build([{ path: p, kind: 'dir', venv: true }]);
}

function pipVerdict(inv: Invocation, values: (string | null)[], state: State, build: (extra?: Keep[]) => Verdict, cwdKeep: (what: string) => Verdict): Verdict {
  const sub = values.find((v) => v !== null && !v.startsWith('-')) ?? null;
  if (sub !== 'install' && sub !== 'uninstall') return build();
  if (values.some((v) => v === '-e' || v === '--editable')) return cwdKeep('pip install -e');
  const flagValue = (...names: string[]): string | null | undefined => {
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (v === null) continue;
      if (names.includes(v)) return values[i + 1] ?? null;
      for (const n of names) if (v.startsWith(`${n}=`)) return v.slice(n.length + 1);
    }
    return undefined;
  };
  // pip reads every option from a PIP_<OPTION> variable too (ENV PIP_TARGET=/deps, PIP_USER=1): they move the
  // install as the flags do. undefined: not set; null: set to a value the pass cannot read.
  const env = (name: string): string | null | undefined => (inv.env.has(name) ? inv.env.get(name) : state.vars.has(name) ? state.vars.get(name) : undefined);
  const target = flagValue('-t', '--target', '--prefix') ?? env('PIP_TARGET') ?? env('PIP_PREFIX');
  if (target !== undefined) {
    const p = target === null ? null : resolvePath(state.cwd, target);
    return p === null ? { kind: 'skip', why: 'pip installs into a path we cannot name' } : build([{ path: p, kind: 'dir' }]);
  }
  if (flagValue('--root') !== undefined) return { kind: 'skip', why: 'pip install --root' };
  if (env('PIP_ROOT') !== undefined) return { kind: 'skip', why: 'pip install with PIP_ROOT set' };
  // A venv's own pip (by path), or one first on PATH, or an active VIRTUAL_ENV: the venv is already kept.
  const program = inv.cmd.words[inv.cmd.words.length - inv.args.length - 1]?.value ?? '';
  const venvs = state.keeps.filter((k) => k.venv);
  if (program.includes('/')) {
    const p = resolvePath(state.cwd, program);
    if (p !== null && (state.keeps.some((k) => isWithin(p, k.path)) || state.pendingVenvs.some((v) => isWithin(p, v)))) return build();
  }
  const venvEnv = state.vars.get('VIRTUAL_ENV');
  if (venvEnv) return build([{ path: normalizePath(venvEnv), kind: 'dir' }]);
  const path = state.raw.get('PATH') ?? '';
  const firstVenv = path.split(':').find((part) => venvs.some((k) => normalizePath(part) === `${k.path}/bin`));
  if (firstVenv) return build();
  const pipUser = env('PIP_USER');
  if (pipUser === null) return { kind: 'skip', why: 'pip install with PIP_USER set to a value the pass cannot read' };
  if (values.includes('--user') || (pipUser !== undefined && /^(1|true|yes|on)$/i.test(pipUser))) {
    // PYTHONUSERBASE moves the user site (~/.local by default).
    const base = env('PYTHONUSERBASE');
    if (base === null) return { kind: 'skip', why: 'pip install --user with a PYTHONUSERBASE the pass cannot read' };
    if (base !== undefined) {
      const p = resolvePath(state.cwd, base);
      return p === null ? { kind: 'skip', why: 'pip install --user into a path we cannot name' } : build([{ path: p, kind: 'dir' }]);
    }
    if (state.user !== 'root' && state.user !== '0') return { kind: 'skip', why: `pip install --user as ${state.user}` };
    return build([{ path: '/root/.local', kind: 'dir' }]);
  }
  if (state.systemPythonUnderUsrLib) return { kind: 'skip', why: "pip installs into the system Python's site-packages under /usr/lib" };
  return build([{ path: '/usr/local', kind: 'dir' }]);
}

/** `apk del` / `apt-get purge`: names the runtime never installed (build-only, virtual) leave the command. */
function removePackages(doc: DockerDocument, cmd: SimpleCommand, inv: Invocation, flagsWithValue: ReadonlySet<string>, state: State): Verdict {
  const pkgs = positionals(inv.args, flagsWithValue).slice(1);
  if (pkgs.some((w) => w.value === null)) return { kind: 'skip', why: `${inv.name} removes a package named by a variable` };
  const gone = pkgs.filter((w) => isBuildOnlyPackage(w.value!) || state.droppedNames.has(w.value!) || w.value!.startsWith('.'));
  // What this removes of the build-only packages: installed and removed in one RUN, they are in no layer of the image.
  const purged = gone.flatMap((w) => state.virtuals.get(w.value!) ?? [w.value!]).map(packageName);
  if (gone.length === pkgs.length) return { kind: 'build', keeps: [], purged };
  return { kind: 'replay', text: statementText(doc, cmd.start, cmd.end, gone.map((w) => ({ start: w.start, end: w.end }))), apt: true, purged };
}

/**
 * Whether an apt install answers its own question: `-y`/`--yes`/`--assume-yes` (alone or in `-qy`), `-qq` (quiet
 * level 2 implies -y), `-o APT::Get::Assume-Yes=true`.
 */
function assumesYes(values: (string | null)[]): boolean {
  return values.some((v, i) => v !== null && (
    /^--(yes|assume-yes)$/.test(v) || /^-[a-zA-Z]*y[a-zA-Z]*$/.test(v) || /^-[a-zA-Z]*qq[a-zA-Z]*$/.test(v) || /^(-q=|--quiet=)[2-9]$/.test(v) ||
    /APT::Get::Assume-Yes=(1|true|yes)$/i.test(v) && (v.startsWith('-o') || v.startsWith('--option') || values[i - 1] === '-o' || values[i - 1] === '--option')
  ));
}

function aptInstall(doc: DockerDocument, cmd: SimpleCommand, inv: Invocation, state: State, nested: boolean): Verdict {
  const all = positionals(inv.args, new Set(['-o', '-c', '-t', '--target-release']));
  const pkgs = all.slice(1);
  if (pkgs.some((w) => w.value === null)) return { kind: 'skip', why: 'apt-get install of a package named by a variable' };
  const drop = pkgs.filter((w) => isBuildOnlyPackage(w.value!));
  const names = drop.map((w) => w.value!.replace(/[=:].*$/, ''));
  for (const n of names) state.droppedNames.add(n);
  if (drop.length === pkgs.length) return { kind: 'build', keeps: [], dropped: names };
  if (nested) return { kind: 'skip', why: 'apt-get install of run-time packages inside a compound command' };
  for (const w of pkgs) if (!drop.includes(w)) state.runtimePackages.add(packageName(w.value!));
  // Without -y, apt-get installs only when it has nothing to ask: no package beyond those named. The build image
  // had what they depend on (its base, or the build-only packages left out here); the runtime may not, and there
  // apt-get would ask and, with no terminal, stop the build. With -y it installs those dependencies, which the
  // original image had too.
  const yes = !assumesYes(inv.args.map((w) => w.value));
  const cuts: { start: number; end: number; text?: string }[] = drop.map((w) => ({ start: w.start, end: w.end }));
  if (yes) cuts.push({ start: all[0].end, end: all[0].end, text: ' -y' });
  return { kind: 'replay', text: statementText(doc, cmd.start, cmd.end, cuts), apt: true, dropped: names, ...(yes ? { yes: doc.lineOf(all[0].start) } : {}) };
}

function apkAdd(doc: DockerDocument, cmd: SimpleCommand, inv: Invocation, state: State): Verdict {
  const virtual = inv.args.some((w) => w.value === '--virtual' || w.value === '-t' || w.value?.startsWith('--virtual='));
  const pkgs = positionals(inv.args, new Set(['-X', '--repository', '-t', '--virtual', '-p', '--root'])).slice(1);
  if (pkgs.some((w) => w.value === null)) return { kind: 'skip', why: 'apk add of a package named by a variable' };
  if (virtual) {
    const i = inv.args.findIndex((w) => w.value === '--virtual' || w.value === '-t');
    const vname = i >= 0 ? inv.args[i + 1]?.value : inv.args.find((w) => w.value?.startsWith('--virtual='))?.value?.slice(10);
    if (vname) {
      state.droppedNames.add(vname);
      state.virtuals.set(vname, pkgs.map((w) => w.value!));
    }
    for (const w of pkgs) state.droppedNames.add(w.value!);
    for (const w of pkgs) state.apkDropped.add(w.value!);
    return { kind: 'build', keeps: [], dropped: pkgs.map((w) => w.value!) };
  }
  const drop = pkgs.filter((w) => isBuildOnlyPackage(w.value!));
  for (const w of drop) state.apkDropped.add(w.value!);
  if (drop.length === pkgs.length) return { kind: 'build', keeps: [], dropped: drop.map((w) => w.value!) };
  for (const w of pkgs) if (!drop.includes(w)) state.runtimePackages.add(packageName(w.value!));
  return { kind: 'replay', text: statementText(doc, cmd.start, cmd.end, drop.map((w) => ({ start: w.start, end: w.end }))), apt: true, dropped: drop.map((w) => w.value!) };
}

export type { RuntimeBase };

/** A package argument without its version, release or architecture (`curl=7.88*`, `curl:amd64`, `curl/bookworm`). */
function packageName(arg: string): string {
  return arg.replace(/[=:<>~].*$/, '').replace(/\/.*$/, '').toLowerCase();
}

const SHELLS = new Set(['sh', 'bash', 'dash', 'ash', 'zsh']);

/**
 * The programs a CMD, ENTRYPOINT or HEALTHCHECK CMD runs: the exec form's program, every command of the shell
 * form, and the commands of a `sh -c` string in either.
 */
function programsRun(doc: DockerDocument, ins: Instruction): string[] {
  const esc = doc.escape.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
  let raw = ins.text
    .slice(ins.argsStart - ins.start, ins.argsEnd - ins.start)
    .replace(new RegExp(`${esc}\\r?\\n`, 'g'), ' ')
    .trim();
  if (ins.keyword === 'HEALTHCHECK') {
    const m = /^CMD\s+/i.exec(raw);
    if (!m) return [];
    raw = raw.slice(m[0].length);
  }
  if (raw.startsWith('[')) {
    let words: unknown;
    try {
      words = JSON.parse(raw);
    } catch {
      return [];
    }
    if (!Array.isArray(words) || words.length === 0 || !words.every((w) => typeof w === 'string')) return [];
    const name = (words[0] as string).slice((words[0] as string).lastIndexOf('/') + 1);
    const c = words.indexOf('-c');
    if (SHELLS.has(name) && c > 0 && typeof words[c + 1] === 'string') return [name, ...shellPrograms(words[c + 1] as string, 0)];
    return [name];
  }
  return shellPrograms(raw, 0);
}

function shellPrograms(source: string, depth: number): string[] {
  const script = parseShell(source);
  const out: string[] = [];
  for (const cmd of script.commands) {
    const inv = invocation(cmd);
    if (!inv) continue;
    out.push(inv.name);
    const c = inv.args.findIndex((w) => w.value === '-c');
    const inner = c >= 0 ? inv.args[c + 1]?.value : null;
    if (SHELLS.has(inv.name) && inner && depth < 3) out.push(...shellPrograms(inner, depth + 1));
  }
  return out;
}

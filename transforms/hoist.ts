/**
 * Part of deps-first: commands that need nothing from the build context move above the COPY of it, so a source edit
 * does not re-run them.
 *
 * Bad:
 *   COPY . .
 *   RUN useradd -m app && chown -R app:app /app
 *
 * Good:
 *   RUN useradd -m app
 *   COPY . .
 *   RUN chown -R app:app /app
 *
 * Only the leading `&&`-joined commands of a RUN after a COPY from the build context move, and only commands whose
 * whole effect is known: user and group creation (`useradd`, `adduser`, `groupadd`...), system package managers
 * (`apt-get`, `apk`...: only past instructions writing outside system locations), `mkdir`/`rm`/`ln` of absolute
 * paths, and `npm cache` housekeeping. They move up, one instruction at a time, past every instruction that
 * provably commutes with them: a COPY/ADD whose destination they neither read nor write (and that does not name
 * users with --chown), a RUN of known commands touching other paths, LABEL/EXPOSE/CMD and the like. They stop at
 * WORKDIR, ENV, ARG, USER, SHELL, VOLUME, ONBUILD and at anything unknown, and they never pass another command
 * that creates users or installs packages (uids and package choices depend on that order).
 *
 * Assumed, and stated: a language package install (npm, pip, bundle, go...) does not read the account databases
 * and writes only its project, caches under /root and /tmp, and the prefixes of the tools on PATH.
 */
import type { DockerDocument, Instruction, Stage } from '../src/document.js';
import { classify, packageFiles } from '../src/ecosystems/manifests.js';
import { continuationIndent, removeInstruction } from '../src/edits.js';
import { copyWrite, expandVars, expandWord, isWithin, normalizePath, readAssignments, resolvePath, type Vars } from '../src/ownership.js';
import { instructionName, type PassContext, type PassSkip } from '../src/pass.js';
import type { SimpleCommand, Statement } from '../src/shell/parser.js';
import { invocation } from '../src/shell/query.js';
import type { Edit, ProposedChange } from '../src/types.js';

/** What a command reads and writes, coarsely. */
type Touch =
  | { kind: 'none' }
  /** Reads and writes only under these paths; `accounts` when it looks user or group names up. */
  | { kind: 'paths'; paths: string[]; accounts: boolean }
  /** Creates or changes users and groups (account databases, login records) and these home directories. */
  | { kind: 'accounts'; paths: string[] }
  /** A system package manager: any system location, and it may create users. */
  | { kind: 'packages' }
  /** A language dependency install: its project, caches and the prefixes of PATH's tools; reads the system. */
  | { kind: 'install'; paths: string[] };

const ACCOUNT_PATHS = ['/etc/passwd', '/etc/group', '/etc/shadow', '/etc/gshadow', '/etc/subuid', '/etc/subgid', '/etc/passwd-', '/etc/group-', '/etc/shadow-', '/etc/gshadow-', '/etc/subuid-', '/etc/subgid-', '/etc/login.defs', '/etc/default/useradd', '/etc/adduser.conf', '/etc/skel', '/var/log/lastlog', '/var/log/faillog', '/var/mail', '/var/spool/mail'];

/** Where system packages write: a path outside all of these is an application directory. */
const SYSTEM_ROOTS = ['/bin', '/boot', '/dev', '/etc', '/lib', '/lib32', '/lib64', '/libx32', '/opt', '/proc', '/root', '/run', '/sbin', '/sys', '/tmp', '/usr', '/var'];
/** Application directories inside system roots. */
const APP_DIRS_IN_SYSTEM = [/^\/usr\/src\/(?!linux)[^/]+/, /^\/opt\/app/, /^\/var\/app/];

function isSystemPath(p: string): boolean {
  if (p === '/') return true;
  if (APP_DIRS_IN_SYSTEM.some((re) => re.test(p))) return false;
  return SYSTEM_ROOTS.some((r) => isWithin(p, r) || isWithin(r, p));
}

function overlaps(a: string[], b: string[]): boolean {
  return a.some((x) => b.some((y) => isWithin(x, y) || isWithin(y, x)));
}

/** True when `moving` (run later in the original) may run before `passed` with the same result. */
function commutes(moving: Touch, passed: Touch): boolean {
  if (moving.kind === 'none' || passed.kind === 'none') return true;
  if (moving.kind === 'install' || passed.kind === 'packages' && moving.kind === 'packages') return false;
  const pathsOf = (t: Touch): string[] => (t.kind === 'accounts' ? [...t.paths, ...ACCOUNT_PATHS] : t.kind === 'paths' || t.kind === 'install' ? t.paths : []);
  if (moving.kind === 'packages' || passed.kind === 'packages') {
    const other = moving.kind === 'packages' ? passed : moving;
    if (other.kind !== 'paths' || other.accounts) return false;
    return !other.paths.some(isSystemPath);
  }
  if (moving.kind === 'accounts' && passed.kind === 'accounts') return false;
  if (moving.kind === 'accounts' && passed.kind === 'paths' && passed.accounts) return false;
  if (passed.kind === 'install') {
    // An install reads the toolchain and writes caches under /root and /tmp: what moves past it must stay clear.
    if (moving.kind === 'accounts') return !overlaps(moving.paths, passed.paths);
    return !overlaps(pathsOf(moving), [...passed.paths, '/root', '/tmp', '/usr', '/lib', '/etc/ssl', '/etc/ca-certificates']);
  }
  return !overlaps(pathsOf(moving), pathsOf(passed));
}

interface State {
  cwd: string | null;
  vars: Vars;
  rootUser: boolean;
}

const ACCOUNT_TOOLS = new Set(['useradd', 'adduser', 'groupadd', 'addgroup', 'usermod', 'groupmod']);
const PACKAGE_TOOLS = new Set(['apt-get', 'apt', 'dpkg', 'apk', 'yum', 'dnf', 'microdnf', 'zypper']);
const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
const QUIET = new Set(['echo', 'printf', 'true', ':']);

/** The literal values of a command's arguments, with known variables expanded; null when one cannot be read. */
function values(cmd: SimpleCommand, vars: Vars, skip: number): string[] | null {
  const out: string[] = [];
  for (const w of cmd.words.slice(skip)) {
    const v = w.value !== null ? w.value : expandWord(w, vars);
    if (v === null) return null;
    out.push(v);
  }
  return out;
}

function absolute(st: State, p: string): string | null {
  const glob = p.search(/[*?[]/);
  const base = glob >= 0 ? p.slice(0, glob).replace(/[^/]*$/, '') || '/' : p;
  return resolvePath(st.cwd, base);
}

/** What one simple command touches, or null when that is not known. */
function touchOf(cmd: SimpleCommand, st: State): Touch | null {
  if (!cmd.topLevelShell || cmd.words.length === 0) return null;
  const inv = invocation(cmd);
  if (!inv || inv.runsAsOtherUser) return null;
  const redirectPaths: string[] = [];
  for (const r of cmd.redirects) {
    const target = r.target ? (r.target.value ?? expandWord(r.target, st.vars)) : null;
    if (target === null || /^&?\d*$/.test(target.replace(/^&/, ''))) {
      if (/>&\s*\d|<&\s*\d|\d?>\s*&\d/.test(r.text)) continue;
      return null;
    }
    if (target === '/dev/null') continue;
    const p = absolute(st, target);
    if (p === null) return null;
    redirectPaths.push(p);
  }
  const words = cmd.words.length - inv.args.length;
  const args = values(cmd, st.vars, words);
  if (args === null) return null;
  const name = inv.name;
  if (QUIET.has(name)) return redirectPaths.length ? { kind: 'paths', paths: redirectPaths, accounts: false } : { kind: 'none' };
  if (redirectPaths.length) return null;
  if (ACCOUNT_TOOLS.has(name)) {
    if (!st.rootUser) return null;
    const homes = ['/home'];
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      // Every option naming a path the command writes or reads: the home (`-d`, `--home`, and BusyBox adduser's
      // `-h`), its base, the skeleton copied into it (`-k`), a root or prefix the account files are written under
      // (`-R`, `-P`) and adduser's configuration file (`--conf`).
      const m = (name === 'adduser' ? /^(?:-h|-d|--home-dir|--home|-b|--base-dir|-k|--skel|-R|--root|-P|--prefix|--conf)(?:=(.*))?$/
        : /^(?:-d|--home-dir|--home|-b|--base-dir|-k|--skel|-R|--root|-P|--prefix)(?:=(.*))?$/).exec(a);
      if (!m) continue;
      const v = m[1] ?? args[i + 1];
      if (v === undefined || !v.startsWith('/')) return null;
      homes.push(normalizePath(v));
    }
    return { kind: 'accounts', paths: homes };
  }
  if (PACKAGE_TOOLS.has(name)) {
    // `apt-get install ./vendor/foo.deb` reads a package file, which the COPY it would pass may bring.
    const files = packageFiles(inv, st.vars);
    if (files.paths.length || files.unresolved !== undefined) return null;
    return st.rootUser ? { kind: 'packages' } : null;
  }
  if (name === 'mkdir' || name === 'rm' || name === 'rmdir' || name === 'touch') {
    const operands = args.filter((a) => !a.startsWith('-'));
    if (!operands.length || args.some((a) => a.startsWith('-') && !/^-[pvrfRm]+$|^--parents$|^--force$|^--recursive$|^-m\d+$|^--mode=\d+$/.test(a))) return null;
    const paths = operands.filter((a) => !/^\d+$/.test(a)).map((a) => absolute(st, a));
    if (paths.some((p) => p === null || p === '/')) return null;
    return { kind: 'paths', paths: paths as string[], accounts: false };
  }
  if (name === 'ln') {
    const operands = args.filter((a) => !a.startsWith('-'));
    if (operands.length !== 2 || args.some((a) => a.startsWith('-') && !/^-[sfnv]+$/.test(a))) return null;
    const link = absolute(st, operands[1]);
    return link === null ? null : { kind: 'paths', paths: [link], accounts: false };
  }
  if (name === 'chown' || name === 'chgrp' || name === 'chmod') {
    const operands = args.filter((a) => !a.startsWith('-')).slice(1);
    if (!operands.length || args.some((a) => a.startsWith('-') && !/^-[Rhv]+$|^--recursive$/.test(a) && !(name === 'chmod' && /^-[rwxXst,ugoa+=-]+$/.test(a)))) return null;
    const paths = operands.map((a) => absolute(st, a));
    if (paths.some((p) => p === null || p === '/')) return null;
    return { kind: 'paths', paths: paths as string[], accounts: name !== 'chmod' };
  }
  if (name === 'npm' && args[0] === 'cache' && ['verify', 'clean', 'ls'].includes(args[1] ?? '')) {
    const cacheVar = [...st.vars.keys()].some((k) => /^(npm_config_|NPM_CONFIG_)/i.test(k) || k === 'HOME');
    return st.rootUser && !cacheVar && !inv.env.size ? { kind: 'paths', paths: ['/root/.npm'], accounts: false } : null;
  }
  const c = classify(inv);
  if (c.kind === 'deps') {
    if (st.cwd === null) return null;
    const paths = [st.cwd];
    for (const a of args) if (a.startsWith('/')) paths.push(normalizePath(a.replace(/^[^=]*=/, '')));
    for (const [k, v] of [...st.vars, ...inv.env]) {
      if (v === null) { if (k === 'PATH' || k === 'HOME') return null; continue; }
      if (k === 'PATH') {
        for (const dir of v.split(':')) if (dir.startsWith('/') && dir.split('/').length > 2) paths.push(normalizePath(`${dir}/..`));
      } else if (/^(HOME|XDG_\w+|PIP_\w+|NPM_CONFIG_\w+|npm_config_\w+|YARN_\w+|PNPM_\w+|VIRTUAL_ENV|PYTHONUSERBASE|GOPATH|GOCACHE|GOMODCACHE|GOBIN|GEM_\w+|BUNDLE_\w+|COMPOSER_\w+|CARGO_\w+)$/.test(k)) {
        for (const part of v.split(/[:\s]+/)) if (part.startsWith('/')) paths.push(normalizePath(part));
      }
    }
    return { kind: 'install', paths };
  }
  return null;
}

/** Statements of a RUN with what each touches; null for a RUN that is not a plain list of known commands. */
function runTouches(ins: Instruction, st: State): { statement: Statement; cmd: SimpleCommand; touch: Touch | null }[] | null {
  const script = ins.shell?.script;
  if (!script || ins.shell!.opaqueReason || script.hasError || script.background || ins.heredoc) return null;
  const out = [];
  for (const statement of script.statements) {
    const cmd = statement.type === 'command' ? script.commands.find((c) => c.start === statement.start && c.end === statement.end) : undefined;
    out.push({ statement, cmd: cmd!, touch: cmd ? touchOf(cmd, st) : null });
  }
  return out;
}

/** What a passed instruction touches, or null for a barrier. */
function instructionTouch(ctx: PassContext, ins: Instruction, st: State): Touch[] | null {
  switch (ins.keyword) {
    case 'LABEL': case 'EXPOSE': case 'CMD': case 'ENTRYPOINT': case 'STOPSIGNAL': case 'HEALTHCHECK': case 'MAINTAINER':
      return [];
    case 'COPY': case 'ADD': {
      const w = copyWrite(ins, st.cwd, st.vars, () => null);
      if ('error' in w) return null;
      const chown = ins.flags.find((f) => f.name === 'chown')?.value ?? '';
      return [{ kind: 'paths', paths: [w.region], accounts: chown !== '' && !/^\d+(:\d+)?$/.test(chown) }];
    }
    case 'RUN': {
      const touches = runTouches(ins, st);
      if (!touches || touches.some((t) => t.touch === null)) return null;
      const out = touches.map((t) => t.touch!);
      for (const f of ins.flags) {
        if (f.name !== 'mount' || !f.value) return null;
        const target = /(?:^|,)(?:target|dst|destination)=([^,]+)/.exec(f.value)?.[1];
        if (!target) return null;
        const p = resolvePath(st.cwd, target);
        if (p === null) return null;
        out.push({ kind: 'paths', paths: [p], accounts: false });
      }
      return out;
    }
    default:
      return null;
  }
}

function fromContext(ins: Instruction): boolean {
  if (ins.keyword !== 'COPY' && ins.keyword !== 'ADD') return false;
  if (ins.flags.some((f) => f.name === 'from')) return false;
  return ins.args.slice(0, -1).some((a) => !/^[a-z]+:\/\//i.test(a.value));
}

/**
 * Proposals for one stage: for each RUN after a context COPY, its leading context-free commands move up to the
 * highest place they commute with everything they pass.
 */
export function hoistStage(ctx: PassContext, stage: Stage, startCwd: string | null, startVars: Vars, changes: ProposedChange[], skipped: PassSkip[]): void {
  if (!stage.posixShell) return;
  // Only a RUN after a COPY of the build context moves: a stage without one has nothing to propose.
  if (!stage.instructions.some(fromContext)) return;
  const doc = ctx.doc;
  const rootImage = isRootImage(stage.image);
  // Official images keep the default PATH (some prepend their own tools' directories, which the default covers).
  const vars: Vars = new Map(rootImage ? [['PATH', DEFAULT_PATH]] : []);
  for (const [k, v] of startVars) vars.set(k, v);
  const st: State = { cwd: startCwd, vars, rootUser: rootImage };
  const states: State[] = [];
  // The variables as each instruction sees them: one copy per ENV/ARG, shared by the instructions up to the next
  // (states are only read).
  let seen: Vars | null = null;
  for (const ins of stage.instructions) {
    seen ??= new Map(st.vars);
    states.push({ cwd: st.cwd, vars: seen, rootUser: st.rootUser });
    if (ins.keyword === 'WORKDIR') {
      const v = expandVars(ins.args.map((a) => a.value).join(' '), st.vars);
      st.cwd = v === null ? null : resolvePath(st.cwd, v);
    } else if (ins.keyword === 'ENV' || ins.keyword === 'ARG') {
      seen = null;
      for (const { name, value } of readAssignments(ins)) {
        if (ins.keyword === 'ARG' && value === null) { if (!st.vars.has(name)) st.vars.set(name, null); continue; }
        st.vars.set(name, value === null ? null : expandVars(value, st.vars));
      }
    } else if (ins.keyword === 'USER') {
      const u = ins.args.map((a) => a.value).join('');
      st.rootUser = /^(root|0)(:(root|0))?$/.test(u);
    }
  }
  const list = stage.instructions;
  let sawContextCopy = false;
  // Moves of whole RUNs planned so far, by the index of each RUN they take along; a RUN that stops below a RUN of
  // such a move (`RUN groupadd app` then `RUN useradd -g app app`) joins it, right after it, when it commutes with
  // everything else the move passes: one change, not a second move in a later round.
  const groups: Move[] = [];
  const groupAt = new Map<number, Move>();
  for (let i = 0; i < list.length; i++) {
    const ins = list[i];
    if (fromContext(ins)) sawContextCopy = true;
    if (!sawContextCopy || ins.keyword !== 'RUN' || ins.flags.length) continue;
    const here = states[i];
    const touches = runTouches(ins, here);
    if (!touches || ins.shell!.script!.nodeTypes.has('comment')) continue;
    // The leading commands that may move: known, context-free, joined by `&&`.
    const moving: typeof touches = [];
    for (const t of touches) {
      if (moving.length && t.statement.before !== '&&') break;
      if (!t.touch || t.touch.kind === 'install' || (t.touch.kind === 'paths' && t.touch.accounts) || t.cmd === undefined) break;
      const inv = invocation(t.cmd);
      if (inv && ['chown', 'chgrp', 'chmod'].includes(inv.name)) break;
      moving.push(t);
    }
    // Worth a move: creating users (copy-chown can then flag the COPY), installing packages, npm cache housekeeping.
    // A lone mkdir or rm costs nothing to re-run; it only rides along.
    if (!moving.some((m) => m.touch!.kind === 'accounts' || m.touch!.kind === 'packages' || (m.touch!.kind === 'paths' && m.touch!.paths.includes('/root/.npm')))) continue;
    if (moving.length < touches.length && touches[moving.length].statement.before !== '&&') continue;
    // What stays must not clean up after what moves: files removed in a later layer still weigh in the earlier one.
    if (touches.slice(moving.length).some((t) => cleansUp(t.cmd, moving.map((m) => m.touch!), here))) continue;
    // Walk up while every passed instruction commutes with every moving command.
    let top = i;
    let passedContext = false;
    let stop: Instruction | null = null;
    /** Language installs a user creation moves past: that they do not read the account databases is assumed. */
    const installsPassed: Instruction[] = [];
    let stopAt = -1;
    const passes = (j: number): boolean => {
      const passed = instructionTouch(ctx, list[j], states[j]);
      if (passed === null || !moving.every((m) => passed.every((p) => commutes(m.touch!, p)))) return false;
      if (passed.some((p) => p.kind === 'install') && moving.some((m) => m.touch!.kind === 'accounts')) installsPassed.unshift(list[j]);
      return true;
    };
    for (let j = i - 1; j >= 0; j--) {
      if (!passes(j)) { stop = list[j]; stopAt = j; break; }
      top = j;
      if (fromContext(list[j])) passedContext = true;
    }
    const group = !passedContext && stopAt >= 0 ? groupAt.get(stopAt) : undefined;
    if (group && group.members.every((m) => m.statements.length === m.total)) {
      // Everything else the move passes, above the RUN this one stopped at: what that move passed and the RUNs between.
      let joins = true;
      for (let j = stopAt - 1; j >= group.top && joins; j--) if (!groupAt.has(j) || groupAt.get(j) !== group) joins = passes(j);
      if (joins) {
        group.members.push({ run: ins, statements: moving.map((m) => m.statement), cmds: moving.map((m) => m.cmd), total: touches.length });
        group.installsPassed = [...new Set([...group.installsPassed, ...installsPassed])].sort((a, b) => a.index - b.index);
        groupAt.set(i, group);
        continue;
      }
    }
    if (!passedContext) {
      const list = [...new Set(moving.map((m) => invocation(m.cmd)?.name ?? '?'))];
      const one = list.length === 1;
      if (stop && (stop.keyword === 'COPY' || stop.keyword === 'ADD') && fromContext(stop)) {
        // A COPY an earlier change wrote (deps-first's manifest COPY) has no line of its own: told by its line it reads
        // as the instruction of the input there (the ADD of the whole context it was copied ahead of).
        const after = ctx.written?.(stop.start) ? instructionName(ctx, stop) : `the ${stop.keyword} at line ${stop.line}`;
        skipped.push({ line: ins.line, reason: `${list.join(', ')} at line ${ins.line} ${one ? 'stays' : 'stay'} after ${after}: ${one ? 'it' : 'they'} may read or write what that ${stop.keyword} writes (or the user names it sets)` });
      }
      continue;
    }
    const move: Move = { top, copy: list.slice(top, i).find(fromContext)!, stop, installsPassed, members: [{ run: ins, statements: moving.map((m) => m.statement), cmds: moving.map((m) => m.cmd), total: touches.length }] };
    groups.push(move);
    groupAt.set(i, move);
  }
  for (const move of groups) changes.push(proposal(ctx, move.members, list[move.top], move.copy, move.stop, move.installsPassed));
}

/** RUNs (or their leading commands) moving up together above `list[top]`, in their order. */
interface Move {
  top: number;
  copy: Instruction;
  stop: Instruction | null;
  installsPassed: Instruction[];
  members: { run: Instruction; statements: Statement[]; cmds: SimpleCommand[]; total: number }[];
}

/** True when `cmd` removes or cleans what one of `moved` writes (package lists, caches, downloaded files). */
function cleansUp(cmd: SimpleCommand | undefined, moved: Touch[], st: State): boolean {
  if (!cmd) return true;
  const inv = invocation(cmd);
  if (!inv) return true;
  if (PACKAGE_TOOLS.has(inv.name)) return moved.some((m) => m.kind === 'packages');
  const sub = inv.args[0]?.value ?? null;
  if (['npm', 'yarn', 'pnpm', 'pip', 'pip3', 'go', 'composer', 'gem', 'bundle'].includes(inv.name)) {
    if (sub !== 'cache' && sub !== 'clean' && sub !== 'clear-cache' && sub !== 'cleanup') return false;
    return moved.some((m) => m.kind === 'paths' && m.paths.some((p) => isWithin(p, '/root') || isWithin(p, '/tmp')));
  }
  if (inv.name === 'find' && !inv.args.some((w) => w.value === null || w.value === '-delete' || /^(rm|rmdir|unlink|shred)$/.test(w.value))) return false;
  if (!['rm', 'rmdir', 'unlink', 'find', 'shred'].includes(inv.name)) return false;
  const t = touchOf(cmd, st);
  if (!t || t.kind !== 'paths') return true;
  return moved.some((m) => m.kind === 'packages' ? t.paths.some(isSystemPath) : m.kind !== 'none' && overlaps(t.paths, m.kind === 'accounts' ? [...m.paths, ...ACCOUNT_PATHS] : m.kind === 'paths' || m.kind === 'install' ? m.paths : []));
}

function isRootImage(image: string): boolean {
  // Official OS and language images run as root; others may set USER.
  const name = image.toLowerCase().replace(/^docker\.io\//, '').replace(/^library\//, '').split(/[:@]/)[0];
  return /^(debian|ubuntu|alpine|node|python|golang|ruby|php|rust|openjdk|eclipse-temurin|buildpack-deps|centos|fedora|rockylinux|almalinux|amazonlinux|dockerfix\/[a-z-]+)$/.test(name);
}

/** The first line of the comment block right above an instruction (its own line when there is none). */
export function commentStart(doc: DockerDocument, ins: Instruction): number {
  const floor = doc.stages[ins.stage]?.from.line ?? 0;
  let line = ins.line;
  while (line - 1 > floor && /^[ \t]*#/.test(doc.text.slice(doc.offsetOfLine(line - 1), doc.offsetOfLine(line)))) line--;
  return line;
}

/**
 * What a COPY (or ADD) from the build context copies, as the message names it: `the build context` for `.`, else its
 * sources (`Gemfile`, `docker-entrypoint.sh`), the first three of them.
 */
function copiedNames(copy: Instruction): string {
  const sources = copy.json || copy.heredoc ? [] : copy.args.slice(0, -1).map((a) => a.value).filter((v) => !/^[a-z]+:\/\//i.test(v));
  if (sources.length === 0 || sources.some((v) => v === '.' || v === './' || v === '*')) return 'the build context';
  const shown = sources.slice(0, 3).join(', ');
  return sources.length > 3 ? `${shown} and ${sources.length - 3} more` : shown;
}

/** True when a RUN from `copy` on in its stage runs chown: only then is there an owner copy-chown could set. */
function chownsAfter(doc: DockerDocument, copy: Instruction): boolean {
  return (doc.stages[copy.stage]?.instructions ?? []).some((i) => i.start > copy.start && i.keyword === 'RUN' && (i.shell?.script?.commands ?? []).some((c) => invocation(c)?.name === 'chown'));
}

function stopWhy(stop: Instruction, one: boolean): string {
  const it = one ? 'it' : 'them';
  if (['WORKDIR', 'ENV', 'ARG', 'USER', 'SHELL', 'VOLUME', 'ONBUILD', 'FROM'].includes(stop.keyword)) return `a ${stop.keyword} that changes how ${one ? 'it runs' : 'they run'}`;
  return `which ${stop.keyword === 'RUN' ? `runs commands that do not commute with ${it} or are unknown` : `writes where ${one ? 'it reads or writes' : 'they read or write'}`}`;
}

/**
 * The move of `members` (each a RUN's leading `statements`, or all of them) above `before`, the highest instruction
 * they pass, in their order; `copy` is the first COPY (or ADD) of the build context among those passed, which the
 * message names as what it is (`before` may be a RUN that reads what an earlier COPY brought, or the ADD itself).
 * Only the last member may move in part.
 */
function proposal(ctx: PassContext, members: Move['members'], before: Instruction, copy: Instruction, stop: Instruction | null, installsPassed: Instruction[] = []): ProposedChange {
  const doc = ctx.doc;
  // The new RUNs go above the first passed instruction and the comment lines that belong to it. A RUN that moves
  // whole moves as written, with the comment lines right above it.
  const at = doc.offsetOfLine(commentStart(doc, before));
  let inserted = '';
  const removals: Edit[] = [];
  for (const { run, statements, total } of members) {
    if (statements.length === total) {
      const from = doc.offsetOfLine(commentStart(doc, run));
      const removal = removeInstruction(doc, run);
      const lineEnd = /^(\r\n|\n|\r)/.exec(doc.text.slice(run.end, run.end + 2))?.[0] ?? doc.eol;
      inserted += `${doc.text.slice(from, run.end)}${lineEnd}`;
      removals.push({ start: Math.min(from, removal.start), end: removal.end, text: '' });
    } else {
      const texts = statements.map((st) => doc.text.slice(st.start, st.end));
      const sep = run.endLine > run.line ? ` && ${doc.escape}${doc.eol}${continuationIndent(doc, run)}` : ' && ';
      const all = run.shell!.script!.statements;
      inserted += `RUN ${texts.join(sep)}${doc.eol}`;
      removals.push({ start: all[0].start, end: all[statements.length].start, text: '' });
    }
  }
  // Removals of RUNs next to each other meet (one ends where the next starts): one edit, which like the removal of one
  // instruction takes one of the blank lines around it along when there is one on either side.
  const edits: Edit[] = [{ start: at, end: at, text: inserted }];
  const joined = new Set<Edit>();
  for (const r of removals) {
    const last = edits[edits.length - 1];
    if (edits.length > 1 && r.start <= last.end) {
      last.end = Math.max(last.end, r.end);
      joined.add(last);
    } else edits.push(r);
  }
  const blankAt = (from: number): number => /^[ \t]*(\r\n|\n|\r)/.exec(doc.text.slice(from, from + 256))?.[0].length ?? -1;
  for (const e of joined) {
    const line = doc.lineOf(e.start);
    const prevLine = line > 1 && doc.offsetOfLine(line) === e.start ? doc.offsetOfLine(line - 1) : -1;
    if (prevLine >= 0 && blankAt(prevLine) === e.start - prevLine && blankAt(e.end) > 0) e.end += blankAt(e.end);
  }
  const run = members[members.length - 1].run;
  const split = members[members.length - 1].statements.length < members[members.length - 1].total;
  const above = doc.instructions[before.index - 1];
  const after = above && above.keyword === 'RUN' && above.stage === before.stage ? above : null;
  const cmds = members.flatMap((m) => m.cmds);
  const names = [...new Set(cmds.map((c) => invocation(c)?.name ?? '?'))].join(', ');
  const one = cmds.length === 1;
  // An instruction an earlier change wrote has no line of its own (it takes the line of the input instruction it
  // follows, which may be the one the move stops below): the passed ones are then named by their text.
  const moved = new Set(members.map((m) => m.run));
  const passed = doc.instructions.filter((i) => i.index >= before.index && i.index < run.index && !moved.has(i));
  const written = passed.filter((i) => ctx.written?.(i.start));
  const firstLine = (i: Instruction): string => {
    const first = doc.text.slice(i.start, i.end).split(/\r?\n/)[0].replace(/[ \t]*[\\`]?$/, '');
    return `\`${first.length > 60 ? `${first.slice(0, 57)}...` : first}\``;
  };
  // Lines from the first passed instruction to the first moving RUN, then any instruction passed between moving RUNs.
  const head = members[0].run;
  const between = passed.filter((i) => i.index > head.index);
  const span = written.length
    ? `${passed.map((i) => (written.includes(i) ? firstLine(i) : `line ${i.line}`)).join(', ')}, which ${written.length > 1 ? 'earlier changes' : 'an earlier change'} put there`
    : (before.line === head.line - 1 ? `line ${before.line}` : `lines ${before.line}-${head.line - 1}`) + between.map((i) => `, line ${i.line}`).join('');
  const from = members.length === 1 ? `the RUN at line ${run.line}` : `the RUNs at lines ${members.slice(0, -1).map((m) => m.run.line).join(', ')} and ${run.line}`;
  return {
    message: `move ${names} from ${from} above the ${copy.keyword} of ${copiedNames(copy)} (line ${copy.line})${copy === before ? '' : ` and the ${before.keyword} before it (line ${before.line})`}`,
    reason:
      `${one ? 'It reads' : 'They read'} nothing the build context brings, and the instructions ${one ? 'it moves' : 'they move'} past (${span}) neither read nor write what ${one ? 'it touches' : 'they touch'}, ` +
      `so the image is the same${stop ? ` (${one ? 'it stops' : 'they stop'} below ${instructionName(ctx, stop)}, ${stopWhy(stop, one)})` : ''}; a source edit no longer re-runs ${one ? 'it' : 'them'}` +
      `${cmds.some((c) => ACCOUNT_TOOLS.has(invocation(c)?.name ?? '')) && chownsAfter(doc, copy) ? ', and with the user made before the COPY, copy-chown can set the owner as the files are written' : ''}.` +
      (members.length > 1 ? ' The RUNs keep their order.' : '') +
      (installsPassed.length
        ? ` Assumed: the dependency install${installsPassed.length > 1 ? 's' : ''} ${one ? 'it passes' : 'they pass'} (${installsPassed.map((i) => instructionName(ctx, i)).join(', ')}) ${installsPassed.length > 1 ? 'do' : 'does'} not read the user and group databases.`
        : ''),
    safety: 'safe',
    edits,
    // Split in two: a change another pass computed on the whole RUN (a cleanup appended to its end, which would land
    // in the part that stays) waits and is proposed again on the result. Landing right after a RUN: a merge of that
    // RUN with the ones before it waits too, and takes the moved RUNs in on the next round (one merge, not two).
    ...(split || after ? { covers: [after ? after.start : run.start, split ? run.end : after!.end] as [number, number] } : {}),
  };
}

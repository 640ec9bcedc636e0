/**
 * "What created which path" in one build stage, for the copy-chown pass: where each COPY/ADD writes, which RUN
 * commands create files under a path (mkdir, touch, a new user's home) and which may write there in ways we cannot
 * name (npm install in the working directory, git clone, a redirect...). Paths are absolute POSIX paths in the image.
 */
import type { Instruction } from './document.js';
import type { ShellScript, SimpleCommand, Word } from './shell/parser.js';
import { invocation } from './shell/query.js';

// ---------------------------------------------------------------------------------------------------------------
// Paths

/** Normalises an absolute path: no `.`/`..` segments, no duplicate or trailing slashes. */
export function normalizePath(p: string): string {
  // Most paths are already normal: absolute, no empty, `.` or `..` segment, no trailing slash.
  if (p.charCodeAt(0) === 47 && p.length > 1 && p.charCodeAt(p.length - 1) !== 47 && !p.includes('//') && !p.includes('/.')) return p;
  const out: string[] = [];
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') out.pop();
    else out.push(seg);
  }
  return `/${out.join('/')}`;
}

/** `p` resolved against the working directory `cwd` (null when `p` is relative and `cwd` unknown). */
export function resolvePath(cwd: string | null, p: string): string | null {
  if (p.startsWith('/')) return normalizePath(p);
  if (cwd === null) return null;
  return normalizePath(`${cwd}/${p}`);
}

/** True when `p` is `root` or inside it. */
export function isWithin(p: string, root: string): boolean {
  if (root === '/') return true;
  return p === root || p.startsWith(`${root}/`);
}

/** The directories from `root` (included) down to `p` (excluded); empty when `p` is not inside `root`. */
export function dirsBetween(root: string, p: string): string[] {
  if (!isWithin(p, root) || p === root) return [];
  const out: string[] = [root];
  const rest = root === '/' ? p.slice(1) : p.slice(root.length + 1);
  const segs = rest.split('/');
  let cur = root;
  for (let i = 0; i < segs.length - 1; i++) {
    cur = cur === '/' ? `/${segs[i]}` : `${cur}/${segs[i]}`;
    out.push(cur);
  }
  return out;
}

const SYSTEM_TOP = new Set(['', 'bin', 'boot', 'dev', 'etc', 'home', 'lib', 'lib32', 'lib64', 'libx32', 'media', 'mnt', 'opt', 'proc', 'root', 'run', 'sbin', 'srv', 'sys', 'tmp', 'usr', 'var']);

/**
 * True when the base image may hold files under `p`: system directories and everything under /etc, /usr (but
 * /usr/src/<app>), /var (but /var/www/<app> other than html), /root, /home/<user> (unless the stage created that
 * user's home), /run, /lib... Anything else (/app, /opt/app, /srv/app, /code) is taken as made by this Dockerfile
 * when the stage creates it.
 */
export function isBasePath(p: string, createdHomes: ReadonlySet<string> = new Set()): boolean {
  const segs = normalizePath(p).split('/').slice(1);
  const top = segs[0] ?? '';
  if (segs.length === 1 && SYSTEM_TOP.has(top)) return true;
  if (segs.length === 0) return true;
  switch (top) {
    case 'usr':
      return !(segs[1] === 'src' && segs.length >= 3);
    case 'var':
      return !(segs[1] === 'www' && segs.length >= 3 && segs[2] !== 'html');
    case 'home':
      return ![...createdHomes].some((h) => isWithin(normalizePath(p), h));
    case 'etc': case 'root': case 'run': case 'bin': case 'sbin': case 'lib': case 'lib32': case 'lib64': case 'libx32':
    case 'proc': case 'sys': case 'dev': case 'boot':
      return true;
    default:
      return false;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Variables (ARG/ENV in scope)

/** Known variable values; null when the variable exists but its value is unknown (an ARG without default). */
export type Vars = Map<string, string | null>;

const VAR_REF = /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g;

/** Expands `$X`, `${X}`, `${X:-d}` with known values; null when a referenced variable is not known. */
export function expandVars(text: string, vars: Vars): string | null {
  if (!text.includes('$')) return text;
  let ok = true;
  const out = text.replace(VAR_REF, (_m, braced: string | undefined, op: string | undefined, word: string | undefined, bare: string | undefined) => {
    const name = braced ?? bare!;
    const v = vars.has(name) ? vars.get(name)! : undefined;
    if (op === ':-' || op === '-') {
      if (v === null) ok = false;
      return v === undefined || (op === ':-' && v === '') ? (word ?? '') : (v ?? '');
    }
    if (op) { ok = false; return ''; }
    if (v === undefined || v === null) { ok = false; return ''; }
    return v;
  });
  return ok ? out : null;
}

/** The names of the variables a text references. */
export function varNames(text: string): string[] {
  return [...text.matchAll(VAR_REF)].map((m) => m[1] ?? m[4]);
}

/**
 * deps-first, hoist, copy-chown and multi-stage read the ENV/ARG of a stage again for each instruction they plan
 * from: read once per instruction object (documents never change). Callers only read the result.
 */
const assignments = new WeakMap<Instruction, { name: string; value: string | null }[]>();

/** `KEY=value` pairs of an ENV/ARG instruction (also the legacy `ENV KEY value` form). */
export function readAssignments(ins: Instruction): { name: string; value: string | null }[] {
  let known = assignments.get(ins);
  if (known === undefined) {
    known = readAssignmentsUncached(ins);
    assignments.set(ins, known);
  }
  return known;
}

function readAssignmentsUncached(ins: Instruction): { name: string; value: string | null }[] {
  const raw = ins.text.slice(ins.argsStart - ins.start, ins.argsEnd - ins.start);
  const out: { name: string; value: string | null }[] = [];
  if (ins.keyword === 'ENV' && ins.args.length > 0 && !ins.args[0].value.includes('=')) {
    const rest = raw.slice(ins.args[0].value.length).trim();
    out.push({ name: ins.args[0].value, value: unquote(rest) });
    return out;
  }
  let i = 0;
  while (i < raw.length) {
    while (i < raw.length && /\s/.test(raw[i])) i++;
    if (i >= raw.length) break;
    // The token so far is `token` and then raw[from..i): quotes and escapes end a run (they are not kept).
    let token = '';
    let from = i;
    let quote: string | null = null;
    while (i < raw.length && (quote !== null || !/\s/.test(raw[i]))) {
      const c = raw[i];
      if (quote) {
        if (c === quote) {
          token += raw.slice(from, i);
          from = i + 1;
          quote = null;
        }
      } else if (c === '"' || c === "'") {
        token += raw.slice(from, i);
        from = i + 1;
        quote = c;
      } else if (c === '\\' && i + 1 < raw.length && !/[\r\n]/.test(raw[i + 1])) {
        token += raw.slice(from, i);
        i++;
        from = i;
      }
      i++;
    }
    token += raw.slice(from, i);
    const eq = token.indexOf('=');
    if (eq > 0) out.push({ name: token.slice(0, eq), value: token.slice(eq + 1) });
    else if (token && !/^[`\\]$/.test(token)) out.push({ name: token, value: null });
  }
  return out;
}

function unquote(s: string): string {
  const m = /^(["'])(.*)\1$/s.exec(s);
  return m ? m[2] : s;
}

// ---------------------------------------------------------------------------------------------------------------
// Owner and mode specifications

export interface OwnerSpec {
  /** The spec as written, e.g. `app:app`, `1000.1000`, `$USER:$GROUP` (COPY --chown takes `user:group`). */
  text: string;
  user: string | null;
  group: string | null;
}

/**
 * Reads a chown owner word (`u`, `u:g`, `:g`, numeric ids, `$VAR`s, the old `uid.gid`) after quote removal. Returns an
 * error for `u:` (the user's login group, which `COPY --chown` cannot express without knowing it) and for a dotted
 * name without a colon (`john.doe`: a user of that name, or user `john` and group `doe`).
 */
export function parseOwner(spec: string): OwnerSpec | { error: string } {
  if (!/^[A-Za-z0-9_.:${}@+-]+$/.test(spec) || /\$\{[^}]*[:?+-]/.test(spec)) return { error: `owner "${spec}" is not a plain user[:group]` };
  let user: string;
  let group: string | null;
  const colon = spec.indexOf(':');
  if (colon >= 0) {
    user = spec.slice(0, colon);
    group = spec.slice(colon + 1);
    if (group.includes(':')) return { error: `owner "${spec}" is not a plain user[:group]` };
    if (group === '') return { error: `"${spec}" sets the group to ${user}'s login group, which COPY --chown cannot name without knowing it` };
  } else if (spec.includes('.')) {
    // Old `user.group` syntax: GNU chown first looks the whole word up as a user name (`john.doe`) and splits it only
    // when no such user exists, which only the image knows. Numeric ids cannot name a user: `1000.1000` is the old form.
    if (!/^\d+\.\d+$/.test(spec)) {
      return { error: `owner "${spec}" is ambiguous: chown takes it as a user named "${spec}" if one exists, else as user.group (the old syntax), and which one is not known here` };
    }
    [user, group] = spec.split('.');
  } else {
    user = spec;
    group = null;
  }
  return { text: spec, user: user === '' ? null : user, group };
}

/** True for a literal numeric id. */
export function isNumericId(s: string): boolean {
  return /^\d+$/.test(s);
}

export interface ChownCall {
  recursive: boolean;
  owner: Word;
  paths: Word[];
}

/**
 * Reads `chown|chmod [flags] FIRST PATH...` (flags anywhere until `--`): -R/--recursive, and the harmless -v/-c/-f
 * and long forms. Any other flag is an error naming it. A word like `-x` is a chmod mode, not a flag bundle.
 */
function parseOwnershipCall(tool: 'chown' | 'chmod', args: readonly Word[]): { recursive: boolean; positional: Word[] } | { error: string } {
  let recursive = false;
  const positional: Word[] = [];
  let flagsDone = false;
  for (const a of args) {
    const v = a.value;
    if (v === null) { positional.push(a); continue; }
    if (!flagsDone && v === '--') { flagsDone = true; continue; }
    if (!flagsDone && v.startsWith('--')) {
      if (v === '--recursive') recursive = true;
      else if (v === '--verbose' || v === '--changes' || v === '--silent' || v === '--quiet' || v === '--preserve-root') continue;
      else return { error: `${tool} ${v} is not handled` };
      continue;
    }
    if (!flagsDone && tool === 'chmod' && /^-[Rvcf]+$/.test(v)) {
      if (v.includes('R')) recursive = true;
      continue;
    }
    if (!flagsDone && tool === 'chown' && /^-[A-Za-z]+$/.test(v)) {
      for (const f of v.slice(1)) {
        if (f === 'R') recursive = true;
        else if (f === 'v' || f === 'c' || f === 'f') continue;
        else return { error: `chown -${f} (${f === 'h' ? 'acts on symlinks themselves' : f === 'H' || f === 'L' ? 'follows symlinks' : f === 'P' ? 'traversal option' : 'option'}) is not handled` };
      }
      continue;
    }
    positional.push(a);
  }
  return { recursive, positional };
}

/** Reads `chown [-R|--recursive|-v|-f|-c] OWNER PATH...`; an error names a flag we do not handle. */
export function parseChown(args: readonly Word[]): ChownCall | { error: string } {
  const r = parseOwnershipCall('chown', args);
  if ('error' in r) return r;
  if (r.positional.length < 2) return { error: 'chown without owner and path' };
  return { recursive: r.recursive, owner: r.positional[0], paths: r.positional.slice(1) };
}

export interface ChmodCall {
  recursive: boolean;
  mode: Word;
  paths: Word[];
}

/** Reads `chmod [-R|--recursive|-v|-f|-c] MODE PATH...`; an error names a flag we do not handle. */
export function parseChmod(args: readonly Word[]): ChmodCall | { error: string } {
  const r = parseOwnershipCall('chmod', args);
  if ('error' in r) return r;
  if (r.positional.length < 2) return { error: 'chmod without mode and path' };
  return { recursive: r.recursive, mode: r.positional[0], paths: r.positional.slice(1) };
}

/** The octal mode as `COPY --chmod` takes it (`755`, `0644`), or null when the mode is symbolic. */
export function octalMode(mode: string): string | null {
  return /^0?[0-7]{3}$/.test(mode) ? mode : null;
}

// ---------------------------------------------------------------------------------------------------------------
// COPY / ADD

export interface CopyWrite {
  /** Where the copied content lands: every path it writes is this path or inside it. */
  region: string;
  /** Set when the region is known but the copy cannot take an owner/mode flag soundly (heredoc, archive, clone). */
  problem?: string;
  /**
   * True when the region is certainly a single file copied under the given name (one source that is a file, a
   * destination without a trailing slash), so its owner and mode come only from the COPY flags.
   */
  singleFile: boolean;
  /** True when the region is certainly a directory (a directory source, several sources, a `dir/` destination). */
  certainDir: boolean;
}

const ARCHIVE = /\.(tar|tgz|tbz2?|txz|tar\.(gz|bz2|xz|zst|lz4|lzma)|gz|bz2|xz|zst)$/i;

/**
 * The region a COPY/ADD writes, or an error when it cannot be known: the destination resolved against the
 * working directory (a multi-source copy, or one into `dir/`, may write anything inside dir). `isFile` tells
 * whether a context path is a regular file (null: unknown).
 */
export function copyWrite(ins: Instruction, workdir: string | null, vars: Vars, isFile: (src: string) => boolean | null): CopyWrite | { error: string } {
  let words: string[];
  const raw = ins.text.slice(ins.argsStart - ins.start, ins.argsEnd - ins.start).trim();
  if (raw.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(raw);
      if (!Array.isArray(parsed) || !parsed.every((x) => typeof x === 'string')) return { error: 'unreadable JSON form' };
      words = parsed as string[];
    } catch {
      return { error: 'unreadable JSON form' };
    }
  } else if (ins.heredoc) {
    // Only the first line holds sources and destination; the rest is heredoc bodies.
    words = ins.text.split(/\r?\n/)[0].trim().split(/\s+/).slice(1).filter((w) => !w.startsWith('--'));
  } else {
    words = ins.args.map((a) => a.value);
  }
  if (words.length < 2) return { error: 'COPY without source and destination' };
  const destRaw = words[words.length - 1];
  const sources = words.slice(0, -1);
  const dest = expandVars(destRaw, vars);
  if (dest === null) return { error: `the destination ${destRaw} uses a variable with no known value` };
  const resolved = resolvePath(workdir, dest);
  if (resolved === null) return { error: `the destination ${destRaw} is relative and the working directory is unknown` };
  if (ins.heredoc) return { region: resolved, singleFile: false, certainDir: false, problem: `the ${ins.keyword} at line ${ins.line} uses a heredoc` };
  if (ins.keyword === 'ADD') {
    for (const s of sources) {
      if (/^(git@|[a-z]+:\/\/.*\.git(#|$))/i.test(s) || (!/^[a-z]+:\/\//i.test(s) && ARCHIVE.test(s))) {
        return { region: resolved, singleFile: false, certainDir: false, problem: `ADD ${s} at line ${ins.line} may unpack an archive or clone a repository` };
      }
    }
  }
  const fromStage = ins.flags.some((f) => f.name === 'from');
  const dirDest = dest.endsWith('/') || dest === '.' || dest.endsWith('/.');
  const kind = (src: string): 'file' | 'dir' | null => {
    if (/^[a-z]+:\/\//i.test(src)) return 'file';
    if (src === '.' || src === './' || src.endsWith('/') || src.endsWith('/.')) return 'dir';
    if (/[*?[]/.test(src) || fromStage) return null;
    const f = isFile(src);
    if (f !== null) return f ? 'file' : 'dir';
    return looksLikeFileName(src) ? 'file' : null;
  };
  if (sources.length === 1) {
    const k = kind(sources[0]);
    if (!dirDest) return { region: resolved, singleFile: k === 'file', certainDir: k === 'dir' };
    if (k === 'file' && !/^[a-z]+:\/\//i.test(sources[0])) {
      const base = sources[0].replace(/\/+$/, '').slice(sources[0].lastIndexOf('/') + 1);
      return { region: normalizePath(`${resolved}/${base}`), singleFile: true, certainDir: false };
    }
  }
  return { region: resolved, singleFile: false, certainDir: true };
}

/** A name with an extension (`start.sh`, `nginx.conf`) is taken as a file when no build context tells otherwise. */
function looksLikeFileName(src: string): boolean {
  const base = src.slice(src.lastIndexOf('/') + 1);
  return /^[^.].*\.[A-Za-z0-9]{1,8}$/.test(base) || /^(Dockerfile|Makefile|Gemfile|Procfile|LICENSE|Pipfile)$/.test(base);
}

// ---------------------------------------------------------------------------------------------------------------
// What a RUN command does to a path

export type Effect =
  | { kind: 'none' }
  /** Creates these directories (and nothing else). */
  | { kind: 'dirs'; paths: string[] }
  /** Creates (or touches) these files. */
  | { kind: 'files'; paths: string[] }
  /** Creates a user's home directory with skeleton files (names unknown) owned by that user. */
  | { kind: 'home'; path: string; user: string }
  | { kind: 'unknown'; why: string };

/** Commands that write only to system locations (packages, users), whatever the working directory. */
const SYSTEM_ONLY = new Set([
  'apt-get', 'apt', 'aptitude', 'dpkg', 'apk', 'yum', 'dnf', 'microdnf', 'zypper', 'pacman', 'rpm',
  'useradd', 'adduser', 'groupadd', 'addgroup', 'usermod', 'groupmod', 'passwd', 'chpasswd',
  'update-ca-certificates', 'locale-gen', 'ldconfig', 'update-alternatives', 'ln-s-system',
  'echo', 'printf', 'true', 'false', ':', 'test', '[', 'id', 'whoami', 'which', 'export', 'set', 'sleep', 'uname',
]);

const PACKAGE_AND_USER = new Set([
  'apt-get', 'apt', 'aptitude', 'dpkg', 'apk', 'yum', 'dnf', 'microdnf', 'zypper', 'pacman', 'rpm',
  'useradd', 'adduser', 'groupadd', 'addgroup', 'usermod', 'groupmod', 'passwd', 'chpasswd',
  'echo', 'printf', 'true', 'false', ':', 'test', '[', 'id', 'whoami', 'which', 'export', 'set', 'sleep', 'uname',
]);

/** Variables tools read to decide where to write (home, caches, install prefixes). */
const TOOL_ENV = /^(HOME|PATH|XDG_\w+|PIP_\w+|NPM_CONFIG_\w+|npm_config_\w+|YARN_\w+|PNPM_\w+|POETRY_\w+|UV_\w+|PYTHONUSERBASE|PYTHONPYCACHEPREFIX|VIRTUAL_ENV|CONDA_\w+|GOPATH|GOCACHE|GOMODCACHE|GOBIN|CARGO_\w+|RUSTUP_HOME|GEM_\w+|BUNDLE_\w+|COMPOSER_\w+|MAVEN_\w+|M2_HOME|GRADLE_\w+|DENO_\w+|BUN_\w+|NODE_PATH)$/;

/** The first tool variable whose value names a path inside `root`, or null. */
export function envPointingUnder(vars: Vars, root: string): string | null {
  for (const [name, value] of vars) {
    if (value === null || !TOOL_ENV.test(name)) continue;
    if (value.split(/[:\s]+/).some((part) => part.startsWith('/') && isWithin(normalizePath(part), root))) return name;
  }
  return null;
}

/** Commands that never create files, so they cannot change who owns what under a path (or only change modes/owners, which the later chown -R/chmod -R overrides anyway). */
const NO_CREATION = new Set([
  'chown', 'chgrp', 'chmod', 'rm', 'rmdir', 'ls', 'cat', 'stat', 'find-print', 'unlink', 'test', 'true', 'false', ':', 'exit',
  // Filters and queries: they write only to their standard output (a redirect of it is looked at on its own).
  'envsubst', 'grep', 'egrep', 'fgrep', 'head', 'tail', 'wc', 'tr', 'cut', 'basename', 'dirname', 'pwd', 'nproc',
  'printenv', 'md5sum', 'sha1sum', 'sha256sum', 'sha512sum',
]);

/**
 * What `cmd` does to paths inside `root`, run from `cwd` (null: unknown). `vars` expands `$X` in arguments.
 * `mode` is the kind of change analysed: a chmod change cannot keep a user's home (`home`).
 */
export function commandEffect(cmd: SimpleCommand, cwd: string | null, root: string, vars: Vars): Effect {
  if (cmd.words.length === 0) return { kind: 'none' };
  const inv = invocation(cmd);
  // A test (`[ ! -d /x ]`, `[[ ... ]]`) writes nothing; the shell view keeps its expression as unnamed words.
  if (!inv && (cmd.words[0].text === '[' || cmd.words[0].text === '[[')) return { kind: 'none' };
  if (!inv) return { kind: 'unknown', why: 'a command with a dynamic name' };
  const name = inv.name;
  const toolEnv = root === '/' ? null : envPointingUnder(vars, root);
  if (toolEnv && !PACKAGE_AND_USER.has(name) && !NO_CREATION.has(name) && name !== 'mkdir' && name !== 'touch' && name !== 'useradd' && name !== 'adduser') {
    return { kind: 'unknown', why: `${toolEnv} points under ${root}, where "${name}" may write (caches, config)` };
  }
  // A program that lives inside root (a venv's pip, node_modules/.bin) installs into or writes its own tree.
  const program = cmd.words[cmd.words.length - inv.args.length - 1]?.value ?? '';
  if (root !== '/' && program.includes('/')) {
    const p = resolvePath(cwd, program);
    if (p === null || isWithin(p, root)) return { kind: 'unknown', why: `"${program}" is a program inside ${root} and may write there` };
  }
  const values: (string | null)[] = inv.args.map((w) => (w.value !== null ? w.value : expandWord(w, vars)));
  const cwdInside = cwd === null ? false : isWithin(cwd, root);
  const mentions = (v: string | null): boolean => {
    if (v === null) return true;
    if (v.includes(root) && root !== '/') return true;
    const p = v.startsWith('/') || cwdInside ? resolvePath(cwd, v) : null;
    return p !== null && (isWithin(p, root) || isWithin(root, p));
  };
  if (NO_CREATION.has(name)) return { kind: 'none' };
  // `npm cache verify|clean|ls` works on the npm cache only (~/.npm: /root/.npm for root; a variable moving it is
  // caught above), wherever it runs.
  if (name === 'npm' && values[0] === 'cache' && ['verify', 'clean', 'ls'].includes(values[1] ?? '') && !inv.runsAsOtherUser) {
    const homes = ['/root/.npm', '/home'];
    return homes.some((h) => isWithin(h, root) || isWithin(root, h)) ? { kind: 'unknown', why: `npm's cache may be under ${root}` } : { kind: 'none' };
  }
  if (name === 'mkdir' || name === 'touch') {
    const paths: string[] = [];
    let parents = false;
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (v === null) return { kind: 'unknown', why: `${name} with an argument we cannot read` };
      if (name === 'mkdir' && (v === '-m' || v === '--mode')) { i++; continue; }
      if (v.startsWith('-')) {
        if (name === 'mkdir' && /^-[pv]+$|^--parents$|^--verbose$|^-m\d+$|^--mode=/.test(v)) { if (v.includes('p')) parents = true; continue; }
        if (name === 'touch' && /^-[acm]+$/.test(v)) continue;
        return { kind: 'unknown', why: `${name} ${v}` };
      }
      const p = resolvePath(cwd, v);
      if (p === null) return { kind: 'unknown', why: `${name} of a relative path in an unknown working directory` };
      if (name === 'mkdir' && parents && isWithin(p, root)) paths.push(...dirsBetween(root, p));
      paths.push(p);
    }
    const inside = paths.filter((p) => isWithin(p, root));
    if (inside.length === 0) {
      // mkdir -p of a path above root creates nothing inside it.
      return { kind: 'none' };
    }
    return name === 'mkdir' ? { kind: 'dirs', paths: inside } : { kind: 'files', paths: inside };
  }
  if (name === 'useradd' || name === 'adduser') {
    const home = newHome(name, values);
    if (home && (isWithin(home.path, root) || isWithin(root, home.path))) return { kind: 'home', path: home.path, user: home.user };
    return { kind: 'none' };
  }
  if (name === 'sed') {
    // `sed -i` replaces each file it edits with a new one (owned by the RUN's user); without -i it writes stdout.
    const inPlace = values.some((v) => v !== null && (/^-[a-zA-Z]*i/.test(v) || v.startsWith('--in-place')));
    if (!inPlace) return { kind: 'none' };
    if (values.some((v) => v === null)) return { kind: 'unknown', why: 'sed -i with an argument we cannot read' };
    const hasScriptFlag = values.some((v) => v === '-e' || v === '-f' || v!.startsWith('--expression') || v!.startsWith('--file'));
    const operands: string[] = [];
    for (let i = 0; i < values.length; i++) {
      const v = values[i]!;
      if (v === '-e' || v === '-f') { i++; continue; }
      if (!v.startsWith('-')) operands.push(v);
    }
    const files = (hasScriptFlag ? operands : operands.slice(1)).map((f) => resolvePath(cwd, f));
    if (files.some((f) => f === null || /[*?[]/.test(f))) return { kind: 'unknown', why: 'sed -i on files we cannot name' };
    const inside = (files as string[]).filter((f) => isWithin(f, root));
    return inside.length ? { kind: 'files', paths: inside } : { kind: 'none' };
  }
  if (name === 'pip' || name === 'pip3' || /^pip3\.\d+$/.test(name)) {
    // Wheels and requirement files are read; a local project directory inside root may get build files written.
    const underRoot = (v: string): boolean => {
      const p = resolvePath(cwd, v.replace(/[*?[].*$/, '') || '.');
      return p === null || isWithin(p, root);
    };
    const bad = values.findIndex((v, i) => v === null || /^(-t|--target|--prefix|--root|--user|-e|--editable|--src)(=|$)/.test(v) || (i > 0 && values[i - 1] !== '-r' && values[i - 1] !== '-c' && values[i - 1] !== '--requirement' && values[i - 1] !== '--constraint' && !v.startsWith('-') && (v.startsWith('.') || v.includes('/')) && underRoot(v)));
    if (bad >= 0) return { kind: 'unknown', why: `${name} ${values[bad] ?? '(dynamic argument)'} may write into the source or target directory` };
    return { kind: 'none' };
  }
  if (SYSTEM_ONLY.has(name)) return { kind: 'none' };
  if (name === 'ln') {
    // Only the last operand is written (a link); the others are link targets, which are not touched.
    const operands = values.filter((v) => v === null || !v.startsWith('-'));
    const last = operands[operands.length - 1];
    if (operands.length < 2 || last === null || last === undefined || values.some((v) => v === '-t' || (v ?? '').startsWith('--target'))) return { kind: 'unknown', why: 'ln with arguments we cannot read' };
    const p = resolvePath(cwd, last);
    if (p === null) return { kind: 'unknown', why: 'ln into a relative path in an unknown working directory' };
    return isWithin(p, root) || isWithin(root, p) ? { kind: 'unknown', why: `ln creates ${p}` } : { kind: 'none' };
  }
  // (Where the directory is the target itself, it is named once.)
  if (cwdInside) return { kind: 'unknown', why: cwd === root ? `"${name}" runs in ${cwd} and may write there` : `"${name}" runs in ${cwd}, inside ${root}, and may write there` };
  if (cwd === null && values.some((v) => v === null || (!v.startsWith('/') && !v.startsWith('-')))) return { kind: 'unknown', why: `"${name}" runs in an unknown working directory` };
  if (values.some(mentions)) return { kind: 'unknown', why: `"${name}" may write under ${root}` };
  return { kind: 'none' };
}

/**
 * The files the redirects of a script write (`>`, `>>`, `>|`, `&>`, `<>`), resolved against the working directory:
 * `cwd` at the start, changed by top-level `cd DIR` before the redirect (any other `cd`, `pushd` or `popd` makes it
 * unknown); `$X` expands with the ARG/ENV values in `vars`. A path is null when the target cannot be known. Only
 * redirects that end at or before `until` (a document offset) when given. Input redirects, heredocs and fd
 * duplications (`2>&1`) write nothing.
 */
export function redirectWrites(script: ShellScript, cwd: string | null, vars: Vars, until = Infinity): { path: string | null; text: string; start: number }[] {
  const out: { path: string | null; text: string; start: number }[] = [];
  for (const r of script.redirects) {
    if (r.end > until) continue;
    if (r.target === null) {
      if (/^\s*(\d*|\{\w+\})<</.test(r.text)) continue;
      out.push({ path: null, text: r.text, start: r.start });
      continue;
    }
    const op = r.text.slice(0, r.target.start - r.start).replace(/^\s*(\d+|\{\w+\})/, '').trim();
    if (op === '<' || op === '<&' || op.startsWith('<<')) continue;
    if ((op === '>&' || op === '<&') && /^(\d+|-)$/.test(r.target.value ?? '')) continue;
    // The working directory at the redirect: top-level `cd`s before it.
    let dir = cwd;
    for (const c of script.commands) {
      if (c.start > r.start) break;
      if (c.end > r.start) continue;
      const name = c.words[0]?.value;
      if (name !== 'cd' && name !== 'pushd' && name !== 'popd') continue;
      const arg = c.words.length === 2 ? expandWord(c.words[1], vars) : null;
      dir = name !== 'cd' || !c.topLevelShell || arg === null || arg === '-' ? null : resolvePath(dir, arg);
    }
    const target = expandWord(r.target, vars);
    out.push({ path: target === null ? null : resolvePath(dir, target), text: r.text, start: r.start });
  }
  return out;
}

/** A word with `$VAR`s replaced by known values (quotes removed), or null. */
export function expandWord(w: Word, vars: Vars): string | null {
  if (w.value !== null) return w.value;
  const t = w.text;
  if (/[`'\\]|\$\(/.test(t)) return null;
  const inner = t.replace(/"/g, '');
  return expandVars(inner, vars);
}

function newHome(name: string, values: (string | null)[]): { path: string; user: string } | null {
  let home: string | null = null;
  let create = name === 'adduser';
  let user: string | null = null;
  let base: string | null = null;
  const withValue = new Set(['-d', '--home', '--home-dir', '-g', '-G', '-s', '-u', '-c', '--gecos', '--shell', '--uid', '--gid', '--ingroup', '--group', '--groups', '-k', '--skel', '-K', '-e', '-f', '-p', '-h']);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null) return null;
    if (v === '-m' || v === '--create-home') { create = true; continue; }
    if (v === '-M' || v === '--no-create-home' || (name === 'adduser' && v === '-H')) { create = false; continue; }
    if ((v === '-d' || v === '--home' || v === '--home-dir' || (name === 'adduser' && v === '-h')) && values[i + 1]) { home = values[i + 1]; i++; continue; }
    if (v.startsWith('--home=') || v.startsWith('--home-dir=')) { home = v.slice(v.indexOf('=') + 1); continue; }
    if ((v === '-b' || v === '--base-dir') && values[i + 1]) { base = values[i + 1]; i++; continue; }
    if (v === '--system' || v === '-r' || v === '-S') continue;
    if (v.startsWith('-')) {
      if (withValue.has(v)) i++;
      continue;
    }
    user = v;
  }
  if (!create || !user) return null;
  return { path: normalizePath(home ?? `${base ?? '/home'}/${user}`), user };
}

/** The user or group names a useradd/adduser/groupadd/addgroup creates (literal names only). */
export function createdNames(cmd: SimpleCommand): string[] {
  const inv = invocation(cmd);
  if (!inv || !['useradd', 'adduser', 'groupadd', 'addgroup'].includes(inv.name)) return [];
  const pos = inv.args.filter((w) => w.value !== null && !w.value.startsWith('-')).map((w) => w.value!);
  return pos;
}

/** usermod/groupmod options that leave the ids and names of the user or group alone (membership, shell, password...). */
const USERMOD_HARMLESS = new Set(['-a', '--append', '-G', '--groups', '-c', '--comment', '-s', '--shell', '-L', '--lock', '-U', '--unlock', '-e', '--expiredate', '-f', '--inactive', '-p', '--password']);
const GROUPMOD_HARMLESS = new Set(['-a', '--append', '-U', '--users', '-p', '--password']);
const USERMOD_VALUE = new Set(['-c', '--comment', '-d', '--home', '-e', '--expiredate', '-f', '--inactive', '-g', '--gid', '-G', '--groups', '-l', '--login', '-p', '--password', '-R', '--root', '-P', '--prefix', '-s', '--shell', '-u', '--uid', '-Z', '--selinux-user', '-v', '--add-subuids', '-V', '--del-subuids', '-w', '--add-subgids', '-W', '--del-subgids']);
const GROUPMOD_VALUE = new Set(['-g', '--gid', '-n', '--new-name', '-p', '--password', '-R', '--root', '-P', '--prefix', '-U', '--users']);
/** Commands that only read the user and group databases. */
const ACCOUNT_READERS = new Set(['cat', 'grep', 'egrep', 'fgrep', 'getent', 'head', 'tail', 'cut', 'wc', 'ls', 'stat', 'test', '[', 'id']);

/**
 * What a command does to existing users and groups: the names whose uid/gid (or existence) it may change
 * (`usermod -u`, `groupmod -g`, `usermod -l`, `userdel`, `deluser`, `delgroup`, a write to /etc/passwd or /etc/group),
 * `'any'` when it may change names it does not spell out, or null when it changes none. `COPY --chown` resolves
 * names when the COPY runs, `chown` when it runs: such a command between the two makes them give different ids.
 * Creating users and groups is `createdNames`.
 */
export function changedAccounts(cmd: SimpleCommand): string[] | 'any' | null {
  const inv = invocation(cmd);
  if (!inv) return null;
  const { name, args } = inv;
  const values = args.map((w) => w.value);
  const accountFiles = (v: string | null): boolean => v !== null && /^\/etc\/(passwd|group|shadow|gshadow)(-|\+|$)/.test(v);
  if (!ACCOUNT_READERS.has(name) && !['usermod', 'groupmod'].includes(name) && values.some(accountFiles)) return 'any';
  if (['userdel', 'groupdel', 'deluser', 'delgroup'].includes(name)) {
    if (values.some((v) => v === null)) return 'any';
    return values.filter((v) => !v!.startsWith('-')) as string[];
  }
  if (name !== 'usermod' && name !== 'groupmod') return null;
  const harmless = name === 'usermod' ? USERMOD_HARMLESS : GROUPMOD_HARMLESS;
  const withValue = name === 'usermod' ? USERMOD_VALUE : GROUPMOD_VALUE;
  let changes = false;
  const positional: (string | null)[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null) { positional.push(null); continue; }
    if (v.startsWith('--')) {
      const flag = v.includes('=') ? v.slice(0, v.indexOf('=')) : v;
      if (!harmless.has(flag)) changes = true;
      if (!v.includes('=') && withValue.has(flag)) i++;
      continue;
    }
    if (v.startsWith('-') && v.length > 1) {
      // A bundle such as -aG: each letter is a flag; one that takes a value takes the next word (or the rest).
      for (let k = 1; k < v.length; k++) {
        const flag = `-${v[k]}`;
        if (!harmless.has(flag)) changes = true;
        if (withValue.has(flag)) {
          if (k === v.length - 1) i++;
          break;
        }
      }
      continue;
    }
    positional.push(v);
  }
  if (!changes) return null;
  if (positional.some((p) => p === null)) return 'any';
  return positional as string[];
}

// ---------------------------------------------------------------------------------------------------------------
// Base images

const GENERIC_NAMES = new Set([
  'scratch', 'alpine', 'busybox', 'debian', 'ubuntu', 'centos', 'fedora', 'rockylinux', 'almalinux', 'oraclelinux',
  'amazonlinux', 'archlinux', 'opensuse/leap', 'opensuse/tumbleweed', 'photon', 'clearlinux',
  'node', 'python', 'pypy', 'golang', 'rust', 'ruby', 'php', 'perl', 'openjdk', 'eclipse-temurin', 'amazoncorretto',
  'ibm-semeru-runtimes', 'sapmachine', 'maven', 'gradle', 'elixir', 'erlang', 'haskell', 'swift', 'julia', 'r-base',
  'bash', 'buildpack-deps', 'nginx', 'httpd', 'caddy', 'haproxy', 'traefik', 'deno', 'bun', 'dart', 'clojure',
  'groovy', 'kotlin', 'crystal', 'nim', 'gcc', 'mono',
]);

/** Official images whose default working directory is known (their image config sets no other WORKDIR). */
const IMAGE_WORKDIRS = new Map<string, string>([
  ...['scratch', 'alpine', 'busybox', 'debian', 'ubuntu', 'centos', 'fedora', 'rockylinux', 'almalinux', 'amazonlinux', 'archlinux', 'node', 'python', 'ruby']
    .map((n): [string, string] => [n, '/']),
  ['golang', '/go'],
  ['php', '/var/www/html'],
]);

/** The working directory a stage starts in on this image, or null when the image may set any. */
export function imageWorkdir(image: string): string | null {
  return IMAGE_WORKDIRS.get(imageName(image)) ?? null;
}

function imageName(image: string): string {
  let ref = image.toLowerCase().replace(/@sha256:[0-9a-f]+$/, '');
  const colon = ref.lastIndexOf(':');
  if (colon > ref.lastIndexOf('/')) ref = ref.slice(0, colon);
  return ref.replace(/^(docker\.io\/|index\.docker\.io\/|registry-1\.docker\.io\/|public\.ecr\.aws\/docker\/)/, '').replace(/^library\//, '');
}

/**
 * True for an official OS or language-runtime image (docker.io library, distroless, UBI, .NET, Chainguard), whose
 * contents are known not to include application directories such as /app, /opt/<app> or /srv/<app>. Vendor images
 * (oracle/fmw-infrastructure, bitnami/*, s2i builders) may hold anything anywhere.
 */
export function isGenericImage(image: string): boolean {
  const ref = imageName(image);
  if (GENERIC_NAMES.has(ref)) return true;
  if (/^gcr\.io\/distroless\/[a-z0-9-]+$/.test(ref)) return true;
  if (/^mcr\.microsoft\.com\/dotnet\/(runtime|aspnet|sdk|runtime-deps)$/.test(ref)) return true;
  if (/^(registry\.access\.redhat\.com\/|registry\.redhat\.io\/|redhat\/)?ubi\d+(\/ubi|\/ubi-minimal|\/ubi-micro|\/ubi-init)?$/.test(ref) || /^(registry\.access\.redhat\.com\/|redhat\/)?ubi\d+-(minimal|micro|init)$/.test(ref)) return true;
  if (/^cgr\.dev\/chainguard\/[a-z0-9-]+$/.test(ref)) return true;
  return false;
}

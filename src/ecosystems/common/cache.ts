/**
 * What every package-manager cache module shares: the view of one RUN they plan against (its commands, the ENV/ARG
 * and USER in scope, what comes after it), and small builders for the two kinds of fix: a flag on the install
 * command (`pip install --no-cache-dir`) and a cleanup appended to the same RUN (`&& rm -rf /var/lib/apt/lists/*`).
 */
import type { BuildContext } from '../../context.js';
import { parentStage, type DockerDocument, type Instruction } from '../../document.js';
import { appendToRun, endsByLeaving } from '../../edits.js';
import { parseShell, type ShellScript, type Word } from '../../shell/parser.js';
import { invocation, positionals, runsUnconditionally, type Invocation } from '../../shell/query.js';
import type { CacheStrategy, Edit, ProposedChange } from '../../types.js';

export interface RunView {
  doc: DockerDocument;
  ins: Instruction;
  script: ShellScript;
  /** Every command of the RUN resolved through wrappers, in source order (nested ones too). */
  invocations: Invocation[];
  /** ENV and ARG keys set before this RUN in its stage and the stages it is built from (value null: not literal). */
  env: Map<string, string | null>;
  /** The USER in effect (`root` when no USER instruction is seen; null when it is not a literal). */
  user: string | null;
  /** The WORKDIR in effect, or null when unknown (the base image's). */
  workdir: string | null;
  strategy: CacheStrategy;
  /** Instructions after this RUN in its stage, then those of stages built FROM it, then `COPY --from` it elsewhere. */
  /** Later instructions in order (this stage, stages built on it, COPY --from it), read as they are needed. */
  later: Iterable<Instruction>;
  /**
   * `later` in parts, when the view has them: the instructions after the RUN in its stage, then those beyond the
   * stage as a list of segments (each stage built on it, then the COPY --from it). A segment is one array for every
   * RUN that reads it (a stage's instructions after its FROM), so laterRuns can remember what it found there.
   */
  laterParts?: { inStage: Iterable<Instruction>; beyond: readonly (readonly Instruction[])[] };
  /** Instructions before this RUN in its stage and the stages it is built from. */
  earlier: Instruction[];
  /** Targets of this RUN's `--mount=type=cache` flags. */
  cacheMounts: string[];
  context: BuildContext | null;
  /** True when the text at the offset was written by an earlier round of this run (a cleanup the pass added). */
  written?: (offset: number) => boolean;
}

export interface ManagerPlan {
  changes: ProposedChange[];
  /** Why something was left; with the offset of what it is about when that may be the tool's own text (a mount it added). */
  skips: (string | { reason: string; offset: number })[];
}

/** One package manager's cache knowledge: it looks at one RUN and says what to change there, or why not. */
export interface CacheManager {
  /** The manager name, used as the change tag (`apt`, `pip`...). */
  id: string;
  plan(run: RunView): ManagerPlan;
}

export const NOTHING: ManagerPlan = { changes: [], skips: [] };

export function isRoot(run: RunView): boolean {
  return run.user === 'root' || run.user === '0';
}

/**
 * The home directory of the RUN, where `~` and `$HOME` point and the managers keep their per-user caches: a literal
 * `ENV HOME=/dir` (or ARG) in scope, whatever the user (the builder sets HOME from the user's account only when it is
 * not set); else /root for root. Null when not known: another user's home, or a HOME that is not a literal path.
 */
export function home(run: RunView): string | null {
  if (run.env.has('HOME')) {
    const h = run.env.get('HOME');
    return h && h.startsWith('/') ? h.replace(/\/+$/, '') || '/' : null;
  }
  return isRoot(run) ? '/root' : null;
}

/** Globs for a path under the user's home: exact when the home is known, any home otherwise. */
export function homeGlobs(run: RunView, rel: string, otherUser = false): string[] {
  const h = home(run);
  if (h && !otherUser) return [`${h === '/' ? '' : h}/${rel}/**`];
  return [...(h ? [`${h === '/' ? '' : h}/${rel}/**`] : []), `/home/*/${rel}/**`, `**/${rel}/**`];
}

/** Invocations whose program name is one of `names`. */
export function named(run: RunView, names: ReadonlySet<string> | ((name: string) => boolean)): Invocation[] {
  const test = typeof names === 'function' ? names : (n: string) => names.has(n);
  return run.invocations.filter((inv) => test(inv.name));
}

/** The sub-command word (`install` of `apt-get -y install x`). */
export function subWord(args: readonly Word[], flagsWithValue: ReadonlySet<string> = new Set()): Word | null {
  return positionals(args, flagsWithValue)[0] ?? null;
}

/** A word's literal value, or its text without surrounding quotes when it holds an expansion. */
export function wordPath(w: Word): string {
  if (w.value !== null) return w.value;
  return w.text.replace(/^"(.*)"$/s, '$1');
}

/** A path as written in a cleanup, with `~` and `$HOME` resolved for root and trailing `/`, `/*`, `/**` removed. */
export function normalizePath(p: string, homeDir: string | null): string {
  let out = p;
  if (homeDir) out = out.replace(/^(~|\$HOME|\$\{HOME\})(?=\/|$)/, homeDir);
  out = out.replace(/(\/\*+|\/\.\*|\/)+$/, '');
  return out === '' ? '/' : out;
}

/** True when removing `removed` removes everything in `dir` (it is the directory, a parent, or `dir/*`). */
export function covers(removed: string, dir: string): boolean {
  if (removed === dir) return true;
  if (removed === '/') return false;
  // `rm -rf /var/lib/apt/lists*` (or `list*`): a trailing glob on the last name matches every name it starts.
  if (removed.endsWith('*') && !/[*?[\]]/.test(removed.slice(0, -1))) {
    const slash = removed.lastIndexOf('/');
    const stem = removed.slice(slash + 1, -1);
    const parent = removed.slice(0, slash + 1);
    if (stem === '' || !dir.startsWith(parent)) return false;
    return dir.slice(parent.length).split('/')[0].startsWith(stem);
  }
  return dir.startsWith(`${removed}/`);
}

/** Paths given to `rm` (and `find <dir> -delete`) by commands starting at or after `from`. */
export function removedPaths(run: RunView, from: number): string[] {
  const out: string[] = [];
  const h = home(run);
  for (const inv of run.invocations) {
    if (inv.cmd.start < from) continue;
    if (inv.name === 'rm') {
      for (const a of inv.args) {
        const p = wordPath(a);
        if (!p.startsWith('-')) out.push(normalizePath(p, h));
      }
    } else if (inv.name === 'find' && inv.args.some((a) => a.value === '-delete')) {
      const first = inv.args[0];
      if (first) out.push(normalizePath(wordPath(first), h));
    }
  }
  return out;
}

/** True when some `rm` after `from` removes one of `dirs` (a directory, a parent of it, or its contents). */
export function cleanedAfter(run: RunView, from: number, dirs: string[]): boolean {
  const removed = removedPaths(run, from);
  return dirs.some((d) => removed.some((r) => covers(r, normalizePath(d, home(run)))));
}

/**
 * For a user whose home is not known (not root), or a RUN whose HOME is not /root: the `rm` after `from` whose path
 * (any path when the home is not known, a relative one otherwise) may be one of the home-relative
 * `dirs` (`~/.npm`) or a parent of it inside the home: its last names are the directory's (`rm -rf .npm` in a WORKDIR
 * that is the user's home, `rm -rf /usr/src/app/.npm`, `rm -rf $HOME/.cache`). Such a RUN may already leave the
 * cache out, and a cleanup appended after it could write into the directory the RUN removed (npm logs every command
 * under ~/.npm/_logs: in a home that is the app's directory, the log would ship). Returned as written, for the
 * reason; null when there is none or the home is known.
 */
export function removedByName(run: RunView, from: number, dirs: string[]): string | null {
  // Root's /root: a RUN of root that removes `.npm` somewhere else removes some other directory.
  const known = home(run);
  if (isRoot(run) && known === '/root') return null;
  const rels = dirs.filter((d) => /^(~|\$HOME|\$\{HOME\})\//.test(d)).map((d) => normalizePath(d.replace(/^[^/]*\//, ''), null));
  if (rels.length === 0) return null;
  for (const inv of run.invocations) {
    if (inv.cmd.start < from || inv.name !== 'rm') continue;
    for (const a of inv.args) {
      const p = wordPath(a);
      if (p.startsWith('-')) continue;
      // With the home known, an absolute or home-relative path is the cache or not (cleanedAfter reads it): only a
      // relative one, whose directory is not followed, may be.
      if (known !== null && /^(\/|~|\$HOME|\$\{HOME\})/.test(p)) continue;
      const names = normalizePath(p, null).replace(/^(~|\$HOME|\$\{HOME\}|\.)(\/|$)/, '').split('/').filter((n) => n !== '');
      // Every tail of the path's names: `app/.npm`, `.npm`.
      for (let i = names.length - 1; i >= 0; i--) {
        const tail = names.slice(i).join('/');
        if (tail.startsWith('.') && rels.some((r) => covers(tail, r))) return p;
      }
    }
  }
  return null;
}

/**
 * Whether `inv` is an `rm` without -f that names the contents of `dir` by a glob (`rm /var/cache/apk/*`): the shell
 * passes a glob that matches nothing as it is, so that rm fails, and stops the build, once a cleanup left `dir` empty.
 */
export function strictGlobRm(inv: Invocation, dir: string): boolean {
  if (inv.name !== 'rm' || inv.args.some((a) => /^(-[a-zA-Z]*f[a-zA-Z]*|--force)$/.test(a.value ?? ''))) return false;
  return inv.args.some((a) => {
    const p = wordPath(a);
    return p.startsWith(`${dir}/`) && /[*?[]/.test(p.slice(dir.length + 1));
  });
}

/** True when a cache mount of this RUN is, holds or is inside one of `dirs`. */
export function hasCacheMount(run: RunView, dirs: string[]): boolean {
  const h = home(run) ?? '/root';
  return run.cacheMounts.some((m) => {
    const target = normalizePath(m, h);
    return dirs.some((d) => {
      const dir = normalizePath(d, h);
      return covers(target, dir) || covers(dir, target);
    });
  });
}

/**
 * The skip of a manager whose cache the RUN already mounts, told at the mount flag: a mount an earlier round of this
 * run added is the tool's own change, not the input's, and the engine then drops the skip.
 */
export function mountedSkip(run: RunView, id: string, dirs: string[]): { reason: string; offset: number } {
  const h = home(run) ?? '/root';
  const flag = run.ins.flags.find((f) => {
    if (f.name !== 'mount' || f.value === null) return false;
    const target = /(?:^|,)(?:target|dst|destination)=([^,]+)/.exec(f.value)?.[1];
    if (target === undefined) return false;
    const t = normalizePath(target, h);
    return dirs.some((d) => covers(t, normalizePath(d, h)) || covers(normalizePath(d, h), t));
  });
  return { reason: `${id}: already mounts a cache (or tmpfs) over its cache directory (--mount=type=cache)`, offset: flag?.start ?? run.ins.start };
}

/** `sudo ` when the command ran through sudo/doas (as root), so the cleanup has the same rights. */
export function privilegePrefix(invs: Invocation[]): string {
  for (const inv of invs) {
    const w = inv.wrappers.find((x) => x.value === 'sudo' || x.value === 'doas');
    if (w) return `${w.value} `;
  }
  return '';
}

/** The program as the user wrote it (`/opt/conda/bin/conda`), so the cleanup finds the same binary. */
export function programText(inv: Invocation): string {
  const head = inv.cmd.words[inv.wrappers.length];
  return head ? head.text : inv.name;
}

/** An edit appending `command` at the end of the RUN (see appendToRun), or the reason it cannot be. */
export function appendCleanup(run: RunView, command: string): Edit | string {
  const edit = appendToRun(run.doc, run.ins, command);
  if (edit) return edit;
  if (run.script.nodeTypes.has('comment')) return 'the RUN has a shell comment, after which an appended command would be commented out';
  if (endsByLeaving(run.script)) return 'the RUN ends with `exit` or `exec`, after which an appended command would never run';
  return 'the RUN starts a background job, which a cleanup appended at its end would run alongside';
}

/** Edit inserting ` flag` right after a word (the sub-command). */
export function flagAfter(word: Word, flag: string): Edit {
  return { start: word.end, end: word.end, text: ` ${flag}` };
}

/** Edit inserting `--mount=...` flags right after `RUN`. */
/**
 * The parent directories BuildKit creates (root, 0755) for cache mount targets that do not exist yet, such as
 * /root/.cache for /root/.cache/pip: mount-point artefacts, declared with the removals so the verifier accepts them.
 * Only parents two levels deep or more: /root, /var, / are never in question.
 */
export function mountParents(mounts: { target: string }[]): string[] {
  const out = new Set<string>();
  for (const m of mounts) {
    const parts = m.target.split('/').filter(Boolean);
    for (let n = 2; n < parts.length; n++) out.add(`/${parts.slice(0, n).join('/')}`);
  }
  return [...out];
}

export function mountEdit(run: RunView, mounts: { target: string; sharing?: string }[]): Edit {
  const at = run.ins.start + run.ins.keyword.length;
  const text = mounts.map((m) => ` --mount=type=cache,target=${m.target}${m.sharing ? `,sharing=${m.sharing}` : ''}`).join('');
  return { start: at, end: at, text };
}

/** True when an ENV/ARG in scope or a `VAR=` prefix/`env` wrapper of one of `invs` sets `name`. */
export function envSet(run: RunView, name: string, invs: Invocation[] = []): boolean {
  if (run.env.has(name)) return true;
  if (invs.some((inv) => inv.env.has(name))) return true;
  // `export NAME=...` earlier in the same RUN.
  const first = invs.length ? Math.min(...invs.map((i) => i.cmd.start)) : Infinity;
  return run.script.commands.some((c) => {
    if (c.start >= first) return false;
    if (c.words.length === 0) return c.assignments.some((a) => a.text.startsWith(`${name}=`));
    return c.words[0].text === 'export' && c.words.slice(1).some((w) => w.text.startsWith(`${name}=`));
  });
}

/**
 * Whether a later instruction (in this stage or built from it) runs something that matches `uses`. `done` ends the
 * scan early (nothing found) once the caller has seen what makes the rest irrelevant.
 *
 * `key`, for a question that depends on nothing but the key (the same `uses` and `opaque` for every RUN asked with
 * it, and no `done`): what the scan finds beyond the RUN's stage is remembered per stage and key, since every RUN of
 * the stage that gets there scans the same instructions, and on a long file they can be most of it.
 */
export function laterRuns(run: RunView, uses: (inv: Invocation) => boolean, opaque: RegExp, done?: () => boolean, key?: object): Instruction | null {
  const parts = run.laterParts;
  if (key === undefined || done !== undefined || parts === undefined) return scanRuns(run.later, uses, opaque, done);
  const near = scanRuns(parts.inStage, uses, opaque);
  if (near) return near;
  for (const segment of parts.beyond) {
    let found = foundIn.get(segment);
    if (!found) foundIn.set(segment, (found = new Map()));
    let far = found.get(key);
    if (far === undefined) found.set(key, (far = scanRuns(segment, uses, opaque)));
    if (far) return far;
  }
  return null;
}

const foundIn = new WeakMap<readonly Instruction[], Map<object, Instruction | null>>();

/** laterRuns over the given instructions only. */
export function scanRuns(later: Iterable<Instruction>, uses: (inv: Invocation) => boolean, opaque: RegExp, done?: () => boolean): Instruction | null {
  for (const ins of later) {
    if (done?.()) return null;
    if (ins.keyword === 'RUN') {
      const script = ins.shell?.script;
      if (!script || ins.shell?.opaqueReason) {
        if (opaque.test(ins.text)) return ins;
        continue;
      }
      if (deepInvocations(script).some(uses)) return ins;
    } else if (ins.keyword === 'ONBUILD' && opaque.test(ins.text)) {
      return ins;
    }
  }
  return null;
}

/**
 * The invocations of a script, plus those of literal `sh -c '...'` / `bash -c "..."` strings inside it. Computed once
 * per script (scripts never change, and the parser hands out the same script for the same text): every RUN before
 * this one in a long file asks for them again. Read-only for callers.
 */
const deepOf = new WeakMap<ShellScript, readonly Invocation[]>();
export function deepInvocations(script: ShellScript): readonly Invocation[] {
  let known = deepOf.get(script);
  if (!known) {
    known = collectInvocations(script, 0);
    deepOf.set(script, known);
  }
  return known;
}

function collectInvocations(script: ShellScript, depth: number): Invocation[] {
  const out: Invocation[] = [];
  for (const cmd of script.commands) {
    const inv = invocation(cmd);
    if (!inv) continue;
    out.push(inv);
    if (depth < 2 && /^(ba|da|z|a)?sh$/.test(inv.name)) {
      const c = inv.args.findIndex((a) => a.value !== null && /^-[a-z]*c[a-z]*$/.test(a.value));
      const body = c >= 0 ? inv.args[c + 1] : undefined;
      if (body?.value) {
        const inner = parseShell(body.value);
        if (!inner.hasError) out.push(...collectInvocations(inner, depth + 1));
      }
    }
  }
  return out;
}

/**
 * The image the RUN's stage is built on, following `FROM <earlier stage>` back to an image (lower case, as written,
 * variables unresolved), or '' when not known.
 */
export function baseImage(run: RunView): string {
  let stage = run.doc.stages[run.ins.stage];
  for (let hops = 0; stage && hops < run.doc.stages.length; hops++) {
    const parent = parentStage(run.doc, stage);
    if (!parent) return stage.image.toLowerCase();
    stage = parent;
  }
  return '';
}

/** Builds a change with the fields every cache change carries. */
export function cacheChange(tag: string, message: string, reason: string, edits: Edit[], removes: string[], safety: 'safe' | 'unsafe' = 'safe'): ProposedChange {
  return { message, reason, safety, edits, tag, removes };
}

/** A manager whose cleanup is one command appended after its installs (yum clean all, npm cache clean...). */
export interface AppendSpec {
  id: string;
  /** The programs that are this manager. */
  program: (name: string, inv: Invocation) => boolean;
  flagsWithValue?: ReadonlySet<string>;
  /** The arguments after the program (for `php composer.phar install`: after `composer.phar`). */
  argsOf?: (inv: Invocation) => readonly Word[];
  /** True when this invocation (by its sub-command) fills the cache. */
  fills: (sub: string | null, inv: Invocation) => boolean;
  /** True when this invocation already is the cleanup (`yum clean all`). */
  isCleanup: (sub: string | null, inv: Invocation) => boolean;
  /** True when the invocation keeps nothing in the cache by itself (`composer install --no-cache`). */
  noCacheFlag?: (inv: Invocation) => boolean;
  /** Cache directories: removing one after the installs, or a cache mount on one, counts as clean. */
  cacheDirs: (run: RunView) => string[];
  /** The cleanup command; `prog` is the program as written, `sudo` the privilege prefix. */
  cleanup: (prog: string, sudo: string, run: RunView, invs: Invocation[]) => string;
  /** Globs the cleanup leaves out of the image. */
  removes: (run: RunView) => string[];
  /** Cache mount targets for the mount strategy (root only), or null when this manager is always cleaned. */
  mounts?: (run: RunView) => { target: string; sharing?: string }[] | null;
  /** What is saved, for the reason. */
  saves: string | ((run: RunView) => string);
  /** What rebuilds reuse from a cache mount, for the reason (default: the downloads). */
  reuses?: string;
  /** Why the cleanup is safe, for the reason. */
  safe: string;
  /** A reason to leave the RUN alone, or null. */
  guard?: (run: RunView, invs: Invocation[]) => string | null;
  /**
   * The condition under which the cleanup would break the image when the pass cannot rule it out (no build context to
   * read), or null: the cleanup is then offered in the unsafe tier with that condition first in its reason.
   */
  unsafeIf?: (run: RunView, invs: Invocation[]) => string | null;
  /** The cache is in the user's home: a cleanup run by us would clean root's, not the other user's. */
  perUser?: boolean;
  /** Variables that move the cache (GOCACHE, COMPOSER_HOME...): set on the install alone, the cleanup misses it. */
  cacheEnv?: string[];
  /** Flags with which a later install reads only the cache (`npm install --offline`): such a RUN keeps it. */
  offlineFlags?: ReadonlySet<string>;
  /** Sub-commands that fill the cache for a later install and do nothing else (`pnpm fetch`). */
  prefetch?: ReadonlySet<string>;
}

function savesOf(spec: AppendSpec, run: RunView): string {
  return typeof spec.saves === 'function' ? spec.saves(run) : spec.saves;
}

export function argsAfterProgram(spec: AppendSpec, inv: Invocation): readonly Word[] {
  return spec.argsOf ? spec.argsOf(inv) : inv.args;
}

export function appendingManager(spec: AppendSpec): CacheManager {
  return {
    id: spec.id,
    plan(run): ManagerPlan {
      // Most RUNs run none of a given manager's programs: answered before anything is allocated for them.
      if (!run.invocations.some((inv) => spec.program(inv.name, inv))) return NOTHING;
      const mine = run.invocations.filter((inv) => spec.program(inv.name, inv));
      const sub = (inv: Invocation): string | null => subWord(argsAfterProgram(spec, inv), spec.flagsWithValue)?.value ?? null;
      const invs = mine.filter((inv) => spec.fills(sub(inv), inv));
      if (invs.length === 0) return NOTHING;
      const dirs = spec.cacheDirs(run);
      if (hasCacheMount(run, dirs)) return { changes: [], skips: [mountedSkip(run, spec.id, dirs)] };
      if (spec.noCacheFlag && invs.every(spec.noCacheFlag)) return NOTHING;
      const last = invs[invs.length - 1];
      if (mine.some((inv) => inv.cmd.start > last.cmd.start && spec.isCleanup(sub(inv), inv))) return NOTHING;
      if (cleanedAfter(run, last.cmd.end, dirs)) return NOTHING;
      const byName = removedByName(run, last.cmd.end, dirs);
      if (byName) {
        const h = home(run);
        return { changes: [], skips: [`${spec.id}: cache not cleaned: the RUN already removes ${byName}, which is the cache if it is in the home of the RUN's user (${h ? `${h}, where the RUN's directory there is not followed here` : 'not root; the home is not known here'}); a cleanup after that removal could write into the directory again`] };
      }
      // `GOCACHE=/opt/gocache go build`: the cache is where the install alone was told; a cleanup appended without
      // that assignment would clean the default directory and leave this one.
      const moved = spec.cacheEnv?.find((name) => invs.some((inv) => inv.env.has(name)));
      if (moved) return { changes: [], skips: [`${spec.id}: cache not cleaned: the install sets ${moved} for itself, and a cleanup without it would clean another directory`] };
      const why = spec.guard?.(run, invs);
      if (why) return { changes: [], skips: [`${spec.id}: ${why}`] };
      // The cache as input: `pnpm fetch` fills it for an install after the sources are copied, and an install with
      // --offline reads nothing else; cleaned here, that install would find nothing.
      const fetched = sub(last);
      if (fetched !== null && spec.prefetch?.has(fetched)) {
        return { changes: [], skips: [`${spec.id}: cache not cleaned: \`${last.name} ${fetched}\` fills it for a later install, which a cleanup here would leave with nothing to install from`] };
      }
      if (spec.offlineFlags) {
        const flags = spec.offlineFlags;
        const reader = laterRuns(run, (inv) => spec.program(inv.name, inv) && argsAfterProgram(spec, inv).some((a) => flags.has(a.value ?? '')), /--offline\b/, undefined, spec);
        if (reader) return { changes: [], skips: [`${spec.id}: cache not cleaned: the RUN at line ${reader.line} installs offline, from the cache this RUN fills`] };
      }
      if (spec.perUser && invs.some((i) => i.runsAsOtherUser)) {
        return { changes: [], skips: [`${spec.id}: runs as another user (sudo -u, su, gosu...), whose cache a cleanup appended here would not reach`] };
      }
      const mounts = run.strategy === 'mount' && isRoot(run) ? spec.mounts?.(run) ?? null : null;
      if (mounts) {
        return {
          changes: [cacheChange(
            spec.id,
            `mount a BuildKit cache for ${spec.id} at ${mounts.map((m) => m.target).join(', ')}`,
            `${savesOf(spec, run)} stays in a BuildKit cache mount instead of the layer, so the image is as small as with a cleanup and rebuilds reuse ${spec.reuses ?? 'the downloads'}. Needs BuildKit (the default builder since Docker 23).`,
            [mountEdit(run, mounts)],
            [...spec.removes(run), ...mountParents(mounts)],
          )],
          skips: [],
        };
      }
      // The cleanup runs the program at the end of the RUN: it must exist there. An install that ran for sure says so;
      // one in a branch (if, case, `||`, a loop) may not have run, and the program may be the branch's own install
      // (`npm i -g pnpm && pnpm i` in an elif).
      if (!runsUnconditionally(run.script, last.cmd.start)) {
        return { changes: [], skips: [`${spec.id}: cache not cleaned: the last install runs only in one branch (if, case, \`||\` or a loop), so the program of a cleanup after it may not be there`] };
      }
      // A program named by a relative path (./composer.phar) is not found again after a `cd` later in the RUN.
      // (`php composer.phar`: the script after the interpreter is a path too.)
      const prog = programText(last);
      const head = last.cmd.words.slice(last.wrappers.length, last.wrappers.length + 2).map((w) => w.text);
      const paths = /^php[0-9.]*$/.test(last.name) ? head : head.slice(0, 1);
      const relative = paths.find((p, i) => !/^[/$~]/.test(p) && (p.includes('/') || i === 1));
      if (relative && run.invocations.some((i) => i.cmd.start > last.cmd.start && (i.name === 'cd' || i.name === 'pushd' || i.name === 'popd'))) {
        return { changes: [], skips: [`${spec.id}: cache not cleaned: the RUN changes directory after running ${relative}, so a cleanup at its end would not find it by its relative path`] };
      }
      const command = spec.cleanup(prog, privilegePrefix(invs), run, invs);
      const edit = appendCleanup(run, command);
      if (typeof edit === 'string') return { changes: [], skips: [`${spec.id}: cache not cleaned: ${edit}`] };
      const fallback = run.strategy === 'mount' ? (mounts === null && spec.mounts && !isRoot(run) ? ' Cleaned, not mounted: a cache mount is added only to a RUN that runs as root.' : spec.mounts ? '' : ` Cleaned, not mounted: dockerfix has no cache mount for ${spec.id}.`) : '';
      const risk = spec.unsafeIf?.(run, invs) ?? null;
      const change = cacheChange(
        spec.id,
        `clean the ${spec.id} cache in the same RUN (${command})`,
        risk
          ? `Unsafe: ${risk}. ${savesOf(spec, run)} is removed in the layer that created it; a cleanup in a later RUN would save nothing.${fallback}`
          : `${savesOf(spec, run)} is removed in the layer that created it; a cleanup in a later RUN would save nothing. ${spec.safe}${fallback}`,
        [edit],
        spec.removes(run),
      );
      return {
        changes: [{ ...change, ...(risk ? { safety: 'unsafe' as const } : {}), at: invs[0].cmd.start }],
        skips: [],
      };
    },
  };
}

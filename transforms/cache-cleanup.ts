/**
 * cache-cleanup: no package-manager cache, package list or downloaded installer is left in any layer.
 *
 * Bad:
 *   RUN apt-get update && apt-get install -y curl
 *   RUN pip install -r requirements.txt
 *   RUN rm -rf /var/lib/apt/lists/*
 *
 * Good:
 *   RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*
 *   RUN pip install --no-cache-dir -r requirements.txt
 *   RUN rm -rf /var/lib/apt/lists/*
 *
 * Layers are immutable: a cache must leave the image in the RUN that created it, a cleanup in a later RUN saves
 * nothing. What each package manager leaves and how it is cleaned lives in src/ecosystems/<manager>/cache.ts; this
 * pass builds the view of each RUN they plan against (its commands through the shell view, the ENV/ARG, USER and
 * WORKDIR in scope, the instructions after it and its cache mounts) and collects their changes.
 *
 * With the `mount` cache strategy, managers that have a well-known cache directory get a BuildKit cache mount
 * (`RUN --mount=type=cache,target=...`) instead of a cleanup; the others are cleaned as with `clean`.
 * Already clean RUNs (a cleanup after the installs, a no-cache flag or ENV, a cache mount) are left alone, and so is
 * a RUN with a cache mount the RUN, an ENV/ARG or an earlier instruction names (`ln -s /pkg-cache /etc/apk/cache`,
 * `pnpm config set store-dir /pnpm/store`): the mount may be the manager's cache, which a cleanup would defeat.
 */
import type { BuildContext } from '../src/context.js';
import { parentStage, stageParents, type DockerDocument, type Instruction, type Stage } from '../src/document.js';
import { CACHE_MANAGERS, type RunView } from '../src/ecosystems/cache.js';
import type { Pass, PassContext, PassResult, PassSkip } from '../src/pass.js';
import type { ShellScript } from '../src/shell/parser.js';
import { invocation, type Invocation } from '../src/shell/query.js';
import type { CacheStrategy, ProposedChange } from '../src/types.js';

/** Words in a RUN that can't be read as shell that make it worth saying why it was not cleaned. */
const MANAGER_WORDS = /\b(apt-get|apt|apk|yum|dnf|microdnf|zypper|pip[0-9.]*|npm|yarn|pnpm|gem|bundle|composer|conda|mamba)\s+(-\S+\s+)*(install|add|update|ci|i|in|create)\b/;

export const cacheCleanup: Pass = {
  id: 'cache-cleanup',
  description: 'remove package-manager caches and downloaded installers in the RUN that created them (or use cache mounts)',
  defaultEnabled: true,
  // After merge-runs: a cleanup belongs at the end of the merged RUN, after every command that fills the cache.
  priority: 95,
  run(ctx): PassResult {
    const changes: ProposedChange[] = [];
    const skipped: PassSkip[] = [];
    const { doc } = ctx;
    const unshipped = buildOnlyStages(doc);
    for (const stage of doc.stages) {
      if (!stage.posixShell) continue;
      const copiedOut = unshipped.has(stage) ? copiesOut(doc, stage) : null;
      const list = stage.instructions;
      for (let at = 0; at < list.length; at++) {
        const ins = list[at];
        if (ins.keyword !== 'RUN') continue;
        const script = ins.shell?.script;
        if (!script || ins.shell?.opaqueReason) {
          if (MANAGER_WORDS.test(ins.text)) skipped.push({ line: ins.line, reason: `RUN not cleaned: ${ins.shell?.opaqueReason ?? 'no shell view'}` });
          continue;
        }
        const run = new LazyRunView(ctx, stage, ins, at);
        let redirect: string | null | undefined;
        for (const manager of CACHE_MANAGERS) {
          const plan = manager.plan(run);
          if (plan.changes.length && run.inputMounts.length) {
            // A cache mount the manager does not use by default may still be its cache: a symlink or a config made
            // in this RUN or before it (`ln -s /pkg-cache /etc/apk/cache`, `pnpm config set store-dir /pkg-cache`).
            redirect ??= mountNamedElsewhere(run);
            if (redirect) {
              for (const c of plan.changes) {
                skipped.push({ line: ins.line, reason: `${manager.id}: not cleaned (${c.message}): ${redirect}, which may make it ${manager.id}'s cache (a symlink or a config), and the change would empty or bypass the mount` });
              }
              for (const s of plan.skips) skipped.push(typeof s === 'string' ? { line: ins.line, reason: s } : { line: ins.line, ...s });
              continue;
            }
          }
          // A cleanup appended at the end of the RUN is told at the command that filled the cache (the manager's
          // `at`), else at the RUN's line, not at the RUN's last line.
          const tail = script.statements[script.statements.length - 1]?.end;
          for (const c of plan.changes) {
            const note = copiedOut ? buildStageNote(c.removes ?? [], copiedOut) : '';
            const told = note ? { ...c, reason: `${c.reason}${note}` } : c;
            changes.push(c.at === undefined && c.edits.length === 1 && c.edits[0].start === tail ? { ...told, at: ins.start } : told);
          }
          for (const s of plan.skips) skipped.push(typeof s === 'string' ? { line: ins.line, reason: s } : { line: ins.line, ...s });
        }
      }
    }
    return { changes, skipped };
  },
};

/** Said of a change in a stage the final image does not build on: what it saves is not in the shipped image. */
const BUILD_STAGE_NOTE = ' This stage is not the base of the final stage (the final image can only copy files from it), so what leaves is in this stage\'s layers and the build cache, not in the shipped image.';
/** The same, when a COPY --from of the stage may copy what leaves (a path the pass cannot compare). */
const BUILD_STAGE_MAYBE = ' This stage is not the base of the final stage (the final image can only copy files from it), so what leaves is in this stage\'s layers and the build cache, and in the shipped image only where a COPY --from copies it.';

/**
 * The sources of the COPY/ADD --from that name the stage or a stage built on it, as absolute paths (COPY --from reads
 * from the root of that stage), null for one with a variable.
 */
function copiesOut(doc: DockerDocument, stage: Stage): (string | null)[] {
  const { children, copies } = stageLinks(doc);
  const family = new Set<number>();
  const todo = [stage.index];
  while (todo.length) {
    const k = todo.pop()!;
    if (family.has(k)) continue;
    family.add(k);
    todo.push(...children[k]);
  }
  const out: (string | null)[] = [];
  for (const k of family) {
    for (const key of [String(k), doc.stages[k].name]) {
      for (const i of (key === null ? undefined : copies.get(key)) ?? []) {
        const words = i.args.map((a) => a.value);
        for (const src of words.slice(0, -1)) out.push(src.includes('$') ? null : `/${src.replace(/^\/+/, '').replace(/\/+$/, '')}`);
      }
    }
  }
  return out;
}

/**
 * The note for a change in a stage the shipped image is not built on: none when a COPY --from copies a directory
 * holding (or inside) what leaves, since the shipped image then gets smaller too; a hedged one when a removed path or
 * a copied source cannot be compared; else the plain one.
 */
function buildStageNote(removes: string[], copied: (string | null)[]): string {
  if (copied.length === 0) return BUILD_STAGE_NOTE;
  let unsure = copied.includes(null);
  for (const glob of removes) {
    const stem = glob.split('/').reduce<{ parts: string[]; done: boolean }>((acc, part) => (acc.done || /[*?[]/.test(part) ? { parts: acc.parts, done: true } : { parts: [...acc.parts, part], done: false }), { parts: [], done: false }).parts.join('/');
    if (!stem.startsWith('/')) { unsure = true; continue; }
    const dir = stem.replace(/\/+$/, '') || '/';
    // `/home/*/.npm/**`: a copied /home/app/dist lies under the stem and may or may not hold the cache.
    const exact = glob.replace(/\/\*\*$/, '') === dir;
    const within = (a: string, b: string): boolean => b === '/' || a === b || a.startsWith(`${b}/`);
    for (const src of copied) {
      if (src === null) continue;
      if (within(dir, src)) return '';
      if (within(src, dir)) {
        if (exact) return '';
        unsure = true;
      }
    }
  }
  return unsure ? BUILD_STAGE_MAYBE : BUILD_STAGE_NOTE;
}

/**
 * The stages the final (last) stage does not build on, directly or through `FROM <stage>`: a default build ships
 * none of their layers. Empty when a FROM has a variable (`FROM ${BASE}` may name a stage) or the file has one stage.
 */
function buildOnlyStages(doc: DockerDocument): Set<Stage> {
  const stages = doc.stages;
  if (stages.length < 2 || stages.some((s) => s.image.includes('$'))) return new Set();
  const last = stages[stages.length - 1];
  const shipped = new Set([last, ...ancestry(doc, last)]);
  return new Set(stages.filter((s) => !shipped.has(s)));
}

/**
 * The view of one RUN. Most RUNs run no package manager, and a manager that finds none of its commands reads only
 * `invocations`: what is in scope (earlier instructions, ENV/ARG, USER, WORKDIR) and what comes after is computed
 * when a manager first asks for it, once per RUN.
 */
class LazyRunView implements RunView {
  readonly doc: DockerDocument;
  readonly script: ShellScript;
  readonly invocations: Invocation[];
  readonly strategy: CacheStrategy;
  readonly cacheMounts: string[];
  /**
   * The cache mounts the input has (not those an earlier round added: a manager's own default directory, which no
   * other manager's change can empty).
   */
  readonly inputMounts: string[];
  readonly context: BuildContext | null;
  readonly written: (offset: number) => boolean;
  private _earlier: Instruction[] | undefined;
  private _env: Map<string, string | null> | undefined;
  private _user: string | null | undefined;
  private _workdir: string | null | undefined;

  constructor(ctx: PassContext, private readonly stage: Stage, readonly ins: Instruction, private readonly at: number) {
    this.doc = ctx.doc;
    const script = ins.shell!.script!;
    this.script = script;
    const invocations: Invocation[] = [];
    for (const cmd of script.commands) {
      const inv = invocation(cmd);
      if (inv !== null) invocations.push(inv);
    }
    this.invocations = invocations;
    this.strategy = ctx.cacheStrategy;
    this.context = ctx.context;
    this.written = (offset) => ctx.written?.(offset) ?? false;
    const mounts = ins.flags.length === 0 ? [] : ins.flags
      .filter((f) => f.name === 'mount' && f.value !== null && /(^|,)type=(cache|tmpfs)(,|$)/.test(f.value))
      .map((f) => ({ target: /(?:^|,)(?:target|dst|destination)=([^,]+)/.exec(f.value!)?.[1] ?? '', own: this.written(f.start) }))
      .filter((m) => m.target !== '');
    this.cacheMounts = mounts.map((m) => m.target);
    this.inputMounts = mounts.filter((m) => !m.own).map((m) => m.target);
  }

  get earlier(): Instruction[] {
    return (this._earlier ??= [...ancestry(this.doc, this.stage).flatMap((s) => s.instructions.slice(1)), ...this.stage.instructions.slice(1, this.at)]);
  }

  get env(): Map<string, string | null> {
    return (this._env ??= scopeEnv(this.earlier));
  }

  get user(): string | null {
    if (this._user === undefined) this._user = scopeUser(this.earlier);
    return this._user;
  }

  get workdir(): string | null {
    if (this._workdir === undefined) this._workdir = scopeWorkdir(this.earlier);
    return this._workdir;
  }

  /** Made as it is read: most scans stop early (at the next `apt-get update`), and a long file has many RUNs. */
  get later(): Iterable<Instruction> {
    const parts = this.laterParts;
    return {
      *[Symbol.iterator]() {
        yield* parts.inStage;
        for (const segment of parts.beyond) yield* segment;
      },
    };
  }

  get laterParts(): { inStage: Iterable<Instruction>; beyond: readonly (readonly Instruction[])[] } {
    const { doc, stage, at } = this;
    return {
      inStage: {
        *[Symbol.iterator]() {
          for (let i = at + 1; i < stage.instructions.length; i++) yield stage.instructions[i];
        },
      },
      // Computed when first read.
      get beyond() {
        return beyondStage(doc, stage);
      },
    };
  }
}

/**
 * Why a cache mount of the RUN cannot be shown to lie outside its package managers' caches, or null: its target is
 * not a literal path, or it is named by the RUN's commands (a symlink to it, a config or flag pointing into it), by
 * an ENV/ARG value in scope, or by an earlier instruction of the stage. A target named nowhere else is a directory
 * no manager uses unless told so (the managers check their default directories against the mounts themselves).
 */
function mountNamedElsewhere(run: LazyRunView): string | null {
  const doc = run.doc;
  for (const raw of run.inputMounts) {
    const target = raw.replace(/^(["'])(.*)\1$/s, '$2');
    if (!/^\/[^$`\\\s]*$/.test(target)) return `its cache mount target ${raw} is not a literal absolute path`;
    const dir = target.replace(/\/+$/, '');
    if (dir === '') return 'its cache mount covers /';
    const named = new RegExp(`(^|[^\\w./-])${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=$|[^\\w.-])`);
    const shell = run.ins.shell!;
    if (named.test(doc.text.slice(shell.start, shell.end))) return `the RUN names its cache mount ${dir} in its commands`;
    for (const [name, value] of run.env) if (value !== null && named.test(value)) return `$${name} names the RUN's cache mount ${dir}`;
    for (const i of run.earlier) {
      const text = i.keyword === 'RUN' && i.shell ? doc.text.slice(i.shell.start, i.shell.end) : i.keyword === 'RUN' ? '' : i.text;
      if (named.test(text)) return `the ${i.keyword} at line ${i.line} names the RUN's cache mount ${dir}`;
    }
  }
  return null;
}

/** The stages this one is built FROM, outermost first (computed once per stage: documents never change). */
const ancestries = new WeakMap<Stage, Stage[]>();
function ancestry(doc: DockerDocument, stage: Stage): Stage[] {
  const known = ancestries.get(stage);
  if (known) return known;
  const chain: Stage[] = [];
  ancestries.set(stage, chain);
  let cur: Stage | undefined = stage;
  while (cur) {
    const parent = parentStage(doc, cur);
    if (parent) chain.unshift(parent);
    cur = parent;
  }
  return chain;
}

/**
 * The later instructions outside the stage itself: those after the FROM of the stages built on it (transitively, and
 * every later `FROM ${VAR}` once the family has a named stage), in order, then the COPY/ADD --from it (or one of
 * those stages) in other stages. The same for every instruction of the stage, so computed once per stage (documents
 * never change), with the COPY/ADD --from of the document listed once per document. Kept as segments, one per stage
 * (the same array for every stage whose family holds it) and one of the copies, not copied into one list: on a long
 * file a stage's family can hold most of the file, and laterRuns remembers what it found in each segment.
 */
type Beyond = readonly (readonly Instruction[])[];
const beyond = new WeakMap<Stage, Beyond>();

/** A stage's instructions after its FROM, one array per stage (a segment of every `later` that reaches the stage). */
const bodies = new WeakMap<Stage, readonly Instruction[]>();
function body(stage: Stage): readonly Instruction[] {
  let out = bodies.get(stage);
  if (!out) bodies.set(stage, (out = stage.instructions.slice(1)));
  return out;
}
/** What beyondStage reads of a document, made once per document. */
interface StageLinks {
  /** The stages built FROM each stage by its name (not those with a variable in their FROM). */
  children: number[][];
  /** The stages with a variable in their FROM image, in order. */
  variable: number[];
  /** The COPY/ADD --from of the document, by the --from value (lower-cased). */
  copies: Map<string, Instruction[]>;
}
const linksOf = new WeakMap<DockerDocument, StageLinks>();
function stageLinks(doc: DockerDocument): StageLinks {
  let links = linksOf.get(doc);
  if (links) return links;
  const parents = stageParents(doc);
  links = { children: doc.stages.map(() => []), variable: [], copies: new Map() };
  for (const s of doc.stages) {
    if (s.image.includes('$')) links.variable.push(s.index);
    else if (parents[s.index]) links.children[parents[s.index]!.index].push(s.index);
    for (const i of s.instructions) {
      if (i.keyword !== 'COPY' && i.keyword !== 'ADD') continue;
      const from = i.flags.find((f) => f.name === 'from')?.value?.toLowerCase();
      if (from === undefined) continue;
      const list = links.copies.get(from);
      if (list) list.push(i);
      else links.copies.set(from, [i]);
    }
  }
  linksOf.set(doc, links);
  return links;
}

function beyondStage(doc: DockerDocument, stage: Stage): Beyond {
  const known = beyond.get(stage);
  if (known) return known;
  const { children, variable, copies } = stageLinks(doc);
  // The stages built on this one (transitively)...
  const family = new Set<number>();
  const grow = (root: number): void => {
    const todo = [root];
    while (todo.length) {
      const k = todo.pop()!;
      family.add(k);
      todo.push(...children[k]);
    }
  };
  grow(stage.index);
  // ... and `FROM ${STAGE}`: a build argument may name any named stage of the family, whatever its default. Every
  // such stage after the first named one of the family joins it (with the stages built on it); a family with no name
  // has no stage FROM can name (COPY --from can, by index: the copies below). The first named stage is among those
  // built on this one: a stage joining by its variable comes after it.
  let named = Infinity;
  for (const k of family) if (doc.stages[k].name !== null && k < named) named = k;
  for (const k of variable) if (k > named && !family.has(k)) grow(k);
  const members = [...family].sort((a, b) => a - b);
  // What `COPY --from` names a family stage by: its index or its name.
  const copied = new Set<Instruction>();
  for (const k of members) {
    for (const key of [String(k), doc.stages[k].name]) {
      for (const i of (key === null ? undefined : copies.get(key)) ?? []) if (!family.has(i.stage)) copied.add(i);
    }
  }
  const out: Beyond = [...members.filter((k) => k !== stage.index).map((k) => body(doc.stages[k])), [...copied].sort((a, b) => a.index - b.index)];
  beyond.set(stage, out);
  return out;
}

function unquote(v: string): string {
  return v.replace(/^(["'])(.*)\1$/s, '$2');
}

/** ENV and ARG keys in scope (value null when not a literal or an ARG without default). */
function scopeEnv(earlier: Instruction[]): Map<string, string | null> {
  const env = new Map<string, string | null>();
  for (const i of earlier) {
    if (i.keyword !== 'ENV' && i.keyword !== 'ARG') continue;
    const args = i.args.map((a) => a.value);
    if (i.keyword === 'ENV' && args.length >= 2 && !args[0].includes('=')) {
      const v = unquote(args.slice(1).join(' '));
      env.set(args[0], v.includes('$') ? null : v);
      continue;
    }
    for (const a of args) {
      const eq = a.indexOf('=');
      if (eq < 0) {
        if (i.keyword === 'ARG' && !env.has(a)) env.set(a, null);
        continue;
      }
      const v = unquote(a.slice(eq + 1));
      env.set(a.slice(0, eq), v.includes('$') ? null : v);
    }
  }
  return env;
}

function scopeUser(earlier: Instruction[]): string | null {
  const last = [...earlier].reverse().find((i) => i.keyword === 'USER');
  if (!last) return 'root';
  const user = (last.args[0]?.value ?? '').split(':')[0];
  return user.includes('$') ? null : user;
}

function scopeWorkdir(earlier: Instruction[]): string | null {
  let dir: string | null = null;
  for (const i of earlier) {
    if (i.keyword !== 'WORKDIR') continue;
    const v = unquote(i.args.map((a) => a.value).join(' '));
    if (v.includes('$')) dir = null;
    else dir = v.startsWith('/') ? v : dir ? `${dir.replace(/\/$/, '')}/${v}` : null;
  }
  return dir;
}

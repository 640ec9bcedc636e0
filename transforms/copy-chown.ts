/**
 * copy-chown: ownership and modes are set when files are copied, never by a second layer.
 *
 * Bad:
 *   COPY . /app
 *   RUN chown -R node:node /app
 *
 * Good:
 *   COPY --chown=node:node . /app
 *   RUN chown node:node /app
 *
 * `chown -R` after a COPY rewrites every copied file into a new layer, so the image carries the tree twice.
 * `COPY --chown` (and, with BuildKit, `COPY --chmod`: unsafe tier) set them as the files are written.
 *
 * Behaviour is kept file by file: every path under the target gets the same owner (and mode) as before.
 * - COPY/ADD writing inside the target get the flag (an existing, different `--chown` is replaced: the later chown
 *   won); a COPY that also writes outside the target, or that cannot take the flag (heredoc, archive ADD), skips.
 * - A directory that exists before a COPY keeps its owner under `COPY --chown` (BuildKit only sets the owner of
 *   what it creates), so the target itself, WORKDIR/`mkdir` directories, `touch`ed or `sed -i`ed files, and the
 *   parent directories a COPY creates keep a non-recursive chown in place of the recursive one: that layer holds
 *   only those entries. A copied directory the COPY creates itself gets the flag's owner and is not listed.
 * - A user home made by `useradd -m`/`adduser` inside the target gets `chown -R` at the end of the RUN that made
 *   it (same layer: nothing is duplicated).
 * - A root RUN that may write unknown names under the target (npm install in it, a tool whose HOME or cache points
 *   there, a program inside the target such as a venv's pip) gets `chown -R target` appended (the last such RUN
 *   only: it covers everything made before), so its files are owned in the layer that creates them; only COPYs
 *   after it take the flag, and with none left the change is just that move. When that cannot be appended soundly,
 *   the user does not exist yet, or the target may not exist yet when that RUN ends, the pass skips.
 *   When a COPY comes between two such RUNs (an install, the source COPY, a build), the recursive chown goes to the
 *   RUN before the COPY, the COPY takes the flag, and the later RUN chowns only what is not owned yet
 *   (`find P ! -user u -exec chown -h u {} +`): everything else under P is owned at that point, so the installed
 *   tree is not written into a new layer again on every source edit.
 * - The narrowed non-recursive chown runs right after the instruction that made the last directory it lists, when
 *   COPYs that take the flag come after it (a source edit then re-runs no chown); a directory that existed before a
 *   COPY keeps its owner under COPY --chown (both builders), so it is listed only where it was made.
 * - A stage on an official image (debian, node, python...) starts in that image's known WORKDIR (`/` for most).
 * - A target the base image may already hold (/usr/local, /var/www/html, /home/node..., or anything in an image
 *   that is not a known OS or language image) keeps its recursive chown.
 * - `chown u` (no group) keeps the copied files' group: the COPY gets `--chown=u:0` (or the group of its existing
 *   `--chown`); after a `COPY --from` (files keep the source stage's ids) and for `chown u:` (login group) it skips.
 *   A user or group created after the COPY skips (the COPY would fail); so does one whose ids change after it
 *   (usermod -u, groupmod -g, userdel, a write to /etc/passwd): `--chown` resolves names when the COPY runs. A dotted
 *   owner without a colon (`john.doe`) skips: chown reads it as a user of that name when one exists.
 * - A redirect writes where its target resolves (ARG/ENV values, top-level `cd`); one that cannot be resolved counts
 *   as writing unknown names under the target. `pip install -r FILE` there writes into the tree when FILE (read from
 *   the build context) installs a local path (`-e .`: *.egg-info), or when FILE cannot be read.
 * - chmod: only an octal mode over a whole copied tree, or a mode for exactly one copied file (a symbolic mode
 *   needs the file's mode from the build context), since `--chmod` gives every copied file and directory one mode.
 *
 * Differences knowingly ignored: `chown` clears setuid/setgid bits of copied executables, `COPY --chown` keeps them
 * (source trees rarely hold such files); `chown -R` without -H/-L acts on symlinks themselves (lchown), as
 * `COPY --chown` does; the classic builder (no BuildKit) is assumed to own created directories the same way.
 */
import { parentStage, type DockerDocument, type Instruction, type Stage } from '../src/document.js';
import type { BuildContext } from '../src/context.js';
import { appendToRun, insertFlag, removeInstruction, removeStatement, replaceFlag } from '../src/edits.js';
import {
  changedAccounts, commandEffect, copyWrite, createdNames, dirsBetween, expandWord, imageWorkdir, isBasePath, isGenericImage, isNumericId, isWithin, octalMode,
  parseChmod, parseChown, parseOwner, readAssignments, redirectWrites, resolvePath, varNames, type CopyWrite, type Effect, type OwnerSpec, type Vars,
} from '../src/ownership.js';
import type { Pass, PassContext, PassResult, PassSkip } from '../src/pass.js';
import type { Redirect, SimpleCommand, Statement } from '../src/shell/parser.js';
import { invocation } from '../src/shell/query.js';
import { pipManifests } from '../src/ecosystems/pip/manifests.js';
import type { Edit, ProposedChange } from '../src/types.js';
import fs from 'node:fs';
import path from 'node:path';

export const copyChown: Pass = {
  id: 'copy-chown',
  description: 'set ownership and modes with COPY --chown/--chmod instead of a chown/chmod layer',
  defaultEnabled: true,
  priority: 20,
  run(ctx): PassResult {
    const changes: ProposedChange[] = [];
    const skipped: PassSkip[] = [];
    for (const stage of ctx.doc.stages) {
      if (!stage.posixShell) continue;
      // Walked only for a stage with a chown/chmod to analyse (most have none).
      let walk: StageWalk | null = null;
      const proposed: { tool: 'chown' | 'chmod'; change: ProposedChange; ins: Instruction; line: number; offset: number }[] = [];
      for (const ins of stage.instructions) {
        if (ins.keyword !== 'RUN' || !ins.shell?.script || ins.shell.opaqueReason) continue;
        const script = ins.shell.script;
        for (const statement of script.statements) {
          // The statement is the command, or the command with redirects of its own (`chown -R u /app > /dev/null`).
          const cmd = script.commands.find((c) => c.start === statement.start && (c.end === statement.end || (statement.type === 'redirected_statement' && c.topLevelShell && script.commands.every((o) => o === c || o.start >= statement.end || o.end <= statement.start))));
          if (!cmd) continue;
          const inv = invocation(cmd);
          if (!inv || (inv.name !== 'chown' && inv.name !== 'chmod')) continue;
          walk ??= walkStage(ctx, stage);
          const result = analyse(ctx, stage, walk, ins, statement, cmd, inv.name);
          if (!result) continue;
          if ('skip' in result) skipped.push({ line: result.line, reason: result.skip, offset: result.offset });
          else proposed.push({ tool: inv.name as 'chown' | 'chmod', change: result.change, ins, line: ctx.doc.lineOf(cmd.start), offset: cmd.start });
        }
      }
      for (const p of proposed) {
        const other = p.change.safety === 'safe' && !ctx.unsafe ? proposed.find((o) => o.tool !== p.tool && o.change.safety !== 'safe' && sameCopies(stage, p.change, o.change)) : undefined;
        if (!other) {
          changes.push(p.change);
          continue;
        }
        // `chown -R u .` and `chmod -R 755 .` over the same copied files: with only the chown moved to the COPY, the
        // chmod still writes every copied file again into its layer, so the image would lose nothing. The pair moves
        // together, with --unsafe.
        const flag = other.tool === 'chmod' ? 'COPY --chmod' : 'COPY --chown';
        const where = other.ins === p.ins ? 'in the same RUN' : `at line ${other.line}`;
        skipped.push({
          line: p.line,
          offset: p.offset,
          reason: `${p.tool} at line ${p.line} kept: the ${other.tool} -R ${where} writes the same copied files again in a new layer, so --${p.tool} on the COPY alone would save nothing; moving that ${other.tool} to ${flag} is an unsafe change: with --unsafe both move`,
        });
      }
    }
    return { changes, skipped };
  },
};

/** True when two changes both edit one of the stage's COPY/ADD instructions (each adds its flag to it). */
function sameCopies(stage: Stage, a: ProposedChange, b: ProposedChange): boolean {
  return stage.instructions.some(
    (ins) => (ins.keyword === 'COPY' || ins.keyword === 'ADD') && a.edits.some((e) => e.start >= ins.start && e.end <= ins.end) && b.edits.some((e) => e.start >= ins.start && e.end <= ins.end),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// The stage as the instructions see it

interface State {
  workdir: string | null;
  vars: Vars;
  /** Instruction index of each variable's last definition (ARG/ENV), for "same value at COPY and at RUN". */
  defs: Map<string, number>;
  /** True when USER is a non-root (or unknown) user. */
  nonRoot: boolean;
  copy: CopyWrite | { error: string } | null;
}

interface StageWalk {
  states: Map<Instruction, State>;
  /** Homes created by useradd -m/adduser in this stage. */
  homes: Set<string>;
  /** Local parent stage chain (FROM <stage>), for "the base may already hold this path". */
  parents: Stage[];
  /** The image at the root of the chain, with global ARGs resolved. */
  image: string;
}

function globalArgs(doc: DockerDocument): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const ins of doc.instructions) {
    if (ins.keyword === 'FROM') break;
    if (ins.keyword === 'ARG') for (const a of readAssignments(ins)) out.set(a.name, a.value);
  }
  return out;
}

function parentStages(doc: DockerDocument, stage: Stage): Stage[] {
  const out: Stage[] = [];
  let cur: Stage | undefined = stage;
  while (cur) {
    const parent = parentStage(doc, cur);
    if (!parent || out.includes(parent)) break;
    out.push(parent);
    cur = parent;
  }
  return out;
}

function walkStage(ctx: PassContext, stage: Stage): StageWalk {
  const { doc } = ctx;
  const globals = globalArgs(doc);
  const parents = parentStages(doc, stage);
  // What a local parent stage leaves behind: its WORKDIR, ENV and USER.
  let workdir: string | null = parents.length ? null : '/';
  let nonRoot = false;
  const vars: Vars = new Map();
  const defs = new Map<string, number>();
  const chain = [...parents].reverse();
  if (parents.length) {
    const root = chain[0];
    // The root of the chain is an image: its working directory is known only for official images.
    workdir = imageWorkdir(resolveImage(root.image, globals));
    for (const p of chain) {
      for (const ins of p.instructions) {
        if (ins.keyword === 'WORKDIR' && ins.args[0]) workdir = resolvePath(workdir, expand(ins.args[0].value, vars) ?? '\0') ?? null;
        if (ins.keyword === 'ENV') for (const a of readAssignments(ins)) { vars.set(a.name, a.value === null ? null : expand(a.value, vars)); defs.set(a.name, -1); }
        if (ins.keyword === 'USER') nonRoot = !isRootUser(ins.args[0]?.value ?? '');
      }
    }
  } else {
    // An image's own WORKDIR is known only for official images; elsewhere relative paths resolve only after a
    // WORKDIR in this stage.
    workdir = imageWorkdir(resolveImage(stage.image, globals));
  }
  const states = new Map<Instruction, State>();
  const homes = new Set<string>();
  // The variables as each instruction sees them: one copy per ENV/ARG, shared by the instructions up to the next
  // (states are only read).
  let seenVars: Vars | null = null;
  let seenDefs: Map<string, number> | null = null;
  for (const ins of stage.instructions) {
    let copy: State['copy'] = null;
    if (ins.keyword === 'COPY' || ins.keyword === 'ADD') {
      copy = copyWrite(ins, workdir, vars, (src) => contextIsFile(ctx, src));
    }
    seenVars ??= new Map(vars);
    seenDefs ??= new Map(defs);
    states.set(ins, { workdir, vars: seenVars, defs: seenDefs, nonRoot, copy });
    if (ins.keyword === 'ENV' || ins.keyword === 'ARG') {
      seenVars = null;
      seenDefs = null;
    }
    switch (ins.keyword) {
      case 'WORKDIR': {
        const v = ins.args[0] ? expand(ins.args[0].value, vars) : null;
        workdir = v === null ? null : resolvePath(workdir, v);
        if (workdir) addHome(homes, workdir);
        break;
      }
      case 'ENV':
        for (const a of readAssignments(ins)) { vars.set(a.name, a.value === null ? null : expand(a.value, vars)); defs.set(a.name, ins.index); }
        break;
      case 'ARG':
        for (const a of readAssignments(ins)) {
          vars.set(a.name, a.value !== null ? expand(a.value, vars) : (globals.get(a.name) ?? null));
          defs.set(a.name, ins.index);
        }
        break;
      case 'USER':
        nonRoot = !isRootUser(ins.args[0]?.value ?? '');
        break;
      case 'RUN':
        for (const c of ins.shell?.script?.commands ?? []) {
          const e = commandEffect(c, workdir, '/', vars);
          if (e.kind === 'home') homes.add(e.path);
          if (e.kind === 'dirs') for (const d of e.paths) addHome(homes, d);
        }
        break;
      default:
        break;
    }
  }
  const rootImage = (parents.length ? parents[parents.length - 1] : stage).image;
  return { states, homes, parents, image: resolveImage(rootImage, globals) };
}

/** A FROM image with global ARGs (and their defaults) filled in; an unknown value leaves a `$`. */
function resolveImage(image: string, globals: Map<string, string | null>): string {
  return image.replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}?/g, (_m, n: string, d?: string) => globals.get(n) ?? d ?? '$');
}

/**
 * A /home/<name> directory this stage makes (mkdir, WORKDIR): in a generic image it did not exist before, except
 * the homes some official images ship (node, ubuntu).
 */
function addHome(homes: Set<string>, dir: string): void {
  const m = /^\/home\/([^/]+)/.exec(dir);
  if (m && !['node', 'ubuntu', 'debian', 'nonroot'].includes(m[1])) homes.add(`/home/${m[1]}`);
}

function expand(text: string, vars: Vars): string | null {
  if (!text.includes('$')) return text;
  return expandWord({ text, value: null, start: 0, end: 0 }, vars);
}

function isRootUser(u: string): boolean {
  return /^(root|0)(:(root|0))?$/.test(u);
}

function contextIsFile(ctx: PassContext, src: string): boolean | null {
  const st = contextStat(ctx, src);
  return st === null ? null : st.isFile;
}

function contextMode(ctx: PassContext, src: string): number | null {
  const st = contextStat(ctx, src);
  return st !== null && st.isFile ? st.mode & 0o7777 : null;
}

/**
 * What a stat of a context path says (null: no context, a variable in the path, or no such file), remembered per
 * build context: rewrite() opens one context per call and nothing writes to it while the passes run, and every round
 * asks again for the source of each COPY of the file (a failing stat for most on a long file).
 */
const stats = new WeakMap<BuildContext, Map<string, { isFile: boolean; mode: number } | null>>();
function contextStat(ctx: PassContext, src: string): { isFile: boolean; mode: number } | null {
  if (!ctx.context || src.includes('$')) return null;
  let known = stats.get(ctx.context);
  if (!known) stats.set(ctx.context, (known = new Map()));
  let st = known.get(src);
  if (st === undefined) {
    try {
      const s = fs.statSync(path.join(ctx.context.dir, src));
      st = { isFile: s.isFile(), mode: s.mode };
    } catch {
      st = null;
    }
    known.set(src, st);
  }
  return st;
}

// ---------------------------------------------------------------------------------------------------------------
// One chown/chmod command

type Outcome = { change: ProposedChange } | { skip: string; line: number; offset: number } | null;

interface Target {
  path: string;
  word: string;
  copies: { ins: Instruction; write: CopyWrite }[];
}

function analyse(ctx: PassContext, stage: Stage, walk: StageWalk, run: Instruction, statement: Statement, cmd: SimpleCommand, tool: 'chown' | 'chmod'): Outcome {
  const { doc } = ctx;
  const state = walk.states.get(run)!;
  const inv = invocation(cmd)!;
  const parsed = tool === 'chown' ? parseChown(inv.args) : parseChmod(inv.args);
  const copies = stage.instructions
    .filter((i) => i.index < run.index && (i.keyword === 'COPY' || i.keyword === 'ADD'))
    .map((i) => ({ ins: i, write: walk.states.get(i)!.copy! }));
  const script = run.shell!.script!;
  const position = script.statements.indexOf(statement);

  // The working directory of the command: WORKDIR, changed by a `cd` earlier in the same RUN.
  let cwd = state.workdir;
  let cwdSure = true;
  for (const s of script.statements.slice(0, position)) {
    for (const c of script.commands.filter((x) => x.start >= s.start && x.end <= s.end && x.topLevelShell)) {
      const name = c.words[0]?.value;
      if (name === 'cd' || name === 'pushd' || name === 'popd') {
        const top = c.start === s.start && c.end === s.end;
        const arg = c.words[1] ? expandWord(c.words[1], state.vars) : null;
        if (!top || name !== 'cd' || arg === null || arg === '-' || c.words.length !== 2) { cwd = null; cwdSure = false; }
        else cwd = resolvePath(cwd, arg);
      }
    }
  }

  // Does any COPY write where this command acts? Only then is the command this pass's business.
  const rawPaths = 'error' in parsed ? inv.args.slice(1) : parsed.paths;
  const resolved = rawPaths.map((w) => {
    const v = expandWord(w, state.vars);
    return v === null ? null : resolvePath(cwd, v);
  });
  const overlaps = (p: string): boolean =>
    copies.some(({ write }) => !('error' in write) && (isWithin(write.region, p) || isWithin(p, write.region)));
  if (copies.length === 0 || !resolved.some((p) => p === null || overlaps(p))) return null;
  const cmdLine = doc.lineOf(cmd.start);
  const skip = (why: string): Outcome => ({ skip: `${tool} at line ${cmdLine} kept: ${why}`, line: cmdLine, offset: cmd.start });
  if ('error' in parsed) return resolved.some((p) => p !== null && overlaps(p)) ? skip(parsed.error) : null;
  // Only a recursive chown/chmod rewrites a copied tree; a non-recursive one of exactly one copied file is handled
  // too (on a single file the two are the same).
  if (!parsed.recursive && resolved.some((p) => p === null)) return null;
  if (!parsed.recursive && !resolved.every((p) => copies.some(({ write }) => !('error' in write) && write.singleFile && write.region === p))) {
    // A COPY --from names a path of another stage or image, which may be a directory: the non-recursive command
    // changes that entry alone, where the flag would change everything the COPY writes.
    const from = copies.find(({ ins, write }) => !('error' in write) && ins.flags.some((f) => f.name === 'from') && resolved.some((p) => p === write.region));
    if (from) {
      const line = doc.lineOf(cmd.start);
      return { skip: `${tool} at line ${line} kept: the ${from.ins.keyword} --from at line ${from.ins.line} may copy a directory (its source is in another stage or image, not read here), whose ${tool === 'chown' ? 'owner' : 'mode'} alone this non-recursive ${tool} changes, while --${tool} on the COPY would set it on everything the COPY writes`, line, offset: cmd.start };
    }
    return null;
  }
  if (inv.wrappers.length || cmd.assignments.length || cmd.redirects.length) return skip('the command has a wrapper, assignment or redirect');
  // Output thrown away (`> /dev/null 2>&1`) changes nothing in the image; a redirect into a file writes one.
  const toFile = (statement.redirects ?? []).find((r) => !discards(r));
  if (toFile) return skip(`its output goes to a file (\`${toFile.text}\`), which the image would no longer get`);
  if (state.nonRoot) return skip('it runs as a non-root USER');
  if (!cwdSure) return skip('a `cd` earlier in the RUN makes its working directory unknown');
  if (resolved.some((p) => p === null)) return skip('a path is relative to an unknown working directory or uses a variable with no known value');

  // What the flag will be.
  let owner: OwnerSpec | null = null;
  let mode: string | null = null;
  const specWord = 'owner' in parsed ? parsed.owner : parsed.mode;
  const specText = specWord.value ?? (/^[^'`\\\s]+$/.test(specWord.text) && !specWord.text.includes('$(') ? specWord.text.replace(/"/g, '') : null);
  if (specText === null) return skip(`${tool} ${specWord.text}: the ${tool === 'chown' ? 'owner' : 'mode'} is not a plain word`);
  if (tool === 'chown') {
    const o = parseOwner(specText);
    if ('error' in o) return skip(o.error);
    owner = o;
    // Variables must mean the same in the Dockerfile (at the COPY) as in the shell (at the RUN).
    for (const name of varNames(specText)) {
      if (!state.defs.has(name)) return skip(`$${name} is not an ARG or ENV of the stage, so COPY --chown cannot expand it`);
      const assigned = script.commands.some((c) => c.start < statement.start && c.assignments.some((a) => a.text.startsWith(`${name}=`)));
      if (assigned || script.commands.some((c) => c.start < statement.start && ['export', 'read', 'local', 'declare'].includes(c.words[0]?.value ?? '') && c.words.some((w) => (w.value ?? '').split('=')[0] === name))) {
        return skip(`$${name} is set inside the RUN`);
      }
    }
  } else {
    mode = octalMode(specText);
    if (mode === null && parsed.recursive) return skip(`chmod -R ${specText}: a symbolic mode depends on each file's mode, COPY --chmod sets one octal mode`);
  }

  const edits: Edit[] = [];
  const flagged = new Map<Instruction, string>();
  const narrowed: string[] = [];
  /** The line of the instruction that made or wrote each entry of `narrowed` (none: P itself, before the COPY). */
  const madeAt = new Map<string, number>();
  const kept: string[] = [];
  const notes: string[] = [];
  const homeRuns = new Map<Instruction, string[]>();
  const movedRuns = new Map<Instruction, string[]>();
  /** Later RUNs writing unknown names under a path whose earlier files are owned already: only what is not gets chowned. */
  const findRuns = new Map<Instruction, string[]>();
  let coverFrom = -1;
  /** The command itself becomes `find P ! -user u -exec chown -h u {} +` (see below). */
  let ownFind = false;
  /** Targets the base image may already fill: the change is then unsafe, with this condition. */
  const baseConditions: { path: string; why: string }[] = [];
  /** Directories above a target that a COPY taking the flag would create unless something made them before. */
  const parentConditions: string[] = [];
  let moveWhy = '';
  const keptWords: string[] = [];
  let madeBy: number | null = null;
  /** Each target path as the chown wrote it: a moved chown keeps `$APP_HOME` (an ARG may be set otherwise at build time). */
  const writtenAs = new Map<string, string>();

  for (let k = 0; k < resolved.length; k++) {
    const P = resolved[k]!;
    const word = rawPaths[k].text;
    writtenAs.set(P, word);
    const target: Target = { path: P, word, copies: [] };
    let lastMoved = -1;
    let lastMovedIns: Instruction | null = null;
    const movers: Instruction[] = [];
    for (const c of copies) {
      const write = c.write;
      if ('error' in write) return skip(`the ${c.ins.keyword} at line ${c.ins.line} may write under ${P} (${write.error})`);
      if (isWithin(write.region, P)) {
        if (write.problem) return skip(write.problem);
        target.copies.push({ ins: c.ins, write });
      } else if (isWithin(P, write.region) && !write.singleFile) {
        return skip(`the ${c.ins.keyword} at line ${c.ins.line} copies into ${write.region}, which holds ${P}: ${tool === 'chmod' ? '--chmod on it would also set the mode' : '--chown on it would also set the owner'} of what it writes outside ${P}`);
      }
    }
    if (target.copies.length === 0) {
      kept.push(P);
      keptWords.push(word);
      continue;
    }
    // A target that is exactly one copied file needs no look at the base image: the COPY replaces whatever was there.
    const onlyFile = target.copies.every((c) => c.write.singleFile && c.write.region === P);
    if (!parsed.recursive && !onlyFile) return null;
    const base = !onlyFile && (isBasePath(P, walk.homes) || walk.parents.some((s) => s.instructions.some((i) => i.keyword !== 'FROM' && i.text.includes(P))));
    const fromParent = !onlyFile && walk.parents.some((s) => s.instructions.some((i) => i.keyword !== 'FROM' && i.text.includes(P)));
    const unknownBase = !onlyFile && !isGenericImage(walk.image);
    if (base || unknownBase) {
      // An application directory (a home, /srv/x, /opt/x, /var/www/x) of a base image we cannot see: whether the image
      // already holds files there decides it, so the change is offered in the unsafe tier with that condition.
      // System trees (/usr, /etc...) and paths an earlier stage of this file writes keep the recursive chown.
      const why = base
        ? `the base image may already hold files under ${P}, which only the recursive ${tool} would change`
        : `the base image ${walk.image} is not a known OS or language image and may already hold files under ${P}`;
      if (fromParent || tool !== 'chown' || !applicationDir(P)) return skip(why);
      baseConditions.push({ path: P, why });
    }


    // The directories above P that the first COPY creates: BuildKit makes every directory a COPY creates with its
    // --chown owner (parents included), where the original COPY left them root's. Only directories known to exist
    // before it (the top-level system ones, WORKDIR, mkdir, homes, earlier COPYs) leave no such difference.
    if (tool === 'chown') {
      const first = target.copies.reduce((a, b) => (b.ins.index < a.ins.index ? b : a));
      const created = dirsBetween('/', P).filter((d) => d !== '/' && !dirBefore(stage, walk, first.ins, d));
      if (created.length) {
        const one = created.length === 1;
        const risk = `with --chown, BuildKit would create ${one ? 'it' : 'them'} owned by ${specText} too, where the original leaves ${one ? 'it' : 'them'} owned by root`;
        const maker = mayMakeDirs(stage, walk, first.ins, created);
        if (!maker) return skip(`the ${first.ins.keyword} at line ${first.ins.line} creates ${created.join(', ')} above ${P}: ${risk}`);
        parentConditions.push(`${created.join(', ')} ${one ? 'exists' : 'exist'} before the ${first.ins.keyword} at line ${first.ins.line} (${maker} may have made ${one ? 'it' : 'them'}; if not, ${risk})`);
      }
    }

    // Everything else in the stage that put something under P before the command.
    // P itself, and the parents a COPY creates, keep a non-recursive change: cheap directory entries, and builders
    // differ on whether directories a COPY creates get its --chown. The copied root itself is created by the COPY
    // with the flag's owner; it is listed only when it is certainly a directory (a file would be written again).
    const dirs: string[] = target.copies.some((c) => c.write.region === P && !c.write.certainDir) ? [] : [P];
    // Which instruction made each entry of `dirs` (-1: P itself), so a chown moved into a later RUN drops them.
    const dirTags: number[] = dirs.map(() => -1);
    const tagDirs = (index: number): void => { while (dirTags.length < dirs.length) dirTags.push(index); };
    for (const c of target.copies) {
      for (const d of dirsBetween(P, c.write.region)) if (!existsBefore(stage, walk, c.ins, d)) dirs.push(d);
      // A copied directory that existed before the COPY keeps its owner (both builders): it is listed where it was made.
      if (c.write.certainDir && !existsBefore(stage, walk, c.ins, c.write.region)) dirs.push(c.write.region);
      tagDirs(c.ins.index);
    }
    // One copied file replaces whatever was at P (as for the base image above): what a RUN before its COPY did there
    // (`mv /entrypoint.sh /base-entrypoint.sh`) is gone, so only the instructions after the COPY are looked at.
    const firstCopy = Math.min(...target.copies.map((c) => c.ins.index));
    for (const ins of stage.instructions) {
      tagDirs(ins.index - 1);
      if (ins.index >= run.index) break;
      if (onlyFile && ins.index < firstCopy) continue;
      const st = walk.states.get(ins)!;
      if (ins.keyword === 'WORKDIR') {
        const next = nextState(walk, stage, ins);
        if (next?.workdir && isWithin(next.workdir, P)) dirs.push(...dirsBetween(P, next.workdir), next.workdir);
        else if (next && next.workdir === null) return skip(`the WORKDIR at line ${ins.line} cannot be resolved`);
      }
      if (ins.keyword !== 'RUN') continue;
      const effect = runEffect(ins, st, P, tool, dirs, (c, cwd) => effectAt(ctx, stage, walk, ins, c, cwd, P, st.vars), (home) => {
        const list = homeRuns.get(ins) ?? [];
        list.push(home);
        homeRuns.set(ins, list);
      });
      if (effect?.move) {
        // Files with unknown names (npm install in P...): chown P at the end of the RUN that made them, in its own
        // layer. It rewrites what earlier layers put under P, so only COPYs after that RUN gain anything.
        if (tool !== 'chown' || st.nonRoot || !appendToRun(doc, ins, 'true')) return skip(effect.why);
        // The appended chown needs P to exist when that RUN ends: made before it, and not removed or moved by it.
        if (!existsBefore(stage, walk, ins, P)) return skip(`${effect.why}; ${P} may not exist yet when that RUN ends`);
        const removes = ins.shell!.script!.commands.some((c) => {
          const other = invocation(c);
          return !other || (['rm', 'rmdir', 'mv', 'unlink'].includes(other.name) && other.args.some((w) => w.value === null || w.text.includes(P) || !w.text.startsWith('/')));
        });
        if (removes) return skip(`${effect.why}; that RUN also removes or moves paths that may be ${P}`);
        lastMovedIns = ins;
        movers.push(ins);
        lastMoved = Math.max(lastMoved, ins.index);
        moveWhy = effect.why;
      } else if (effect) return skip(effect.why);
    }
    tagDirs(run.index - 1);
    // The command's own RUN may write unknown names before it (`npm run build && chown -R ...`). After an earlier
    // such RUN and a COPY in between, it becomes the `find` form in place, and the recursive chown goes earlier.
    {
      const earlier = script.commands.filter((c) => c.end <= statement.start);
      let cwd = state.workdir;
      let unknown = false;
      for (const c of earlier) {
        if (c.words[0]?.value === 'cd' && c.words[1]) {
          const v = expandWord(c.words[1], state.vars);
          cwd = v === null ? null : resolvePath(cwd, v);
          continue;
        }
        if (effectAt(ctx, stage, walk, run, c, cwd, P, state.vars).kind === 'unknown') unknown = true;
      }
      const lastMover = movers[movers.length - 1];
      if (unknown && tool === 'chown' && owner && !varNames(specText).length && resolved.length === 1 && lastMover &&
        target.copies.some((c) => c.ins.index > lastMover.index) && !script.commands.some((c) => c.start < statement.start && invocation(c)?.name === 'cd')) {
        ownFind = true;
        movers.push(run);
        lastMovedIns = run;
        lastMoved = run.index;
      }
    }
    if (lastMovedIns) {
      // Everything made up to the end of that RUN is covered by the chown -R appended there.
      for (let i = dirs.length - 1; i >= 0; i--) if (dirTags[i] <= lastMoved) { dirs.splice(i, 1); dirTags.splice(i, 1); }
      // The chown moves to the end of the last RUN that wrote unknown names under P: it covers everything under P
      // made before (earlier RUNs, COPYs, homes), so only later COPYs take the flag. With no COPY left to flag, the
      // gain is what that RUN created: it is owned in its own layer now.
      // When COPYs come between RUNs that write unknown names (an install, the source COPY, a build), the recursive
      // chown goes to the last such RUN before them and the later RUNs chown only what is not owned yet (`find`):
      // the COPYs after it take the flag, and no layer rewrites the installed tree again.
      let anchor = lastMovedIns;
      const between = target.copies.filter((c) => c.ins.index > movers[0].index && c.ins.index < lastMoved);
      if (tool === 'chown' && between.length && owner && !varNames(specText).length) {
        const firstCopy = Math.min(...between.map((c) => c.ins.index));
        const earlier = movers.filter((m) => m.index < firstCopy);
        anchor = earlier[earlier.length - 1];
        for (const m of movers) {
          if (m.index <= anchor.index || m === run) continue;
          const found = findRuns.get(m) ?? [];
          if (!found.includes(P)) found.push(P);
          findRuns.set(m, found);
        }
      }
      coverFrom = Math.max(coverFrom, anchor.index);
      const list = movedRuns.get(anchor) ?? [];
      if (!list.includes(P)) list.push(P);
      movedRuns.set(anchor, list);
      for (const [ins, homes] of homeRuns) {
        if (ins.index >= lastMoved) continue;
        const left = homes.filter((h) => !isWithin(h, P));
        if (left.length) homeRuns.set(ins, left);
        else homeRuns.delete(ins);
      }
      target.copies = target.copies.filter((c) => c.ins.index > anchor.index);
    }
    // The command's own RUN, before it: same layer, so anything created there costs nothing to chown.
    const before = script.commands.filter((c) => c.end <= statement.start);
    let localCwd = state.workdir;
    for (const c of before) {
      if (c.words[0]?.value === 'cd' && c.words[1]) {
        const v = expandWord(c.words[1], state.vars);
        localCwd = v === null ? null : resolvePath(localCwd, v);
        continue;
      }
      const e = effectAt(ctx, stage, walk, run, c, localCwd, P, state.vars);
      if (ownFind) continue;
      if (e.kind === 'unknown') return skip(`${e.why} (earlier in the same RUN)`);
      if (e.kind === 'home') return skip(`the home ${e.path} is created earlier in the same RUN`);
      if (e.kind === 'dirs' || e.kind === 'files') {
        dirs.push(...e.paths);
        for (const d of e.paths) if (!madeAt.has(d)) madeAt.set(d, run.line);
      }
    }
    const into = intoTree(redirectWrites(script, state.workdir, state.vars, statement.start), P);
    if (into) return skip(`a redirect (${into}) earlier in the RUN may write under ${P}`);

    // Another chown/chgrp (chmod) of paths under P between the COPY (or the RUN the chown moves into) and this
    // command: the recursive one overrode it, the flag would not. A partial owner or a symbolic mode would also
    // keep part of what it set.
    {
      const first = Math.min(...target.copies.map((c) => c.ins.index), ...(lastMoved >= 0 ? [coverFrom] : []));
      const partial = (owner !== null && (owner.user === null || owner.group === null)) || (tool === 'chmod' && mode === null);
      const kinds = tool === 'chown' ? ['chown', 'chgrp'] : ['chmod'];
      for (const ins of stage.instructions) {
        if (ins.index <= first || ins.index > run.index || ins.keyword !== 'RUN') continue;
        for (const c of ins.shell?.script?.commands ?? []) {
          if (ins === run && c.start >= statement.start) break;
          const other = invocation(c);
          const touchesP = (w: { value: string | null; text: string }): boolean => w.value === null || w.text.includes(P) || (!w.text.startsWith('/') && walk.states.get(ins)!.workdir !== null && isWithin(resolvePath(walk.states.get(ins)!.workdir, w.value ?? '') ?? '/', P));
          // chown clears setuid/setgid bits: a chmod that sets them under P lost them to the recursive chown.
          const modeWord = other?.name === 'chmod' ? other.args.find((w) => w.value === null || !w.value.startsWith('-') || /^-[rwxXst]+$/.test(w.value)) : undefined;
          const setsId = modeWord !== undefined && (modeWord.value === null || (/^[ugoa]*[-+=][rwxXst]*s/.test(modeWord.value) || /[,][ugoa]*[-+=][rwxXst]*s/.test(modeWord.value) || /^[0-7]*[2-7][0-7]{3}$/.test(modeWord.value)));
          if (tool === 'chown' && setsId && other!.args.some((w) => w !== modeWord && touchesP(w))) {
            return skip(`the chmod at line ${doc.lineOf(c.start)} may set setuid/setgid bits under ${P}, which the recursive chown clears and COPY --chown would keep`);
          }
          if (other && kinds.includes(other.name) && other.args.some(touchesP)) {
            return skip(partial
              ? `the ${other.name} at line ${doc.lineOf(c.start)} changes ${P} first, and this ${tool} keeps part of what it set`
              : `the ${other.name} at line ${doc.lineOf(c.start)} changes paths under ${P} after they are written, and this recursive ${tool} overrides it (a flag on the COPY would not)`);
          }
        }
      }
    }

    // The user or group must exist when the COPY runs.
    if (owner) {
      const first = Math.min(...target.copies.map((c) => c.ins.index));
      const names = [owner.user, owner.group].filter((n): n is string => n !== null && !isNumericId(n));
      for (const ins of stage.instructions) {
        if (ins.index <= first || ins.index > run.index || ins.keyword !== 'RUN') continue;
        const written = writesAccounts(walk, ins, ins === run ? statement.start : Infinity);
        if (written && names.length) {
          return skip(`a redirect (${written}) at line ${ins.line} may change the ids of ${[...new Set(names)].join(', ')} after the COPY at line ${doc.instructions[first].line}: COPY --chown resolves the names when the COPY runs, the chown when it runs`);
        }
        for (const c of ins.shell?.script?.commands ?? []) {
          if (ins === run && c.start >= statement.start) break;
          const made = createdNames(c);
          if (made.length && (names.some((n) => made.includes(n)) || names.some((n) => n.includes('$')))) {
            return skip(`the user or group is created at line ${ins.line}, after the COPY at line ${doc.instructions[first].line}`);
          }
          if (changesAccount(c, names)) {
            return skip(`the ${invocation(c)?.name ?? 'command'} at line ${doc.lineOf(c.start)} may change the ids of ${[...new Set(names)].join(', ')} after the COPY at line ${doc.instructions[first].line}: COPY --chown resolves the names when the COPY runs, the chown when it runs`);
          }
        }
      }
      for (const c of target.copies) {
        for (const name of varNames(owner.text)) {
          if (!walk.states.get(c.ins)!.vars.has(name) || walk.states.get(c.ins)!.defs.get(name) !== state.defs.get(name)) {
            return skip(`$${name} is not defined with the same value at the COPY at line ${c.ins.line}`);
          }
        }
        if (c.ins.flags.some((f) => f.name === 'link') && names.length) return skip(`COPY --link at line ${c.ins.line} cannot resolve user names from the image`);
      }
    }

    // The same for the RUNs the chown moves into: the user must exist when they end.
    if (owner) {
      const names = [owner.user, owner.group].filter((n): n is string => n !== null && !isNumericId(n));
      for (const moved of [...movedRuns.keys(), ...findRuns.keys()]) {
        for (const ins of stage.instructions) {
          if (ins.index <= moved.index || ins.index > run.index || ins.keyword !== 'RUN') continue;
          if (names.length && writesAccounts(walk, ins, ins === run ? statement.start : Infinity)) {
            return skip(`a redirect at line ${ins.line} writes the user or group database after the RUN at line ${moved.line} the chown would move into`);
          }
          for (const c of ins.shell?.script?.commands ?? []) {
            if (ins === run && c.start >= statement.start) break;
            const made = createdNames(c);
            if (made.length && (names.some((n) => made.includes(n)) || names.some((n) => n.includes('$')))) {
              return skip(`the user or group is created at line ${ins.line}, after the RUN at line ${moved.line} the chown would move into`);
            }
            if (changesAccount(c, names)) {
              return skip(`the ${invocation(c)?.name ?? 'command'} at line ${doc.lineOf(c.start)} may change the ids of ${[...new Set(names)].join(', ')} after the RUN at line ${moved.line} the chown would move into`);
            }
          }
        }
      }
    }

    for (const c of target.copies) {
      if (flagged.has(c.ins)) continue;
      const flagText = tool === 'chown' ? copyOwner(c.ins, owner!) : copyMode(ctx, c.ins, mode, specText);
      if (typeof flagText !== 'string') return skip(flagText.error);
      flagged.set(c.ins, flagText);
    }
    for (const d of dirs) if (isWithin(d, P) && !narrowed.includes(d)) narrowed.push(d);
    dirs.forEach((d, i) => { if (dirTags[i] >= 0 && !madeAt.has(d)) madeAt.set(d, doc.instructions[dirTags[i]].line); });
    // The instruction after which every listed directory exists (null: one is made in the command's own RUN).
    const inside = dirs.map((d, i) => (isWithin(d, P) ? dirTags[i] : -2));
    madeBy = dirTags.length === dirs.length && inside.every((t) => t !== undefined) ? Math.max(...inside) : null;
  }
  if (flagged.size === 0 && movedRuns.size === 0) return null;
  if (findRuns.size && (movedRuns.size !== 1 || homeRuns.size)) return skip('several trees or homes would need their chown moved into several RUNs');

  // The COPY flags.
  const flagName = tool;
  const edited: Instruction[] = [];
  for (const [ins, value] of flagged) {
    const existing = ins.flags.find((f) => f.name === flagName);
    if (existing?.value !== value) edited.push(ins);
    if (existing) {
      if (existing.value !== value) {
        edits.push(replaceFlag(ins, flagName, `--${flagName}=${value}`)!);
        notes.push(`the --${flagName}=${existing.value} at line ${ins.line} is replaced, since the later ${tool} won`);
      }
    } else {
      edits.push(insertFlag(doc, ins, `--${flagName}=${value}`));
    }
  }

  // Homes made by useradd -m under the target, and trees a RUN filled with unknown names: chown them in that RUN.
  const ownerWord = specWord.text;
  for (const ins of new Set([...homeRuns.keys(), ...movedRuns.keys()])) {
    const at = walk.states.get(ins)!;
    const paths = [...new Set([...(homeRuns.get(ins) ?? []), ...(movedRuns.get(ins) ?? [])])];
    // (Only a word that expands to an absolute path: a relative one would resolve against the RUN's own `cd`.)
    const words = paths.map((p) => {
      const w = writtenAs.get(p);
      return w?.includes('$') && /^["']?[$/]/.test(w) && (expand(w.replace(/"/g, ''), at.vars) ?? '').startsWith('/') ? w : shellQuote(p);
    });
    const missing = [specText, ...words].flatMap((w) => varNames(w)).find((name) => !at.defs.has(name) || at.defs.get(name) !== state.defs.get(name));
    if (missing) return skip(`$${missing} does not have its value yet at the RUN at line ${ins.line}, where the chown would move`);
    const edit = appendToRun(doc, ins, `chown -R ${ownerWord} ${words.join(' ')}`);
    if (!edit) return skip(`the RUN at line ${ins.line} would need a chown appended, which cannot be done soundly`);
    edits.push(edit);
  }
  const findText = (paths: string[]): string => {
    const tests = [owner!.user !== null ? `! -user ${shellQuote(owner!.user)}` : null, owner!.group !== null ? `! -group ${shellQuote(owner!.group)}` : null].filter((t) => t !== null);
    const test = tests.length > 1 ? `\\( ${tests.join(' -o ')} \\)` : tests[0];
    return `find ${paths.map(shellQuote).join(' ')} ${test} -exec chown -h ${ownerWord} {} +`;
  };
  for (const [ins, paths] of findRuns) {
    const edit = appendToRun(doc, ins, findText(paths));
    if (!edit) return skip(`the RUN at line ${ins.line} would need a chown appended, which cannot be done soundly`);
    edits.push(edit);
  }

  // The non-recursive chown goes right after the instruction that made the last directory it lists, when the COPYs
  // that take the flag come after that: a source edit then re-runs no chown at all.
  const narrowedAll = [...narrowed];
  // Moved, a path keeps its variable (`${APP}`: a build arg may set it otherwise) when it expands to an absolute
  // path; a relative one would resolve in another working directory, so it is written resolved.
  const movedWord = (p: string): string => {
    const w = writtenAs.get(p);
    return w?.includes('$') && /^["']?[$/]/.test(w) && (expand(w.replace(/"/g, ''), state.vars) ?? '').startsWith('/') ? w : shellQuote(p);
  };
  const early = tool === 'chown' && narrowed.length && !kept.length && resolved.length === 1 && madeBy !== null && madeBy >= 0
    ? earlyPlace(doc, stage, walk, run, statement, madeBy, owner!, [specText, ...narrowed.map(movedWord)].join(' '), state, [...flagged.keys()], [...movedRuns.keys(), ...homeRuns.keys(), ...findRuns.keys()], narrowed)
    : null;
  if (early) {
    const text = `${inv.name} ${ownerWord} ${narrowed.map(movedWord).join(' ')}`;
    const e = early.keyword === 'RUN' ? appendToRun(doc, early, text) : { start: doc.offsetOfLine(early.endLine + 1), end: doc.offsetOfLine(early.endLine + 1), text: `RUN ${text}${doc.eol}` };
    if (e) {
      edits.push(e);
      notes.push(`the non-recursive chown runs after line ${early.line}, where the last of these directories exists, so no chown follows the COPY${flagged.size > 1 ? 's' : ''}`);
      narrowed.length = 0;
    }
  }

  // The command itself: gone, narrowed to what the COPYs did not write, or (after files of unknown names in its own
  // RUN) the find form.
  const parts: string[] = [];
  if (ownFind) {
    if (narrowed.length || kept.length || findRuns.size) return skip('the chown would need both a find form and other paths');
    edits.push({ start: cmd.start, end: cmd.end, text: findText(resolved as string[]) });
    notes.push(`the chown at line ${cmdLine} stays for what its own RUN creates, as \`find ... ! -user\`: everything else under the path is owned already`);
  }
  const asWritten = (p: string): string => {
    const k = resolved.indexOf(p);
    return k >= 0 && /^[^'`\\\s;&|<>()]+$/.test(rawPaths[k].text) && !rawPaths[k].text.includes('$(') ? rawPaths[k].text : shellQuote(p);
  };
  // The command's own flags (-R, -f, -v...: the only ones parsed) are kept; the narrowed form drops -R.
  const flagWords: string[] = [];
  for (const w of inv.args) {
    if (w.value === '--') break;
    if (w !== specWord && w.value !== null && w.value.startsWith('-') && w.value.length > 1 && !rawPaths.includes(w)) flagWords.push(w.value);
  }
  const nonRecursive = flagWords.map((f) => (f === '--recursive' ? '' : f.startsWith('--') ? f : f.replace(/R/g, ''))).filter((f) => f !== '' && f !== '-');
  const joinWords = (ws: string[]): string => ws.map((w) => `${w} `).join('');
  if (narrowed.length) parts.push(`${inv.name} ${joinWords(nonRecursive)}${ownerWord} ${narrowed.map(asWritten).join(' ')}`);
  if (kept.length) parts.push(`${inv.name} ${joinWords(flagWords)}${ownerWord} ${keptWords.join(' ')}`);
  if (ownFind) {
    // Done above.
  } else if (parts.length === 0) {
    // What would be left is nothing, or only `cd`s (which do nothing once the RUN ends): the RUN goes.
    const others = script.statements.filter((x) => x !== statement);
    const onlyCd = others.every((x) => script.commands.some((c) => c.start === x.start && c.end === x.end && c.words[0]?.value === 'cd' && c.redirects.length === 0));
    if (script.statements.length === 1 || (onlyCd && others.every((x) => x.before === null || x.before === '&&') && (statement.before === null || statement.before === '&&'))) edits.push(removeInstruction(doc, run));
    else {
      const e = removeStatement(doc, run, statement);
      if (!e) return skip('removing it from a list joined by ";", "||" or newlines would change which commands run');
      edits.push(e);
    }
  } else {
    if (parts.length > 1 && script.statements.some((s) => s.before !== null && s.before !== '&&')) {
      return skip('it would become two commands in a list joined by ";", "||" or newlines');
    }
    // The command would stay exactly as it is (a copied file written again after the COPY, `sed -i`, `touch`, keeps
    // its chmod): the flag would only add a second place that sets the same thing, and gain nothing.
    if (parts.join(' && ') === doc.text.slice(cmd.start, cmd.end)) {
      const by = [...new Set(narrowed.map((d) => madeAt.get(d)).filter((l): l is number => l !== undefined))];
      return skip(`${narrowed.join(', ')} ${by.length ? `is written again after the COPY (line${by.length > 1 ? 's' : ''} ${by.join(', ')})` : 'is listed again'}, so the ${tool} would stay as it is and COPY --${tool} would gain nothing`);
    }
    edits.push({ start: cmd.start, end: cmd.end, text: parts.join(' && ') });
  }

  const lines = (list: Instruction[]): string => `line${list.length > 1 ? 's' : ''} ${list.map((i) => i.line).join(', ')}`;
  const command = `${tool}${parsed.recursive ? ' -R' : ''} at line ${cmdLine}`;
  const movedLines = [...movedRuns.keys()].map((i) => i.line).join(', ');
  const message = edited.length
    ? `set the ${tool === 'chown' ? 'owner' : 'mode'} with ${edited[0].keyword} --${tool} (${lines(edited)}) instead of ${command}`
    : flagged.size && movedRuns.size && !narrowed.length && !kept.length
      ? `move ${command} into the RUN${movedRuns.size > 1 ? 's' : ''} at line ${movedLines} that create${movedRuns.size > 1 ? '' : 's'} the files; the --${tool} of the COPY (${lines([...flagged.keys()])}) sets the rest`
      : flagged.size
      ? `${narrowed.length || kept.length ? 'narrow' : 'drop'} ${command}: the --${tool} of the COPY (${lines([...flagged.keys()])}) already sets it`
      : `move ${command} into the RUN${movedRuns.size > 1 ? 's' : ''} at line ${movedLines} that create${movedRuns.size > 1 ? '' : 's'} the files`;
  const what = tool === 'chown' ? 'owner' : 'mode';
  // The flag as the reader finds it on the instructions that take it (ADD --chmod is not COPY --chmod).
  const flagOn = [...new Set([...flagged.keys()].map((i) => i.keyword))].sort().reverse().join('/') || 'COPY';
  // With no COPY taking the flag, the moved RUNs are the whole change: their sentence below says it all.
  let reason = flagged.size
    ? `${flagOn} --${tool} sets the ${what} as the files are written, so ${parsed.recursive ? `the recursive ${tool}` : `the ${tool}`} no longer writes every copied file a second time into a new layer (the image carried the copied ${parsed.recursive ? 'tree' : 'file'} twice).`
    : movedRuns.size
      ? ''
      : `The files under ${resolved.join(', ')} get their ${what} right in the layer that creates them, so the separate ${tool} layer no longer holds a second copy of them.`;
  if (narrowed.length) {
    reason += ` A non-recursive ${tool} stays for ${narrowed.join(', ')}: a directory that exists before a COPY (the target, WORKDIR and mkdir directories) keeps its ${what} under ${flagOn} --${tool}, and the parent directories a COPY creates are listed too rather than depend on how the builder creates them; that layer holds only these entries, not the copied files.`;
  }
  if (flagged.size && [...flagged.keys()].some((i) => { const w = walk.states.get(i)!.copy; return w && !('error' in w) && !w.singleFile && !w.certainDir; })) {
    reason += ` A copied directory that did not exist before is created by the COPY with the flag's ${what}.`;
  }
  if (movedRuns.size) {
    const runs = [...movedRuns.keys()].map((i) => i.line);
    const why = moveWhy.charAt(0).toUpperCase() + moveWhy.slice(1);
    const them = runs.length > 1 ? 'them' : 'it';
    // Without a flagged COPY the sentence opens the reason and says what the separate layer no longer holds.
    const effect = flagged.size
      ? `what earlier COPYs put there is still written twice, the COPYs after ${them} no longer are`
      : `the separate ${tool} layer no longer holds a second copy of them (what COPYs put there before is still written twice)`;
    reason += runs.length > 1
      ? ` The RUNs at lines ${runs.slice(0, -1).join(', ')} and ${runs[runs.length - 1]} create files under ${[...new Set([...movedRuns.values()].flat())].join(', ')} whose names are not known here (${moveWhy}): the recursive ${tool} moves to the end of each, so those files get their ${what} in the layer that creates them; ${effect}.`
      : ` ${why}, and their names are not known here: the recursive ${tool} moves to the end of that RUN, so those files get their ${what} in the layer that creates them; ${effect}.`;
    reason = reason.trimStart();
  }
  if (findRuns.size) reason += ` The RUN${findRuns.size > 1 ? 's' : ''} at line ${[...findRuns.keys()].map((i) => i.line).join(', ')} also create${findRuns.size > 1 ? '' : 's'} files there after the COPY${flagged.size > 1 ? 's' : ''}; everything under the path is owned already at that point, so they chown only what is not (\`find ... ! -user\`), not the installed tree again.`;
  if (homeRuns.size) reason += ` The home created by ${[...homeRuns.keys()].map((i) => `line ${i.line}`).join(', ')} is chowned in that RUN, in the layer that creates it.`;
  if (kept.length) reason += ` ${kept.join(', ')} keep${kept.length === 1 ? 's' : ''} the recursive ${tool}: no COPY writes there.`;
  if (notes.length) reason += ` Note: ${notes.join('; ')}.`;
  if (tool === 'chmod') reason += ` ${flagOn} --chmod needs BuildKit.`;
  if (parentConditions.length && !baseConditions.length) reason = `Unsafe: only if ${parentConditions.join('; and ')}. ${reason}`;
  if (baseConditions.length) {
    const paths = baseConditions.map((c) => c.path);
    const also = parentConditions.length ? `, and only if ${parentConditions.join('; and ')}` : '';
    reason = `Unsafe: only if the base image holds nothing under ${paths.join(', ')} that must change owner (${baseConditions.map((c) => c.why).join('; ')})${also}. ` +
      `Everything this Dockerfile puts there comes from COPYs that now take the flag${movedRuns.size || homeRuns.size ? ' or from RUNs that chown what they create' : ''}, and ${narrowedAll.length ? `${narrowedAll.join(', ')} keep${narrowedAll.length === 1 ? 's' : ''} a non-recursive chown` : 'nothing else is written there'}; ` +
      `\`dockerfix verify --unsafe\` builds both and compares the files to prove it for this base. ${reason}`;
  }
  return {
    change: {
      message,
      reason,
      safety: tool === 'chown' && !baseConditions.length && !parentConditions.length ? 'safe' : 'unsafe',
      edits,
      tag: tool,
      // A move is told at the RUN it moves into (its first line), not at that RUN's last line, where the chown is
      // appended.
      ...(message.startsWith('move ') ? { at: Math.min(...[...movedRuns.keys()].map((i) => i.start)) } : {}),
    },
  };
}

/**
 * Where a non-recursive chown of `dirs` may run instead of at `statement`: right after the instruction `madeBy`
 * (the last to make one of them), when a COPY that takes the flag comes after it, the chown runs there as root
 * with the same owner (the user exists, and the variables of `words`, the owner and the paths as the chown is
 * written, mean the same there), and nothing in between changes owners.
 */
function earlyPlace(
  doc: DockerDocument, stage: Stage, walk: StageWalk, run: Instruction, statement: Statement, madeBy: number, owner: OwnerSpec,
  words: string, state: State, flaggedCopies: Instruction[], appendedRuns: Instruction[], dirs: string[],
): Instruction | null {
  const at = stage.instructions.find((i) => i.index === madeBy);
  if (!at || at.index >= run.index || appendedRuns.includes(at)) return null;
  if (!flaggedCopies.some((c) => c.index > at.index)) return null;
  if (at.keyword !== 'RUN' && at.keyword !== 'COPY' && at.keyword !== 'ADD' && at.keyword !== 'WORKDIR') return null;
  const names = [owner.user, owner.group].filter((n): n is string => n !== null && !isNumericId(n));
  const st = nextState(walk, stage, at);
  if (!st || st.nonRoot) return null;
  for (const name of varNames(words)) if (!st.defs.has(name) || st.defs.get(name) !== state.defs.get(name)) return null;
  for (const ins of stage.instructions) {
    if (ins.index <= at.index || ins.index > run.index) continue;
    if (ins.keyword === 'USER' || ins.keyword === 'VOLUME' || ins.keyword === 'SHELL' || ins.keyword === 'ONBUILD') return null;
    if (ins.keyword !== 'RUN') continue;
    if (names.length && writesAccounts(walk, ins, ins === run ? statement.start : Infinity)) return null;
    for (const c of ins.shell?.script?.commands ?? []) {
      if (ins === run && c.start >= statement.start) break;
      const made = createdNames(c);
      if (made.length && names.some((n) => made.includes(n) || n.includes('$'))) return null;
      if (changesAccount(c, names)) return null;
      const other = invocation(c);
      if (!other) return null;
      if (['chown', 'chgrp', 'chmod', 'rm', 'rmdir', 'mv', 'setfacl', 'chattr'].includes(other.name)) {
        const cwd = walk.states.get(ins)!.workdir;
        if (other.args.some((w) => w.value === null || dirs.some((d) => { const p = resolvePath(cwd, w.value!); return p === null || isWithin(d, p) || isWithin(p, d); }))) return null;
      }
    }
  }
  return at;
}

/** The text of a redirect in the RUN (before `until`) that writes /etc/passwd or /etc/group, or null. */
function writesAccounts(walk: StageWalk, ins: Instruction, until: number): string | null {
  const script = ins.shell?.script;
  if (!script) return null;
  const st = walk.states.get(ins)!;
  const w = redirectWrites(script, st.workdir, st.vars, until).find((x) => x.path !== null && /^\/etc\/(passwd|group)$/.test(x.path));
  return w ? w.text.trim() : null;
}

/**
 * True when a command may change the uid/gid of one of `names` (usermod -u, groupmod -g, userdel, a write to
 * /etc/passwd...): names with a variable may be any of them.
 */
function changesAccount(c: SimpleCommand, names: string[]): boolean {
  if (names.length === 0) return false;
  const changed = changedAccounts(c);
  if (changed === null) return false;
  return changed === 'any' || names.some((n) => n.includes('$') || changed.includes(n));
}

/** True when an instruction before `at` (WORKDIR, mkdir, a COPY) surely made P. */
function existsBefore(stage: Stage, walk: StageWalk, at: Instruction, P: string): boolean {
  for (const ins of stage.instructions) {
    if (ins.index >= at.index) break;
    const st = walk.states.get(ins)!;
    if (ins.keyword === 'WORKDIR') {
      const next = nextState(walk, stage, ins);
      if (next?.workdir && isWithin(next.workdir, P)) return true;
    }
    if ((ins.keyword === 'COPY' || ins.keyword === 'ADD') && st.copy && !('error' in st.copy) && isWithin(st.copy.region, P) && (st.copy.region !== P || st.copy.certainDir)) return true;
    if (ins.keyword === 'RUN') {
      for (const c of ins.shell?.script?.commands ?? []) {
        const e = commandEffect(c, st.workdir, P, st.vars);
        if (e.kind === 'dirs' && e.paths.some((d) => isWithin(d, P))) return true;
      }
    }
  }
  return false;
}

/** Directories of every Debian, Ubuntu and Alpine base (and the official images built on them). */
const BASE_DIRS = new Set(['/bin', '/etc', '/home', '/lib', '/media', '/mnt', '/opt', '/root', '/run', '/sbin', '/srv', '/tmp', '/usr', '/var',
  '/usr/bin', '/usr/lib', '/usr/local', '/usr/sbin', '/usr/share', '/usr/local/bin', '/usr/local/lib', '/usr/local/share',
  '/var/cache', '/var/lib', '/var/log', '/var/spool', '/var/tmp']);

/** True when directory D certainly exists before `at`: in every base, the stage's starting WORKDIR, or made earlier. */
function dirBefore(stage: Stage, walk: StageWalk, at: Instruction, D: string): boolean {
  if (BASE_DIRS.has(D)) return true;
  // Debian and Ubuntu ship /usr/src (empty); Alpine's base layout does not have it.
  if (D === '/usr/src' && /^(docker\.io\/)?(library\/)?(debian|ubuntu|node|python|ruby|golang|php|openjdk|eclipse-temurin|buildpack-deps)(:|$)/.test(walk.image) && !/alpine/.test(walk.image)) return true;
  const start = walk.states.get(stage.instructions[0])?.workdir;
  if (start && isWithin(start, D)) return true;
  if (existsBefore(stage, walk, at, D)) return true;
  for (const ins of stage.instructions) {
    if (ins.index >= at.index) break;
    if (ins.keyword !== 'RUN') continue;
    const st = walk.states.get(ins)!;
    for (const c of ins.shell?.script?.commands ?? []) {
      const e = commandEffect(c, st.workdir, D, st.vars);
      if (e.kind === 'home' && isWithin(e.path, D)) return true;
    }
  }
  return false;
}

const PACKAGE_MANAGERS = new Set(['apt-get', 'apt', 'aptitude', 'dpkg', 'apk', 'yum', 'dnf', 'microdnf', 'zypper', 'pacman', 'rpm']);

/**
 * What may have made one of `dirs` before `at` without this pass seeing it (a package install, a command it does
 * not know, a base image it does not know), or null when nothing could have.
 */
function mayMakeDirs(stage: Stage, walk: StageWalk, at: Instruction, dirs: string[]): string | null {
  if (!isGenericImage(walk.image)) return `the base image ${walk.image}`;
  if (walk.parents.length) return `the stage it is built on (${walk.parents[0].name ?? walk.parents[0].image})`;
  for (const ins of stage.instructions) {
    if (ins.index >= at.index) break;
    if (ins.keyword !== 'RUN') continue;
    const st = walk.states.get(ins)!;
    if (!ins.shell?.script) return `the RUN at line ${ins.line}`;
    for (const c of ins.shell.script.commands) {
      const name = invocation(c)?.name;
      if (name && PACKAGE_MANAGERS.has(name)) return `the ${name} at line ${ins.line}`;
      if (dirs.some((d) => commandEffect(c, st.workdir, d, st.vars).kind === 'unknown')) return `the RUN at line ${ins.line}`;
    }
  }
  return null;
}

function nextState(walk: StageWalk, stage: Stage, ins: Instruction): State | undefined {
  const next = stage.instructions[stage.instructions.indexOf(ins) + 1];
  if (next) return walk.states.get(next);
  return undefined;
}

/**
 * What a command of the RUN `ins` does under P (commandEffect), and also what the requirement files of a
 * `pip install -r FILE` run there install: a local path (`-e .`, `./pkg`) is built in place, so pip writes
 * `*.egg-info` or `build/` into the tree. The files are read from the build context through the COPY that brought
 * them; when that cannot be done, pip may write there too.
 */
function effectAt(ctx: PassContext, stage: Stage, walk: StageWalk, ins: Instruction, c: SimpleCommand, cwd: string | null, P: string, vars: Vars): Effect {
  const e = commandEffect(c, cwd, P, vars);
  if (e.kind !== 'none') return e;
  const inv = invocation(c);
  if (!inv || !(inv.name === 'pip' || inv.name === 'pip3' || /^pip3\.\d+$/.test(inv.name))) return e;
  const cls = pipManifests.classify(inv);
  if (!cls || cls.kind !== 'deps') return e;
  const files = cls.install.required.flat();
  const paths = files.map((f) => resolvePath(cwd, f));
  // Relative local paths resolve in the working directory; requirement files under P may name P's own paths.
  if (!(cwd !== null && isWithin(cwd, P)) && !paths.some((p) => p === null || isWithin(p, P))) return e;
  const named = files.join(', ');
  if (!ctx.context) return { kind: 'unknown', why: `what ${named} installs is not known without the build context: a -e . or local path in it is built in place, writing *.egg-info or build/ there` };
  let unread: string | null = null;
  const read = (rel: string): string | null => {
    const p = resolvePath(cwd, rel);
    const src = p === null ? null : contextSource(ctx, stage, walk, ins, p);
    const text = src === null ? null : ctx.context!.read(src);
    if (text === null) unread ??= rel;
    return text;
  };
  const seen = cls.install.inspect?.(read) ?? {};
  if (seen.problem) return { kind: 'unknown', why: `${seen.problem}, which pip builds in place (*.egg-info, build/)` };
  if (unread !== null) return { kind: 'unknown', why: `${unread}, read by pip, cannot be read from the build context, so whether it installs a local path (built in place) is not known` };
  return e;
}

/**
 * The build-context path of the file the image holds at `p` before `ins`: through the last COPY (no --from) before
 * it whose region holds `p`, from a source that exists in the context. Null when that cannot be told.
 */
function contextSource(ctx: PassContext, stage: Stage, walk: StageWalk, ins: Instruction, p: string): string | null {
  const before = stage.instructions.filter((i) => i.index < ins.index && (i.keyword === 'COPY' || i.keyword === 'ADD'));
  for (let k = before.length - 1; k >= 0; k--) {
    const copy = before[k];
    const write = walk.states.get(copy)!.copy;
    if (!write || 'error' in write || !isWithin(p, write.region)) continue;
    if (copy.flags.some((f) => f.name === 'from') || copy.heredoc || copy.text.slice(copy.argsStart - copy.start, copy.argsEnd - copy.start).trim().startsWith('[')) return null;
    const sources = copy.args.slice(0, -1).map((a) => a.value);
    if (sources.some((src) => src.includes('$') || /[*?[]/.test(src) || /^[a-z]+:\/\//i.test(src))) return null;
    const rest = p === write.region ? '' : p.slice(write.region === '/' ? 1 : write.region.length + 1);
    // Later sources win; a file source lands as the region itself (one file) or under its own name.
    for (let j = sources.length - 1; j >= 0; j--) {
      const src = path.posix.normalize(sources[j]).replace(/^\/+|\/+$/g, '') || '.';
      const candidates = write.singleFile ? [src] : [path.posix.join(src, rest), ...(path.posix.basename(src) === rest ? [src] : [])];
      for (const cand of candidates) if (ctx.context!.has(cand) && ctx.context!.read(cand) !== null) return cand;
    }
    return null;
  }
  return null;
}

/** The text of the first redirect that writes under P or to a path that cannot be resolved, or null. */
function intoTree(writes: { path: string | null; text: string }[], P: string): string | null {
  const w = writes.find((x) => x.path === null || isWithin(x.path, P));
  return w ? w.text.trim().replace(/\s+/g, ' ') : null;
}

/** Adds what an earlier RUN creates under P to `dirs`, or says why the command must stay recursive. */
function runEffect(
  ins: Instruction, st: State, P: string, tool: 'chown' | 'chmod', dirs: string[], effectOf: (c: SimpleCommand, cwd: string | null) => Effect,
  home: (path: string) => void,
): { why: string; move: boolean } | null {
  const shell = ins.shell;
  if (!shell?.script || shell.opaqueReason) {
    const inside = st.workdir !== null && isWithin(st.workdir, P);
    if (inside || ins.text.includes(P)) return { why: `the RUN at line ${ins.line} may write under ${P} and cannot be read (${shell?.opaqueReason ?? 'no shell'})`, move: false };
    return null;
  }
  const script = shell.script;
  let unknown: string | null = null;
  const into = intoTree(redirectWrites(script, st.workdir, st.vars), P);
  if (into) unknown = `a redirect (${into}) in the RUN at line ${ins.line} may write under ${P}`;
  let cwd = st.workdir;
  for (const c of script.commands) {
    if (c.words[0]?.value === 'cd') {
      const v = c.words[1] ? expandWord(c.words[1], st.vars) : null;
      cwd = v === null || !c.topLevelShell ? null : resolvePath(cwd, v);
      continue;
    }
    const e = effectOf(c, cwd);
    if (e.kind === 'unknown') unknown ??= `the RUN at line ${ins.line} may create files under ${P} that the ${tool} covered (${e.why})`;
    if (e.kind === 'dirs' || e.kind === 'files') dirs.push(...e.paths);
    if (e.kind === 'home') {
      if (!isWithin(e.path, P)) continue;
      if (tool === 'chmod') return { why: `the home ${e.path} created at line ${ins.line} holds files the chmod covered`, move: false };
      home(e.path);
      dirs.push(...dirsBetween(P, e.path));
    }
  }
  return unknown ? { why: unknown, move: true } : null;
}

/**
 * The `--chown` value for a COPY: the new owner, keeping the group the copied files had when none is given (0 for
 * files from the build context; unknown, so an error, for files from another stage or image).
 */
function copyOwner(ins: Instruction, owner: OwnerSpec): string | { error: string } {
  // Written from the parts: a user or group name may itself hold a `.` (`john.doe:john.doe`), and `1000.1000` is `1000:1000`.
  if (owner.user !== null && owner.group !== null) return `${owner.user}:${owner.group}`;
  const existing = ins.flags.find((f) => f.name === 'chown')?.value ?? null;
  // Files from the build context (or a URL) are written as 0:0; files from a stage or image keep the ids they had there.
  if (existing === null && ins.flags.some((f) => f.name === 'from')) {
    return { error: `the ${ins.keyword} --from at line ${ins.line} keeps the ${owner.user !== null ? 'group' : 'owner'} its files had in the source stage or image, which this chown keeps too but COPY --chown would have to name` };
  }
  let user = '0';
  let group = '0';
  if (existing !== null) {
    const colon = existing.indexOf(':');
    if (colon < 0) return { error: `the COPY at line ${ins.line} has --chown=${existing} without a group, so the group its files had is not known` };
    user = existing.slice(0, colon);
    group = existing.slice(colon + 1);
  }
  return owner.user !== null ? `${owner.user}:${group}` : `${user}:${owner.group}`;
}

function copyMode(ctx: PassContext, ins: Instruction, mode: string | null, spec: string): string | { error: string } {
  if (mode !== null) return mode;
  // A symbolic mode on one file: representable when the build context tells the file's mode.
  const src = ins.args.length === 2 && !ins.flags.some((f) => f.name === 'from') ? ins.args[0].value : null;
  const existing = ins.flags.find((f) => f.name === 'chmod')?.value ?? null;
  const before = existing !== null && /^0?[0-7]{3}$/.test(existing) ? parseInt(existing, 8) : src !== null ? contextMode(ctx, src) : null;
  if (before === null) return { error: `chmod ${spec} is symbolic: the resulting mode depends on the file's mode in the build context, which is not known here` };
  const after = applySymbolic(before, spec);
  if (after === null) return { error: `chmod ${spec} is not a mode this pass can compute` };
  return after.toString(8).padStart(3, '0');
}

/** Applies a symbolic chmod mode (`+x`, `u+x,g-w`, `a=r`) to a file mode, with the RUN umask 022. */
export function applySymbolic(mode: number, spec: string): number | null {
  let m = mode;
  for (const clause of spec.split(',')) {
    const c = /^([ugoa]*)([-+=])([rwxX]*)$/.exec(clause);
    if (!c) return null;
    const who = c[1] === '' ? 'a' : c[1];
    let bits = 0;
    // X adds execute only when some execute bit is already set (for a file).
    for (const p of c[3]) bits |= p === 'r' ? 4 : p === 'w' ? 2 : p === 'x' || (m & 0o111) !== 0 ? 1 : 0;
    let mask = 0;
    if (who.includes('u') || who.includes('a')) mask |= bits << 6;
    if (who.includes('g') || who.includes('a')) mask |= bits << 3;
    if (who.includes('o') || who.includes('a')) mask |= bits;
    if (c[1] === '') mask &= ~0o022;
    if (c[2] === '+') m |= mask;
    else if (c[2] === '-') m &= ~mask;
    else {
      let clear = 0;
      if (who.includes('u') || who.includes('a')) clear |= 0o700;
      if (who.includes('g') || who.includes('a')) clear |= 0o070;
      if (who.includes('o') || who.includes('a')) clear |= 0o007;
      m = (m & ~clear) | mask;
    }
  }
  return m & 0o7777;
}

function shellQuote(p: string): string {
  return /^[A-Za-z0-9_./@%+=:,-]+$/.test(p) ? p : `'${p.replace(/'/g, `'\\''`)}'`;
}

/** A directory an application or user owns (a home, /srv/x, /opt/x, /app, /var/www/x), not a system tree. */
function applicationDir(p: string): boolean {
  const segs = p.split('/').filter(Boolean);
  if (segs.length === 0) return false;
  if (segs[0] === 'home') return segs.length >= 2;
  if (segs[0] === 'var') return segs[1] === 'www' && segs.length >= 2;
  // Vendor roots (/u01 of Oracle images...) and scratch places (/tmp) are not: vendor bases fill them.
  return ['srv', 'opt', 'app', 'data', 'workspace', 'code'].includes(segs[0]) && (segs.length >= 2 || segs[0] !== 'opt');
}

/** A redirect that writes nothing into the image: to /dev/null, or a copy of one descriptor onto another (`2>&1`). */
function discards(r: Redirect): boolean {
  const t = r.target;
  if (t === null) return false;
  if (t.value === '/dev/null') return true;
  const op = r.text.slice(0, t.start - r.start).trim();
  return op.endsWith('&') && t.value !== null && /^(\d+|-)$/.test(t.value);
}

/**
 * The one entry point: rewrite(text, options) -> { output, changes, skipped }.
 *
 * Passes propose changes (plain edit data) against the current text; the engine takes the non-overlapping ones in
 * order, applies them, checks the result, re-parses and repeats until nothing applies (ESLint's fix loop). Text
 * outside the edited ranges is copied byte for byte, so untouched lines, comments, CRLF, the BOM and directives stay.
 */
import crypto, { createHash } from 'node:crypto';
import { openContext } from './context.js';
import { computeLineStarts, lineAt, parseDocumentAfter, parseDocumentCached, type DockerDocument, type Instruction } from './document.js';
import { ignoredBy, readIgnores, ruleName, type Ignores } from './ignore.js';
import type { Pass, PassContext } from './pass.js';
import type { Change, Edit, FileCreation, ProposedChange, RewriteOptions, RewriteResult, Skip } from './types.js';
import { PASSES } from '../transforms/index.js';

const MAX_ROUNDS = 10;

/** crypto.hash (Node 20.12 and later): no Hash object per change id. */
const oneShotHash = (crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash;

/** The output check parses each round's result; the next round starts from that same text (see parseCached). */
const parseCached = parseDocumentCached;

export class UsageError extends Error {}

export function selectPasses(ids?: string[], skip: string[] = []): Pass[] {
  for (const id of [...(ids ?? []), ...skip]) {
    if (!PASSES.some((p) => p.id === id)) {
      throw new UsageError(`unknown pass "${id}" (passes: ${PASSES.map((p) => p.id).join(', ')})`);
    }
  }
  const chosen = ids ? PASSES.filter((p) => ids.includes(p.id)) : PASSES.filter((p) => p.defaultEnabled);
  const left = chosen.filter((p) => !skip.includes(p.id));
  // `--only x --skip x` (or a config's skip list) would run nothing and report a clean file: a mistake, said so.
  if (chosen.length > 0 && left.length === 0) {
    throw new UsageError(`no pass left to run: ${chosen.map((p) => p.id).join(', ')} ${chosen.length > 1 ? 'are' : 'is'} also skipped (--skip or the config's "skip")`);
  }
  return left;
}

export function rewrite(input: string, options: RewriteOptions = {}): RewriteResult {
  const selected = selectPasses(options.passes);
  // Passes whose every change is unsafe, at the end of the list, when unsafe changes are not applied: what they
  // propose is never applied, so it cannot shape a later round. They run once, after the loop, on the last round's
  // text (at the end of the list, their skips come last in that round's list, as when they ran every round).
  let cut = selected.length;
  if (!options.unsafe) while (cut > 0 && selected[cut - 1].unsafeOnly) cut--;
  const passes = selected.slice(0, cut);
  const lastPasses = selected.slice(cut);
  const dockerfileName = options.dockerfileName ?? 'Dockerfile';
  const context = options.context ? openContext(options.context, dockerfileName) : null;
  const changes: Change[] = [];
  const inputEdits: (Edit[] | null)[] = [];
  const rejected: Skip[] = [];
  const seen = new Set<string>([input]);
  let text = input;
  let finalSkips: Skip[] = [];
  const created = new Set<string>();
  // Each round's text and the edits applied to it: line numbers found in a later round's text are told in the
  // input's numbering, so a reader finds them in the file they have.
  const frames = new LineFrames(input);
  let rounds = 0;
  // With changeIds: changes not selected that the round would have taken. They are left out (not applied) and no
  // longer hold other changes back, so a selection of every id follows the plain run's rounds exactly.
  const declined = new Set<string>();
  // The last round proposed: the round whose skips are reported, for the passes run once after the loop.
  let last: { ctx: PassContext; round: number; ignores: Ignores | null; proposed: { candidates: Candidate[]; skips: RoundSkip[] } } | null = null;

  for (let iteration = 0; rounds < MAX_ROUNDS && iteration < MAX_ROUNDS * 4; iteration++) {
    const round = rounds;
    const doc = parseCached(text);
    const ignores = doc.comments.some((c) => c.text.includes('dockerfix-ignore')) ? readIgnores(doc, PASSES.map((p) => p.id)) : null;
    const ctx: PassContext = {
      doc, context, cacheStrategy: options.cacheStrategy ?? 'clean', dockerfileName, unsafe: options.unsafe === true,
      ignored: (ins, pass) => (ignores ? ignoredBy(ignores, ins, pass) : null),
      ignoreRules: (ins) => (ignores ? ignores.byInstruction.get(ins) ?? [] : []),
      written: (offset) => round > 0 && frames.written(offset, round),
    };
    const proposed = propose(passes, ctx, options);
    // A skip about a command an earlier round wrote describes the tool's own output, not the input: not reported.
    if (round > 0) proposed.skips = proposed.skips.filter((s) => s.offset === undefined || !frames.written(s.offset, round));
    for (const s of proposed.skips) delete s.offset;
    last = { ctx, round, ignores, proposed };
    const { candidates, skips, problems } = obeyIgnores(doc, ignores, proposed);
    // Problems with the comments are the file's, not a round's: reported once, in the input's numbering.
    if (iteration === 0) rejected.push(...problems);
    finalSkips = skips.map((s) => frames.skip(s, round));
    // A change that only creates files an earlier round already created has nothing left to do.
    const fresh = candidates.filter((c) => c.edits.length > 0 || (c.files ?? []).some((f) => !created.has(f.path)));
    const dropped = rejected.length;
    const applied = applyRound(doc, fresh, rejected, declined);
    for (let i = dropped; i < rejected.length; i++) rejected[i] = frames.skip(rejected[i], round);
    if (applied.changes.length === 0) {
      if (applied.declined) continue;
      break;
    }
    const newFiles = applied.changes.flatMap((c) => c.files ?? []).filter((f) => !created.has(f.path));
    for (const f of newFiles) created.add(f.path);
    if (seen.has(applied.text) && newFiles.length === 0) {
      rejected.push({ pass: 'engine', line: 1, reason: 'the passes undo each other (cycle); stopped' });
      break;
    }
    seen.add(applied.text);
    changes.push(...applied.changes.map((c) => frames.change(c, round)));
    inputEdits.push(...applied.changes.map((c) => frames.inputEdits(c.edits, round)));
    frames.push(applied.changes.map((c) => c.edits), applied.text);
    text = applied.text;
    rounds++;
  }

  if (lastPasses.length > 0 && last) {
    const { ctx, round, ignores, proposed } = last;
    const late = propose(lastPasses, ctx, options);
    if (round > 0) late.skips = late.skips.filter((s) => s.offset === undefined || !frames.written(s.offset, round));
    for (const s of late.skips) delete s.offset;
    // Not applied: an unsafe-only pass proposing a safe change breaks its own contract; told, not applied.
    for (const c of late.candidates) rejected.push({ pass: c.pass, line: frames.change(c, round).line, reason: `internal error: the pass proposed a safe change but declares every change of it unsafe ("${c.message}"); not applied` });
    const { skips } = obeyIgnores(ctx.doc, ignores, { candidates: proposed.candidates, skips: [...proposed.skips, ...late.skips] });
    finalSkips = skips.map((s) => frames.skip(s, round));
  }

  const files = collectFiles(changes);
  return {
    input,
    output: text,
    changed: text !== input || files.length > 0,
    changes: changes.map(({ at: _at, covers: _covers, ...c }) => ({ ...c, message: withoutOwnLine(c.message, c.line) })),
    skipped: [...finalSkips, ...rejected].map((s) => ({ ...s, reason: withoutOwnLine(s.reason, s.line), ...(s.message === undefined ? {} : { message: withoutOwnLine(s.message, s.line) }) })),
    files,
    inputEdits,
    rounds,
  };
}

/**
 * Every reader is shown a change's line before its message (`line 7:`, `FILE:7`, a SARIF location), so the message
 * does not name it again: "(line 7)" and "at line 7" go (ids are computed before, from the pass's own words).
 */
export function withoutOwnLine(message: string, line: number): string {
  // Both forms hold `line N`: most messages do not, and need no pattern built for them.
  if (!message.includes(`line ${line}`)) return message;
  return message.replace(new RegExp(`\\s*\\(line ${line}\\)|\\s+at line ${line}(?!\\d)`, 'g'), '');
}

/**
 * Line numbers across rounds. Round r proposes against the text the earlier rounds produced; a line of that text is
 * traced back through each round's edits to the input: a position in unchanged text maps exactly, a position inside
 * text an edit wrote maps to where that edit starts in the text before it.
 */
export class LineFrames {
  private texts: string[];
  private lineStarts: number[][];
  private edits: Edit[][] = [];
  /** Per round, where each edit's text starts in the text after the round (a long file has a thousand edits). */
  private placed: PlacedEdits[] = [];

  constructor(input: string) {
    this.texts = [input];
    this.lineStarts = [computeLineStarts(input)];
  }

  /** A round's edits, one list per change (a move is one change's deletion and insertion), and its result. */
  push(changes: Edit[][], text: string): void {
    const change = new Map<Edit, number>();
    changes.forEach((edits, n) => edits.forEach((e) => change.set(e, n)));
    const sorted = changes.flat().sort((a, b) => a.start - b.start || a.end - b.end);
    this.edits.push(sorted);
    this.placed.push(placeEdits(sorted, sorted.map((e) => change.get(e)!)));
    this.texts.push(text);
    this.lineStarts.push(computeLineStarts(text));
  }

  /**
   * The input's line for a 1-based line of round `round`'s text, traced from the line's end: a line an earlier
   * round re-indented (a RUN merged into another gets `    ` before its command) still ends in input text.
   */
  toInput(line: number, round: number): number {
    if (round === 0 || line < 1) return line;
    const starts = this.lineStarts[round];
    if (line > starts.length) return line;
    const end = line < starts.length ? starts[line] - 1 : this.texts[round].length;
    return this.offsetLine(Math.max(starts[line - 1], end), round);
  }

  /** True when an offset into round `round`'s text lies in text an earlier round wrote. */
  written(offset: number, round: number): boolean {
    for (let r = round - 1; r >= 0; r--) {
      const placed = this.placed[r];
      const i = placedAt(placed, offset);
      if (i >= 0 && offset < placed.starts[i] + placed.edits[i].text.length) return true;
      offset = backPlaced(offset, placed, i);
    }
    return false;
  }

  /**
   * The input's line of an offset into round `round`'s text. Text an earlier round wrote maps to where that edit
   * starts, unless it is a copy of text the same change removed (a RUN or a command moved up): then to where that
   * text was, so a change to a moved command is told at the command's line in the input.
   */
  offsetLine(offset: number, round: number, followMoves = true): number {
    for (let r = round - 1; r >= 0; r--) {
      const placed = this.placed[r];
      const i = placedAt(placed, offset);
      const moved = followMoves && i >= 0 && offset < placed.starts[i] + placed.edits[i].text.length ? this.movedFrom(r, i, offset) : -1;
      offset = moved >= 0 ? moved : backPlaced(offset, placed, i);
    }
    return lineAt(this.lineStarts[0], offset);
  }

  /**
   * Where the text at `offset`, inside the text edit `i` of round `r` wrote, stood before the round, when its line
   * (from the offset on, or the whole line, or the line after its first word: `RUN ` is written in front of a command
   * moved out of a RUN) is found once in the text another edit of the same change removed; else -1.
   */
  private movedFrom(r: number, i: number, offset: number): number {
    const placed = this.placed[r];
    const e = placed.edits[i];
    const within = offset - placed.starts[i];
    const lineStart = e.text.lastIndexOf('\n', within - 1) + 1;
    const nl = e.text.indexOf('\n', within);
    const lineEnd = nl < 0 ? e.text.length : nl;
    const indent = lineStart + (e.text.slice(lineStart, lineEnd).length - e.text.slice(lineStart, lineEnd).trimStart().length);
    const space = e.text.indexOf(' ', indent);
    const froms = [Math.max(within, indent), indent];
    if (space >= 0 && space < lineEnd) froms.push(space + 1 + (e.text.slice(space + 1, lineEnd).length - e.text.slice(space + 1, lineEnd).trimStart().length));
    const before = this.texts[r];
    for (const from of froms) {
      const piece = e.text.slice(from, lineEnd).trimEnd();
      // Short pieces (`fi`, `&& \`) are found everywhere: only a line with some substance names a place.
      if (piece.length < 12) continue;
      let found = -1;
      for (let k = 0; k < placed.edits.length && found !== -2; k++) {
        const d = placed.edits[k];
        if (k === i || placed.change[k] !== placed.change[i] || d.end - d.start < piece.length) continue;
        const removed = before.slice(d.start, d.end);
        const at = removed.indexOf(piece);
        if (at < 0) continue;
        found = found >= 0 || removed.indexOf(piece, at + 1) >= 0 ? -2 : d.start + at;
      }
      if (found >= 0) return found + Math.min(Math.max(within - from, 0), piece.length);
    }
    return -1;
  }

  /** The line references in a text written in round `round` ("line 7", "lines 6-18", "lines 19, 20 and 22"), renumbered. */
  text(s: string, round: number): string {
    if (round === 0) return s;
    return s.replace(/\blines? (\d+(?:(?:-|, | and )\d+)*)/g, (_m, list: string) => {
      const mapped = (list.match(/\d+/g) ?? []).map((n) => this.toInput(Number(n), round));
      if (/^\d+-\d+$/.test(list)) return mapped[0] === mapped[1] ? `line ${mapped[0]}` : `lines ${mapped[0]}-${mapped[1]}`;
      // Lines an earlier round wrote map to where they stand in the input; several may stand at the same line.
      const unique = [...new Set(mapped)];
      if (unique.length === 1) return `line ${unique[0]}`;
      const last = unique.pop();
      return `lines ${unique.join(', ')}${list.includes(' and ') ? ' and ' : ', '}${last}`;
    });
  }

  /**
   * Edits of round `round` as edits of the input, or null when one of them touches text an earlier round wrote (or
   * spans a place where an earlier round deleted text): such a change only makes sense on top of the earlier one.
   */
  inputEdits(edits: Edit[], round: number): Edit[] | null {
    let mapped = edits;
    for (let r = round - 1; r >= 0; r--) {
      const earlier = this.edits[r];
      const next: Edit[] = [];
      for (const e of mapped) {
        let delta = 0;
        for (const w of earlier) {
          const ws = w.start + delta;
          const we = ws + w.text.length;
          const overlaps = Math.max(e.start, ws) < Math.min(e.end, we);
          const spansPoint = ws === we ? e.start < ws && ws < e.end : e.start === e.end && ws < e.start && e.start < we;
          if (overlaps || spansPoint || (e.start === e.end && ws === we && e.start === ws && w.end > w.start)) return null;
          delta += w.text.length - (w.end - w.start);
        }
        next.push({ ...e, start: back(e.start, earlier), end: back(e.end, earlier) });
      }
      mapped = next;
    }
    return mapped.map((e) => ({ ...e }));
  }

  change(c: Change, round: number): Change {
    if (round === 0) return c;
    const anchor = c.at !== undefined && c.edits.length && c.at <= c.edits[0].start ? c.at : c.edits[0]?.start;
    // A change inside a moved command is told where the command stands in the input; one that also edits around
    // it (a merge with the next RUN) where it now stands.
    const inside = c.edits.length > 0 && c.edits.every((e) => this.written(e.start, round) && (e.end === e.start || this.written(e.end - 1, round)));
    const line = anchor !== undefined ? this.offsetLine(anchor, round, inside) : this.toInput(c.line, round);
    return { ...c, line, message: this.text(c.message, round), reason: this.text(c.reason, round) };
  }

  skip(s: Skip & { anchor?: Change }, round: number): Skip {
    const { anchor, ...skip } = s;
    if (round === 0) return skip;
    // A change not applied (unsafe, not selected) is told where it would be, as an applied change is: by the offset
    // of its edit, not by the line it has in this round's text (a line whose end an earlier round deleted text after
    // would be told as the line that text stood on).
    return {
      ...skip,
      line: anchor ? this.change(anchor, round).line : this.toInput(s.line, round),
      reason: this.text(s.reason, round),
      ...(s.message !== undefined ? { message: this.text(s.message, round) } : {}),
    };
  }
}

/** A round's edits (sorted, non-overlapping) with where each one's text starts in the text after them. */
interface PlacedEdits {
  edits: Edit[];
  /** Which change of the round each edit belongs to. */
  change: number[];
  starts: number[];
  /** What the edits before each one added (+) or removed (-) in length. */
  deltas: number[];
}

function placeEdits(edits: Edit[], change: number[]): PlacedEdits {
  const starts: number[] = [];
  const deltas: number[] = [];
  let delta = 0;
  for (const e of edits) {
    starts.push(e.start + delta);
    deltas.push(delta);
    delta += e.text.length - (e.end - e.start);
  }
  return { edits, starts, deltas, change };
}

/** The last edit whose text starts at or before `offset` of the text after the edits, or -1. */
function placedAt(placed: PlacedEdits, offset: number): number {
  let lo = 0;
  let hi = placed.starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (placed.starts[mid] <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/** back() by binary search: `i` is placedAt(placed, offset). */
function backPlaced(offset: number, placed: PlacedEdits, i: number): number {
  if (i < 0) return offset;
  const e = placed.edits[i];
  if (offset < placed.starts[i] + e.text.length) return e.start;
  return offset - (placed.deltas[i] + e.text.length - (e.end - e.start));
}

/** A position of the text after `edits` (sorted, non-overlapping) back in the text before them. */
function back(offset: number, edits: Edit[]): number {
  let delta = 0;
  for (const e of edits) {
    const start = e.start + delta;
    if (offset < start) break;
    if (offset < start + e.text.length) return e.start;
    delta += e.text.length - (e.end - e.start);
  }
  return offset - delta;
}

/**
 * Drops the changes a `# dockerfix-ignore` comment forbids (one whose edits touch an instruction the comment is
 * above, or any change of a pass a `# dockerfix-ignore-file` names), and reports each as a skip.
 */
function obeyIgnores(doc: DockerDocument, ignores: Ignores | null, proposed: { candidates: Candidate[]; skips: Skip[] }): { candidates: Candidate[]; skips: Skip[]; problems: Skip[] } {
  if (!ignores) return { ...proposed, problems: [] };
  const skips = [...proposed.skips];
  const problems: Skip[] = ignores.problems.map((p) => ({ pass: 'engine', line: p.line, reason: p.reason }));
  const candidates: Candidate[] = [];
  for (const c of proposed.candidates) {
    const hit = ignores.file.length ? ignoredBy(ignores, null, c.pass) : null;
    const rule = hit ?? doc.instructions.map((ins) => (c.edits.some((e) => touches(e, ins)) ? ignoredBy(ignores, ins, c.pass) : null)).find((r) => r !== null) ?? null;
    if (!rule) {
      candidates.push(c);
      continue;
    }
    skips.push({ pass: c.pass, line: c.line, changeId: c.id, message: c.message, reason: `not applied: ${ruleName(rule)} asks to leave ${rule.file ? 'this file' : 'that instruction'} alone` });
  }
  return { candidates, skips, problems };
}

/**
 * An edit touches an instruction when it overlaps its text, inserts inside or at either end of it, or replaces the
 * line end right after it. An edit that merely ends where the next instruction starts does not touch it.
 */
function touches(e: Edit, ins: Instruction): boolean {
  return e.start === e.end ? ins.start <= e.start && e.start <= ins.end : (e.start < ins.end && ins.start < e.end) || e.start === ins.end;
}

interface Candidate extends Change {
  span: [number, number];
  priority: number;
  /** False for a change the changeIds selection leaves out. */
  selected?: boolean;
}

/** A skip as a round proposes it: with the offset of the command concerned, when the pass gives one. */
type RoundSkip = Skip & { offset?: number; anchor?: Change };

function propose(passes: Pass[], ctx: PassContext, options: RewriteOptions): { candidates: Candidate[]; skips: RoundSkip[] } {
  const candidates: Candidate[] = [];
  const skips: RoundSkip[] = [];
  const ids = new Set<string>();
  for (const pass of passes) {
    let result;
    try {
      result = pass.run(ctx);
    } catch (error) {
      skips.push({ pass: pass.id, line: 1, reason: `internal error in the pass, nothing changed by it: ${(error as Error).message}` });
      continue;
    }
    for (const s of result.skipped) skips.push({ pass: pass.id, line: s.line, reason: s.reason, ...(s.offset !== undefined ? { offset: s.offset } : {}) });
    for (const proposed of result.changes) {
      const change = toCandidate(pass.id, proposed, ctx.doc, pass.priority ?? 50);
      // Identical instructions with identical changes: number the later ones so every id names one change.
      if (change) {
        const base = change.id;
        for (let n = 2; ids.has(change.id); n++) change.id = `${base}-${n}`;
        ids.add(change.id);
      }
      if (!change) {
        skips.push({ pass: pass.id, line: 1, reason: `internal error: the pass proposed overlapping or out-of-range edits ("${proposed.message}")` });
        continue;
      }
      if (change.safety === 'unsafe' && !options.unsafe) {
        skips.push({ pass: pass.id, line: change.line, changeId: change.id, message: change.message, reason: `unsafe change, applied only with --unsafe: ${change.reason}`, anchor: change });
        continue;
      }
      if (options.changeIds && !options.changeIds.includes(change.id)) {
        skips.push({ pass: pass.id, line: change.line, changeId: change.id, message: change.message, reason: 'not selected', anchor: change });
        // Still scheduled (not applied): the changes it would have held back wait as they do in the plain run.
        change.selected = false;
      }
      candidates.push(change);
    }
  }
  return { candidates, skips };
}

export function changeId(pass: string, proposed: ProposedChange, text: string): string {
  // One string hashed at once (Node's one-shot hash, where there is one): each piece starts with \0, so the UTF-8
  // of the whole is the pieces' UTF-8 one after the other, the bytes a streamed hash would read.
  let data = `${pass}\0${proposed.message}`;
  // The whole lines around each edit: the same edit in two different instructions gets two ids.
  for (const e of proposed.edits) {
    const from = text.lastIndexOf('\n', e.start - 1) + 1;
    const nl = text.indexOf('\n', e.end);
    data += `\0${text.slice(from, nl < 0 ? text.length : nl)}\0${e.start - from}\0${e.end - e.start}\0${e.text}`;
  }
  for (const f of proposed.files ?? []) data += `\0${f.path}\0${f.content}`;
  const digest = oneShotHash ? oneShotHash('sha1', data, 'hex') : createHash('sha1').update(data).digest('hex');
  return `${pass}:${digest.slice(0, 8)}`;
}

function toCandidate(pass: string, proposed: ProposedChange, doc: DockerDocument, priority: number): Candidate | null {
  const edits = [...proposed.edits].sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 0; i < edits.length; i++) {
    const e = edits[i];
    if (e.start < 0 || e.end > doc.text.length || e.start > e.end) return null;
    if (i > 0 && e.start < edits[i - 1].end) return null;
  }
  if (edits.length === 0 && !(proposed.files && proposed.files.length)) return null;
  let start = edits.length ? edits[0].start : 0;
  let end = edits.length ? Math.max(...edits.map((e) => e.end)) : 0;
  const line = doc.lineOf(proposed.at !== undefined && proposed.at <= start ? proposed.at : start);
  if (proposed.covers) {
    start = Math.min(start, proposed.covers[0]);
    end = Math.max(end, proposed.covers[1]);
  }
  return {
    ...proposed,
    edits,
    id: changeId(pass, proposed, doc.text),
    pass,
    line,
    span: [start, end],
    priority,
  };
}

/**
 * Takes non-overlapping candidates (by pass priority, then position), applies them in order of position, and checks
 * the result.
 */
function applyRound(doc: DockerDocument, candidates: Candidate[], rejected: Skip[], declined: Set<string>): { text: string; changes: Change[]; declined: boolean } {
  // A change the output check dropped before is not tried again (nor allowed to hold others back), nor is one the
  // selection left out after it was scheduled.
  const dropped = new Set(rejected.map((r) => r.changeId).filter((id): id is string => id !== undefined));
  const sorted = candidates.filter((c) => !dropped.has(c.id) && !declined.has(c.id)).sort((a, b) => a.priority - b.priority || a.span[0] - b.span[0] || a.span[1] - b.span[1]);
  const taken: Candidate[] = [];
  const waiting: Candidate[] = [];
  // Touching spans conflict too: the second change was computed without the first's text next to it.
  const meets = (c: Candidate, t: Candidate): boolean => c.span[0] <= t.span[1] && t.span[0] <= c.span[1];
  for (const c of sorted) {
    // A change also waits for a higher-priority one that waits itself: once that one lands (a merge of RUNs, say),
    // this one is proposed again on the result (one cleanup at the end of the merged RUN, not one per part).
    if (taken.some((t) => meets(c, t)) || waiting.some((w) => w.priority < c.priority && meets(c, w))) {
      waiting.push(c);
      continue;
    }
    taken.push(c);
  }
  const left = taken.filter((c) => c.selected === false);
  for (const c of left) declined.add(c.id);
  return { ...applyTaken(doc, taken.filter((c) => c.selected !== false), rejected), declined: left.length > 0 };
}

function applyTaken(doc: DockerDocument, taken: Candidate[], rejected: Skip[]): { text: string; changes: Change[] } {
  if (taken.length === 0) return { text: doc.text, changes: [] };
  taken.sort((a, b) => a.span[0] - b.span[0]);
  const all = applyEdits(doc.text, taken.flatMap((c) => c.edits));
  const problem = checkOutput(doc, all, taken);
  if (!problem) return { text: all, changes: taken.map(stripSpan) };
  // One of them breaks the file: keep each change that is sound on its own, report the others.
  const kept: Candidate[] = [];
  for (const c of taken) {
    const trial = [...kept, c];
    const out = applyEdits(doc.text, trial.flatMap((t) => t.edits));
    const why = checkOutput(doc, out, trial);
    if (why) rejected.push({ pass: c.pass, line: c.line, changeId: c.id, message: c.message, reason: `dropped by the engine's output check: ${why}` });
    else kept.push(c);
  }
  if (kept.length === 0) return { text: doc.text, changes: [] };
  return { text: applyEdits(doc.text, kept.flatMap((c) => c.edits)), changes: kept.map(stripSpan) };
}

function stripSpan(c: Candidate): Change {
  const { span: _span, priority: _priority, selected: _selected, ...change } = c;
  return change;
}

export function applyEdits(text: string, edits: Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at);
}

/**
 * The output check: the new text parses, every instruction no change touched is still there with the same text
 * and meaning, no new unknown instruction appeared, and every edited RUN still parses as shell. Returns the
 * problem, or null when sound.
 */
export function checkOutput(before: DockerDocument, output: string, changes: { edits: Edit[]; keeps?: string[] }[]): string | null {
  // Edits do not overlap, so sorted by start they are sorted by end too; instructions come in order: one sweep finds
  // the edits that may touch each instruction and the shift of its start (a 1 MiB file has thousands of both).
  const edits = changes.flatMap((c) => c.edits).sort((a, b) => a.start - b.start || a.end - b.end);
  let after: DockerDocument;
  try {
    // Only what the edits touched is parsed again; the next round starts from this document (see parseCached).
    after = parseDocumentAfter(before, output, edits);
  } catch (error) {
    return `the output does not parse (${(error as Error).message})`;
  }
  if (after.escape !== before.escape) return 'the escape directive changed';
  if (after.runsUnreliable && !before.runsUnreliable) return after.runsUnreliable;
  let first = 0; // the first edit ending at or after the instruction's start: none before it can touch it
  let shifted = 0; // edits ending at or before the instruction's start, and their total change of length
  let delta = 0;
  const afterByStart = new Map(after.instructions.map((i) => [i.start, i]));
  const accounted = new Set<Instruction>();
  for (const ins of before.instructions) {
    while (first < edits.length && edits[first].end < ins.start) first++;
    let touched = false;
    for (let k = first; k < edits.length && edits[k].start <= ins.end; k++) {
      if (touches(edits[k], ins)) {
        touched = true;
        break;
      }
    }
    if (touched) continue;
    while (shifted < edits.length && edits[shifted].end <= ins.start) {
      delta += edits[shifted].text.length - (edits[shifted].end - edits[shifted].start);
      shifted++;
    }
    const moved = afterByStart.get(ins.start + delta);
    if (!moved || moved.keyword !== ins.keyword || moved.text !== ins.text || moved.stage !== ins.stage) {
      return `line ${ins.line} (${ins.keyword}) is no longer the same instruction`;
    }
    accounted.add(moved);
  }
  for (const ins of after.instructions) {
    if (accounted.has(ins)) continue;
    const opaque = ins.shell?.opaqueReason;
    if (opaque && !ins.json && !ins.heredoc && after.stages[ins.stage]?.posixShell !== false && !after.runsUnreliable) {
      return `the edited RUN at line ${ins.line} cannot be read any more (${opaque})`;
    }
  }
  // A multi-stage change (one that declares what its runtime stage keeps) adds exactly one stage.
  const added = changes.filter((c) => c.keeps !== undefined).length;
  if (after.stages.length !== before.stages.length + added) return 'the number of build stages changed';
  return null;
}

function collectFiles(changes: Change[]): FileCreation[] {
  const files = new Map<string, FileCreation>();
  for (const c of changes) for (const f of c.files ?? []) if (!files.has(f.path)) files.set(f.path, f);
  return [...files.values()];
}

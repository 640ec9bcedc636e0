/**
 * The review of one Dockerfile as plain data: the changes listed, the reviewer's decisions, undo, and the file as it
 * would be written. No terminal here; the view renders it and the command writes it.
 *
 * Every decision recomputes through the core: what is written is exactly
 * `rewrite(base, { ...options, unsafe: true, changeIds: accepted })`, where `base` is the input plus the
 * `# dockerfix-ignore` comments the reviewer asked for. Nothing is stitched by hand.
 *
 * Change ids come from the text a change was proposed on, so a change made in a later round (on text an earlier
 * change wrote) has an id that exists only while that earlier change is applied. The list is therefore matched by id
 * after every decision, against a preview run: the accepted changes and the undecided ones the command would apply
 * by default (safe ones; unsafe ones too under --unsafe), the other proposals left "not selected":
 *   - a listed change the preview no longer proposes "no longer applies" (it built on a change now rejected);
 *   - a change the preview proposes that is not listed yet is added, undecided (a rejection can open another way);
 *   - an accepted change the written run does not apply "waits" for a change it builds on that is not accepted yet.
 * Unsafe-tier changes are listed (as the core proposes them on that preview), undecided, and never in the preview
 * unless --unsafe or accepted: so the list starts as exactly what the plain command would report.
 */
import { applyEdits, rewrite } from '../engine.js';
import type { Change, RewriteOptions, RewriteResult } from '../types.js';
import { ignoreCommentEdit } from './remember.js';

export type Decision = 'accepted' | 'rejected' | 'ignored';

/** Where a listed change stands after the last recompute. */
export type Status =
  | 'applied' // accepted, and in the file as it would be written
  | 'waits' // accepted, but it builds on a change not accepted: not written until that one is
  | 'open' // undecided, still proposed
  | 'gone' // no longer proposed: it depended on a change now rejected (or on text a comment changed)
  | 'rejected'; // rejected or ignored: not written

export interface Item {
  change: Change;
  decision: Decision | null;
  status: Status;
  /** Other ids the same change was proposed under after a recompute (a rejection follows it; see match()). */
  aliases: string[];
  /** For an ignored change: the input line its `# dockerfix-ignore` comment goes above (lines shown count the base). */
  ignoreLine?: number;
}

export interface FileReview {
  file: string;
  input: string;
  /** rewrite() options, as for the plain command (context, passes, cacheStrategy, dockerfileName). */
  options: RewriteOptions;
  /** Whether --unsafe was given: "accept the rest" then takes unsafe-tier changes too. */
  unsafe: boolean;
  /** The input with the dockerfix-ignore comments of ignored changes. */
  base: string;
  items: Item[];
  /** What would be written: rewrite(base, { unsafe: true, changeIds: accepted }). */
  result: RewriteResult;
  /** The states before each decision, most recent last. */
  history: FileReview[];
}

const MAX_MATCH_ROUNDS = 5;

/** Lists every change the passes propose (unsafe ones too), all undecided: what the plain command would apply first. */
export function startReview(file: string, input: string, options: RewriteOptions, unsafe: boolean): FileReview {
  const first = rewrite(input, { ...options, unsafe });
  const items: Item[] = first.changes.map((change) => ({ change, decision: null, status: 'open', aliases: [] }));
  const review = recompute({ file, input, options, unsafe, base: input, items: sortItems(items), result: first, history: [] });
  // A change of the plain run that a run selecting by id does not reach (the engine orders its rounds differently
  // when it selects by id) was never selectable: the list holds what the core proposes under selection by id.
  return { ...review, items: review.items.filter((i) => i.status !== 'gone') };
}

export function acceptedIds(review: FileReview): string[] {
  return review.items.filter((i) => i.decision === 'accepted').map((i) => i.change.id);
}

/** Decides one change (by id); deciding again replaces the earlier decision. Undo steps back one decision. */
export function decide(review: FileReview, id: string, decision: Decision | null): FileReview {
  const item = review.items.find((i) => i.change.id === id);
  if (!item || item.decision === decision) return review;
  // A remembered rejection needs an instruction to put the comment above; a change that only creates a file has none.
  if (decision === 'ignored' && item.change.edits.length === 0) decision = 'rejected';
  // The item's line counts lines of the current base (the input plus earlier comments): the comment is placed by
  // the input's line, so that undoing or re-deciding rebuilds the base from the input.
  const ignoreLine = decision === 'ignored' ? inputLine(review, item.change.line) : undefined;
  const items = review.items.map((i) => (i === item ? { ...i, decision, ignoreLine } : i));
  return recompute({ ...review, items, history: [...review.history, review] });
}

/** Accepts every undecided change still proposed in the file (unsafe-tier ones only under --unsafe), as one step. */
export function acceptRest(review: FileReview): FileReview {
  const take = (i: Item): boolean => i.decision === null && i.status === 'open' && (review.unsafe || i.change.safety === 'safe');
  if (!review.items.some(take)) return review;
  let items = review.items.map((i) => (take(i) ? { ...i, decision: 'accepted' as const } : i));
  let next = recompute({ ...review, items, history: [...review.history, review] });
  // Accepting a change can bring the changes that build on it (a later round's): take those too.
  for (let n = 0; n < MAX_MATCH_ROUNDS && next.items.some(take); n++) {
    items = next.items.map((i) => (take(i) ? { ...i, decision: 'accepted' as const } : i));
    next = recompute({ ...next, items });
  }
  return next;
}

export function undo(review: FileReview): FileReview {
  return review.history.length ? review.history[review.history.length - 1] : review;
}

export function counts(review: FileReview): { total: number; accepted: number; applied: number; rejected: number; ignored: number; open: number; gone: number } {
  const by = (f: (i: Item) => boolean): number => review.items.filter(f).length;
  return {
    total: review.items.length,
    accepted: by((i) => i.decision === 'accepted'),
    applied: review.result.changes.length,
    rejected: by((i) => i.decision === 'rejected' || i.decision === 'ignored'),
    ignored: by((i) => i.decision === 'ignored'),
    open: by((i) => i.decision === null && i.status === 'open'),
    gone: by((i) => i.status === 'gone'),
  };
}

/** Whether any decision was taken (quitting would lose it). */
export function hasDecisions(review: FileReview): boolean {
  return review.items.some((i) => i.decision !== null);
}

/** The input with a `# dockerfix-ignore <pass>` comment above the instruction of every ignored change. */
export function baseText(input: string, items: Item[]): string {
  return withIgnores(input, items).text;
}

/** The base text, and the lines of it that are new comment lines (in its own numbering). */
function withIgnores(input: string, items: Item[]): { text: string; inserted: number[] } {
  const ignored = items.filter((i) => i.decision === 'ignored').map((i) => ({ pass: i.change.pass, line: i.ignoreLine ?? i.change.line })).sort((a, b) => b.line - a.line);
  let text = input;
  let inserted: number[] = [];
  // From the bottom up, so a comment inserted lower does not move the lines above it.
  for (const { pass, line } of ignored) {
    const edit = ignoreCommentEdit(text, line, pass);
    if (!edit) continue;
    if (/\n$/.test(edit.text)) {
      const at = text.slice(0, edit.start).split('\n').length;
      inserted = [...inserted.map((l) => (l >= at ? l + 1 : l)), at];
    }
    text = applyEdits(text, [edit]);
  }
  return { text, inserted };
}

/** The input's line for a line of the review's base text (a line of a new comment maps to the line below it). */
function inputLine(review: FileReview, baseLine: number): number {
  const { inserted } = withIgnores(review.input, review.items);
  return baseLine - inserted.filter((l) => l < baseLine).length;
}

/** The ids a preview applies: accepted ones, and undecided ones the command would apply by default. */
function previewIds(items: Item[], unsafe: boolean): string[] {
  return items.filter((i) => i.decision === 'accepted' || (i.decision === null && (unsafe || i.change.safety === 'safe'))).map((i) => i.change.id);
}

function recompute(review: FileReview): FileReview {
  const base = baseText(review.input, review.items);
  const run = (ids: string[]): RewriteResult => rewrite(base, { ...review.options, unsafe: true, changeIds: ids });
  let items = review.items;
  let proposed = new Set<string>();
  // Adding a safe change to the list adds it to the preview, which can propose others: until nothing is new.
  for (let n = 0; n < MAX_MATCH_ROUNDS; n++) {
    const selected = previewIds(items, review.unsafe);
    const preview = run(selected);
    const notSelected = preview.skipped.filter((s) => s.changeId && s.reason === 'not selected').map((s) => s.changeId!);
    proposed = new Set([...preview.changes.map((c) => c.id), ...notSelected]);
    // The preview applied these: take its copy (reason and message as they read on this text).
    const fresh = new Map(preview.changes.map((c) => [c.id, c]));
    items = items.map((i) => (fresh.has(i.change.id) ? { ...i, change: fresh.get(i.change.id)! } : i));
    const known = new Set(items.flatMap((i) => [i.change.id, ...i.aliases]));
    const added: Item[] = [];
    const moved: Change[] = [];
    for (const id of notSelected) {
      if (known.has(id)) continue;
      known.add(id);
      // A skip carries no edits or reason: the change itself comes from a run that selects it.
      const change = run([...selected, id]).changes.find((c) => c.id === id);
      if (!change) continue;
      // A rejected change proposed again under another id (an accepted change rewrote its lines) stays rejected.
      const twin = items.findIndex((i) => (i.decision === 'rejected' || i.decision === 'ignored') && i.change.pass === change.pass && i.change.message === change.message);
      if (twin >= 0) {
        items = items.map((i, k) => (k === twin ? { ...i, aliases: [...i.aliases, id] } : i));
        continue;
      }
      // An undecided change no longer proposed, proposed again under another id (a decision rewrote the text it
      // was proposed on): the same proposal, so it keeps its place in the list under the new id.
      const same = items.findIndex((i) => i.decision === null && !proposed.has(i.change.id) && i.change.pass === change.pass && i.change.message === change.message);
      if (same >= 0) {
        items = items.map((i, k) => (k === same ? { ...i, change, aliases: [...i.aliases, i.change.id] } : i));
        moved.push(change);
        continue;
      }
      added.push({ change, decision: null, status: 'open', aliases: [] });
    }
    items = [...items, ...added];
    if (![...added.map((i) => i.change), ...moved].some((c) => review.unsafe || c.safety === 'safe')) break;
  }
  const accepted = acceptedIds({ ...review, items });
  // Nothing accepted: the file as written is the base itself (no need to run the passes for that).
  const result = accepted.length ? run(accepted) : { input: base, output: base, changed: false, changes: [], skipped: [], files: [] };
  const written = new Set(result.changes.map((c) => c.id));
  items = items.map((i) => ({ ...i, status: statusOf(i, written, proposed) }));
  return { ...review, base, items: sortItems(items), result };
}

function statusOf(item: Item, written: Set<string>, proposed: Set<string>): Status {
  if (item.decision === 'rejected' || item.decision === 'ignored') return 'rejected';
  if (item.decision === 'accepted') return written.has(item.change.id) ? 'applied' : proposed.has(item.change.id) ? 'waits' : 'gone';
  return proposed.has(item.change.id) ? 'open' : 'gone';
}

function sortItems(items: Item[]): Item[] {
  return items.map((item, n) => ({ item, n })).sort((a, b) => a.item.change.line - b.item.change.line || a.n - b.n).map((x) => x.item);
}

/** The file as written and the files it creates, for the summary and the writer. */
export function outcome(review: FileReview): { output: string; changed: boolean; files: RewriteResult['files']; applied: number; rejected: number; ignored: number; unapplied: number } {
  const c = counts(review);
  // Accepted but not in the file: it builds on a change not accepted, or no longer applies.
  const unapplied = review.items.filter((i) => i.decision === 'accepted' && i.status !== 'applied').length;
  return { output: review.result.output, changed: review.result.output !== review.input, files: review.result.files, applied: c.applied, rejected: c.rejected, ignored: c.ignored, unapplied };
}

/**
 * Diffs for the review: one change on its own (the file with it against the file without it, both computed by the
 * core from the current decisions), and the whole file as it would be written. Rendering is report.ts's.
 */
import { rewrite } from '../engine.js';
import { newFileDiff, unifiedDiff, type Colors } from '../report.js';
import type { RewriteResult } from '../types.js';
import { acceptedIds, type FileReview, type Item } from './state.js';

export interface ChangeDiff {
  /** Diff lines (coloured when asked), without the ---/+++ header. */
  lines: string[];
  /** Why there is no diff, when there is none. */
  note: string | null;
}

const cache = new WeakMap<FileReview, Map<string, ChangeDiff>>();

export function changeDiff(review: FileReview, item: Item, colors: Colors): ChangeDiff {
  const key = `${item.change.id}\0${colors.enabled}`;
  const perReview = cache.get(review) ?? new Map<string, ChangeDiff>();
  cache.set(review, perReview);
  const hit = perReview.get(key);
  if (hit) return hit;
  const diff = computeChangeDiff(review, item, colors);
  perReview.set(key, diff);
  return diff;
}

function computeChangeDiff(review: FileReview, item: Item, colors: Colors): ChangeDiff {
  if (item.status === 'gone') {
    return { lines: [], note: 'No longer applies: it was proposed on text written by a change that is now rejected (or not accepted). The core proposes what fits the current decisions; see the other changes of this file.' };
  }
  const id = item.change.id;
  const run = (ids: string[]): RewriteResult => rewrite(review.base, { ...review.options, unsafe: true, changeIds: ids });
  const accepted = acceptedIds(review).filter((x) => x !== id);
  // First against the accepted changes alone; a change that builds on one not accepted yet needs those too.
  let without = run(accepted);
  let withIt = run([...accepted, id]);
  if (!withIt.changes.some((c) => c.id === id)) {
    const open = review.items.filter((i) => i.decision === null || i.decision === 'accepted').map((i) => i.change.id).filter((x) => x !== id);
    without = run(open);
    withIt = run([...open, id]);
  }
  if (!withIt.changes.some((c) => c.id === id)) {
    return { lines: [], note: 'Not proposed on the file as it stands with the current decisions.' };
  }
  const parts = [unifiedDiff(review.file, without.output, withIt.output, colors)];
  const before = new Set(without.files.map((f) => f.path));
  for (const f of withIt.files) if (!before.has(f.path)) parts.push(newFileDiff(siblingPath(review.file, f.path), f.content, colors));
  return { lines: withoutHeader(parts.join('\n')), note: null };
}

/** The whole file as it would be written with the current decisions (and the files it would create). */
export function fileDiff(review: FileReview, colors: Colors): string[] {
  const parts = [unifiedDiff(review.file, review.input, review.result.output, colors)];
  for (const f of review.result.files) parts.push(newFileDiff(siblingPath(review.file, f.path), f.content, colors));
  return withoutHeader(parts.filter(Boolean).join('\n'));
}

function withoutHeader(patch: string): string[] {
  // eslint-disable-next-line no-control-regex
  const plain = (l: string): string => l.replace(/\x1b\[[0-9;]*m/g, '');
  const out: string[] = [];
  let fromNothing = false;
  for (const line of patch.replace(/\n+$/, '').split('\n')) {
    const p = plain(line);
    if (p.startsWith('--- ')) {
      fromNothing = p === '--- /dev/null';
      continue;
    }
    if (p.startsWith('+++ ')) {
      if (fromNothing) out.push(`new file ${p.slice(4).replace(/^b\//, '')}`);
      continue;
    }
    if (p !== '') out.push(line);
  }
  return out;
}

export function siblingPath(dockerfile: string, rel: string): string {
  const dir = dockerfile.includes('/') ? dockerfile.slice(0, dockerfile.lastIndexOf('/') + 1) : '';
  return `${dir}${rel}`;
}

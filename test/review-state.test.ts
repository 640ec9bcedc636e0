import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rewrite } from '../src/engine.js';
import { ignoreCommentEdit } from '../src/review/remember.js';
import { acceptedIds, acceptRest, baseText, counts, decide, startReview, undo, type FileReview } from '../src/review/state.js';
import { changeDiff, fileDiff } from '../src/review/diff.js';
import { applyEdits } from '../src/engine.js';

const APP = path.join(import.meta.dirname, '../fixtures/apps/apt-heavy');
const TEXT = fs.readFileSync(path.join(APP, 'Dockerfile'), 'utf8');
const OPTIONS = { context: APP, dockerfileName: 'Dockerfile' };

const start = (unsafe = false): FileReview => startReview(path.join(APP, 'Dockerfile'), TEXT, OPTIONS, unsafe);
const idOf = (r: FileReview, pass: string, message: RegExp = /./): string => r.items.find((i) => i.change.pass === pass && message.test(i.change.message))!.change.id;
const statusOf = (r: FileReview, id: string): string => r.items.find((i) => i.change.id === id)!.status;
/** What the command would write: the core's output for the accepted ids, nothing stitched. */
const expected = (r: FileReview): string => rewrite(r.base, { ...OPTIONS, unsafe: true, changeIds: acceptedIds(r) }).output;

describe('review state: the list', () => {
  it('lists every change the passes propose, unsafe ones included, all undecided, and writes nothing yet', () => {
    const r = start();
    const all = rewrite(TEXT, { ...OPTIONS, unsafe: true });
    expect(r.items.map((i) => i.change.id).sort()).toEqual(all.changes.map((c) => c.id).sort());
    expect(r.items.some((i) => i.change.safety === 'unsafe')).toBe(true);
    expect(r.items.every((i) => i.decision === null && i.status === 'open')).toBe(true);
    expect(r.result.output).toBe(TEXT);
    expect(r.items.map((i) => i.change.line)).toEqual([...r.items.map((i) => i.change.line)].sort((a, b) => a - b));
  });
});

describe('review state: decisions and recompute', () => {
  it('accepting one change gives exactly rewrite() with that id', () => {
    let r = start();
    const merge = idOf(r, 'merge-runs');
    r = decide(r, merge, 'accepted');
    expect(r.result.output).toBe(rewrite(TEXT, { ...OPTIONS, changeIds: [merge] }).output);
    expect(statusOf(r, merge)).toBe('applied');
    expect(counts(r)).toMatchObject({ accepted: 1, applied: 1, rejected: 0 });
  });

  it('a change built on a rejected one no longer applies, and the core proposes what fits instead', () => {
    let r = start();
    const merge = idOf(r, 'merge-runs');
    const lists = idOf(r, 'cache-cleanup', /package lists/);
    const recommends = idOf(r, 'cache-cleanup', /recommended/);
    r = decide(r, merge, 'rejected');
    // Both cache-cleanup changes were proposed on the merged RUN: without the merge, the lists cleanup is not
    // proposed at all (a later RUN installs again): it no longer applies.
    expect(statusOf(r, lists)).toBe('gone');
    // --no-install-recommends is proposed per RUN instead: new ids, listed undecided; the undecided one listed before
    // takes the first of them (same pass and message), so the list does not keep a dead copy.
    expect(r.items.some((i) => i.change.id === recommends)).toBe(false);
    const fresh = r.items.filter((i) => i.decision === null && i.status === 'open' && /recommended/.test(i.change.message));
    expect(fresh.length).toBeGreaterThan(1);
    expect(fresh.filter((i) => i.aliases.includes(recommends))).toHaveLength(1);
    for (const i of fresh) expect(i.change.reason).not.toBe('');
    // Accepting one of those writes exactly what the core gives for it.
    r = decide(r, fresh[0].change.id, 'accepted');
    expect(r.result.output).toBe(rewrite(TEXT, { ...OPTIONS, unsafe: true, changeIds: [fresh[0].change.id] }).output);
    expect(r.result.output).not.toBe(TEXT);
  });

  it('an accepted change that builds on one not accepted waits, and is written once that one is', () => {
    let r = start();
    const merge = idOf(r, 'merge-runs');
    const lists = idOf(r, 'cache-cleanup', /package lists/);
    r = decide(r, lists, 'accepted');
    expect(statusOf(r, lists)).toBe('waits');
    expect(r.result.output).toBe(TEXT);
    r = decide(r, merge, 'accepted');
    expect(statusOf(r, lists)).toBe('applied');
    expect(r.result.output).toBe(rewrite(TEXT, { ...OPTIONS, changeIds: [lists, merge] }).output);
    expect(r.result.output).toContain('rm -rf /var/lib/apt/lists/*');
  });

  it('undo steps back one decision at a time, to the very start', () => {
    const r0 = start();
    const r1 = decide(r0, idOf(r0, 'merge-runs'), 'accepted');
    const r2 = decide(r1, idOf(r1, 'deps-first'), 'rejected');
    expect(undo(r2)).toBe(r1);
    expect(undo(undo(r2))).toBe(r0);
    expect(undo(r0)).toBe(r0);
    expect(undo(r2).result.output).toBe(expected(r1));
  });

  it('accept the rest takes the safe changes (and those they bring), unsafe ones only under --unsafe', () => {
    const safe = acceptRest(start());
    expect(safe.items.filter((i) => i.change.safety === 'unsafe').every((i) => i.decision === null)).toBe(true);
    expect(safe.result.output).toBe(rewrite(TEXT, OPTIONS).output);
    expect(safe.result.files.map((f) => f.path)).toEqual(['.dockerignore']);
    const all = acceptRest(start(true));
    expect(all.result.output).toBe(rewrite(TEXT, { ...OPTIONS, unsafe: true }).output);
    // One step: a single undo goes back to nothing decided.
    expect(counts(undo(all)).accepted).toBe(0);
  });

  it('on every sample app, accepting the rest gives what the plain command writes, with and without --unsafe', () => {
    const apps = fs.readdirSync(path.join(APP, '..'), { withFileTypes: true }).filter((e) => e.isDirectory());
    expect(apps.length).toBeGreaterThanOrEqual(7);
    for (const app of apps) {
      const dir = path.join(APP, '..', app.name);
      const text = fs.readFileSync(path.join(dir, 'Dockerfile'), 'utf8');
      const options = { context: dir, dockerfileName: 'Dockerfile' };
      for (const unsafe of [false, true]) {
        const r = startReview(path.join(dir, 'Dockerfile'), text, options, unsafe);
        // The list starts in the world the command would write: nothing "no longer applies" before any decision.
        expect(r.items.filter((i) => i.status === 'gone'), `${app.name} unsafe=${unsafe}`).toEqual([]);
        const plain = rewrite(text, { ...options, unsafe });
        // Every change the command reports is listed (by id where selecting by id reaches the same rounds; the
        // engine orders rounds differently for some files when it selects by id, and the ids then differ).
        for (const c of plain.changes) expect(r.items.map((i) => `${i.change.pass}: ${i.change.message}`), app.name).toContain(`${c.pass}: ${c.message}`);
        const all = acceptRest(r);
        expect(all.result.output, `${app.name} unsafe=${unsafe}`).toBe(plain.output);
        expect(all.result.files).toEqual(plain.files);
        expect(all.items.filter((i) => i.status === 'gone'), `${app.name} unsafe=${unsafe}`).toEqual([]);
        if (!unsafe) expect(all.items.filter((i) => i.decision === null).every((i) => i.change.safety === 'unsafe')).toBe(true);
      }
    }
  });

  it('an undecided or rejected change is never written', () => {
    let r = start();
    const merge = idOf(r, 'merge-runs');
    r = decide(r, idOf(r, 'deps-first'), 'accepted');
    r = decide(r, merge, 'rejected');
    expect(r.result.output).toBe(TEXT);
    expect(r.result.files.map((f) => f.path)).toEqual(['.dockerignore']);
    expect(r.result.output).toBe(expected(r));
  });
});

describe('review state: remembering a rejection', () => {
  it('puts a dockerfix-ignore comment above the instruction; the core then leaves it alone', () => {
    let r = start();
    const merge = idOf(r, 'merge-runs');
    r = decide(r, merge, 'ignored');
    expect(r.base).toBe(TEXT.replace('\nRUN apt-get update\n', '\n# dockerfix-ignore merge-runs\nRUN apt-get update\n'));
    expect(r.items.find((i) => i.change.id === merge)!.status).toBe('rejected');
    // merge-runs still merges the RUNs after the ignored one.
    const other = r.items.find((i) => i.change.pass === 'merge-runs' && i.change.id !== merge)!;
    expect(other.status).toBe('open');
    r = decide(r, other.change.id, 'accepted');
    expect(r.result.output).toBe(rewrite(r.base, { ...OPTIONS, changeIds: [other.change.id] }).output);
    expect(r.result.output).toContain('# dockerfix-ignore merge-runs\nRUN apt-get update\n');
    // The next run over the written file does not propose the ignored merge again.
    expect(rewrite(r.result.output, OPTIONS).changes.some((c) => c.id === merge)).toBe(false);
    expect(undo(r).base).toBe(r.base);
    expect(undo(undo(r)).base).toBe(TEXT);
  });

  it('remembers several rejections, each above its own instruction, though lines shown count the comments above', () => {
    let r = start(true);
    r = decide(r, idOf(r, 'merge-runs'), 'ignored');
    // The --no-install-recommends change of `RUN apt-get install -y curl`: line 5 of the base, line 4 of the input.
    const curl = r.items.find((i) => /recommended/.test(i.change.message) && i.status === 'open' && r.base.split('\n')[i.change.line - 1] === 'RUN apt-get install -y curl')!;
    expect(curl.change.line).toBe(5);
    r = decide(r, curl.change.id, 'ignored');
    expect(r.base).toBe(TEXT.replace('\nRUN apt-get update\nRUN apt-get install -y curl\n', '\n# dockerfix-ignore merge-runs\nRUN apt-get update\n# dockerfix-ignore cache-cleanup\nRUN apt-get install -y curl\n'));
    // Taking back the first keeps the second where it was.
    r = decide(r, idOf(r, 'merge-runs'), null);
    expect(r.base).toBe(TEXT.replace('\nRUN apt-get install -y curl\n', '\n# dockerfix-ignore cache-cleanup\nRUN apt-get install -y curl\n'));
  });

  it('a change that edits no instruction (a new .dockerignore) is rejected without a comment', () => {
    const r0 = start();
    const r = decide(r0, idOf(r0, 'deps-first'), 'ignored');
    expect(r.items.find((i) => i.change.pass === 'deps-first')!.decision).toBe('rejected');
    expect(r.base).toBe(TEXT);
  });

  it('adds the pass to a dockerfix-ignore comment already above, keeps indentation and CRLF', () => {
    const text = 'FROM alpine\n# keep apart\n# dockerfix-ignore copy-chown\nRUN a\nRUN b\n';
    const edit = ignoreCommentEdit(text, 4, 'merge-runs')!;
    expect(applyEdits(text, [edit])).toBe('FROM alpine\n# keep apart\n# dockerfix-ignore copy-chown, merge-runs\nRUN a\nRUN b\n');
    expect(ignoreCommentEdit('FROM alpine\n# dockerfix-ignore\nRUN a\n', 3, 'merge-runs')).toBeNull();
    const crlf = 'FROM alpine\r\n  RUN a\r\nRUN b\r\n';
    expect(applyEdits(crlf, [ignoreCommentEdit(crlf, 2, 'merge-runs')!])).toBe('FROM alpine\r\n  # dockerfix-ignore merge-runs\r\n  RUN a\r\nRUN b\r\n');
    // Several remembered rejections, on one instruction or several: one comment each place, input lines kept apart.
    const items = [
      { change: { id: 'a', pass: 'merge-runs', line: 2, message: '', reason: '', safety: 'safe' as const, edits: [{ start: 0, end: 0, text: '' }] }, decision: 'ignored' as const, status: 'rejected' as const, aliases: [] },
      { change: { id: 'b', pass: 'cache-cleanup', line: 2, message: '', reason: '', safety: 'safe' as const, edits: [{ start: 0, end: 0, text: '' }] }, decision: 'ignored' as const, status: 'rejected' as const, aliases: [] },
      { change: { id: 'c', pass: 'merge-runs', line: 3, message: '', reason: '', safety: 'safe' as const, edits: [{ start: 0, end: 0, text: '' }] }, decision: 'ignored' as const, status: 'rejected' as const, aliases: [] },
    ];
    expect(baseText('FROM alpine\nRUN a\nRUN b\n', items)).toBe('FROM alpine\n# dockerfix-ignore merge-runs, cache-cleanup\nRUN a\n# dockerfix-ignore merge-runs\nRUN b\n');
  });
});

describe('review diffs', () => {
  it('shows one change on its own, and the whole file as it would be written', () => {
    let r = start();
    const merge = idOf(r, 'merge-runs');
    const one = changeDiff(r, r.items.find((i) => i.change.id === merge)!, { enabled: false });
    expect(one.note).toBeNull();
    expect(one.lines).toContain('-RUN apt-get install -y jq');
    expect(one.lines).toContain('+    apt-get install -y jq && \\');
    expect(one.lines.some((l) => l.includes('rm -rf'))).toBe(false);
    const ignore = changeDiff(r, r.items.find((i) => i.change.pass === 'deps-first')!, { enabled: false });
    expect(ignore.lines[0]).toBe(`new file ${APP}/.dockerignore`);
    expect(fileDiff(r, { enabled: false })).toEqual([]);
    r = decide(r, merge, 'accepted');
    const whole = fileDiff(r, { enabled: false });
    expect(whole).toContain('+    apt-get install -y jq && \\');
    const gone = changeDiff(decide(start(), merge, 'rejected'), decide(start(), merge, 'rejected').items.find((i) => /package lists/.test(i.change.message))!, { enabled: false });
    expect(gone.lines).toEqual([]);
    expect(gone.note).toMatch(/no longer applies/i);
  });
});

import { describe, expect, it } from 'vitest';
import { applyEdits, changeId, checkOutput, rewrite, selectPasses } from '../src/engine.js';
import { parseDocument } from '../src/document.js';

const TWO_RUNS = 'FROM debian:bookworm\nRUN echo a\nRUN echo b\n';

describe('rewrite', () => {
  it('returns the input unchanged, byte for byte, when no pass runs', () => {
    const text = '\uFEFF# escape=`\r\nFROM alpine  \r\nRUN echo a `\r\n  && echo b\r\n\r\n# end';
    const result = rewrite(text, { passes: [] });
    expect(result.output).toBe(text);
    expect(result.changed).toBe(false);
    expect(result.changes).toEqual([]);
  });

  it('gives the same change the same id on every run, and applies only selected ids', () => {
    const first = rewrite(TWO_RUNS);
    const again = rewrite(TWO_RUNS);
    expect(first.changes.map((c) => c.id)).toEqual(again.changes.map((c) => c.id));
    expect(first.changes[0].id).toMatch(/^merge-runs:[0-9a-f]{8}$/);
    const none = rewrite(TWO_RUNS, { changeIds: [] });
    expect(none.output).toBe(TWO_RUNS);
    expect(none.skipped).toEqual([expect.objectContaining({ changeId: first.changes[0].id, reason: 'not selected' })]);
    const chosen = rewrite(TWO_RUNS, { changeIds: [first.changes[0].id] });
    expect(chosen.output).toBe(first.output);
  });

  it('gives identical changes in identical instructions their own ids, and a selection applies only the one chosen', () => {
    const text = 'FROM golang:1.22 AS a\nRUN go build ./...\n\nFROM golang:1.22 AS b\nRUN go build ./...\n';
    const all = rewrite(text, { passes: ['cache-cleanup'] });
    expect(all.changes).toHaveLength(2);
    expect(new Set(all.changes.map((c) => c.id)).size).toBe(2);
    const second = all.changes.find((c) => c.line === 5)!;
    const one = rewrite(text, { passes: ['cache-cleanup'], changeIds: [second.id] });
    expect(one.changes.map((c) => c.id)).toEqual([second.id]);
    expect(one.output).toBe('FROM golang:1.22 AS a\nRUN go build ./...\n\nFROM golang:1.22 AS b\nRUN go build ./... && go clean -cache\n');
  });

  it('says which merged RUNs were wrapped in a subshell, and why', () => {
    const three = rewrite('FROM debian\nRUN set -eux; mkdir /a\nRUN cd /a; touch x\nRUN echo done\n', { passes: ['merge-runs'] });
    expect(three.output).toBe('FROM debian\nRUN (set -eux; mkdir /a) && \\\n    (cd /a; touch x) && \\\n    echo done\n');
    expect(three.changes[0].reason).toContain('The RUNs at lines 2 and 3 are each wrapped in a subshell so their shell state and exit status stay as they were.');
    const one = rewrite('FROM debian\nRUN cd /a; touch x\nRUN echo done\n', { passes: ['merge-runs'] });
    expect(one.changes[0].reason).toContain('The RUN at line 2 is wrapped in a subshell so its shell state');
  });

  it('keeps untouched instructions and comments byte-identical', () => {
    const text = '# top\nFROM debian:bookworm   \nENV A=1  \\\n    B=2\nRUN echo a\nRUN echo b\nCMD  [ "sh" ]\n';
    const out = rewrite(text).output;
    expect(out.startsWith('# top\nFROM debian:bookworm   \nENV A=1  \\\n    B=2\n')).toBe(true);
    expect(out.endsWith('CMD  [ "sh" ]\n')).toBe(true);
  });

  it('rejects unknown pass ids with a usage error', () => {
    expect(() => selectPasses(['nope'])).toThrow(/unknown pass "nope"/);
  });
});

describe('engine output check', () => {
  it('reports an edit that breaks an instruction no change touched', () => {
    const doc = parseDocument(TWO_RUNS);
    // Removing the line end after the first RUN glues the next RUN into it.
    const run = doc.instructions[1];
    const edits = [{ start: run.end - 1, end: run.end + 1, text: 'a \\\n' }];
    const out = applyEdits(doc.text, edits);
    const change = { id: 'x', pass: 'test', message: 'm', reason: 'r', safety: 'safe' as const, edits, line: 2, span: [run.end - 1, run.end + 1] as [number, number] };
    expect(checkOutput(doc, out, [change])).toMatch(/no longer the same instruction/);
  });

  it('reports an edited RUN whose shell no longer parses', () => {
    const doc = parseDocument(TWO_RUNS);
    const run = doc.instructions[1];
    const edits = [{ start: run.end, end: run.end, text: ' && (' }];
    const change = { id: 'x', pass: 'test', message: 'm', reason: 'r', safety: 'safe' as const, edits, line: 2, span: [run.end, run.end] as [number, number] };
    expect(checkOutput(doc, applyEdits(doc.text, edits), [change])).toMatch(/cannot be read|no longer parses/);
  });

  it('accepts a sound edit', () => {
    const doc = parseDocument(TWO_RUNS);
    const run = doc.instructions[1];
    const edits = [{ start: run.end, end: run.end, text: ' && echo c' }];
    const change = { id: 'x', pass: 'test', message: 'm', reason: 'r', safety: 'safe' as const, edits, line: 2, span: [run.end, run.end] as [number, number] };
    expect(checkOutput(doc, applyEdits(doc.text, edits), [change])).toBeNull();
  });
});

describe('changeId', () => {
  it('depends on the edited line, not on where it sits in the file', () => {
    const a = changeId('p', { message: 'm', reason: 'r', safety: 'safe', edits: [{ start: 0, end: 1, text: 'x' }] }, 'abc\n');
    const b = changeId('p', { message: 'm', reason: 'r', safety: 'safe', edits: [{ start: 3, end: 4, text: 'x' }] }, 'zz\nabc\n');
    const other = changeId('p', { message: 'm', reason: 'r', safety: 'safe', edits: [{ start: 0, end: 1, text: 'x' }] }, 'abd\n');
    expect(a).toBe(b);
    expect(other).not.toBe(a);
  });
});

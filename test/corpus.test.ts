/** Robustness over real Dockerfiles from ../shared/corpus (skipped when the corpus is absent). */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/corpus.js';
import { parseDocument } from '../src/document.js';
import { rewrite } from '../src/engine.js';
import { PASSES } from '../transforms/index.js';

const corpus = loadCorpus();
const ALL = PASSES.map((p) => p.id);

describe.skipIf(!corpus)('corpus', () => {
  const entries = corpus ?? [];

  it('with no passes, every file comes back byte-identical', () => {
    for (const e of entries) expect(rewrite(e.content, { passes: [] }).output, e.id).toBe(e.content);
  });

  for (const strategy of ['clean', 'mount'] as const) {
    it(`with every pass (unsafe too, cache strategy ${strategy}): no crash, output parses, no change told twice, a second run proposes nothing`, () => {
      let changedFiles = 0;
      for (const e of entries) {
        const options = { passes: ALL, unsafe: true, cacheStrategy: strategy };
        const first = rewrite(e.content, options);
        const doc = parseDocument(first.output);
        expect(doc.instructions.length, e.id).toBeGreaterThan(0);
        const broken = first.skipped.filter((s) => s.reason.startsWith('internal error') || s.reason.startsWith('dropped by the engine'));
        expect(broken, e.id).toEqual([]);
        // A reader of the report never finds the same change told twice (same pass, line and message).
        const told = first.changes.map((c) => `${c.pass} line ${c.line}: ${c.message}`);
        expect(told.filter((t, i) => told.indexOf(t) !== i), e.id).toEqual([]);
        const second = rewrite(first.output, options);
        expect(second.changes.map((c) => `${c.pass}: ${c.message}`), e.id).toEqual([]);
        if (first.changed) changedFiles++;
      }
      expect(changedFiles).toBeGreaterThan(0);
    });
  }

  it('selecting every change by id (changeIds) gives the same output and changes as selecting nothing', () => {
    for (const e of entries) {
      for (const unsafe of [false, true]) {
        const options = { passes: ALL, unsafe };
        const plain = rewrite(e.content, options);
        const ids = plain.changes.map((c) => c.id);
        const selected = rewrite(e.content, { ...options, changeIds: ids });
        expect(selected.output, e.id).toBe(plain.output);
        expect(selected.changes.map((c) => c.id), e.id).toEqual(ids);
      }
    }
  });

  it('leaving one change out by id never applies it, and applies only selected ids', () => {
    let checked = 0;
    for (const e of entries.slice(0, 600)) {
      const plain = rewrite(e.content, { passes: ALL });
      if (plain.changes.length < 2) continue;
      const [left, ...rest] = plain.changes.map((c) => c.id);
      const selected = rewrite(e.content, { passes: ALL, changeIds: rest });
      const applied = selected.changes.map((c) => c.id);
      expect(applied, e.id).not.toContain(left);
      for (const id of applied) expect(rest, e.id).toContain(id);
      checked++;
    }
    expect(checked).toBeGreaterThan(50);
  });
});

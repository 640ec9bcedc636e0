import { describe, expect, it } from 'vitest';
import { rewrite } from '../src/engine.js';
import { parseDocument } from '../src/document.js';
import { PASSES } from '../transforms/index.js';
import { loadFixtures, toBacktick, toCrlf, type FixtureCase } from './helpers/fixtures.js';

function check(c: FixtureCase, before: string, after: string): void {
  const result = rewrite(before, c.options);
  expect(result.output).toBe(after);
  expect(result.changed).toBe(before !== after || result.files.length > 0);
  // Every output parses, and no applied change left an unreadable RUN.
  const doc = parseDocument(result.output);
  for (const ins of doc.instructions) if (ins.shell?.script) expect(ins.shell.script.hasError).toBe(false);
  // Idempotent: a second run proposes nothing.
  const again = rewrite(result.output, c.options);
  expect(again.changes.map((ch) => ch.message)).toEqual([]);
  expect(again.output).toBe(result.output);
  if (c.expectSkip) expect(result.skipped.map((s) => s.reason).join('\n')).toContain(c.expectSkip);
}

for (const pass of PASSES) {
  const cases = loadFixtures(pass.id);
  describe(`fixtures/${pass.id}`, () => {
    it('has fixtures', () => expect(cases.length).toBeGreaterThan(0));
    for (const c of cases) {
      it(c.name, () => check(c, c.before, c.after));
      it(`${c.name} (CRLF)`, () => check(c, toCrlf(c.before), toCrlf(c.after)));
      if (c.variants) it(`${c.name} (escape=\`)`, () => check(c, toBacktick(c.before), toBacktick(c.after)));
    }
  });
}

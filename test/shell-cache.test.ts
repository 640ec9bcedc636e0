import { describe, expect, it } from 'vitest';
import { parseShell } from '../src/shell/parser.js';

describe('the shell parse cache', () => {
  it('keeps the 4,096 texts parsed last and lets the oldest go first, however long it runs', () => {
    const tag = Math.random().toString(36).slice(2);
    const text = (i: number) => `echo ${tag} ${i}`;
    const first = Array.from({ length: 3 * 4096 + 10 }, (_, i) => parseShell(text(i)));
    // The last 4,096 are still there (the same objects); the ones before them were let go, oldest first.
    for (const i of [3 * 4096 + 9, 2 * 4096 + 10, 2 * 4096 + 11]) expect(parseShell(text(i))).toBe(first[i]);
    const gone = parseShell(text(2 * 4096 + 9));
    expect(gone).not.toBe(first[2 * 4096 + 9]);
    expect(gone.commands[0].words.map((w) => w.value)).toEqual(['echo', tag, String(2 * 4096 + 9)]);
  });
});

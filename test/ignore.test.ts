import { describe, expect, it } from 'vitest';
import { rewrite } from '../src/engine.js';

const skipsOf = (text: string, options = {}) => rewrite(text, options).skipped;

describe('# dockerfix-ignore comments', () => {
  it('keeps every pass away from the instruction below the comment; the others still change', () => {
    const text = 'FROM debian:bookworm\nRUN echo a\n# kept apart on purpose: the build log shows this step\n# dockerfix-ignore\nRUN echo b\nRUN echo c\nRUN echo d\n';
    const result = rewrite(text, { passes: ['merge-runs'] });
    // b is neither merged into a nor c into b; c and d merge.
    expect(result.output).toBe('FROM debian:bookworm\nRUN echo a\n# kept apart on purpose: the build log shows this step\n# dockerfix-ignore\nRUN echo b\nRUN echo c && \\\n    echo d\n');
    expect(result.skipped).toEqual([{ pass: 'merge-runs', line: 5, reason: 'left as its own RUN: the dockerfix-ignore comment at line 4 asks so' }]);
    // Idempotent: the output proposes nothing more.
    expect(rewrite(result.output, { passes: ['merge-runs'] }).changes).toEqual([]);
  });

  it('drops any change that would edit the instruction, and names the change it dropped', () => {
    const text = 'FROM debian:bookworm\n# dockerfix-ignore\nRUN pip install flask\nRUN pip install requests\n';
    const result = rewrite(text, { passes: ['cache-cleanup'] });
    expect(result.output).toBe('FROM debian:bookworm\n# dockerfix-ignore\nRUN pip install flask\nRUN pip install --no-cache-dir requests\n');
    expect(result.skipped).toEqual([expect.objectContaining({
      pass: 'cache-cleanup', line: 3, changeId: expect.stringMatching(/^cache-cleanup:/), message: 'add --no-cache-dir to pip install',
      reason: 'not applied: the dockerfix-ignore comment at line 2 asks to leave that instruction alone',
    })]);
  });

  it('names passes: only those leave the instruction alone', () => {
    const text = 'FROM debian:bookworm\n# dockerfix-ignore cache-cleanup\nRUN apt-get update && apt-get install -y curl\nRUN pip install flask\n';
    const result = rewrite(text, { passes: ['cache-cleanup'] });
    expect(result.output).toBe('FROM debian:bookworm\n# dockerfix-ignore cache-cleanup\nRUN apt-get update && apt-get install -y curl\nRUN pip install --no-cache-dir flask\n');
    // A RUN under a comment for other passes is not merged with one outside it: merged, the comment would cover both.
    const merged = rewrite(text, { passes: ['merge-runs'] });
    expect(merged.changes).toEqual([]);
    expect(merged.skipped).toEqual([{ pass: 'merge-runs', line: 4, reason: 'not merged with the RUN at line 3: the dockerfix-ignore comment at line 2 keeps cache-cleanup away from that RUN alone; merged, it would cover both' }]);
    // With every pass: the pip RUN gets its cleanup, the apt RUN (under the comment) keeps its lists.
    const all = rewrite(text);
    expect(all.output).toBe('FROM debian:bookworm\n# dockerfix-ignore cache-cleanup\nRUN apt-get update && apt-get install -y curl\nRUN pip install --no-cache-dir flask\n');
    // RUNs under the same comment still merge (a -file comment covers every RUN alike).
    const same = 'FROM debian:bookworm\n# dockerfix-ignore-file cache-cleanup\nRUN apt-get update && apt-get install -y curl\nRUN pip install flask\n';
    expect(rewrite(same, { passes: ['merge-runs'] }).changes.map((c) => c.pass)).toEqual(['merge-runs']);
  });

  it('applies to the whole file with dockerfix-ignore-file, for every pass or those named', () => {
    const text = 'FROM debian:bookworm\n# dockerfix-ignore-file merge-runs\nRUN pip install flask\nRUN echo done\n';
    const result = rewrite(text);
    expect(result.output).toBe('FROM debian:bookworm\n# dockerfix-ignore-file merge-runs\nRUN pip install --no-cache-dir flask\nRUN echo done\n');
    expect(result.skipped).toContainEqual({ pass: 'merge-runs', line: 3, reason: 'left as its own RUN: the dockerfix-ignore-file comment at line 2 asks so' });
    const all = 'FROM debian:bookworm\nRUN pip install flask\nRUN echo done\n# dockerfix-ignore-file\n';
    expect(rewrite(all).output).toBe(all);
    expect(rewrite(all).changed).toBe(false);
  });

  it('says so and obeys nothing when a comment names no known pass or stands above no instruction', () => {
    const unknown = 'FROM debian:bookworm\n# dockerfix-ignore merge-run\nRUN echo a\nRUN echo b\n';
    const result = rewrite(unknown);
    expect(result.output).toContain('RUN echo a && \\\n    echo b');
    expect(result.skipped).toContainEqual({ pass: 'engine', line: 2, reason: expect.stringContaining('names no pass "merge-run"') });
    const detached = 'FROM debian:bookworm\n# dockerfix-ignore\n\nRUN echo a\nRUN echo b\n';
    const second = rewrite(detached);
    expect(second.output).toContain('RUN echo a && \\\n    echo b');
    expect(second.skipped).toContainEqual({ pass: 'engine', line: 2, reason: expect.stringContaining('is not directly above an instruction') });
    // The pass list may follow `=` or `:`, as in other tools' ignore comments.
    for (const form of ['# dockerfix-ignore=merge-runs', '#dockerfix-ignore: merge-runs', '# dockerfix-ignore merge-runs,cache-cleanup']) {
      expect(rewrite(`FROM debian:bookworm\nRUN echo a\n${form}\nRUN echo b\n`).changes, form).toEqual([]);
    }
    // A longer word is not the directive.
    expect(skipsOf('FROM debian:bookworm\n# dockerfix-ignored\nRUN echo a\nRUN echo b\n').some((s) => s.pass === 'engine')).toBe(false);
  });

  it('works in CRLF files and with the directive inside a RUN continuation', () => {
    const crlf = 'FROM debian:bookworm\r\nRUN echo a\r\n# dockerfix-ignore merge-runs\r\nRUN echo b\r\n';
    expect(rewrite(crlf).output).toBe(crlf);
    const inside = 'FROM debian:bookworm\nRUN echo a && \\\n# dockerfix-ignore\n    echo b\nRUN echo c\n';
    expect(rewrite(inside, { passes: ['merge-runs'] }).output).toBe(inside);
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyEdits, changeId, checkOutput, LineFrames, rewrite, selectPasses } from '../src/engine.js';
import { parseDocument } from '../src/document.js';
import { multiStage } from '../transforms/multi-stage.js';

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

  it('tells that deleted files leave an earlier layer only when a later merged RUN deletes some, naming the command', () => {
    const none = rewrite('FROM node:20\nRUN node -v\nRUN npm -v\n', { passes: ['merge-runs'] });
    expect(none.changes[0].reason).toBe('One layer instead of 2: fewer layers to store and pull.');
    const rm = rewrite('FROM debian\nCOPY install.sh /tmp/\nRUN /bin/sh /tmp/install.sh\n# done\nRUN rm -rf /tmp/install.sh\n', { passes: ['merge-runs'] });
    expect(rm.changes[0].reason).toBe('One layer instead of 2: fewer layers to store and pull, and files that `rm` at line 5 deletes no longer stay in a layer of the RUNs before it.');
    const purge = rewrite('FROM debian\nRUN apt-get update && apt-get install -y gcc\nRUN make\nRUN sudo apt-get purge -y gcc\n', { passes: ['merge-runs'] });
    expect(purge.changes[0].reason).toContain('files that `apt-get purge` at line 4 deletes no longer stay');
    // A deletion in the first RUN happens in its own layer anyway.
    const first = rewrite('FROM debian\nRUN rm -rf /var/cache/x\nRUN touch /y\n', { passes: ['merge-runs'] });
    expect(first.changes[0].reason).not.toContain('deletes');
  });

  it('names the RUN a skip keeps apart once: "that RUN" is the one before, "this RUN" the skip\'s own', () => {
    const reasons = (text: string) => rewrite(text, { passes: ['merge-runs'] }).skipped.map((s) => `${s.line}: ${s.reason}`);
    expect(reasons('FROM debian\nRUN set -e; make; make install\nRUN echo two\n')).toEqual(['3: not merged with the RUN at line 2: that RUN runs with errexit (`set -e`), which a shell ignores inside a merged `&&` chain: a failing command would no longer stop the build']);
    expect(reasons('FROM debian\nRUN echo one\nRUN echo two # c\n')).toEqual(['3: not merged with the RUN at line 2: this RUN has a shell comment; joining could comment out the next command']);
  });

  it('appends no cleanup after a job the merged RUN leaves in the background, which would run alongside it', () => {
    const r = rewrite('FROM node:20\nRUN npm ci\nRUN npm install -g pm2 &\n');
    expect(r.output).toBe('FROM node:20\nRUN npm ci && \\\n    (npm install -g pm2 &)\n');
    expect(r.skipped.map((s) => s.reason)).toContain('npm: cache not cleaned: the RUN starts a background job, which a cleanup appended at its end would run alongside');
  });

  it('numbers every line as in the input, also for changes and skips of later rounds', () => {
    const text = 'FROM debian:bookworm\nRUN apt-get update\n\nRUN apt-get install -y curl\nRUN echo hi\n\nCMD ["sh"]\n';
    const result = rewrite(text, { passes: ['merge-runs', 'cache-cleanup'] });
    expect(result.output).toBe('FROM debian:bookworm\nRUN apt-get update && \\\n    apt-get install -y curl && \\\n    echo hi && \\\n    rm -rf /var/lib/apt/lists/*\n\nCMD ["sh"]\n');
    const [merge, cleanup] = result.changes;
    expect([merge.pass, merge.line, merge.message]).toEqual(['merge-runs', 2, 'merge 3 consecutive RUN instructions (lines 2-5) into one']);
    // Proposed in the second round, appended at the end of the merged RUN: told at the RUN's own line (2 there and
    // in the input), not at its last line.
    expect([cleanup.pass, cleanup.line]).toEqual(['cache-cleanup', 2]);
    // The final round's skip names the install, line 3 of the output and line 4 of the input.
    const skip = result.skipped.find((s) => s.message?.includes('--no-install-recommends'));
    expect(skip?.line).toBe(4);
  });

  it('traces lines through edits: exactly in unchanged text, to where the edit starts in text it wrote', () => {
    const input = 'a\nb\nc\nd\n';
    const frames = new LineFrames(input);
    // Round 0 joins lines 1 and 2 (re-indenting b) and inserts a new line before d.
    const edits = [{ start: 1, end: 2, text: ' && \\\n    ' }, { start: 6, end: 6, text: 'new\n' }];
    const next = applyEdits(input, edits);
    expect(next).toBe('a && \\\n    b\nc\nnew\nd\n');
    frames.push([edits], next);
    expect([1, 2, 3, 4, 5].map((l) => frames.toInput(l, 1))).toEqual([1, 2, 3, 4, 4]);
    expect(frames.text('merge lines 1-2, see line 5 and lines 2, 3, 5; 7 lines', 1)).toBe('merge lines 1-2, see line 4 and lines 2, 3, 4; 7 lines');
    // Lines that stand at the same input line are named once; a range that shrinks to one line is a line.
    expect(frames.text('the COPYs (lines 3, 4, 5) and the RUNs at lines 4 and 5, lines 4-5', 1)).toBe('the COPYs (lines 3, 4) and the RUNs at line 4, line 4');
    expect(frames.toInput(3, 0)).toBe(3);
  });

  it('tells a change to a command an earlier change moved at the command\'s line in the input', () => {
    const input = 'FROM debian:bookworm\nWORKDIR /app\nCOPY . /app\nRUN apt-get update && \\\n    apt-get install -y curl && \\\n    make\nCMD ["./run"]\n';
    const result = rewrite(input);
    const hoist = result.changes.find((c) => c.pass === 'deps-first' && c.message.startsWith('move apt-get'));
    const cleanup = result.changes.find((c) => c.pass === 'cache-cleanup');
    // The hoist is told where the command goes (above the COPY, line 3); the cleanup of the moved command, proposed
    // in a later round, where apt-get update stands in the input (line 4), not where the move wrote it.
    expect([hoist?.line, cleanup?.line]).toEqual([3, 4]);
    expect(result.rounds).toBe(2);
  });

  it('finds written text and input offsets by binary search exactly as a walk over every edit does', () => {
    // A simple model: mark each character of each round's text with the input offset it came from, or "written".
    let seed = 7;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let trial = 0; trial < 40; trial++) {
      const input = Array.from({ length: 30 + rand(40) }, (_, i) => (i % 7 === 6 ? '\n' : 'x')).join('');
      const frames = new LineFrames(input);
      // origin[i]: input offset of character i of the current text, or -1-(input offset the edit started at).
      let text = input;
      let origin = [...input].map((_, i) => i);
      for (let round = 0; round < 3; round++) {
        const edits: { start: number; end: number; text: string }[] = [];
        for (let at = rand(4); at < text.length; at += 1 + rand(9)) {
          const end = Math.min(text.length, at + rand(3));
          edits.push({ start: at, end, text: 'y'.repeat(rand(3)) + (rand(4) === 0 ? '\n' : '') });
          at = end;
        }
        const next: number[] = [];
        let from = 0;
        for (const e of edits) {
          next.push(...origin.slice(from, e.start));
          const startsAt = e.start < origin.length ? origin[e.start] : input.length;
          const mapped = startsAt < 0 ? startsAt : -1 - startsAt;
          next.push(...Array.from(e.text, () => mapped));
          from = e.end;
        }
        next.push(...origin.slice(from));
        text = applyEdits(text, edits);
        origin = next;
        frames.push(edits.map((e) => [e]), text);
        for (let offset = 0; offset < text.length; offset++) {
          expect(frames.written(offset, round + 1)).toBe(origin[offset] < 0);
          if (origin[offset] >= 0) expect(frames.offsetLine(offset, round + 1)).toBe(input.slice(0, origin[offset]).split('\n').length);
        }
      }
    }
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

describe('a pass whose every change is unsafe (multi-stage)', () => {
  // Two rounds apply changes (the merge, then the apt cleanup of the merged RUN); the split stays unsafe.
  const text = 'FROM python:3.12-slim\nWORKDIR /app\nRUN apt-get update\nRUN apt-get install -y gcc\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .\nCMD ["python", "app.py"]\n';
  afterEach(() => vi.restoreAllMocks());

  it('runs once without --unsafe, on the last round\'s text, and reports its change as a run over that text does', () => {
    const run = vi.spyOn(multiStage, 'run');
    const result = rewrite(text);
    expect(result.rounds).toBe(2);
    expect(run).toHaveBeenCalledTimes(1);
    expect(run.mock.calls[0][0].doc.text).toBe(result.output);
    const split = result.skipped.filter((s) => s.pass === 'multi-stage');
    expect(split).toEqual([expect.objectContaining({ line: 1, message: expect.stringMatching(/^split into a build stage/) })]);
    // A second run starts from that text: the same change, with the same id, and the skips in the same order.
    const again = rewrite(result.output);
    expect(again.changes).toEqual([]);
    expect(again.skipped.map((s) => [s.pass, s.changeId ?? s.reason])).toEqual(result.skipped.map((s) => [s.pass, s.changeId ?? s.reason]));
  });

  it('runs every round with --unsafe, where its change is applied', () => {
    const run = vi.spyOn(multiStage, 'run');
    const result = rewrite(text, { unsafe: true });
    expect(result.changes.some((c) => c.pass === 'multi-stage')).toBe(true);
    expect(run.mock.calls.length).toBe((result.rounds ?? 0) + 1);
  });

  it('never applies a safe change it proposes against its own contract, and says so', () => {
    vi.spyOn(multiStage, 'run').mockImplementation(() => ({
      changes: [{ message: 'a safe edit', reason: 'none', safety: 'safe', edits: [{ start: 0, end: 0, text: '# x\n' }] }],
      skipped: [],
    }));
    const result = rewrite(text);
    expect(result.output.startsWith('# x')).toBe(false);
    expect(result.skipped).toContainEqual(expect.objectContaining({ pass: 'multi-stage', line: 1, reason: expect.stringMatching(/^internal error: the pass proposed a safe change/) }));
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

describe('passes that meet in one round', () => {
  const all = { passes: ['merge-runs', 'cache-cleanup', 'deps-first', 'copy-chown'], unsafe: true };

  it('a cleanup for a RUN that deps-first splits waits for the split: one cleanup, in the install part', () => {
    const r = rewrite('FROM node:20\nWORKDIR /app\nCOPY . .\nRUN npm install && npm run build\nCMD ["node", "dist/index.js"]\n', all);
    expect(r.output).toBe(
      'FROM node:20\nWORKDIR /app\nCOPY package.json package-lock.json* npm-shrinkwrap.json* .npmrc* ./\n' +
        'RUN npm install && npm cache clean --force\nCOPY . .\nRUN npm run build\nCMD ["node", "dist/index.js"]\n',
    );
    expect(r.changes.filter((c) => c.pass === 'cache-cleanup').map((c) => c.message)).toEqual(['clean the npm cache in the same RUN (npm cache clean --force)']);
  });

  it('a cache cleanup right after the install stays in the install RUN when deps-first splits it', () => {
    const r = rewrite('FROM node:20\nWORKDIR /app\nCOPY . .\nRUN yarn install && yarn cache clean && yarn build\n', { passes: ['deps-first'], unsafe: true });
    expect(r.output).toBe('FROM node:20\nWORKDIR /app\nCOPY package.json yarn.lock* .yarnrc* .npmrc* ./\nRUN yarn install && yarn cache clean\nCOPY . .\nRUN yarn build\n');
  });

  it('names the RUNs an earlier round moved by their text, in one merge with the RUN they land after', () => {
    // Round 1 moves groupadd and useradd together above the COPY, right after line 3 (whose merge waits for it);
    // round 2 merges the three: one change at line 3 (it was two merges told at line 3, one per moved RUN).
    const r = rewrite('FROM ruby:3.3\nWORKDIR /app\nRUN bundle exec rake setup\nCOPY . /app\nRUN groupadd nginx\nRUN useradd -g nginx nginx\nCMD ["ruby", "app.rb"]\n', all);
    const merges = r.changes.filter((c) => c.pass === 'merge-runs').map((c) => `${c.line}: ${c.message}`);
    expect(merges).toEqual([
      '3: merge 3 consecutive RUN instructions into one: this RUN, `RUN groupadd nginx` (written there by an earlier change) and `RUN useradd -g nginx nginx` (written there by an earlier change)',
    ]);
    expect(r.output).toBe('FROM ruby:3.3\nWORKDIR /app\nRUN bundle exec rake setup && \\\n    groupadd nginx && \\\n    useradd -g nginx nginx\nCOPY . /app\nCMD ["ruby", "app.rb"]\n');
  });
});

describe('a chown moved into the install RUN of a file deps-first reorders (fixtures/apps/prod-service)', () => {
  it('is one copy-chown change, told as a move, with the owner of what the COPY brings set by its --chown', async () => {
    const { readFileSync } = await import('node:fs');
    const dir = new URL('../fixtures/apps/prod-service/', import.meta.url).pathname;
    const r = rewrite(readFileSync(`${dir}Dockerfile`, 'utf8'), { context: dir });
    expect(r.changes.filter((c) => c.pass === 'copy-chown').map((c) => `${c.line}: ${c.message}`)).toEqual([
      '25: move chown -R at line 27 into the RUN that creates the files; the --chown of the COPY sets the rest',
    ]);
    expect(r.output).toContain('/home/app/venv/bin/pip install --no-cache-dir -r /home/app/service/requirements.txt && chown -R app:app /home/app\nCOPY --chown=app:app service /home/app/service\n');
    expect(r.output).not.toContain('RUN chown');
  });
});

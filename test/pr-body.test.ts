import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { format } from 'prettier/standalone';
import * as markdown from 'prettier/plugins/markdown';
import { describe, expect, it } from 'vitest';
import { rewrite } from '../src/engine.js';
import { commitMessage, groupChanges, prBody, title, unifiedDiff, type FileRewrite } from '../src/pr/body.js';

const app = (name: string): FileRewrite => {
  const dir = `fixtures/apps/${name}`;
  const result = rewrite(fs.readFileSync(`${dir}/Dockerfile`, 'utf8'), { context: dir, dockerfileName: 'Dockerfile' });
  return { file: `${name}/Dockerfile`, result, created: result.files.map((f) => ({ path: `${name}/${f.path}`, content: f.content })) };
};

describe('the pull request body', () => {
  const files = [app('prod-service'), app('express-npm')];

  it('is prettier-formatted markdown (formatting it again changes only the blank diff context lines it would trim)', async () => {
    const body = await prBody(files);
    expect(await format(body, { parser: 'markdown', plugins: [markdown], proseWrap: 'preserve' })).toBe(body.replace(/^ $/gm, ''));
  });

  it('has a summary table, then per file each change with pass, line, reason and tier, and the diff folded', async () => {
    const body = await prBody(files);
    const total = files.reduce((n, f) => n + f.result.changes.length, 0);
    expect(body).toContain(`dockerfix rewrote 2 Dockerfiles (${total} changes)`);
    expect(body).toMatch(/\| `prod-service\/Dockerfile` \| \d+ +\| merge-runs, deps-first, cache-cleanup, copy-chown +\|/);
    expect(body).toContain('- **merge-runs**, lines 6-18: merge 10 consecutive RUN instructions into one.\n  One layer instead of 10');
    expect(body).toContain('<summary>Diff of prod-service/Dockerfile</summary>');
    expect(body).toMatch(/```diff\n--- a\/prod-service\/Dockerfile\n\+\+\+ b\/prod-service\/Dockerfile\n@@/);
    expect(body).not.toContain('### Measured');
    // Every applied change is in the body, under its own file.
    for (const f of files) {
      const section = body.slice(body.indexOf(`### \`${f.file}\``));
      for (const g of groupChanges(f.result.changes)) expect(section).toContain(`**${g.pass}**, line`);
    }
  });

  it('names no line twice in an entry, and states a repeated reason once', async () => {
    const body = await prBody(files);
    const entries = body.split('\n').filter((l) => l.startsWith('- **'));
    expect(entries.length).toBeGreaterThan(4);
    for (const entry of entries) {
      const [, where, message] = /^- \*\*[\w-]+\*\*, (lines? [\d, -]+)(?: \*\*unsafe\*\*)?: (.*)$/.exec(entry) ?? [];
      expect(where, entry).toBeDefined();
      for (const n of where.match(/\d+/g)!) expect(message, entry).not.toMatch(new RegExp(`\\bline ${n}\\b`));
    }
    const reasons = body.split('\n').filter((l) => l.startsWith('  ') && l.length > 60);
    expect(new Set(reasons).size).toBe(reasons.length);
  });

  it('groups identical changes, naming each line once', () => {
    const base = { pass: 'cache-cleanup', message: 'pip install --no-cache-dir', reason: 'r', safety: 'safe' as const, edits: [] };
    const groups = groupChanges([
      { ...base, id: 'a', line: 4 },
      { ...base, id: 'b', line: 9 },
      { ...base, id: 'c', line: 4 },
      { ...base, id: 'd', line: 12, message: 'drop chown -R at line 12: the --chown of the COPY (line 12) already sets it', pass: 'copy-chown' },
    ]);
    expect(groups.map((g) => [g.pass, g.lines, g.message])).toEqual([
      ['cache-cleanup', ['4', '9'], 'pip install --no-cache-dir'],
      ['copy-chown', ['12'], 'drop chown -R: the --chown of the COPY already sets it'],
    ]);
  });

  it('an entry names its lines in line order, whatever round of the engine made each change (corpus df-19920730f5)', async () => {
    // The apk cleanup of line 3 is proposed on the RUN that merge-runs formed, a round after those of lines 2 and 6.
    const text = 'FROM alpine:3.7\nRUN apk add --update python3\nRUN apk add --update curl\nRUN mkdir -p /run/nginx\nWORKDIR /app\nRUN apk add --update make\n';
    const result = rewrite(text, {});
    const apk = result.changes.filter((c) => c.message === 'use apk add --no-cache').map((c) => c.line);
    expect(apk).not.toEqual([...apk].sort((a, b) => a - b));
    const body = await prBody([{ file: 'Dockerfile', result, created: [] }]);
    expect(body).toContain(`- **cache-cleanup**, lines ${[...apk].sort((a, b) => a - b).join(', ')}: use apk add --no-cache.`);
    expect(commitMessage([{ file: 'Dockerfile', result, created: [] }])).toContain(`- cache-cleanup (lines ${[...apk].sort((a, b) => a - b).join(', ')}): use apk add --no-cache`);
  });

  it('the diffs are exactly the unified diffs (a blank context line keeps its space)', async () => {
    const body = await prBody(files);
    const f = files[1];
    expect(body).toContain(`\`\`\`diff\n${unifiedDiff(f.file, f.result.input, f.result.output)}\n--- /dev/null\n`);
    expect(body).toMatch(/\n \n/);
  });

  it('stays under the API limit by leaving out the largest diffs', async () => {
    const big = app('prod-service');
    const huge: FileRewrite = {
      file: 'huge/Dockerfile',
      created: [],
      result: { ...big.result, input: `${big.result.input}${'# a long comment line that changes\n'.repeat(1500)}`, output: `${big.result.output}${'# b long comment line, changed\n'.repeat(1500)}` },
    };
    const body = await prBody([huge, files[1]]);
    expect(body.length).toBeLessThan(65_536);
    expect(body).toContain('### `huge/Dockerfile`');
    expect(body).toContain('The diff is too long for this description: see the Files changed tab.');
    expect(body).toContain('<summary>Diff of express-npm/Dockerfile and express-npm/.dockerignore</summary>');
  });

  it('a diff too large to compute is not attempted', () => {
    expect(unifiedDiff('Dockerfile', '# a\n'.repeat(5000), '# b\n'.repeat(5000))).toBeNull();
  });

  it('a Dockerfile whose only change creates a .dockerignore shows that file\'s diff alone, named in the summary', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dockerfix-body-'));
    try {
      fs.writeFileSync(path.join(dir, 'package.json'), '{}');
      const text = 'FROM node:20\nWORKDIR /app\nCOPY package.json ./\nRUN npm install\nCOPY . .\n';
      const result = rewrite(text, { passes: ['deps-first'], context: dir });
      expect(result.output).toBe(text);
      const body = await prBody([{ file: 'web/Dockerfile', result, created: result.files.map((f) => ({ path: `web/${f.path}`, content: f.content })) }]);
      expect(body).toContain('<summary>Diff of web/.dockerignore</summary>');
      expect(body).toMatch(/```diff\n--- \/dev\/null\n\+\+\+ b\/web\/\.dockerignore\n@@/);
      expect(body).not.toContain('a/web/Dockerfile');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a tilde in a message or reason is escaped: GitHub would strike through the text between two (bundler cleanup)', async () => {
    const text = 'FROM ruby:3.3\nWORKDIR /app\nCOPY Gemfile Gemfile.lock ./\nRUN bundle install\nCOPY . .\n';
    const result = rewrite(text, { passes: ['cache-cleanup'] });
    expect(result.changes.map((c) => `${c.message} ${c.reason}`).join(' ').match(/~/g)!.length).toBeGreaterThan(1);
    const body = await prBody([{ file: 'Dockerfile', result, created: [] }]);
    const entry = body.slice(body.indexOf('- **cache-cleanup**'), body.indexOf('<details>'));
    expect(entry).toContain('(rm -rf \\~/.bundle/cache "$(gem env gemdir)"/cache)');
    expect(entry).toContain('(\\~/.bundle/cache)');
    expect(entry.replace(/`[^`]*`/g, '')).not.toMatch(/(^|[^\\])~/);
  });

  it('a Dockerfile holding ``` cannot close the diff block', async () => {
    const text = 'FROM alpine\nRUN echo "```" > /x\nRUN apk add curl\n';
    const result = rewrite(text, {});
    expect(result.changed).toBe(true);
    const body = await prBody([{ file: 'Dockerfile', result, created: [] }]);
    expect(body).toContain('````diff\n');
    expect(body).toMatch(/\+RUN apk add --no-cache curl\n````\n/);
  });

  it('--measure: a table of size, layers and build time, or why nothing was measured', async () => {
    const measured = await prBody(files.slice(0, 1), {
      measured: { measurements: [{ file: 'prod-service/Dockerfile', before: { bytes: 512_300_000, layers: 14, buildSeconds: 61.2, rebuildSeconds: 40 }, after: { bytes: 480_100_000, layers: 9, buildSeconds: 58, rebuildSeconds: 2 }, verdict: 'equivalent' }], notes: [] },
    });
    expect(measured).toMatch(/\| `prod-service\/Dockerfile` \| 512\.3 MB → 480\.1 MB \(−6%\) \| 14 → 9 +\| 61\.2 s → 58\.0 s \(−5%\) \| 40\.0 s → 2\.0 s \(−95%\) +\| equivalent +\|/);
    const not = await prBody(files.slice(0, 1), { measured: { notMeasured: 'no container engine was available (connect: no such file)' } });
    expect(not).toContain('### Measured\n\nNot measured: no container engine was available (connect: no such file).\n');
  });

  it('title and commit message name the passes and files', () => {
    expect(title(files)).toMatch(/^dockerfix: \d+ changes to 2 Dockerfiles for faster rebuilds and smaller images$/);
    const message = commitMessage(files);
    expect(message.split('\n')[0]).toBe(title(files));
    expect(message).toContain('prod-service/Dockerfile:\n- merge-runs (lines 6-18): merge 10 consecutive RUN instructions into one\n');
    expect(message).toContain('express-npm/Dockerfile:\n');
    // Each file's entries go down the file, as the body's do, whatever round made the change.
    for (const section of message.split(/^\S+Dockerfile:\n/m).slice(1)) {
      const firstLines = [...section.matchAll(/^- [\w-]+ \(lines? (\d+)/gm)].map((m) => Number(m[1]));
      expect(firstLines.length).toBeGreaterThan(3);
      expect(firstLines).toEqual([...firstLines].sort((a, b) => a - b));
    }
  });
});

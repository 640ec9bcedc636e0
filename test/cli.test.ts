import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './helpers/streams.js';

const NAIVE = 'FROM debian:bookworm\nRUN apt-get update\nRUN apt-get install -y curl\n';

const cli = (args: string[], stdin = ''): ReturnType<typeof runCli> => runCli(args, stdin);

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dockerfix-cli-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const write = (rel: string, text: string | Buffer): string => {
  const file = path.join(dir, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return file;
};

describe('dockerfix (default: show, write nothing)', () => {
  it('prints a plain unified diff and one entry per change, and leaves the file alone', async () => {
    const file = write('Dockerfile', NAIVE);
    const { code, out } = await cli([file]);
    expect(code).toBe(0);
    expect(out).toContain('-RUN apt-get update\n');
    expect(out).toContain('+RUN apt-get update && \\\n');
    expect(out).toMatch(/merge-runs line 2: merge 2 consecutive RUN instructions/);
    expect(out).not.toMatch(/\x1b\[/);
    expect(fs.readFileSync(file, 'utf8')).toBe(NAIVE);
  });

  it('a Dockerfile whose only change creates a .dockerignore: that file\'s diff alone, from the first line', async () => {
    const text = 'FROM node:20\nWORKDIR /app\nCOPY package.json ./\nRUN npm install\nCOPY . .\n';
    const file = write('Dockerfile', text);
    write('package.json', '{}');
    const { code, out } = await cli(['--only', 'deps-first', file]);
    expect(code).toBe(0);
    expect(out.startsWith('--- /dev/null\n+++ ')).toBe(true);
    expect(out).toContain('+.git\n');
    // No header for the unchanged Dockerfile (`--- a/...`); the temporary directory's own name may hold 'a/'.
    expect(out).not.toMatch(/^--- a\//m);
    expect(out.match(/^--- /gm)).toHaveLength(1);
    expect(fs.readFileSync(file, 'utf8')).toBe(text);
  });

  it('searches directories for Dockerfile names, skipping node_modules, .git and gitignored paths', async () => {
    write('a/Dockerfile', NAIVE);
    write('b/api.Dockerfile', NAIVE);
    write('c/Containerfile', NAIVE);
    write('d/Dockerfile.prod', NAIVE);
    write('node_modules/x/Dockerfile', NAIVE);
    write('.git/Dockerfile', NAIVE);
    write('build/Dockerfile', NAIVE);
    write('.gitignore', 'build/\n');
    // A .gitignore below the root applies to its own directory.
    write('e/.gitignore', 'Dockerfile.dev\n');
    write('e/Dockerfile.dev', NAIVE);
    write('e/Dockerfile', NAIVE);
    write('README.md', '# not a Dockerfile');
    const { code, out } = await cli(['--json', dir]);
    expect(code).toBe(0);
    const files = JSON.parse(out).files.map((f: { file: string }) => path.relative(dir, f.file)).sort();
    expect(files).toEqual(['a/Dockerfile', 'b/api.Dockerfile', 'c/Containerfile', 'd/Dockerfile.prod', 'e/Dockerfile']);
  });
});

describe('--write', () => {
  it('rewrites atomically, keeps the mode, and leaves no temp file', async () => {
    const file = write('Dockerfile', NAIVE);
    fs.chmodSync(file, 0o640);
    const { code } = await cli(['--write', file]);
    expect(code).toBe(0);
    expect(fs.readFileSync(file, 'utf8')).toContain('apt-get update && \\');
    expect(fs.statSync(file).mode & 0o777).toBe(0o640);
    expect(fs.readdirSync(dir)).toEqual(['Dockerfile']);
    const second = await cli(['--check', file]);
    expect(second.code).toBe(0);
  });

  it('obeys a dockerfix-ignore comment and lists what it kept with -v', async () => {
    const file = write('Dockerfile', 'FROM debian:bookworm\n# dockerfix-ignore merge-runs\nRUN apt-get update\nRUN apt-get install -y curl\n');
    const { code, out } = await cli(['-v', '--only', 'merge-runs', file]);
    expect(code).toBe(0);
    expect(out).toContain('nothing to change');
    expect(out).toContain('merge-runs line 3: skipped: left as its own RUN: the dockerfix-ignore comment at line 2 asks so');
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('put a "# dockerfix-ignore [passes]" comment above it');
  });

  it('does not touch a file with nothing to change', async () => {
    const file = write('Dockerfile', 'FROM alpine\r\nRUN echo ok\r\n');
    const before = fs.statSync(file).mtimeMs;
    await new Promise((r) => setTimeout(r, 20));
    await cli(['--write', file]);
    expect(fs.statSync(file).mtimeMs).toBe(before);
    expect(fs.readFileSync(file, 'utf8')).toBe('FROM alpine\r\nRUN echo ok\r\n');
  });
});

describe('--check, --stdout, --json', () => {
  it('--check exits 1 when a file would change and 0 when clean', async () => {
    expect((await cli(['--check', write('Dockerfile', NAIVE)])).code).toBe(1);
    expect((await cli(['--check', write('clean/Dockerfile', 'FROM alpine\nRUN echo ok\n')])).code).toBe(0);
  });

  it('--stdout prints the rewritten text; - reads standard input', async () => {
    const { code, out } = await cli(['--stdout', '--only', 'merge-runs', '-'], NAIVE);
    expect(code).toBe(0);
    expect(out).toBe('FROM debian:bookworm\nRUN apt-get update && \\\n    apt-get install -y curl\n');
  });

  it('--stdout of a directory rewrites its Dockerfile, as docker build DIR reads it; a directory without one is an error', async () => {
    write('app/Dockerfile', NAIVE);
    const { code, out } = await cli(['--stdout', '--only', 'merge-runs', path.join(dir, 'app')]);
    expect(code).toBe(0);
    expect(out).toBe('FROM debian:bookworm\nRUN apt-get update && \\\n    apt-get install -y curl\n');
    fs.mkdirSync(path.join(dir, 'empty'));
    const none = await cli(['--stdout', path.join(dir, 'empty')]);
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/empty: is a directory/);
  });

  it('--json reports files, changes with reasons, skips and errors', async () => {
    const { code, out } = await cli(['--json', write('Dockerfile', NAIVE), path.join(dir, 'missing')]);
    expect(code).toBe(2);
    const report = JSON.parse(out);
    expect(report.files[0].changes[0]).toMatchObject({ pass: 'merge-runs', safety: 'safe' });
    expect(report.files[0].changes[0].reason).toMatch(/One layer/);
    expect(report.errors[0].message).toMatch(/missing: no such file or directory/);
  });

  it('--json lists changes and skips in line order, as the text report does (the engine finds them round by round)', async () => {
    // The first round moves the apt RUN (line 6) above the COPY (line 5), right after line 4 (the merge of lines 2-4
    // waits for it); the next merges lines 2-4 with it, then the caches are cleaned (lines 6, 2, 3): the engine finds
    // them in the order 5, 2, 6, 2, 3.
    const text = 'FROM node:20\nRUN npm i -g pnpm\nRUN pnpm install\nRUN pnpm build\nCOPY x /x\nRUN apt-get update && apt-get install -y curl\n';
    const { out } = await cli(['--json', write('order/Dockerfile', text)]);
    const lines = (JSON.parse(out).files[0].changes as { line: number }[]).map((c) => c.line);
    expect(lines).toEqual([2, 2, 3, 5, 6]);
  });

  it('the plain command ends by saying nothing was written and how to apply (not when nothing would change)', async () => {
    const changed = await cli([write('Dockerfile', NAIVE)]);
    expect(changed.out.trimEnd().split('\n').pop()).toBe('nothing written; to apply: run it again with --write (or -i to choose change by change)');
    const clean = await cli([write('clean/Dockerfile', 'FROM alpine\nRUN echo ok\n')]);
    expect(clean.out).not.toMatch(/to apply/);
    const written = await cli(['--write', write('w/Dockerfile', NAIVE)]);
    expect(written.out).not.toMatch(/nothing written/);
  });

  it('--only and --skip of the same pass is a usage error, not a silent clean run', async () => {
    const { code, err } = await cli(['--only', 'merge-runs', '--skip', 'merge-runs', write('Dockerfile', NAIVE)]);
    expect(code).toBe(2);
    expect(err).toMatch(/no pass left to run: merge-runs is also skipped/);
  });

  it('--only and --skip select passes', async () => {
    const file = write('Dockerfile', NAIVE);
    expect((await cli(['--check', '--skip', 'merge-runs', file])).code).toBe(0);
    expect((await cli(['--check', '--only', 'merge-runs', file])).code).toBe(1);
  });
});

describe('bad input: one line on stderr naming the file, exit 2, other files still processed', () => {
  const cases: [string, string | Buffer, RegExp][] = [
    ['empty', '', /empty file/],
    ['blank', '  \n\n', /empty file/],
    ['binary', Buffer.from([0x46, 0x52, 0x00, 0x01]), /binary file/],
    ['latin1', Buffer.from('FROM alpine\nLABEL a="caf\xe9"\n', 'latin1'), /not valid UTF-8/],
    ['notdocker', '{ "name": "package.json" }\n', /not a Dockerfile/],
    ['huge', `FROM alpine\n${'# x\n'.repeat(300_000)}`, /too large/],
  ];
  for (const [name, content, message] of cases) {
    it(name, async () => {
      const bad = write(`${name}.Dockerfile`, content);
      const good = write('Dockerfile', NAIVE);
      const { code, err, out } = await cli([bad, good]);
      expect(code).toBe(2);
      expect(err.trim().split('\n')).toHaveLength(1);
      expect(err).toMatch(message);
      expect(err).toContain(bad);
      expect(err).not.toMatch(/\n\s+at /);
      expect(out).toContain('merge-runs');
    });
  }

  it('a missing path, a directory with no Dockerfile, and unknown options', async () => {
    expect((await cli([path.join(dir, 'nope')])).err).toMatch(/no such file or directory/);
    fs.mkdirSync(path.join(dir, 'empty-dir'));
    expect((await cli([path.join(dir, 'empty-dir')])).err).toMatch(/no Dockerfile found/);
    expect((await cli(['--frobnicate'])).code).toBe(2);
    expect((await cli(['--only', 'nope', dir])).err).toMatch(/unknown pass "nope"/);
    expect((await cli(['--write', '--check', dir])).err).toMatch(/cannot be combined/);
  });

  // Root reads every file, so the permission case can only be produced as another user.
  it.skipIf(process.getuid?.() === 0)('an unreadable file', async () => {
    const file = write('Dockerfile', NAIVE);
    fs.chmodSync(file, 0);
    expect((await cli([file])).err).toMatch(/permission denied/);
  });
});

describe('the dockerfix executable', () => {
  it('stops quietly when its output pipe closes early (dockerfix ... | head)', async () => {
    const { spawn } = await import('node:child_process');
    const bin = path.resolve(__dirname, '..', 'bin', 'dockerfix.js');
    if (!fs.existsSync(path.resolve(__dirname, '..', 'dist', 'src', 'cli.js'))) return; // built by `npm test` first
    const child = spawn(process.execPath, [bin, '--no-color', path.resolve(__dirname, '..', 'fixtures', 'merge-runs')], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|Error|at /);
    expect(code).toBe(0);
  });
});

describe('--check, --format (CI output)', () => {
  it('--check prints FILE:LINE pass message per change of each file that would change, a count, and exits 1', async () => {
    const a = write('a/Dockerfile', NAIVE);
    write('b/Dockerfile', 'FROM alpine\nRUN echo ok\n');
    const { code, out } = await cli(['--check', dir]);
    expect(code).toBe(1);
    expect(out.split('\n')).toEqual([
      `${a}:2 merge-runs merge 2 consecutive RUN instructions (lines 2-3) into one`,
      `${a}:2 cache-cleanup remove the apt package lists in the same RUN (rm -rf /var/lib/apt/lists/*)`,
      '2 changes in 1 Dockerfile (2 checked); to apply them, run it again with --write in place of --check',
      '',
    ]);
    expect(fs.readFileSync(a, 'utf8')).toBe(NAIVE);
    const clean = await cli(['--check', path.join(dir, 'b')]);
    expect(clean).toMatchObject({ code: 0, out: '0 changes in 0 Dockerfiles (1 checked)\n' });
    // A missing path is no clean result: the count says it was not read, the error names it, exit 2.
    const missing = await cli(['--check', path.join(dir, 'b'), path.join(dir, 'nope')]);
    expect(missing.code).toBe(2);
    expect(missing.out).toBe('0 changes in 0 Dockerfiles (1 checked, 1 could not be read)\n');
  });

  it('--check --unsafe: the hint to apply says to keep the flags (a plain `dockerfix --write` leaves unsafe changes out)', async () => {
    const a = write('a/Dockerfile', 'FROM debian:bookworm\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n');
    const { code, out } = await cli(['--check', '--unsafe', a]);
    expect(code).toBe(1);
    expect(out).toContain('[unsafe]');
    expect(out).not.toContain('run dockerfix --write to apply');
    expect(out).toMatch(/1 change in 1 Dockerfile \(1 checked\); to apply them, run it again with --write in place of --check\n$/);
  });

  it('--check and the plain view list a file\'s changes in line order, whatever round made them', async () => {
    // Round 1 merges the RUNs at lines 2-3; the cleanup of the merged RUN (line 2) and the one of line 5 come later.
    const a = write('Dockerfile', 'FROM debian:bookworm\nRUN apt-get update\nRUN apt-get install -y curl\nWORKDIR /app\nRUN pip install flask\n');
    const { out } = await cli(['--check', '--only', 'merge-runs,cache-cleanup', a]);
    const lines = out.split('\n').filter((l) => l.startsWith(`${a}:`)).map((l) => Number(/:(\d+) /.exec(l)![1]));
    expect(lines.length).toBeGreaterThanOrEqual(3);
    expect(lines).toEqual([...lines].sort((x, y) => x - y));
    // The plain view lists them below the diff in the same order.
    const plain = (await cli(['--only', 'merge-runs,cache-cleanup', a])).out;
    const told = [...plain.matchAll(/^ {2}[\w-]+ line (\d+):/gm)].map((m) => Number(m[1]));
    expect(told).toEqual(lines);
  });

  it('--check with --json or --format json prints the report and still exits 1', async () => {
    const a = write('Dockerfile', NAIVE);
    const viaAlias = await cli(['--check', '--json', a]);
    const viaFormat = await cli(['--check', '--format', 'json', a]);
    expect(viaAlias.code).toBe(1);
    expect(viaFormat.code).toBe(1);
    expect(viaFormat.out).toBe(viaAlias.out);
    expect(JSON.parse(viaAlias.out).summary).toMatchObject({ files: 1, changed: 1, changes: 2 });
  });

  it('--format diff is the default output; a bad or contradictory format is a usage error', async () => {
    const a = write('Dockerfile', NAIVE);
    expect((await cli(['--format', 'diff', a])).out).toBe((await cli([a])).out);
    expect((await cli(['--format', 'xml', a])).code).toBe(2);
    const both = await cli(['--json', '--format', 'sarif', a]);
    expect(both.code).toBe(2);
    expect(both.err).toMatch(/--json and --format sarif cannot be combined/);
  });
});

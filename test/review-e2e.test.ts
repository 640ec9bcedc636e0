/**
 * End to end: the built binary in a real terminal (tmux, 80x24), keys sent as a user types them, the screen read
 * with capture-pane, and the file on disk compared with what the core gives for the accepted id.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rewrite } from '../src/engine.js';

const ROOT = path.join(import.meta.dirname, '..');
const APP = path.join(ROOT, 'fixtures/apps/apt-heavy');
const hasTmux = spawnSync('tmux', ['-V']).status === 0;
if (!hasTmux) console.warn('SKIPPED review-e2e: tmux is not installed (CI installs it in .ci/run); the end-to-end review test did not run.');

const SOCKET = `dockerfix-e2e-${process.pid}`;
const tmux = (...args: string[]): string => execFileSync('tmux', ['-L', SOCKET, ...args], { encoding: 'utf8' });
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

let dir: string;
let session = 0;

/** Starts the command in a new detached 80x24 session; returns its name. */
function start(args: string[], env: Record<string, string> = {}): string {
  const name = `s${++session}`;
  const vars = Object.entries(env).map(([k, v]) => `${k}=${v}`).join(' ');
  const command = `cd ${ROOT} && ${vars} node bin/dockerfix.js ${args.join(' ')}; echo EXIT=$?; sleep 120`;
  tmux('new-session', '-d', '-s', name, '-x', '80', '-y', '24', command);
  return name;
}
const screen = (name: string): string => tmux('capture-pane', '-p', '-t', name);
async function waitFor(name: string, check: (s: string) => boolean, what: string): Promise<string> {
  for (let i = 0; i < 300; i++) {
    const s = screen(name);
    if (check(s)) return s;
    await sleep(50);
  }
  throw new Error(`timed out waiting for ${what}; screen:\n${screen(name)}`);
}
const keys = (name: string, ...k: string[]): void => void tmux('send-keys', '-t', name, ...k);

function copyApp(): string {
  const to = fs.mkdtempSync(path.join(dir, 'app-'));
  fs.cpSync(APP, to, { recursive: true });
  return path.join(to, 'Dockerfile');
}

/** dist/ is what bin/ runs: build it when a source file is newer (npm test has just built it). */
function ensureBuilt(): void {
  const built = path.join(ROOT, 'dist/src/review/command.js');
  const newest = (d: string): number => Math.max(0, ...fs.readdirSync(d, { withFileTypes: true, recursive: true }).filter((e) => e.isFile()).map((e) => fs.statSync(path.join(e.parentPath, e.name)).mtimeMs));
  if (!fs.existsSync(built) || Math.max(newest(path.join(ROOT, 'src')), newest(path.join(ROOT, 'transforms'))) > fs.statSync(built).mtimeMs) {
    execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'ignore' });
  }
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dockerfix-e2e-'));
  if (hasTmux) ensureBuilt();
}, 180_000);
afterAll(() => {
  if (hasTmux) spawnSync('tmux', ['-L', SOCKET, 'kill-server']);
  fs.rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!hasTmux)('dockerfix -i in a terminal (tmux 80x24)', () => {
  it('accept one change, reject the others, write: the file is exactly rewrite() with that one id', async () => {
    const file = copyApp();
    const text = fs.readFileSync(file, 'utf8');
    const options = { context: path.dirname(file), dockerfileName: 'Dockerfile' };
    const merge = rewrite(text, { ...options, unsafe: true }).changes.find((c) => c.pass === 'merge-runs')!.id;
    const s = start(['-i', file]);
    let shown = await waitFor(s, (x) => x.includes('deps-first line 1'), 'the first change');
    // The screen fits the terminal: 24 rows of at most 80 columns, key hints on the last row.
    const rows = shown.replace(/\n$/, '').split('\n');
    expect(rows.length).toBeLessThanOrEqual(24);
    expect(Math.max(...rows.map((r) => [...r].length))).toBeLessThanOrEqual(80);
    expect(shown).toContain('y accept  n reject');
    // Coloured by default (the NO_COLOR test below checks the opposite).
    expect(tmux('capture-pane', '-p', '-e', '-t', s)).toMatch(/\x1b\[(3[0-7]|9[0-7])m/);
    keys(s, 'n');
    shown = await waitFor(s, (x) => x.includes('merge-runs line 3 · safe · undecided'), 'the merge');
    expect(shown).toContain('+RUN apt-get update && \\');
    keys(s, 'y');
    await waitFor(s, (x) => x.includes('cache-cleanup line 3 · safe'), 'the lists cleanup (told at the merged RUN)');
    keys(s, 'n');
    await waitFor(s, (x) => x.includes('cache-cleanup line 4 · unsafe'), 'the unsafe cleanup');
    keys(s, 'n');
    await waitFor(s, (x) => x.includes('1 accepted · 3 rejected · 0 open'), 'the tally');
    keys(s, 'w');
    shown = await waitFor(s, (x) => x.includes('EXIT='), 'the end');
    expect(shown).toContain('1 file written, 1 change applied, 3 rejected');
    expect(shown).toContain('EXIT=0');
    expect(shown).not.toContain('y accept  n reject');
    expect(fs.readFileSync(file, 'utf8')).toBe(rewrite(text, { ...options, changeIds: [merge] }).output);
    expect(fs.readFileSync(file, 'utf8')).not.toBe(text);
    expect(fs.existsSync(path.join(path.dirname(file), '.dockerignore'))).toBe(false);
    expect(fs.readdirSync(path.dirname(file)).filter((f) => f.includes('dockerfix'))).toEqual([]);
  });

  it('quitting (after a decision, confirmed) writes nothing', async () => {
    const file = copyApp();
    const before = fs.readFileSync(file);
    const s = start(['-i', file]);
    await waitFor(s, (x) => x.includes('deps-first line 1'), 'the first change');
    keys(s, 'a');
    await waitFor(s, (x) => x.includes('3 accepted'), 'the accepted changes');
    keys(s, 'q');
    await waitFor(s, (x) => x.includes('Quit and write nothing?'), 'the question');
    keys(s, 'y');
    const shown = await waitFor(s, (x) => x.includes('EXIT='), 'the end');
    expect(shown).toContain('Quit: nothing written.');
    expect(shown).toContain('EXIT=0');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.existsSync(path.join(path.dirname(file), '.dockerignore'))).toBe(false);
  });

  it('Ctrl-C writes nothing and gives the terminal back', async () => {
    const file = copyApp();
    const before = fs.readFileSync(file);
    const s = start(['-i', file]);
    await waitFor(s, (x) => x.includes('deps-first line 1'), 'the first change');
    keys(s, 'y');
    await waitFor(s, (x) => x.includes('1 accepted'), 'the decision');
    keys(s, 'C-c');
    const shown = await waitFor(s, (x) => x.includes('EXIT='), 'the end');
    expect(shown).toContain('Interrupted: nothing written.');
    expect(shown).toContain('EXIT=130');
    expect(shown).not.toContain('dockerfix review');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    // The shell after it reads lines again (raw mode is off): a typed line arrives whole.
    expect(tmux('display-message', '-p', '-t', s, '#{alternate_on}').trim()).toBe('0');
  });

  it('killed (SIGTERM): writes nothing, leaves the alternate screen', async () => {
    const file = copyApp();
    const before = fs.readFileSync(file);
    const s = start(['-i', file]);
    await waitFor(s, (x) => x.includes('deps-first line 1'), 'the first change');
    keys(s, 'a');
    await waitFor(s, (x) => x.includes('3 accepted'), 'the decisions');
    const shell = tmux('display-message', '-p', '-t', s, '#{pane_pid}').trim();
    // The node process is the pane shell's child (read from /proc: no pgrep needed).
    const node = fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p)).find((p) => {
      try {
        return fs.readFileSync(`/proc/${p}/stat`, 'utf8').replace(/^.*\) /, '').split(' ')[1] === shell;
      } catch {
        return false;
      }
    });
    expect(node).toBeDefined();
    process.kill(Number(node), 'SIGTERM');
    const shown = await waitFor(s, (x) => x.includes('EXIT='), 'the end');
    expect(shown).toContain('dockerfix: SIGTERM: nothing written');
    expect(shown).toContain('EXIT=143');
    expect(tmux('display-message', '-p', '-t', s, '#{alternate_on}').trim()).toBe('0');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('--no-color, and a resize: the screen is redrawn to the new size', async () => {
    const s = start(['-i', '--no-color', copyApp()]);
    await waitFor(s, (x) => x.includes('deps-first line 1'), 'the first change');
    expect(tmux('capture-pane', '-p', '-e', '-t', s)).not.toMatch(/\x1b\[(3[0-7]|9[0-7])m/);
    tmux('resize-window', '-t', s, '-x', '60', '-y', '16');
    const shown = await waitFor(s, (x) => x.includes('deps-first line 1') && x.split('\n').every((r) => [...r].length <= 60) && x.includes('y accept'), 'the redraw at 60x16');
    const rows = shown.replace(/\n+$/, '').split('\n');
    expect(rows.length).toBeLessThanOrEqual(16);
    // The header drops words to keep every count at 60 columns.
    expect(rows[0]).toBe('dockerfix · 1 of 1 file · 0 accepted · 0 rejected · 4 open');
    // Laid out again for 60 columns: the right column starts after a 20-column list (26 at 80 columns).
    expect(rows.find((r) => r.includes('@@ '))!.indexOf('@@ ')).toBe(21);
    keys(s, 'q');
    await waitFor(s, (x) => x.includes('EXIT=0'), 'the end');
  });

  it('NO_COLOR: the screen has no colour', async () => {
    const s = start(['-i', copyApp()], { NO_COLOR: '1' });
    await waitFor(s, (x) => x.includes('deps-first line 1'), 'the first change');
    const styled = tmux('capture-pane', '-p', '-e', '-t', s);
    expect(styled).not.toMatch(/\x1b\[(3[0-7]|9[0-7])m/);
    keys(s, 'q');
    await waitFor(s, (x) => x.includes('EXIT=0'), 'the end');
  });
});

describe('dockerfix -i without a terminal', () => {
  it('the plain command never loads ink or React; -i loads them only once it has a terminal (a dynamic import)', () => {
    fs.mkdirSync(dir, { recursive: true });
    // A module-resolution hook that names every ink or React module resolved.
    const hook = path.join(dir, 'hook.mjs');
    const resolver = `export async function resolve(s, c, next) { const r = await next(s, c); if (/node_modules\\/(ink|react)\\//.test(r.url)) process.stderr.write('LOADED ' + s + '\\n'); return r; }`;
    fs.writeFileSync(hook, `import { register } from 'node:module';\nregister('data:text/javascript,' + encodeURIComponent(${JSON.stringify(resolver)}));\n`);
    const file = copyApp();
    const run = (args: string[]): string => spawnSync('node', ['--import', hook, path.join(ROOT, 'bin/dockerfix.js'), ...args], { input: '', encoding: 'utf8' }).stderr;
    expect(run([file])).not.toContain('LOADED');
    expect(run(['--check', file])).not.toContain('LOADED');
    // Without a terminal -i refuses before loading them; with one, the tmux tests above show the screen ink draws.
    const refused = run(['-i', file]);
    expect(refused).toMatch(/^dockerfix: -i needs a terminal/);
    expect(refused).not.toContain('LOADED');
  });

  it('exits 2 with one line and a hint, writing nothing', () => {
    fs.mkdirSync(dir, { recursive: true });
    const file = copyApp();
    const before = fs.readFileSync(file);
    const r = spawnSync('node', [path.join(ROOT, 'bin/dockerfix.js'), '-i', file], { input: '', encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^dockerfix: -i needs a terminal.*run without -i to print the diff, or with --write/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createElement } from 'react';
import { render } from 'ink-testing-library';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rewrite } from '../src/engine.js';
import { loadReview } from '../src/review/command.js';
import { acceptedIds } from '../src/review/state.js';
import { displayNames, listNames, ReviewApp, type Done } from '../src/review/view.js';

const APP = path.join(import.meta.dirname, '../fixtures/apps/apt-heavy');
const TEXT = fs.readFileSync(path.join(APP, 'Dockerfile'), 'utf8');
const NAIVE = 'FROM debian:bookworm\nRUN apt-get update\nRUN apt-get install -y curl\n';
const CLEAN = 'FROM alpine:3.19\nCMD ["true"]\n';

// eslint-disable-next-line no-control-regex
const plain = (s: string): string => s.replace(/\x1b\[[0-9;]*m/g, '');

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dockerfix-review-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
async function until(check: () => boolean, what: string, tries = 300): Promise<void> {
  for (let i = 0; i < tries; i++) {
    if (check()) return;
    await sleep(10);
  }
  throw new Error(`timed out waiting for ${what}`);
}

function mount(files: string[], opts: { unsafe?: boolean; color?: boolean } = {}) {
  let done: Done | null = null;
  const loads: string[] = [];
  const ui = render(
    createElement(ReviewApp, {
      files,
      load: (f: string) => {
        loads.push(f);
        return loadReview(f, { base: {}, unsafe: Boolean(opts.unsafe), color: false });
      },
      color: Boolean(opts.color),
      onDone: (d: Done) => (done = d),
    }),
  );
  const frame = (): string => ui.lastFrame() ?? '';
  const press = async (keys: string, expectFrame?: (f: string) => boolean): Promise<void> => {
    for (const k of keys) {
      const before = frame();
      ui.stdin.write(k);
      await until(() => frame() !== before || done !== null || (expectFrame?.(frame()) ?? false), `a new frame after "${k}"`, 50).catch(() => undefined);
    }
  };
  return { ui, frame, press, loads, done: () => done as Done | null };
}

const copyApp = (): string => {
  fs.cpSync(APP, path.join(dir, 'app'), { recursive: true });
  return path.join(dir, 'app', 'Dockerfile');
};

describe('review screen (ink-testing-library)', () => {
  it('shows the file, its changes and the first change with pass, line, safety, message, reason and diff', async () => {
    const file = copyApp();
    const { frame, ui } = mount([file]);
    await until(() => frame().includes('deps-first line 1'), 'the first change');
    const f = frame();
    expect(f).toContain('1 of 1 file to review');
    expect(f).toMatch(/deps-first line 1 · safe · undecided \(1\/4\)/);
    expect(f).toContain('add a .dockerignore excluding .git');
    expect(f).toContain('Once they appear (a commit, a local');
    expect(f).toMatch(/new file .*\.dockerignore/);
    expect(f).toContain('+.git');
    expect(f).toMatch(/cache-cleanup!/);
    expect(f).not.toMatch(/\x1b\[/);
    ui.unmount();
  });

  it('y, n move on to the next undecided change; the tally follows; w reports the decisions', async () => {
    const file = copyApp();
    const { frame, press, done, ui } = mount([file]);
    await until(() => frame().includes('deps-first line 1'), 'the first change');
    await press('n');
    expect(frame()).toMatch(/merge-runs line 3 · safe · undecided \(2\/4\)/);
    expect(frame()).toContain('-RUN apt-get install -y jq');
    await press('y');
    expect(frame()).toMatch(/cache-cleanup line 3 · safe/);
    expect(frame()).toContain('1 accepted · 1 rejected · 2 open');
    await press('nn');
    expect(frame()).toContain('1 accepted · 3 rejected · 0 open');
    await press('w');
    await until(() => done() !== null, 'the decision');
    expect(done()!.action).toBe('write');
    const [review] = done()!.reviews;
    const merge = review.items.find((i) => i.change.pass === 'merge-runs')!.change.id;
    expect(acceptedIds(review)).toEqual([merge]);
    expect(review.result.output).toBe(rewrite(TEXT, { context: path.dirname(file), dockerfileName: 'Dockerfile', changeIds: [merge] }).output);
    // The view only decides: nothing was written.
    expect(fs.readFileSync(file, 'utf8')).toBe(TEXT);
    ui.unmount();
  });

  it('rejecting the merge marks the changes built on it as no longer applying; u undoes it', async () => {
    const { frame, press, ui } = mount([copyApp()]);
    await until(() => frame().includes('deps-first line 1'), 'the first change');
    await press('j');
    expect(frame()).toMatch(/merge-runs line 3/);
    await press('n');
    expect(frame()).toMatch(/–\s+3 cache-cleanup/);
    await press('G'); // not a key: nothing happens
    await press('k'); // up to the cleanup of the merged RUN, listed at its first line (n moved on past it)

    expect(frame()).toMatch(/no longer applies/);
    await press('u');
    expect(frame()).toContain('0 accepted · 0 rejected · 4 open');
    expect(frame()).not.toMatch(/no longer applies/);
    ui.unmount();
  });

  it('keys that arrive in one chunk (typed ahead) are taken one by one, in order', async () => {
    const { frame, ui } = mount([copyApp()]);
    await until(() => frame().includes('deps-first line 1'), 'the first change');
    ui.stdin.write('\tjyn');
    await until(() => frame().includes('1 accepted · 1 rejected · 2 open'), 'both decisions').catch((e) => { console.log(frame()); throw e; });
    expect(frame()).toMatch(/✓\s+3 merge-runs/);
    expect(frame()).toMatch(/✗\s+3 cache-cleanup /);
    ui.unmount();
  });

  it('d shows the whole file as it would be written; a accepts the rest (safe ones)', async () => {
    const { frame, press, ui, done } = mount([copyApp()]);
    await until(() => frame().includes('deps-first line 1'), 'the first change');
    await press('d');
    expect(frame()).toContain('Nothing accepted yet');
    await press('a');
    expect(frame()).toContain('3 accepted · 0 rejected · 1 open');
    expect(frame()).toContain('+    rm -rf /var/lib/apt/lists/*');
    await press('d');
    expect(frame()).toContain('d: whole file');
    await press('a');
    expect(frame()).toMatch(/nothing safe left to accept/);
    await press('w');
    await until(() => done() !== null, 'the decision');
    expect(done()!.reviews[0].result.output).toBe(rewrite(TEXT, { context: APP, dockerfileName: 'Dockerfile' }).output);
    ui.unmount();
  });

  it('d with only changes accepted that wait for one they build on: says so, not "nothing accepted"', async () => {
    const { frame, press, ui } = mount([copyApp()], { unsafe: true });
    await until(() => frame().includes('deps-first line 1'), 'the first change');
    await press('jj');
    // The cleanup proposed on the RUN the merge forms.
    expect(frame()).toMatch(/cache-cleanup line 3 · safe · undecided/);
    await press('y');
    expect(frame()).toMatch(/~ +3 cache-cleanup /);
    await press('d');
    expect(frame()).not.toContain('Nothing accepted yet');
    expect(frame()).toContain('The accepted changes wait for changes they build on (~)');
    ui.unmount();
  });

  it('a long diff scrolls with space and b, within its length', async () => {
    const { frame, press, ui } = mount([copyApp()]);
    await until(() => frame().includes('deps-first line 1'), 'the first change');
    await press('a');
    await press('d');
    const at = (): number[] => (/diff lines (\d+)-(\d+) of (\d+)/.exec(frame()) ?? []).slice(1).map(Number);
    const [first, , total] = at();
    expect(first).toBe(1);
    expect(total).toBeGreaterThan(20);
    await press(' ');
    const [top, bottom] = at();
    expect(top).toBeGreaterThan(1);
    expect(bottom).toBe(total);
    expect(frame()).toContain('+.dockerignore');
    await press(' ');
    expect(at()[0]).toBe(top);
    await press('b');
    expect(at()[0]).toBe(1);
    ui.unmount();
  });

  it('a diff of tab-indented lines shows them with spaces, in the column, as the file lays them out (CRLF too)', async () => {
    // A tab drawn by the terminal takes up to 8 columns the layout never counted: rows spilled into the next one.
    const file = path.join(dir, 'Dockerfile');
    fs.writeFileSync(file, 'FROM debian:bookworm\r\nRUN apt-get update \\\r\n\t&& apt-get install -y curl\r\n');
    const { frame, ui } = mount([file]);
    await until(() => frame().includes('cache-cleanup line 2'), 'the change');
    expect(frame()).not.toMatch(/[\t\r]/);
    expect(frame()).toContain('-        && apt-get install -y curl');
    expect(frame()).toContain('+        && apt-get install -y curl \\');
    ui.unmount();
  });

  it('a diff line longer than the column wraps (↳), so the end of a long RUN line, where a merge edits, is shown', async () => {
    const file = path.join(dir, 'Dockerfile');
    const long = `RUN mkdir -p ${Array.from({ length: 12 }, (_, i) => `/opt/app/directory-${i}`).join(' ')}`;
    fs.writeFileSync(file, `FROM alpine:3.19\n${long}\nRUN touch /opt/app/done\n`);
    const { frame, ui } = mount([file]);
    await until(() => frame().includes('merge-runs line 2'), 'the merge');
    const rows = frame().split('\n');
    expect(rows.every((r) => r.length <= 100 && !r.endsWith('…'))).toBe(true);
    // The right column from column 31 (30 of the list, one of margin); a row that goes on with ↳ continues the line above.
    const right = rows.map((r) => r.slice(31)).map((r) => (r.startsWith('↳') ? r.slice(1) : `\n${r}`)).join('');
    const squeeze = (s: string): string => s.replace(/\s/g, '');
    expect(squeeze(right)).toContain(squeeze(`-${long}\n-RUN touch /opt/app/done\n+${long} && \\\n+    touch /opt/app/done`));
    ui.unmount();
  });

  it('two Dockerfiles of one directory are told apart in the list when their names do not fit', async () => {
    const files = ['payments-api/Dockerfile', 'payments-api/Dockerfile.prod', 'web/Dockerfile'].map((rel) => {
      fs.mkdirSync(path.join(dir, 'services', path.dirname(rel)), { recursive: true });
      fs.writeFileSync(path.join(dir, 'services', rel), NAIVE);
      return path.join(dir, 'services', rel);
    });
    const { frame, ui } = mount(files);
    await until(() => frame().includes('web/'), 'the list');
    const rows = frame().split('\n').slice(1, 4).map((r) => r.slice(1, 23).trim());
    expect(new Set(rows).size).toBe(3);
    expect(rows[0]).toMatch(/Dockerfile$/);
    expect(rows[1]).toMatch(/Dockerfile\.prod$/);
    ui.unmount();
  });

  it('q with decisions asks first; another key stays; y quits writing nothing', async () => {
    const { frame, press, done, ui } = mount([copyApp()]);
    await until(() => frame().includes('deps-first line 1'), 'the first change');
    await press('y');
    await press('q');
    expect(frame()).toMatch(/Quit and write nothing\?/);
    await press('x');
    expect(frame()).not.toMatch(/Quit and write nothing\?/);
    expect(done()).toBeNull();
    await press('q');
    await press('y');
    await until(() => done() !== null, 'the decision');
    expect(done()!.action).toBe('quit');
    ui.unmount();
  });

  it('at 80 columns the question before quitting and the whole-file line are not cut', async () => {
    const { frame, press, ui } = mount([copyApp()]);
    Object.defineProperty(ui.stdout, 'columns', { get: () => 80 });
    ui.stdout.emit('resize');
    await until(() => frame().includes('deps-first line 1'), 'the first change');
    await press('d');
    expect(frame()).toContain('· whole file (d: this change)');
    await press('y');
    await press('q');
    const footer = frame().split('\n').at(-1)!;
    expect(footer).toBe('Quit and write nothing? Your decisions would be lost. y: quit, other keys: stay');
    expect(frame().split('\n').every((r) => r.length <= 80)).toBe(true);
    ui.unmount();
  });

  it('r shows the whole message and reason where they were cut to leave the diff room (80x24), r again the diff', async () => {
    const { frame, press, ui } = mount([copyApp()]);
    Object.defineProperty(ui.stdout, 'columns', { get: () => 80 });
    ui.stdout.emit('resize');
    await until(() => frame().includes('deps-first line 1'), 'the first change');
    const squeeze = (s: string): string => s.replace(/\s+/g, ' ');
    const end = 'so the image does not change.';
    expect(squeeze(frame())).not.toContain(end);
    expect(frame()).toContain('· d: whole file · r: reason');
    await press('r');
    expect(squeeze(frame())).toContain(end);
    expect(frame()).toContain('· r: back to the diff');
    expect(frame()).not.toContain('@@');
    await press('r');
    expect(frame()).toContain('@@');
    expect(frame().split('\n').every((r) => r.length <= 80)).toBe(true);
    ui.unmount();
  });

  it('a header too wide for the terminal drops words, not the counts (35 files and 161 open passed 80 columns)', async () => {
    const { frame, ui } = mount([copyApp()]);
    let columns = 70;
    Object.defineProperty(ui.stdout, 'columns', { get: () => columns });
    ui.stdout.emit('resize');
    await until(() => frame().includes('deps-first line 1'), 'the first change');
    expect(frame().split('\n')[0]).toBe('dockerfix · 1 of 1 file · 0 accepted · 0 rejected · 4 open');
    columns = 80;
    ui.stdout.emit('resize');
    await until(() => frame().startsWith('dockerfix review'), 'the long header');
    expect(frame().split('\n')[0]).toBe('dockerfix review · 1 of 1 file to review · 0 accepted · 0 rejected · 4 open');
    ui.unmount();
  });

  it('q without decisions quits at once; Ctrl-C interrupts', async () => {
    const a = mount([copyApp()]);
    await until(() => a.frame().includes('deps-first line 1'), 'the first change');
    await a.press('q');
    expect(a.done()!.action).toBe('quit');
    a.ui.unmount();
    const b = mount([path.join(dir, 'app', 'Dockerfile')]);
    await until(() => b.frame().includes('deps-first line 1'), 'the first change');
    await b.press('y');
    await b.press('\x03');
    expect(b.done()!.action).toBe('interrupt');
    b.ui.unmount();
  });

  it('i rejects and remembers with a dockerfix-ignore comment; ? shows the keys', async () => {
    const { frame, press, done, ui } = mount([copyApp()]);
    await until(() => frame().includes('deps-first line 1'), 'the first change');
    await press('j');
    await press('i');
    expect(frame()).toMatch(/#\s+3 merge-runs/);
    await press('?');
    expect(frame()).toContain('undo the last decision');
    expect(frame()).toContain('dockerfix-ignore');
    await press('?');
    expect(frame()).not.toContain('undo the last decision');
    await press('w');
    await until(() => done() !== null, 'the decision');
    expect(done()!.reviews[0].base).toContain('# dockerfix-ignore merge-runs\nRUN apt-get update\n');
    ui.unmount();
  });

  it('tab switches file; files with nothing to change and unreadable ones are counted, not listed', async () => {
    fs.writeFileSync(path.join(dir, 'a.Dockerfile'), NAIVE);
    fs.writeFileSync(path.join(dir, 'b.Dockerfile'), CLEAN);
    fs.writeFileSync(path.join(dir, 'c.Dockerfile'), 'not a dockerfile\n');
    fs.writeFileSync(path.join(dir, 'd.Dockerfile'), NAIVE.replace('curl', 'jq'));
    const files = ['a', 'b', 'c', 'd'].map((n) => path.join(dir, `${n}.Dockerfile`));
    const { frame, press, done, ui } = mount(files);
    await until(() => !frame().includes('reading'), 'every file');
    expect(frame()).toContain('2 of 4 files to review');
    expect(frame()).toContain('1 unchanged, 1 unreadable');
    expect(frame()).toMatch(/›.*merge-runs/);
    await press('y');
    await press('\t');
    expect(frame()).toMatch(/>.*d\.Dockerfile/);
    await press('n');
    await press('\t');
    expect(frame()).toMatch(/>.*a\.Dockerfile/);
    await press('w');
    await until(() => done() !== null, 'the decision');
    expect(done()!.errors).toEqual([`${files[2]}: not a Dockerfile (no FROM instruction)`]);
    const outputs = Object.fromEntries(done()!.reviews.map((r) => [path.basename(r.file), r.result.output !== r.input]));
    expect(outputs).toEqual({ 'a.Dockerfile': true, 'b.Dockerfile': false, 'd.Dockerfile': false });
    ui.unmount();
  });

  it('computes files lazily, one per tick, and shows progress meanwhile', async () => {
    const files: string[] = [];
    for (let n = 0; n < 40; n++) {
      const f = path.join(dir, `s${String(n).padStart(2, '0')}.Dockerfile`);
      fs.writeFileSync(f, `${NAIVE}RUN echo ${n}\n`);
      files.push(f);
    }
    const { frame, loads, ui } = mount(files);
    // The first frame comes before any file is computed.
    expect(loads.length).toBe(0);
    expect(frame()).toContain('reading 0/40');
    await until(() => loads.length >= 1 && frame().includes('merge-runs line 2'), 'the first file');
    expect(loads.length).toBeLessThan(40);
    await until(() => !frame().includes('reading'), 'every file');
    expect(frame()).toContain('40 of 40 files to review');
    ui.unmount();
  });

  it('NO_COLOR off: the diff is coloured; with color off the frame has no escape codes', async () => {
    const coloured = mount([copyApp()], { color: true });
    await until(() => plain(coloured.frame()).includes('deps-first line 1'), 'the first change');
    expect(coloured.frame()).toMatch(/\x1b\[32m\+\.git/);
    coloured.ui.unmount();
  });
});

describe('file names in the list', () => {
  it('drop what all paths share, keep what tells them apart', () => {
    expect([...displayNames(['/r/apps/api/Dockerfile', '/r/apps/web/Dockerfile']).values()]).toEqual(['api/', 'web/']);
    expect([...displayNames(['/r/x/a.Dockerfile', '/r/x/b.Dockerfile']).values()]).toEqual(['a.Dockerfile', 'b.Dockerfile']);
    expect([...displayNames(['/r/apps/api/Dockerfile']).values()]).toEqual(['api/Dockerfile']);
    expect([...displayNames(['Dockerfile']).values()]).toEqual(['Dockerfile']);
    expect([...displayNames(['/r/Dockerfile', '/r/sub/Dockerfile.prod']).values()]).toEqual(['Dockerfile', 'sub/Dockerfile.prod']);
  });

  it('rows that would read the same show the end of their path, or its start and end', () => {
    // Both were `payments-api/`.
    expect(listNames([{ name: 'payments-api/Dockerfile', width: 20 }, { name: 'payments-api/Dockerfile.prod', width: 20 }, { name: 'web/Dockerfile', width: 20 }])).toEqual([
      '…ents-api/Dockerfile',
      '…api/Dockerfile.prod',
      'web/Dockerfile',
    ]);
    // Directories alike at the end (every file named Dockerfile): their starts tell them apart.
    expect(listNames([{ name: 'east/cluster/services/api/', width: 12 }, { name: 'west/cluster/services/api/', width: 12 }])).toEqual(['eas…ces/api/', 'wes…ces/api/']);
    expect(listNames([{ name: 'api/', width: 20 }, { name: 'web/', width: 20 }])).toEqual(['api/', 'web/']);
  });
});

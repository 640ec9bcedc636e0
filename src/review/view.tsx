/**
 * The review screen (ink). It only decides: it reports the reviews and whether to write them; the command writes.
 *
 *   left:  the files with changes (changes and decisions), then the changes of the selected file
 *   right: the selected change (pass id, line, message, reason, safety, status) and its diff, or with `d` the whole
 *          file as it would be written; long diffs scroll
 *
 * Files are computed lazily, one per tick, the selected one first, so hundreds of files stay responsive.
 */
import { Box, Text, useApp, useInput, useStdout } from 'ink';
import pc from 'picocolors';
import { useEffect, useMemo, useRef, useState } from 'react';
import { changeDiff, fileDiff } from './diff.js';
import { plural } from '../report.js';
import { acceptRest, counts, decide, hasDecisions, undo, type Decision, type FileReview, type Item } from './state.js';

export type Loaded = { review: FileReview; error?: undefined } | { review?: undefined; error: string };

export interface Done {
  action: 'write' | 'quit' | 'interrupt';
  reviews: FileReview[];
  /** One line per file that could not be read. */
  errors: string[];
}

export interface ReviewAppProps {
  files: string[];
  /** Computes one file's review (synchronous: rewrite() is); an unreadable file gives its one-line error. */
  load: (file: string) => Loaded;
  color: boolean;
  onDone: (done: Done) => void;
}

export const KEYS: [string, string][] = [
  ['y', 'accept the change'],
  ['n', 'reject it'],
  ['i', 'reject it and remember: a "# dockerfix-ignore <pass>" comment above the instruction'],
  ['a', 'accept the rest of the file (safe changes; unsafe ones too with --unsafe)'],
  ['u', 'undo the last decision'],
  ['↑ ↓  j k', 'previous / next change'],
  ['tab  S-tab', 'next / previous file (also → ←)'],
  ['d', 'whole-file diff as written / this change'],
  ['r', 'whole message and reason / the diff'],
  ['space  b', 'scroll the diff down / up (also PgDn PgUp)'],
  ['w', 'write the accepted changes and quit'],
  ['q', 'quit, writing nothing'],
  ['?', 'this help'],
];

const NO_KEY = {
  upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false,
  return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false,
  super: false, hyper: false, capsLock: false, numLock: false,
};

/** The key of one character of a chunk: tab and return are keys of their own. */
function charKey(ch: string): typeof NO_KEY {
  return { ...NO_KEY, tab: ch === '\t', return: ch === '\r' };
}

function useTerminalSize(): { columns: number; rows: number } {
  const { stdout } = useStdout();
  const read = (): { columns: number; rows: number } => ({ columns: stdout.columns || 80, rows: stdout.rows || 24 });
  const [size, setSize] = useState(read);
  useEffect(() => {
    const onResize = (): void => setSize(read());
    stdout.on('resize', onResize);
    return () => void stdout.off('resize', onResize);
  }, [stdout]);
  return size;
}

export function ReviewApp({ files, load, color, onDone }: ReviewAppProps): React.JSX.Element {
  const { exit } = useApp();
  const { columns, rows } = useTerminalSize();
  const c = useMemo(() => pc.createColors(color), [color]);
  const [loaded, setLoaded] = useState<Map<string, Loaded>>(() => new Map());
  const [fileIndex, setFileIndex] = useState(0);
  const [selected, setSelected] = useState<Map<string, string>>(() => new Map());
  const [undoFiles, setUndoFiles] = useState<string[]>([]);
  const [whole, setWhole] = useState(false);
  const [reasonOnly, setReasonOnly] = useState(false);
  const [help, setHelp] = useState(false);
  const [scroll, setScroll] = useState(0);
  const [confirmQuit, setConfirmQuit] = useState(false);
  const [note, setNote] = useState('');
  const names = useMemo(() => displayNames(files), [files]);

  // Files with something to review, in the order given; the others are counted.
  const withChanges = files.filter((f) => (loaded.get(f)?.review?.items.length ?? 0) > 0);
  const pending = files.filter((f) => !loaded.has(f));
  const file = withChanges[Math.min(fileIndex, withChanges.length - 1)] as string | undefined;
  const review = file ? loaded.get(file)!.review! : null;

  // Lazy computation: one file per tick, so keys are handled between files.
  useEffect(() => {
    if (pending.length === 0) return;
    const timer = setTimeout(() => {
      const next = pending[0];
      setLoaded((m) => new Map(m).set(next, load(next)));
    }, 0);
    return () => clearTimeout(timer);
  }, [loaded]);

  const items = review?.items ?? [];
  const selectedId = file ? selected.get(file) : undefined;
  let index = items.findIndex((i) => i.change.id === selectedId);
  if (index < 0) index = Math.max(0, items.findIndex((i) => i.decision === null && i.status === 'open'));
  const item = items[index] as Item | undefined;

  const finish = (done: Done['action']): void => {
    const all = [...loaded.values()];
    onDone({ action: done, reviews: all.flatMap((l) => (l.review ? [l.review] : [])), errors: all.flatMap((l) => (l.error ? [l.error] : [])) });
    exit();
  };
  const anyDecisions = [...loaded.values()].some((l) => l.review && hasDecisions(l.review));

  const update = (next: FileReview): void => {
    if (!file || next === review) return;
    setLoaded((m) => new Map(m).set(file, { review: next }));
  };
  const select = (id: string | undefined): void => {
    if (!file || !id) return;
    setSelected((m) => new Map(m).set(file, id));
    setScroll(0);
  };
  const decideCurrent = (decision: Decision): void => {
    if (!review || !item) return;
    if (item.status === 'gone' && item.decision === null) return setNote('this change no longer applies: nothing to decide (u undoes what made it so)');
    const next = decide(review, item.change.id, decision);
    if (next === review) return;
    update(next);
    setUndoFiles((u) => [...u, file!]);
    // On to the next change still waiting for a decision, after this one (or the first one before it).
    const after = next.items.findIndex((i) => i.change.id === item.change.id);
    const open = (i: Item): boolean => i.decision === null && i.status === 'open';
    const later = next.items.slice(after + 1).find(open) ?? next.items.find(open);
    select((later ?? next.items[after] ?? next.items[0])?.change.id);
    if (decision === 'ignored' && item.change.edits.length === 0) setNote('this change edits no instruction: rejected, no comment added');
  };

  // The handler of the latest render, read through a ref: ink re-subscribes useInput in an effect, which runs after
  // the frame is drawn, and a key typed in between must not reach the previous render's state.
  const maxScroll = useRef(0);
  const onKey = useRef<Parameters<typeof useInput>[0]>(() => {});
  // Keys that arrive together (typed ahead, or sent by a script) come as one string: one key per render, in order.
  // Each waits for a render after the previous key's (effects can run late, for an earlier render).
  const queued = useRef<string[]>([]);
  const renders = useRef(0);
  const thisRender = ++renders.current;
  const lastKeyAt = useRef(0);
  const [, setTick] = useState(0);
  const handle = (input: string, key: Parameters<Parameters<typeof useInput>[0]>[1]): void => {
    // A bug behind one key must not leave the terminal in the review screen: say it, keep the screen usable.
    try {
      onKey.current(input, key);
    } catch (error) {
      setNote(`internal error: ${(error as Error).message}`);
    }
  };
  useInput((input, key) => {
    lastKeyAt.current = renders.current;
    if (input.length > 1 && /^[\t\r\x20-\x7e]+$/.test(input) && !key.ctrl && !key.meta) {
      queued.current.push(...input.slice(1));
      handle(input[0], charKey(input[0]));
      setTick((t) => t + 1);
      return;
    }
    handle(input, key);
  });
  useEffect(() => {
    if (queued.current.length === 0 || thisRender <= lastKeyAt.current) return;
    lastKeyAt.current = thisRender;
    const next = queued.current.shift()!;
    handle(next, charKey(next));
    setTick((t) => t + 1);
  });
  onKey.current = (input, key) => {
    setNote('');
    if (key.ctrl && input === 'c') return finish('interrupt');
    if (confirmQuit) {
      if (input === 'y') return finish('quit');
      setConfirmQuit(false);
      return;
    }
    if (help) {
      setHelp(false);
      if (input === '?' || key.escape) return;
    }
    if (input === '?') return setHelp(true);
    if (input === 'q') return anyDecisions ? setConfirmQuit(true) : finish('quit');
    if (input === 'w') return finish('write');
    if (key.tab || key.rightArrow || key.leftArrow) {
      if (withChanges.length === 0) return;
      const step = (key.tab && key.shift) || key.leftArrow ? -1 : 1;
      setFileIndex((i) => (Math.min(i, withChanges.length - 1) + step + withChanges.length) % withChanges.length);
      setScroll(0);
      return;
    }
    const page = Math.max(1, rows - 12);
    if (input === ' ' || key.pageDown) return setScroll((s) => Math.max(0, Math.min(maxScroll.current, s + page)));
    if (input === 'b' || key.pageUp) return setScroll((s) => Math.max(0, s - page));
    if (!review) return;
    if (key.downArrow || input === 'j') return select(items[Math.min(items.length - 1, index + 1)]?.change.id);
    if (key.upArrow || input === 'k') return select(items[Math.max(0, index - 1)]?.change.id);
    if (input === 'd') {
      setWhole((w) => !w);
      setReasonOnly(false);
      setScroll(0);
      return;
    }
    if (input === 'r') {
      setReasonOnly((r) => !r);
      setWhole(false);
      return;
    }
    if (input === 'y') return decideCurrent('accepted');
    if (input === 'n') return decideCurrent('rejected');
    if (input === 'i') return decideCurrent('ignored');
    if (input === 'a') {
      const next = acceptRest(review);
      if (next === review) return setNote(review.unsafe ? 'nothing left to accept' : 'nothing safe left to accept (unsafe changes: y one by one, or run with --unsafe)');
      update(next);
      setUndoFiles((u) => [...u, file!]);
      return;
    }
    if (input === 'u') {
      const last = undoFiles[undoFiles.length - 1];
      const target = last ? loaded.get(last)?.review : undefined;
      if (!last || !target) return setNote('nothing to undo');
      setLoaded((m) => new Map(m).set(last, { review: undo(target) }));
      setUndoFiles((u) => u.slice(0, -1));
      const at = withChanges.indexOf(last);
      if (at >= 0) setFileIndex(at);
    }
  };

  const leftWidth = Math.max(20, Math.min(30, Math.floor(columns * 0.32)));
  const rightWidth = Math.max(20, columns - leftWidth - 1);
  // One row short of the terminal: ink redraws a frame as tall as the screen by clearing it (flicker).
  const bodyRows = Math.max(6, rows - 3);

  // Header: what there is, and the progress while files are still being computed.
  const all = [...loaded.values()].flatMap((l) => (l.review ? [counts(l.review)] : []));
  const sum = (k: 'accepted' | 'rejected' | 'open'): number => all.reduce((n, x) => n + x[k], 0);
  const errors = [...loaded.values()].filter((l) => l.error).length;
  // While files are read, the counter stands where the file count will be. The tally is what the header is for: when
  // the numbers grow past the width (35 files, 161 open), the words around them go, not the last count.
  const progress = (short: boolean): string =>
    pending.length ? c.yellow(`reading ${files.length - pending.length}/${files.length}`) : `${withChanges.length} of ${plural(files.length, 'file')}${short ? '' : ' to review'}`;
  const headerOf = (short: boolean): string =>
    `${c.bold(short ? 'dockerfix' : 'dockerfix review')} · ${progress(short)} · ${c.green(`${sum('accepted')} accepted`)} · ${c.red(`${sum('rejected')} rejected`)} · ${sum('open')} open`;
  const header = headerOf(false).replace(ESCAPES, '').length <= columns ? headerOf(false) : headerOf(true);

  // Left column: files (named from where they differ), then the changes of this file.
  const left: string[] = [];
  const fileRows = Math.min(withChanges.length, Math.max(3, Math.floor(bodyRows / 3)));
  const firstFile = Math.max(0, Math.min(fileIndex - fileRows + 1, withChanges.length - fileRows));
  const listed = withChanges.slice(firstFile, firstFile + fileRows).map((f) => {
    const n = counts(loaded.get(f)!.review!);
    const tally = `${n.total} ${n.accepted}✓${n.rejected}✗`;
    return { f, tally, room: leftWidth - tally.length - 2 };
  });
  const shown = listNames(listed.map((l) => ({ name: names.get(l.f) ?? l.f, width: l.room })));
  for (const [i, { f, tally, room }] of listed.entries()) {
    const mark = f === file ? c.inverse('>') : ' ';
    left.push(`${mark}${fit(shown[i], room)} ${tally}`);
  }
  if (withChanges.length === 0) left.push(pending.length ? ' reading…' : ' nothing to change');
  const unchanged = files.length - pending.length - withChanges.length - errors;
  const aside = [unchanged ? `${unchanged} unchanged` : '', errors ? c.red(`${errors} unreadable`) : ''].filter(Boolean).join(', ');
  if (aside) left.push(c.dim(` ${aside}`));
  left.push(c.dim('─'.repeat(leftWidth)));
  const changeRows = bodyRows - left.length;
  const firstChange = Math.max(0, Math.min(index - Math.floor(changeRows / 2), items.length - changeRows));
  for (const [n, it] of items.entries()) {
    if (n < firstChange || n >= firstChange + changeRows) continue;
    const text = fit(` ${String(it.change.line).padStart(3)} ${it.change.pass}${it.change.safety === 'unsafe' ? '!' : ''}`, leftWidth - 2);
    left.push(`${n === index ? '›' : ' '}${decisionMark(it, c)}${n === index ? c.inverse(text) : text}`);
  }

  // Right column.
  const right: string[] = [];
  if (help) {
    right.push(c.bold('Keys'));
    const keyWidth = Math.max(...KEYS.map(([k]) => k.length)) + 2;
    for (const [k, what] of KEYS) {
      const lines = wrap(what, Math.max(10, rightWidth - keyWidth));
      right.push(...lines.map((l, n) => `${(n === 0 ? k : '').padEnd(keyWidth)}${l}`));
    }
    right.push(...wrap('Marks: ✓ accepted, ✗ rejected, # rejected and remembered, · undecided, ~ accepted, waits for a change it builds on, – no longer applies, ! unsafe tier. Any key: back.', rightWidth));
  } else if (review && item) {
    const ch = item.change;
    const tier = ch.safety === 'unsafe' ? c.yellow('unsafe') : c.green('safe');
    right.push(`${c.bold(ch.pass)} line ${ch.line} · ${tier} · ${statusText(item, c)} ${c.dim(`(${index + 1}/${items.length})`)}`);
    // The whole-file diff needs the room; the change's message and reason are one key away. Cut to leave the diff
    // room, they are shown whole with r, in place of the diff.
    const message = wrap(ch.message, rightWidth);
    const reason = ch.reason ? wrap(ch.reason, rightWidth) : [];
    const reasonRows = rows >= 30 ? 8 : 4;
    const cut = message.length > 3 || reason.length > reasonRows;
    if (reasonOnly) {
      right.push(...message, ...reason.map((l) => c.dim(l)), c.dim(`${ch.id} · r: back to the diff`));
    } else {
      if (!whole) right.push(...clip(message, 3), ...clip(reason, reasonRows).map((l) => c.dim(l)));
      right.push(c.dim(`${ch.id}${whole ? ' · whole file (d: this change)' : ` · d: whole file${cut ? ' · r: reason' : ''}`}`));
      const unchanged = review.result.output === review.input && review.result.files.length === 0;
      // Accepted changes that all wait for one they build on write nothing yet either.
      const waiting = review.items.some((i) => i.decision === 'accepted');
      const wholeNote = !unchanged ? null : waiting ? 'The accepted changes wait for changes they build on (~): the file would be written unchanged.' : 'Nothing accepted yet: the file would be written unchanged.';
      const computed = whole ? { lines: fileDiff(review, { enabled: color }), note: wholeNote } : changeDiff(review, item, { enabled: color });
      // Long lines wrap: the part a change edits is often at the end of a long RUN line (a ` && \\` a merge appends).
      const diff = { ...computed, lines: computed.lines.flatMap((l) => wrapDiffLine(diffRow(l), rightWidth)) };
      const room = Math.max(1, bodyRows - right.length);
      if (diff.note) right.push(...wrap(diff.note, rightWidth));
      // A diff longer than the room scrolls; its last row then says where it stands.
      const fits = diff.lines.length <= room;
      const visible = fits ? room : room - 1;
      const top = fits ? 0 : Math.max(0, Math.min(scroll, diff.lines.length - visible));
      maxScroll.current = Math.max(0, diff.lines.length - visible);
      const shown = diff.lines.slice(top, top + visible);
      if (!fits) shown.push(c.dim(`… diff lines ${top + 1}-${top + shown.length} of ${diff.lines.length} (space/b: scroll)`));
      right.push(...shown);
    }
  } else {
    right.push(pending.length ? 'Reading the Dockerfiles…' : 'Nothing to change in these files. q quits.');
  }

  const footer = confirmQuit
    ? c.yellow('Quit and write nothing? Your decisions would be lost. y: quit, other keys: stay')
    : note
      ? c.yellow(note)
      : c.dim('y accept  n reject  i ignore  a rest  u undo  d diff  w write  q quit  ? help');

  return (
    <Box flexDirection="column" width={columns}>
      <Text wrap="truncate-end">{header}</Text>
      <Box flexDirection="row" height={bodyRows}>
        <Box flexDirection="column" width={leftWidth} marginRight={1}>
          {left.slice(0, bodyRows).map((l, n) => (
            <Text key={n} wrap="truncate-end">{l}</Text>
          ))}
        </Box>
        <Box flexDirection="column" width={rightWidth}>
          {right.slice(0, bodyRows).map((l, n) => (
            <Text key={n} wrap="truncate-end">{l || ' '}</Text>
          ))}
        </Box>
      </Box>
      <Text wrap="truncate-end">{footer}</Text>
    </Box>
  );
}

type Painter = ReturnType<typeof pc.createColors>;

function decisionMark(item: Item, c: Painter): string {
  if (item.decision === 'accepted') return item.status === 'applied' ? c.green('✓') : item.status === 'waits' ? c.yellow('~') : c.dim('–');
  if (item.decision === 'rejected') return c.red('✗');
  if (item.decision === 'ignored') return c.red('#');
  return item.status === 'gone' ? c.dim('–') : '·';
}

function statusText(item: Item, c: Painter): string {
  switch (item.status) {
    case 'applied':
      return c.green('accepted');
    case 'waits':
      return c.yellow('accepted, waits for a change it builds on');
    case 'gone':
      return c.dim('no longer applies');
    case 'rejected':
      return c.red(item.decision === 'ignored' ? 'rejected, remembered (dockerfix-ignore)' : 'rejected');
    default:
      return 'undecided';
  }
}

// eslint-disable-next-line no-control-regex
const ESCAPES = /\x1b\[[0-9;]*m/g;

/**
 * A diff line as the terminal is to show it: tabs expanded to spaces (stops every 8 columns of the Dockerfile's text,
 * after the +/-/space column), a CRLF file's carriage return dropped. A tab left in would be drawn by the terminal
 * as up to 8 columns that the layout never counted: rows spilling into the next one and the screen scrolling.
 */
export function diffRow(line: string): string {
  // eslint-disable-next-line no-control-regex
  const m = /^((?:\x1b\[[0-9;]*m)*)([\s\S]*?)((?:\x1b\[[0-9;]*m)*)$/.exec(line)!;
  const text = m[2].replace(ESCAPES, '').replace(/\r$/, '');
  if (!text.includes('\t') && text === m[2]) return line;
  const sign = /^[-+ ]/.test(text) && !text.startsWith('@@') ? text[0] : '';
  let out = '';
  for (const ch of text.slice(sign.length)) out += ch === '\t' ? ' '.repeat(8 - (out.length % 8)) : ch;
  return `${m[1]}${sign}${out}${m[3]}`;
}

/**
 * A diff line in rows of `width` columns: the first as it starts, the rest marked `↳` in its first column (where the
 * +/- stands on a line of its own), in the line's colour.
 */
export function wrapDiffLine(line: string, width: number): string[] {
  // eslint-disable-next-line no-control-regex
  const m = /^((?:\x1b\[[0-9;]*m)*)([\s\S]*?)((?:\x1b\[[0-9;]*m)*)$/.exec(line)!;
  const chars = Array.from(m[2].replace(ESCAPES, ''));
  if (chars.length <= width || width < 2) return [line];
  const rows = [chars.slice(0, width).join('')];
  for (let at = width; at < chars.length; at += width - 1) rows.push(`↳${chars.slice(at, at + width - 1).join('')}`);
  return rows.map((r) => `${m[1]}${r}${m[3]}`);
}

/** At most `n` lines, the last one ending in an ellipsis when some are cut. */
function clip(lines: string[], n: number): string[] {
  return lines.length <= n ? lines : [...lines.slice(0, n - 1), `${lines[n - 1]} …`];
}

/**
 * Short names for the file list: the paths without the directory they all share, keeping at least the parent
 * directory (`api/Dockerfile`), and only the directories when every file has the same name (`api/`, `web/`).
 */
export function displayNames(files: string[]): Map<string, string> {
  const parts = files.map((f) => f.split(/[\\/]+/));
  let common = 0;
  if (parts.length) {
    const shortest = Math.min(...parts.map((p) => p.length));
    // One file keeps its parent directory; several lose all the directories they share.
    const keep = files.length === 1 ? 2 : 1;
    while (common < shortest - keep && parts.every((p) => p[common] === parts[0][common])) common++;
  }
  const names = files.map((f, i) => parts[i].slice(common));
  // Dockerfiles all named alike (app-a/Dockerfile, app-b/Dockerfile): the directory is what tells them apart.
  const alike = files.length > 1 && names.every((n) => n.length > 1 && n[n.length - 1] === names[0][names[0].length - 1]);
  return new Map(files.map((f, i) => [f, alike ? `${names[i].slice(0, -1).join('/')}/` : names[i].join('/')]));
}

/** A file name in `width` columns: whole, or its directory when that tells it (`api/`), or the end of it. */
function shortName(name: string, width: number): string {
  if (name.length <= width) return name;
  const dir = name.slice(0, name.lastIndexOf('/') + 1);
  return dir && dir.length <= width ? dir : tailOf(dir || name, width);
}

/**
 * The names of the list's rows, each in its width: as shortName gives them, unless two rows would read the same (two
 * Dockerfiles of one directory both shortened to it, `api/`): those show the end of their path, or its start and end.
 */
export function listNames(rows: { name: string; width: number }[]): string[] {
  const shown = rows.map((r) => shortName(r.name, r.width));
  const forms: ((name: string, width: number) => string)[] = [tailOf, middleOf];
  for (const form of forms) {
    const twice = (i: number): boolean => shown.some((s, j) => j !== i && s === shown[i] && rows[j].name !== rows[i].name);
    const clash = shown.map((_, i) => twice(i));
    for (const [i, r] of rows.entries()) if (clash[i]) shown[i] = form(r.name, r.width);
  }
  return shown;
}

/** The start and the end of a path, an ellipsis between, when it does not fit. */
function middleOf(s: string, width: number): string {
  if (s.length <= width) return s;
  const head = Math.floor((width - 1) / 3);
  return `${s.slice(0, head)}…${s.slice(s.length - (width - 1 - head))}`;
}

/** The end of a path (what tells files apart), with an ellipsis when cut. */
function tailOf(s: string, width: number): string {
  return s.length <= width ? s : `…${s.slice(s.length - width + 1)}`;
}

function fit(s: string, width: number): string {
  return s.length >= width ? s.slice(0, width) : s + ' '.repeat(width - s.length);
}

/** Word wrap to `width` columns (plain text), continuation lines indented by `indent`. */
export function wrap(text: string, width: number, indent = ''): string[] {
  const out: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    for (const word of para.split(/\s+/).filter(Boolean)) {
      const next = line ? `${line} ${word}` : word;
      if (next.length > width && line) {
        out.push(line);
        line = `${indent}${word}`;
      } else {
        line = next;
      }
    }
    out.push(line);
  }
  return out;
}

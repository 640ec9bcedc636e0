/**
 * The pull request a reviewer reads: a title, a commit message, and a markdown body (a summary table, then per file
 * each change with its pass, line, reason and safety tier, and the diff folded in <details>). The body is formatted
 * by prettier's markdown parser only; the Dockerfile text sits in fenced diff blocks that prettier leaves alone.
 */
import { format } from 'prettier/standalone';
import * as markdown from 'prettier/plugins/markdown';
import { createTwoFilesPatch } from 'diff';
import type { Change, RewriteResult } from '../types.js';

export interface FileRewrite {
  /** Path relative to the repository root, with `/`. */
  file: string;
  result: RewriteResult;
  /** Files the changes create (a proposed .dockerignore), with paths relative to the repository root. */
  created: { path: string; content: string }[];
}

export interface ImageFigures {
  bytes: number;
  layers: number;
  /** A build without cache. */
  buildSeconds: number;
  /** A build with cache after a new file appeared in the build context; null when it could not be measured. */
  rebuildSeconds?: number | null;
}

export interface Measurement {
  file: string;
  before: ImageFigures;
  after: ImageFigures;
  /** The verifier's verdict on the rewrite: "equivalent", or what went wrong. */
  verdict: string;
}

/** What --measure produced: per-file measurements, or why nothing was measured. */
export type Measured = { measurements: Measurement[]; notes: string[] } | { notMeasured: string };

/** GitHub refuses bodies over 65536 characters; diffs are dropped (largest first) to stay under. */
const MAX_BODY = 60_000;

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export function title(files: FileRewrite[]): string {
  const n = files.reduce((s, f) => s + f.result.changes.length, 0);
  const where = files.length === 1 ? `\`${files[0].file}\`` : plural(files.length, 'Dockerfile');
  return `dockerfix: ${plural(n, 'change')} to ${where} for faster rebuilds and smaller images`;
}

/** The commit message: what changed, which passes, which files (git log and blame show it for years). */
export function commitMessage(files: FileRewrite[]): string {
  const passes = [...new Set(files.flatMap((f) => f.result.changes.map((c) => c.pass)))];
  const lines = [title(files).replace(/`/g, ''), '', `Passes: ${passes.join(', ')}.`, ''];
  for (const f of files) {
    lines.push(`${f.file}:`);
    for (const g of byLine(groupChanges(f.result.changes))) lines.push(`- ${g.pass} (${linesLabel(g.lines)}): ${g.message}${g.safety === 'unsafe' ? ' [unsafe]' : ''}`);
    for (const c of f.created) lines.push(`- new file ${c.path}`);
  }
  lines.push('', 'Made by dockerfix; the pull request explains every change.');
  return `${lines.join('\n')}\n`;
}

/** "line 3", "lines 2-3", "lines 4, 9". */
function linesLabel(lines: string[]): string {
  return `line${lines.length > 1 || lines[0].includes('-') ? 's' : ''} ${lines.join(', ')}`;
}

interface Group {
  pass: string;
  lines: string[];
  message: string;
  reason: string;
  safety: Change['safety'];
}

/**
 * Changes with the same pass, message, reason and tier become one entry naming their lines once each, in line order.
 * The entry names its line up front, so the message does not say it again: "(line 20)" and "at line 20" go, and a
 * range in parentheses starting there ("(lines 6-18)") becomes the entry's line.
 */
export function groupChanges(changes: Change[]): Group[] {
  const groups: Group[] = [];
  // Down the file: the engine lists changes in the order it applied them, and a group's lines read in line order.
  for (const c of [...changes].sort((a, b) => a.line - b.line)) {
    let line = String(c.line);
    let message = c.message;
    const range = /\s*\(lines (\d+)-(\d+)\)/.exec(message);
    if (range && Number(range[1]) === c.line) {
      line = `${range[1]}-${range[2]}`;
      message = message.replace(range[0], '');
    }
    message = message.replace(new RegExp(`\\s*\\(line ${c.line}\\)|\\s+at line ${c.line}(?!\\d)`, 'g'), '');
    const same = groups.find((g) => g.pass === c.pass && g.message === message && g.reason === c.reason && g.safety === c.safety);
    if (same) {
      if (!same.lines.includes(line)) same.lines.push(line);
    } else {
      groups.push({ pass: c.pass, lines: [line], message, reason: c.reason, safety: c.safety });
    }
  }
  return groups;
}

/** Groups in the order of their first line, as a reader goes down the file (commit message and body alike). */
function byLine(groups: Group[]): Group[] {
  return groups.sort((a, b) => parseInt(a.lines[0], 10) - parseInt(b.lines[0], 10));
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/**
 * Inline text from the engine: kept as written, with markdown's active characters escaped where they would act (`~`
 * too: GitHub strikes through the text between two single tildes, as `rm -rf ~/.bundle/cache` in a message and
 * `(~/.bundle/cache)` in its reason).
 */
function inline(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/([<>*_~\\[\]])/g, (ch, _c, offset: number, all: string) => (insideBackticks(all, offset) ? ch : `\\${ch}`));
}

function insideBackticks(text: string, offset: number): boolean {
  return (text.slice(0, offset).match(/`/g)?.length ?? 0) % 2 === 1;
}

/** A fence longer than any backtick run in the content, so a Dockerfile holding ``` cannot end the block. */
function fence(content: string): string {
  const longest = Math.max(2, ...(content.match(/`+/g) ?? []).map((r) => r.length));
  return '`'.repeat(longest + 1);
}

/** Edits (in lines) past which a diff is not computed: it would not fit the body, and the time grows with its square. */
const MAX_DIFF_EDITS = 4000;

/** The unified diff, from its `---` line; null when it is too large to show. */
export function unifiedDiff(file: string, before: string, after: string): string | null {
  const patch = createTwoFilesPatch(before === '' ? '/dev/null' : `a/${file}`, `b/${file}`, before, after, '', '', { context: 3, maxEditLength: MAX_DIFF_EDITS }) as string | undefined;
  if (patch === undefined) return null;
  const lines = patch.split('\n');
  return lines.slice(Math.max(0, lines.findIndex((l) => l.startsWith('--- ')))).join('\n').replace(/\n+$/, '');
}

function formatMB(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

function delta(before: number, after: number, unit: (n: number) => string): string {
  const d = after - before;
  const pct = before > 0 ? ` (${d > 0 ? '+' : d < 0 ? '−' : '±'}${Math.abs((d / before) * 100).toFixed(0)}%)` : '';
  return `${unit(before)} → ${unit(after)}${pct}`;
}

function measuredSection(measured: Measured): string[] {
  if ('notMeasured' in measured) return [`Not measured: ${measured.notMeasured}.`];
  const seconds = (n: number): string => `${n.toFixed(1)} s`;
  const rebuild = (m: Measurement): string =>
    m.before.rebuildSeconds != null && m.after.rebuildSeconds != null ? delta(m.before.rebuildSeconds, m.after.rebuildSeconds, seconds) : 'not measured';
  const rows = measured.measurements.map(
    (m) =>
      `| \`${escapeCell(m.file)}\` | ${delta(m.before.bytes, m.after.bytes, formatMB)} | ${m.before.layers} → ${m.after.layers} | ${delta(m.before.buildSeconds, m.after.buildSeconds, seconds)} | ${rebuild(m)} | ${escapeCell(m.verdict)} |`,
  );
  const parts: string[] = [];
  if (rows.length) {
    parts.push(
      'Built before and after on a container engine, one build each (timings vary between runs): the full build without cache, and the rebuild with cache after a new file appears in the build context, as a commit does. The verifier compared the two images.',
      '',
      '| Dockerfile | Image size | Layers | Build | Rebuild after a source change | Verifier |',
      '| --- | --- | --- | --- | --- | --- |',
      ...rows,
    );
  }
  if (measured.notes.length) parts.push('', ...measured.notes.map((n) => `- ${inline(n)}`));
  return parts;
}

export interface BodyOptions {
  measured?: Measured;
}

/** The markdown body, formatted by prettier (markdown parser). */
export async function prBody(files: FileRewrite[], options: BodyOptions = {}): Promise<string> {
  let text = draft(files, options, new Set());
  // Too long for the API: fold away the largest diffs first (the Files tab shows them anyway).
  const bySize = [...files].sort((a, b) => b.result.output.length - a.result.output.length);
  const dropped = new Set<string>();
  for (const f of bySize) {
    if (text.length <= MAX_BODY) break;
    dropped.add(f.file);
    text = draft(files, options, dropped);
  }
  // Prettier formats the prose and tables; the diffs go back in verbatim afterwards (it would trim the single space
  // of a blank context line, and a diff should stay one `git apply` accepts).
  const blocks: string[] = [];
  const held = text.replace(/^(`{3,})diff\n[\s\S]*?\n\1$/gm, (block: string) => {
    blocks.push(block);
    return `DOCKERFIXDIFF${blocks.length - 1}X`;
  });
  const formatted = await format(held, { parser: 'markdown', plugins: [markdown], proseWrap: 'preserve', embeddedLanguageFormatting: 'off' });
  return formatted.replace(/^DOCKERFIXDIFF(\d+)X$/gm, (_m, i: string) => blocks[Number(i)]);
}

function draft(files: FileRewrite[], options: BodyOptions, noDiff: Set<string>): string {
  const all = files.flatMap((f) => f.result.changes);
  const unsafe = all.filter((c) => c.safety === 'unsafe').length;
  const out: string[] = [];
  out.push(
    `dockerfix rewrote ${plural(files.length, 'Dockerfile')} (${plural(all.length, 'change')}) so that images rebuild faster and ship smaller.`,
    unsafe === 0
      ? 'Every change is in the safe tier: the image contains and does the same, except that caches and build-only files leave it.'
      : `${unsafe} of the changes ${unsafe === 1 ? 'is' : 'are'} in the **unsafe** tier (applied because unsafe changes were asked for): ${unsafe === 1 ? 'it' : 'they'} may change what the image contains; review ${unsafe === 1 ? 'it' : 'them'} closely.`,
    '',
    '| Dockerfile | Changes | Passes |',
    '| --- | --- | --- |',
  );
  for (const f of files) {
    const passes = [...new Set(f.result.changes.map((c) => c.pass))].join(', ');
    const u = f.result.changes.filter((c) => c.safety === 'unsafe').length;
    out.push(`| \`${escapeCell(f.file)}\` | ${f.result.changes.length}${u ? ` (${u} unsafe)` : ''} | ${passes} |`);
  }
  if (options.measured) out.push('', '### Measured', '', ...measuredSection(options.measured));
  // A reason is written out once in the body; later entries with the same reason point back to it.
  const reasonsAt = new Map<string, { file: string; where: string }>();
  for (const f of files) {
    out.push('', `### \`${f.file}\``, '');
    // In the order a reader goes through the file (the engine lists them in the order it applied them).
    const groups = byLine(groupChanges(f.result.changes));
    for (const g of groups) {
      const where = linesLabel(g.lines);
      const tier = g.safety === 'unsafe' ? ' **unsafe**' : '';
      const seen = reasonsAt.get(g.reason);
      const why = !seen ? inline(g.reason) : seen.file === f.file ? `Same reason as ${seen.where}.` : `Same reason as \`${seen.file}\`, ${seen.where}.`;
      if (!seen) reasonsAt.set(g.reason, { file: f.file, where });
      out.push(`- **${g.pass}**, ${where}${tier}: ${inline(g.message)}.`.replace(/\.\.$/, '.'), `  ${why}`);
    }
    // A created file (a proposed .dockerignore) is named by the change that creates it, and its diff follows.
    // A Dockerfile left as it was (its only change creates a file) has no diff of its own to show.
    const shown = [...(f.result.output !== f.result.input ? [{ path: f.file, before: f.result.input, after: f.result.output }] : []), ...f.created.map((c) => ({ path: c.path, before: '', after: c.content }))];
    const parts = shown.map((d) => unifiedDiff(d.path, d.before, d.after));
    const diffs = parts.join('\n');
    out.push('');
    if (noDiff.has(f.file) || parts.includes(null)) {
      out.push('The diff is too long for this description: see the Files changed tab.');
    } else {
      const fenceMark = fence(diffs);
      out.push('<details>', `<summary>Diff of ${escapeHtml(shown.map((d) => d.path).join(' and '))}</summary>`, '', `${fenceMark}diff`, diffs, fenceMark, '', '</details>');
    }
  }
  out.push(
    '',
    '---',
    '',
    `<sub>Opened by dockerfix, which keeps this pull request up to date: each run rewrites the default branch again and replaces this branch. ` +
      'To keep a change out, put a `# dockerfix-ignore <pass>` comment above the instruction on the default branch. ' +
      'A commit pushed to this branch by anyone else stops the bot from touching it.</sub>',
  );
  return `${out.join('\n')}\n`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

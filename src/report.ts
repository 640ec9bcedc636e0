/** Reporters: the coloured unified diff with one line per change, and the machine-readable JSON report. */
import { createTwoFilesPatch } from 'diff';
import pc from 'picocolors';
import type { Change, FileCreation, RewriteResult, Skip } from './types.js';

export interface FileOutcome {
  file: string;
  result: RewriteResult;
  written: boolean;
  /** Files the changes created beside the Dockerfile (absolute or cwd-relative paths) that were written. */
  created: string[];
}

export interface Colors {
  enabled: boolean;
}

function paint(colors: Colors) {
  const c = pc.createColors(colors.enabled);
  return c;
}

export function unifiedDiff(file: string, before: string, after: string, colors: Colors): string {
  if (before === after) return '';
  const [a, b] = file.startsWith('/') ? [file, file] : [`a/${file}`, `b/${file}`];
  return colorPatch(fromHeader(createTwoFilesPatch(a, b, before, after, '', '', { context: 3 })), colors);
}

export function newFileDiff(file: string, content: string, colors: Colors): string {
  return colorPatch(fromHeader(createTwoFilesPatch('/dev/null', file.startsWith('/') ? file : `b/${file}`, '', content, '', '', { context: 3 })), colors);
}

/** The patch from its `---` line: the `Index:` and `====` lines the diff library may put first are noise here. */
function fromHeader(patch: string): string {
  const lines = patch.split('\n');
  const at = lines.findIndex((l) => l.startsWith('--- '));
  return lines.slice(Math.max(0, at)).join('\n');
}

function colorPatch(patch: string, colors: Colors): string {
  const c = paint(colors);
  return patch
    .split('\n')
    .map((line) => {
      if (line.startsWith('+++') || line.startsWith('---')) return c.bold(line);
      if (line.startsWith('@@')) return c.cyan(line);
      if (line.startsWith('+')) return c.green(line);
      if (line.startsWith('-')) return c.red(line);
      return line;
    })
    .join('\n');
}

export function formatChange(change: Change, colors: Colors): string {
  const c = paint(colors);
  const tier = change.safety === 'unsafe' ? c.yellow(' [unsafe]') : '';
  return `  ${c.bold(change.pass)} line ${change.line}${tier}: ${change.message}\n    ${c.dim(change.reason)}`;
}

export function formatSkip(skip: Skip, colors: Colors): string {
  const c = paint(colors);
  return `  ${c.dim(`${skip.pass} line ${skip.line}: skipped: ${skip.message ? `${skip.message}: ` : ''}${skip.reason}`)}`;
}

/** The human report for one file: the diff, then one entry per change, then what was not applied. */
export function formatOutcome(outcome: FileOutcome, colors: Colors, verbose: boolean): string {
  const c = paint(colors);
  const { result, file } = outcome;
  const parts: string[] = [];
  const notApplied = result.skipped.filter((s) => s.changeId);
  if (result.changed) {
    // No diff of the Dockerfile when its only change creates a file (a .dockerignore): no empty line in its place.
    if (result.output !== result.input) parts.push(unifiedDiff(file, result.input, result.output, colors).replace(/\n$/, ''));
    for (const f of result.files) parts.push(newFileDiff(relativeTo(file, f), f.content, colors).replace(/\n$/, ''));
    const verb = outcome.written ? 'rewritten' : 'would change';
    parts.push(`${c.bold(file)}: ${verb}, ${plural(result.changes.length, 'change')}`);
    // Down the file, as the diff above reads, whatever round made each change.
    for (const change of byLine(result.changes)) parts.push(formatChange(change, colors));
  } else {
    parts.push(`${c.bold(file)}: nothing to change`);
  }
  const unsafe = notApplied.filter((s) => s.reason.startsWith('unsafe change'));
  if (unsafe.length && !verbose) parts.push(c.yellow(`  ${plural(unsafe.length, 'unsafe change')} not applied (see --unsafe, --verbose)`));
  if (verbose) for (const s of byLine(result.skipped)) parts.push(formatSkip(s, colors));
  return parts.join('\n');
}

/** In line order; a stable sort keeps the engine's order within a line. */
export function byLine<T extends { line: number }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.line - b.line);
}

function relativeTo(dockerfile: string, f: FileCreation): string {
  const dir = dockerfile.includes('/') ? dockerfile.slice(0, dockerfile.lastIndexOf('/') + 1) : '';
  return `${dir}${f.path}`;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export interface JsonReport {
  version: 1;
  files: {
    file: string;
    changed: boolean;
    written: boolean;
    changes: Omit<Change, 'edits'>[];
    skipped: Skip[];
    created: FileCreation[];
  }[];
  errors: { message: string }[];
  summary: { files: number; changed: number; changes: number; errors: number };
}

export function jsonReport(outcomes: FileOutcome[], errors: string[]): JsonReport {
  return {
    version: 1,
    files: outcomes.map((o) => ({
      file: o.file,
      changed: o.result.changed,
      written: o.written,
      // In line order, as the text report and --check list them (the ids say which change is which).
      changes: byLine(o.result.changes).map(({ edits: _edits, ...rest }) => rest),
      skipped: byLine(o.result.skipped),
      created: o.result.files,
    })),
    errors: errors.map((message) => ({ message })),
    summary: {
      files: outcomes.length,
      changed: outcomes.filter((o) => o.result.changed).length,
      changes: outcomes.reduce((n, o) => n + o.result.changes.length, 0),
      errors: errors.length,
    },
  };
}

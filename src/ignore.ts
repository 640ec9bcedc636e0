/**
 * Comments that tell dockerfix to leave text alone, as linters do (`# hadolint ignore=...`, `eslint-disable`):
 *
 *   # dockerfix-ignore                      the next instruction: no pass edits it
 *   # dockerfix-ignore merge-runs, copy-chown   the next instruction: these passes do not edit it
 *   # dockerfix-ignore-file [passes]        the whole file (all passes, or those named)
 *
 * "The next instruction" is the one the comment block directly above belongs to: only comment lines may stand
 * between (a blank line ends the block). A comment inside an instruction (a comment line in a RUN continuation)
 * applies to that instruction. Maintainers who keep two RUNs apart on purpose, or who rejected a change once, say
 * so here, and the command and the bot stop proposing it.
 */
import type { DockerDocument, Instruction } from './document.js';

export interface IgnoreRule {
  /** Line of the comment. */
  line: number;
  /** Pass ids, or null for every pass. */
  passes: Set<string> | null;
  /** A `dockerfix-ignore-file` comment. */
  file: boolean;
}

/** How messages name the comment: `the dockerfix-ignore comment at line 4`. */
export function ruleName(rule: IgnoreRule): string {
  return `the dockerfix-ignore${rule.file ? '-file' : ''} comment at line ${rule.line}`;
}

export interface Ignores {
  file: IgnoreRule[];
  byInstruction: Map<Instruction, IgnoreRule[]>;
  /** Comments that look like a directive but name no known pass, with what is wrong. */
  problems: { line: number; reason: string }[];
}

/** `# dockerfix-ignore merge-runs`; also `dockerfix-ignore=merge-runs` and `dockerfix-ignore: merge-runs`, as other tools write theirs. */
const DIRECTIVE = /^#\s*dockerfix-ignore(-file)?(?:\s*[:=]\s*|\s+|$)(.*)$/;

export function readIgnores(doc: DockerDocument, passIds: readonly string[]): Ignores {
  const ignores: Ignores = { file: [], byInstruction: new Map(), problems: [] };
  for (const comment of doc.comments) {
    const m = DIRECTIVE.exec(comment.text.trim());
    if (!m) continue;
    const names = m[2].split(/[\s,]+/).filter(Boolean);
    const unknown = names.filter((n) => !passIds.includes(n));
    if (unknown.length) {
      ignores.problems.push({ line: comment.line, reason: `the dockerfix-ignore comment at line ${comment.line} names no pass "${unknown.join('", "')}" (passes: ${passIds.join(', ')}); it is not obeyed` });
      continue;
    }
    const rule: IgnoreRule = { line: comment.line, passes: names.length ? new Set(names) : null, file: Boolean(m[1]) };
    if (m[1]) {
      ignores.file.push(rule);
      continue;
    }
    const target = instructionFor(doc, comment.start, comment.end);
    if (!target) {
      ignores.problems.push({ line: comment.line, reason: `the dockerfix-ignore comment at line ${comment.line} is not directly above an instruction (a blank line or the end of the file follows it); it is not obeyed` });
      continue;
    }
    const list = ignores.byInstruction.get(target) ?? [];
    list.push(rule);
    ignores.byInstruction.set(target, list);
  }
  return ignores;
}

/** The instruction a comment belongs to: the one containing it, or the first after it with only comments between. */
function instructionFor(doc: DockerDocument, start: number, end: number): Instruction | null {
  const inside = doc.instructions.find((ins) => ins.start <= start && start < ins.end);
  if (inside) return inside;
  const next = doc.instructions.find((ins) => ins.start >= end);
  if (!next) return null;
  const between = doc.text.slice(end, next.start).split(/\r?\n|\r/).slice(1, -1);
  return between.every((l) => l.trim().startsWith('#')) && doc.text.slice(end, next.start).split(/\r?\n|\r/).slice(-1)[0].trim() === '' ? next : null;
}

/** The rule that keeps `pass` away from `ins`, if any. */
export function ignoredBy(ignores: Ignores, ins: Instruction | null, pass: string): IgnoreRule | null {
  const covers = (r: IgnoreRule): boolean => r.passes === null || r.passes.has(pass);
  return ignores.file.find(covers) ?? (ins ? ignores.byInstruction.get(ins)?.find(covers) : undefined) ?? null;
}

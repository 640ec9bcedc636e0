/**
 * Remembering a rejection in the file: a `# dockerfix-ignore <pass>` comment above the instruction the change edits,
 * so the next run (and the bot) does not propose it again. The comment is an ordinary text edit over the input.
 */
import { parseDocument, type DockerDocument, type Instruction } from '../document.js';
import type { Edit } from '../types.js';

const DIRECTIVE = /^#\s*dockerfix-ignore(?:\s*[:=]\s*|\s+|$)(.*)$/;

/**
 * The edit that makes `pass` leave alone the instruction at input line `line` (1-based): a new comment line above it
 * with the instruction's indentation and the file's line ending, or the pass appended to a `# dockerfix-ignore`
 * comment already directly above it. Null when no instruction holds that line, or one already ignores the pass.
 */
export function ignoreCommentEdit(text: string, line: number, pass: string): Edit | null {
  const doc = parseDocument(text);
  const ins = instructionAtLine(doc, line);
  if (!ins) return null;
  // The comment block directly above the instruction (only comment lines between, as readIgnores reads it).
  const lineStart = text.lastIndexOf('\n', ins.start - 1) + 1;
  const above = doc.comments.filter((c) => c.end <= lineStart).sort((a, b) => b.start - a.start);
  let expect = doc.lineOf(ins.start) - 1;
  for (const c of above) {
    if (c.line !== expect) break;
    expect--;
    const m = DIRECTIVE.exec(c.text.trim());
    if (!m || /^#\s*dockerfix-ignore-file/.test(c.text.trim())) continue;
    const names = m[1].split(/[\s,]+/).filter(Boolean);
    if (names.length === 0 || names.includes(pass)) return null;
    const body = c.text.replace(/\s+$/, '');
    const at = c.start + c.text.indexOf(body) + body.length;
    return { start: at, end: at, text: `, ${pass}` };
  }
  const indent = /^[ \t]*/.exec(text.slice(lineStart, ins.start))?.[0] ?? '';
  return { start: lineStart, end: lineStart, text: `${indent}# dockerfix-ignore ${pass}${doc.eol}` };
}

/** The instruction whose lines include `line`; for a line between instructions, the next one. */
function instructionAtLine(doc: DockerDocument, line: number): Instruction | null {
  return doc.instructions.find((i) => i.line <= line && line <= i.endLine) ?? doc.instructions.find((i) => i.line > line) ?? null;
}

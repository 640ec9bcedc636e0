/**
 * Edit builders shared by passes: every edit is computed from document offsets, keeps the file's line ending and
 * escape character, and never reprints text it does not change.
 */
import type { DockerDocument, Instruction } from './document.js';
import type { ShellScript, Statement } from './shell/parser.js';
import type { Edit } from './types.js';

/** The indentation of the RUN's continuation lines, or four spaces. */
export function continuationIndent(doc: DockerDocument, ins: Instruction): string {
  if (ins.endLine > ins.line) {
    for (let line = ins.line + 1; line <= ins.endLine; line++) {
      const start = doc.offsetOfLine(line);
      const m = /^[ \t]+(?=\S)/.exec(doc.text.slice(start, Math.min(ins.end, doc.offsetOfLine(line + 1))));
      if (m && !doc.text.slice(start + m[0].length).startsWith('#')) return m[0];
    }
  }
  return '    ';
}

/** Text that joins a new command after a RUN's last one: on a new continuation line when the RUN spans lines. */
export function joiner(doc: DockerDocument, ins: Instruction, op = '&&'): string {
  if (ins.endLine > ins.line) return ` ${op} ${doc.escape}${doc.eol}${continuationIndent(doc, ins)}`;
  return ` ${op} `;
}

/**
 * Appends `command` to the last and-or list of a RUN (`a; b` -> `a; b && command`), inserted right after the last
 * statement so a trailing `;` stays after it. The RUN's exit status is unchanged: when the last command fails,
 * `command` does not run and the failure is still the RUN's status; `a || b && c` groups as `(a || b) && c`.
 * Multi-line RUNs get a new continuation line that follows their layout (a leading `&&` style is kept).
 * Null when that is not sound: the RUN is not readable, has a shell comment, or ends with a background job.
 */
/**
 * Whether the RUN ends with `exit` or `exec CMD` reached when what comes before it succeeded (`...; exit 0`,
 * `... && exec true`): the shell is gone there, so a command appended with `&&` would never run. After `||`
 * (`npm ci || exit 1`) the appended command runs on the success path and is fine.
 */
export function endsByLeaving(script: ShellScript): boolean {
  const last = script.statements[script.statements.length - 1];
  if (!last || last.type !== 'command' || last.before === '||') return false;
  const cmd = script.commands.find((c) => c.start >= last.start && c.end <= last.end);
  const name = cmd?.words[0]?.value;
  return name === 'exit' || (name === 'exec' && cmd!.words.length > 1);
}

export function appendToRun(doc: DockerDocument, ins: Instruction, command: string): Edit | null {
  const script = ins.shell?.script;
  if (!script || script.nodeTypes.has('comment')) return null;
  const last = script.statements[script.statements.length - 1];
  if (!last) return null;
  // A job left in the background (a RUN ending in `&`, or `(npm install &)` that merge-runs wrote) would run
  // alongside an appended command, which then cleans or chowns while it still writes.
  if (script.background || /^\s*&(?!&)/.test(doc.text.slice(last.end, ins.shell!.end))) return null;
  if (endsByLeaving(script)) return null;
  const at = last.end;
  if (doc.lineOf(at) === ins.line) return { start: at, end: at, text: ` && ${command}` };
  const lastLine = doc.lineOf(last.start);
  const head = doc.text.slice(doc.offsetOfLine(lastLine), last.start);
  const leading = /^([ \t]*)&&[ \t]*$/.exec(head);
  if (leading) return { start: at, end: at, text: ` ${doc.escape}${doc.eol}${leading[1]}&& ${command}` };
  return { start: at, end: at, text: ` && ${doc.escape}${doc.eol}${lastIndent(doc, ins)}${command}` };
}

/** The indentation of the RUN's last indented command line, or four spaces. */
function lastIndent(doc: DockerDocument, ins: Instruction): string {
  for (let line = ins.endLine; line > ins.line; line--) {
    const start = doc.offsetOfLine(line);
    const m = /^[ \t]+(?=[^\s#])/.exec(doc.text.slice(start, doc.offsetOfLine(line + 1)));
    if (m) return m[0];
  }
  return '    ';
}

/** Edit that removes a whole instruction with its line ending (and a blank line left behind is not created). */
export function removeInstruction(doc: DockerDocument, ins: Instruction): Edit {
  const start = doc.offsetOfLine(ins.line);
  let end = ins.end;
  if (doc.text.startsWith('\r\n', end)) end += 2;
  else if (doc.text[end] === '\n' || doc.text[end] === '\r') end += 1;
  // Between two blank lines, one of them goes too: the file keeps its single blank separators.
  const blankAt = (from: number): number => {
    const m = /^[ \t]*(\r\n|\n|\r)/.exec(doc.text.slice(from, from + 256));
    return m ? m[0].length : -1;
  };
  const prevLine = ins.line > 1 ? doc.offsetOfLine(ins.line - 1) : -1;
  if (prevLine >= 0 && blankAt(prevLine) === start - prevLine) {
    const next = blankAt(end);
    if (next > 0) end += next;
  }
  return { start, end, text: '' };
}

/**
 * Removes one top-level statement from a RUN's `&&` chain, keeping the rest byte-identical. Returns null when the
 * statement is not joined by `&&` on the side that would be removed (removing it would change the list's meaning)
 * or when it is the only statement (remove the instruction instead).
 */
export function removeStatement(doc: DockerDocument, ins: Instruction, statement: Statement): Edit | null {
  const statements = ins.shell?.script?.statements ?? [];
  const i = statements.indexOf(statement);
  if (i < 0 || statements.length < 2) return null;
  if (statements.some((s) => s.before !== null && s.before !== '&&')) return null;
  if (i === 0) {
    return { start: statement.start, end: statements[1].start, text: '' };
  }
  return { start: statements[i - 1].end, end: statement.end, text: '' };
}

/**
 * Removes several top-level statements of an `&&` chain at once: each run of neighbouring ones goes as one edit (two
 * removeStatement edits of neighbours overlap), with the `&&` before it, or after it when the run starts the chain.
 * Null when that is not possible (another connector, or every statement would go).
 */
export function removeStatements(ins: Instruction, remove: Statement[]): Edit[] | null {
  const statements = ins.shell?.script?.statements ?? [];
  const at = remove.map((st) => statements.indexOf(st)).sort((a, b) => a - b);
  if (at.length === 0 || at.some((i) => i < 0) || at.length >= statements.length) return null;
  if (statements.some((s) => s.before !== null && s.before !== '&&')) return null;
  const edits: Edit[] = [];
  for (let k = 0; k < at.length; ) {
    let last = k;
    while (last + 1 < at.length && at[last + 1] === at[last] + 1) last++;
    const first = at[k];
    const end = at[last];
    edits.push(first === 0
      ? { start: statements[0].start, end: statements[end + 1].start, text: '' }
      : { start: statements[first - 1].end, end: statements[end].end, text: '' });
    k = last + 1;
  }
  return edits;
}

/** Inserts `flag` (e.g. `--chown=app:app`) right after the instruction keyword, keeping existing flags. */
export function insertFlag(doc: DockerDocument, ins: Instruction, flag: string): Edit {
  const at = ins.start + ins.keyword.length;
  return { start: at, end: at, text: ` ${flag}` };
}

/** Replaces the value of an existing flag (`--chown=a` -> `--chown=b`). */
export function replaceFlag(ins: Instruction, name: string, text: string): Edit | null {
  const flag = ins.flags.find((f) => f.name === name);
  if (!flag) return null;
  return { start: flag.start, end: flag.end, text };
}

/** New instruction lines inserted before `ins` (each string is one instruction, written as given). */
export function insertBefore(doc: DockerDocument, ins: Instruction, lines: string[]): Edit {
  const at = doc.offsetOfLine(ins.line);
  return { start: at, end: at, text: lines.map((l) => `${l}${doc.eol}`).join('') };
}

/**
 * The document model: dockerfile-ast's instructions with string offsets, stages, the escape character, and the
 * shell view of every RUN (parsed once). Line/character positions are converted to offsets here and nowhere else.
 */
import { Argument as AstArgument } from 'dockerfile-ast/lib/argument.js';
import { Parser as AstParser } from 'dockerfile-ast/lib/parser.js';
import { DockerfileParser, Instruction as AstInstructionClass, type Argument, type Instruction as AstInstruction } from 'dockerfile-ast';

type Position = { line: number; character: number };
import { parseShell, type ShellScript } from './shell/parser.js';

export interface Flag {
  name: string;
  value: string | null;
  start: number;
  end: number;
}

export interface Arg {
  value: string;
  start: number;
  end: number;
}

export interface RunShell {
  /** Where the shell text starts and ends in the document (after `RUN` and its flags). */
  start: number;
  end: number;
  /** The shell view, or null with the reason passes must leave this RUN alone. */
  script: ShellScript | null;
  opaqueReason: string | null;
}

export interface Instruction {
  index: number;
  keyword: string;
  start: number;
  end: number;
  /** 1-based line numbers. */
  line: number;
  endLine: number;
  text: string;
  stage: number;
  flags: Flag[];
  args: Arg[];
  /** Where the arguments (after flags) start and end; equal to `end` when there are none. */
  argsStart: number;
  argsEnd: number;
  /** Exec (JSON array) form. */
  json: boolean;
  heredoc: boolean;
  /** For RUN only. */
  shell: RunShell | null;
  /** Whether RUN at this point of its stage runs in a POSIX shell (the image and any SHELL before it). */
  posixShell: boolean;
}

export interface Stage {
  index: number;
  /** The `AS name`, lower-cased as BuildKit matches it, or null. */
  name: string | null;
  /** The FROM image as written. */
  image: string;
  from: Instruction;
  instructions: Instruction[];
  /** False when RUN in this stage is not run by a POSIX shell (Windows images, a SHELL with PowerShell or cmd). */
  posixShell: boolean;
}

export interface Comment {
  start: number;
  end: number;
  line: number;
  text: string;
}

export interface DockerDocument {
  text: string;
  /** Length of a leading byte-order mark (0 or 1); offsets count it. */
  bom: number;
  escape: string;
  /** The line ending new lines should use: the file's own. */
  eol: '\n' | '\r\n';
  instructions: Instruction[];
  stages: Stage[];
  comments: Comment[];
  /** Set when the file has text dockerfile-ast reads as instructions but BuildKit would not (a heredoc it missed). */
  runsUnreliable: string | null;
  lineStarts: number[];
  /** Offset of a 1-based line start. */
  offsetOfLine(line: number): number;
  lineOf(offset: number): number;
}

/**
 * dockerfile-ast tokenizes an instruction's arguments again on every accessor call (getArguments, getFlags,
 * getArgumentsRange, getHeredocs, and its own constructor of RUN/CMD/ENTRYPOINT/SHELL all do): the tokens of one
 * parsed instruction never change, so they are computed once per instruction object. Callers get a fresh array
 * (dockerfile-ast's own getArguments shifts the flags off the array it receives).
 */
const RAW_ARGUMENTS = Symbol('dockerfix.rawArguments');
type Memo = { [RAW_ARGUMENTS]?: Argument[] };
const proto = AstInstructionClass.prototype as unknown as { getRawArguments(this: Memo): Argument[] };

type TextDocument = { getText(): string; offsetAt(p: Position): number; positionAt(offset: number): Position };
type Tokenized = { document: TextDocument; escapeChar: string; getInstructionRange(): { start: Position; end: Position }; getTextContent(): string };

/**
 * dockerfile-ast's own getRawArguments (lib/instruction.js), step for step, with two differences that change no
 * result: an argument's value is sliced from the text in runs instead of grown one character at a time (a string
 * per character), and its range is the `{ start, end }` Range.create returns for two positions, without
 * Range.create's checks of what positionAt made. Compared with the original on the corpus and fixtures by
 * test/document-tokenize.test.ts.
 */
export function tokenizeArguments(this: Tokenized): Argument[] {
  const args: Argument[] = [];
  const document = this.document;
  const escapeChar = this.escapeChar;
  const range = this.getInstructionRange();
  const extra = document.offsetAt(range.end) - document.offsetAt(range.start);
  const content = this.getTextContent();
  const fullArgs = content.substring(extra);
  const offset = document.offsetAt(range.start) + extra;
  const argument = (value: string, from: number, to: number): Argument =>
    new AstArgument(value, { start: document.positionAt(offset + from), end: document.positionAt(offset + to) });
  let start = false;
  let comment = false;
  let found = -1;
  let escapedWhitespaceDetected = false;
  let escaping = false;
  let escapeMarker = -1;
  // The value so far: `head`, then the characters runFrom..runTo of fullArgs not yet added to it.
  let head = '';
  let runFrom = 0;
  let runTo = 0;
  const add = (k: number): void => {
    if (k === runTo && runFrom !== runTo) {
      runTo++;
      return;
    }
    if (runFrom !== runTo) head += fullArgs.slice(runFrom, runTo);
    runFrom = k;
    runTo = k + 1;
  };
  const value = (): string => (runFrom === runTo ? head : head + fullArgs.slice(runFrom, runTo));
  const reset = (): void => {
    head = '';
    runFrom = runTo = 0;
  };
  for (let i = 0; i < fullArgs.length; i++) {
    const char = fullArgs.charAt(i);
    if (char === ' ' || char === '\t' || char === '\r' || char === '\n') {
      if (escaping) {
        escapedWhitespaceDetected = true;
        if (char === '\r' || char === '\n') {
          escapedWhitespaceDetected = false;
          if (comment) {
            comment = false;
            start = true;
          }
        }
        continue;
      } else if (found !== -1) {
        args.push(argument(value(), found, escapeMarker === -1 ? i : escapeMarker));
        escapeMarker = -1;
        reset();
        found = -1;
      }
    } else if (char === escapeChar) {
      const next = fullArgs.charAt(i + 1);
      if (next === ' ' || next === '\t') {
        whitespaceCheck: for (let j = i + 2; j < fullArgs.length; j++) {
          switch (fullArgs.charAt(j)) {
            case ' ':
            case '\t':
              continue;
            case '\r':
              j++;
            // falls through
            case '\n':
              comment = false;
              escaping = true;
              start = true;
              if (found !== -1) escapeMarker = i;
              i = j;
              break whitespaceCheck;
            default:
              escapeMarker = i;
              if (found === -1) i = j - 1;
              break whitespaceCheck;
          }
        }
      } else if (next === '\r') {
        comment = false;
        escaping = true;
        start = true;
        if (found !== -1 && escapeMarker === -1) escapeMarker = i;
        i += 2;
      } else if (next === '\n') {
        comment = false;
        escaping = true;
        start = true;
        if (found !== -1 && escapeMarker === -1) escapeMarker = i;
        i++;
      } else {
        if (escapedWhitespaceDetected && escapeMarker !== -1) {
          args.push(argument(value(), found, escapeMarker));
          reset();
          found = -1;
        }
        escapeMarker = -1;
        escapedWhitespaceDetected = false;
        escaping = false;
        if (next === '$') {
          add(i);
          add(i + 1);
        } else if (next === '') {
          break;
        } else {
          add(i + 1);
        }
        if (found === -1) found = i;
        i++;
      }
    } else if (!comment) {
      if (start && char === '#') {
        comment = true;
      } else {
        if (escapedWhitespaceDetected && escapeMarker !== -1) {
          args.push(argument(value(), found, escapeMarker));
          reset();
          found = -1;
        }
        escapedWhitespaceDetected = false;
        escaping = false;
        escapeMarker = -1;
        add(i);
        if (found === -1) found = i;
      }
      start = false;
    }
  }
  if (found !== -1) args.push(argument(value(), found, escapeMarker === -1 ? fullArgs.length : escapeMarker));
  return args;
}
/** dockerfile-ast's own tokenizer, kept for the test comparing tokenizeArguments with it. */
export const dockerfileAstTokenize = proto.getRawArguments as (this: unknown) => Argument[];
const tokenize = tokenizeArguments as unknown as (this: Memo) => Argument[];
proto.getRawArguments = function memoized(this: Memo): Argument[] {
  // A property of the instruction, not a WeakMap: the map's bookkeeping cost more than the tokenizing it saved.
  const args = (this[RAW_ARGUMENTS] ??= tokenize.call(this));
  return args.slice();
};

/**
 * dockerfile-ast's last parse step hands each comment to the build stage holding it, computing the range of every
 * stage again for every comment (a fresh Range per call): comments x stages ranges, seconds on a 1 MiB file. Same
 * assignment, each range computed once (the ranges come from the instructions, which addComment does not change).
 */
type Ranged = { getRange(): { start: Position; end: Position } | null };
type Template = Ranged & { addComment(c: unknown): void };
const isInside = (p: Position, r: { start: Position; end: Position }): boolean =>
  r.start.line === r.end.line
    ? r.start.line === p.line && r.start.character <= p.character && p.character <= r.end.character
    : r.start.line === p.line
      ? r.start.character <= p.character
      : r.end.line === p.line
        ? p.character <= r.end.character
        : r.start.line < p.line && p.line < r.end.line;
const dockerfileProto = Object.getPrototypeOf(DockerfileParser.parse('')) as {
  organizeComments(this: { getComments(): Ranged[]; initialInstructions: Template; buildStages: Template[] }): void;
};
dockerfileProto.organizeComments = function organizeComments() {
  const comments = this.getComments();
  if (comments.length === 0) return;
  const initial = this.initialInstructions.getRange()!;
  const stages = this.buildStages.map((s) => ({ stage: s, range: s.getRange()! }));
  for (const comment of comments) {
    const range = comment.getRange()!;
    if (isInside(range.end, initial)) {
      this.initialInstructions.addComment(comment);
      continue;
    }
    // Stages follow each other without overlapping (each ends before the next FROM's line): only the last one
    // starting at or above the comment's line can hold it.
    let lo = 0;
    let hi = stages.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (stages[mid].range.start.line <= range.start.line) lo = mid + 1;
      else hi = mid;
    }
    const s = stages[lo - 1];
    if (s && isInside(range.start, s.range)) s.stage.addComment(comment);
  }
};

/**
 * dockerfile-ast builds every instruction twice: once while reading its arguments (to look for heredocs) and again,
 * with the same arguments, to add it to the file (a different end only when a heredoc body followed). Each build
 * runs the instruction's constructor, which tokenizes its arguments (RUN, CMD, ENTRYPOINT and SHELL also read the
 * JSON form). The second call with the same arguments gets the first object: what a fresh build would give.
 */
type CreateInstruction = (dockerfile: unknown, instruction: string, start: number, instructionEnd: number, end: number) => unknown;
type LastCreated = { dockerfile: unknown; instruction: string; start: number; instructionEnd: number; end: number; made: unknown };
const LAST_CREATED = Symbol('dockerfix.lastCreated');
const parserProto = AstParser.prototype as unknown as { createInstruction: CreateInstruction; [LAST_CREATED]?: LastCreated };
const createInstruction = parserProto.createInstruction;
parserProto.createInstruction = function reuse(this: { [LAST_CREATED]?: LastCreated }, dockerfile, instruction, start, instructionEnd, end) {
  const last = this[LAST_CREATED];
  if (last && last.start === start && last.end === end && last.instructionEnd === instructionEnd && last.instruction === instruction && last.dockerfile === dockerfile) {
    this[LAST_CREATED] = undefined;
    return last.made;
  }
  const made = createInstruction.call(this, dockerfile, instruction, start, instructionEnd, end);
  this[LAST_CREATED] = { dockerfile, instruction, start, instructionEnd, end, made };
  return made;
};

const KNOWN_KEYWORDS = new Set([
  'ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK', 'LABEL', 'MAINTAINER',
  'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR',
]);

/** Instructions with an exec (JSON array) form. */
const EXEC_FORM = new Set(['RUN', 'CMD', 'ENTRYPOINT', 'SHELL']);

const WINDOWS_IMAGE = /(^|[/:_-])(windows|nanoserver|servercore|windowsservercore)([:/@_-]|$)|mcr\.microsoft\.com\/(windows|powershell|dotnet\/framework)|microsoft\/(iis|aspnet|dotnet-framework)|(^|\/)powershell(:|$)|chocolatey/i;

/** The 1-based line holding `offset`, given the offsets where lines start (from computeLineStarts). */
export function lineAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

export function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10) {
      starts.push(i + 1);
    }
  }
  return starts;
}

/**
 * The last few documents parsed, by text: the CLI's input check and the first round of rewrite() read the same
 * text, and the engine's output check of one round parses the text the next round starts from. Documents are
 * never modified after parsing, so they can be shared.
 */
const recentDocs = new Map<string, DockerDocument>();
export function parseDocumentCached(text: string): DockerDocument {
  const hit = recentDocs.get(text);
  if (hit) return hit;
  const doc = parseDocument(text);
  if (recentDocs.size >= 8) recentDocs.delete(recentDocs.keys().next().value as string);
  recentDocs.set(text, doc);
  return doc;
}

export function parseDocument(text: string): DockerDocument {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const body = bom ? text.slice(1) : text;
  const ast = DockerfileParser.parse(body);
  const lineStarts = computeLineStarts(body);
  const toOffset = (pos: { line: number; character: number }): number =>
    bom + (pos.line < lineStarts.length ? lineStarts[pos.line] + pos.character : body.length);
  const lineOf = (offset: number): number => lineAt(lineStarts, offset - bom);
  const escape = ast.getEscapeCharacter();
  const eol = /\r\n/.test(body.slice(0, (body.indexOf('\n') + 1) || body.length)) ? '\r\n' : '\n';

  const instructions: Instruction[] = [];
  const stages: Stage[] = [];
  let runsUnreliable: string | null = null;
  let stageIndex = -1;
  const globalArgs = new Map<string, string>();
  let nextMarker = -1;

  for (const node of ast.getInstructions()) {
    const keyword = node.getKeyword().toUpperCase();
    const range = node.getRange();
    const start = toOffset(range.start);
    const end = toOffset(range.end);
    if (!KNOWN_KEYWORDS.has(keyword) && !runsUnreliable) {
      runsUnreliable = `line ${range.start.line + 1} reads as an unknown instruction "${keyword}" (likely a heredoc body the parser did not recognise)`;
    }
    if (keyword === 'FROM') stageIndex++;
    const flags = readFlags(node, toOffset);
    const args = node.getArguments().map((a) => ({ value: a.getValue(), start: toOffset(a.getRange().start), end: toOffset(a.getRange().end) }));
    const argsStart = args.length ? args[0].start : end;
    const argsEnd = args.length ? args[args.length - 1].end : end;
    // getHeredocs() tokenizes the instruction again: only ask when there can be one.
    // (The next `<<` of the text, looked up again only once passed: instructions come in order.)
    if (nextMarker < start) nextMarker = text.indexOf('<<', start) >>> 0;
    const heredocs = hasHeredocs(node) && nextMarker + 2 <= end ? (node as unknown as { getHeredocs(): { getName(): string }[] }).getHeredocs() : [];
    if (heredocs.some((h) => h.getName() === '') && !runsUnreliable) {
      runsUnreliable = `line ${range.start.line + 1} has a heredoc marker with a space after "<<", which the parser does not read as a heredoc`;
    }
    const json = EXEC_FORM.has(keyword) && body.slice(argsStart - bom, argsEnd - bom).trimStart().startsWith('[');
    const instruction: Instruction = {
      index: instructions.length,
      keyword,
      start,
      end,
      line: range.start.line + 1,
      endLine: range.end.line + 1,
      text: text.slice(start, end),
      stage: Math.max(stageIndex, 0),
      flags,
      args,
      argsStart,
      argsEnd,
      json,
      heredoc: heredocs.length > 0,
      shell: null,
      posixShell: true,
    };
    instructions.push(instruction);
    if (keyword === 'ARG' && stageIndex < 0) {
      for (const a of args) {
        const eq = a.value.indexOf('=');
        if (eq > 0) globalArgs.set(a.value.slice(0, eq), a.value.slice(eq + 1).replace(/^(["'])(.*)\1$/, '$2'));
      }
    }
    if (keyword === 'FROM') {
      const image = args.find((a) => !a.value.startsWith('--'))?.value ?? '';
      const resolved = image.replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}?/g, (_m, n: string, d?: string) => globalArgs.get(n) ?? d ?? '$');
      const asIndex = args.findIndex((a) => a.value.toLowerCase() === 'as');
      const name = asIndex >= 0 && args[asIndex + 1] ? args[asIndex + 1].value.toLowerCase() : null;
      const parent = stages.find((s) => s.name !== null && s.name === image.toLowerCase());
      stages.push({
        index: stages.length,
        name,
        image,
        from: instruction,
        instructions: [],
        // An image we cannot resolve in a file using the backtick escape (a Windows convention) is taken as Windows.
        posixShell: parent ? parent.posixShell : !(WINDOWS_IMAGE.test(resolved) || (resolved.includes('$') && escape === '`')),
      });
    }
    const stage = stages[stages.length - 1];
    if (stage) {
      stage.instructions.push(instruction);
      if (keyword === 'SHELL') stage.posixShell = isPosixShell(args.map((a) => a.value).join(' '));
      instruction.posixShell = stage.posixShell;
    }
  }

  const doc: DockerDocument = {
    text,
    bom,
    escape,
    eol,
    instructions,
    stages,
    comments: ast.getComments().map((c) => {
      const s = toOffset(c.getRange().start);
      const e = toOffset(c.getRange().end);
      return { start: s, end: e, line: c.getRange().start.line + 1, text: text.slice(s, e) };
    }),
    runsUnreliable,
    lineStarts: bom ? lineStarts.map((s) => s + bom) : lineStarts,
    offsetOfLine: (line: number) => (line - 1 < lineStarts.length ? lineStarts[line - 1] + bom : text.length),
    lineOf,
  };
  for (const instruction of instructions) {
    if (instruction.keyword === 'RUN') instruction.shell = runShell(doc, instruction);
  }
  return doc;
}

function hasHeredocs(node: AstInstruction): boolean {
  return typeof (node as unknown as { getHeredocs?: unknown }).getHeredocs === 'function';
}

function readFlags(node: AstInstruction, toOffset: (p: Position) => number): Flag[] {
  const getFlags = (node as unknown as { getFlags?: () => import('dockerfile-ast').Flag[] }).getFlags;
  if (typeof getFlags !== 'function') return [];
  return getFlags.call(node).map((f) => ({
    name: f.getName(),
    value: f.getValue(),
    start: toOffset(f.getRange().start),
    end: toOffset(f.getRange().end),
  }));
}

function isPosixShell(shellArgs: string): boolean {
  const m = /^\s*\[\s*"([^"]+)"/.exec(shellArgs);
  const program = (m ? m[1] : shellArgs.trim().split(/\s+/)[0] ?? '').toLowerCase().replace(/\\/g, '/');
  const name = program.slice(program.lastIndexOf('/') + 1);
  return ['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh', 'busybox'].includes(name);
}

/**
 * Builds the text the shell actually receives, at the same offsets as the document: Docker removes the escape
 * character before a line end and drops comment lines inside a continuation; the shell view turns each such
 * continuation into a bash continuation (`\` + newline) of the same length and blanks comment lines.
 */
function runShell(doc: DockerDocument, ins: Instruction): RunShell {
  const start = ins.argsStart;
  const end = ins.argsEnd;
  const shell: RunShell = { start, end, script: null, opaqueReason: null };
  if (ins.json) shell.opaqueReason = 'exec-form (JSON) RUN';
  else if (ins.heredoc) shell.opaqueReason = 'RUN uses a heredoc';
  else if (!ins.posixShell) shell.opaqueReason = 'the stage does not run RUN with a POSIX shell (Windows image or SHELL)';
  else if (doc.runsUnreliable) shell.opaqueReason = doc.runsUnreliable;
  if (shell.opaqueReason) return shell;
  const prepared = shellSource(doc.text.slice(start, end), doc.escape);
  if (prepared === null) {
    shell.opaqueReason = 'RUN has an empty line inside a continuation';
    return shell;
  }
  shell.script = parseShell(prepared, start);
  if (shell.script.hasError) shell.opaqueReason = 'the shell parser cannot read this RUN';
  return shell;
}

const CONTINUATION = new Map<string, RegExp>();

export function shellSource(raw: string, escape: string): string | null {
  // One line: nothing to rewrite (the common RUN).
  if (raw.indexOf('\n') < 0 && raw.indexOf('\r') < 0) return raw;
  const lines = computeLineStarts(raw);
  // Docker's own rule: the escape character, then only blanks, at the end of a line continues it.
  let continuation = CONTINUATION.get(escape);
  if (!continuation) CONTINUATION.set(escape, (continuation = new RegExp(`${escapeRe(escape)}[ \\t]*$`)));
  // The output line by line: a line is kept, or blanked from some column to a `\` before its line feed.
  let out = '';
  let continued = false;
  for (let li = 0; li < lines.length; li++) {
    const ls = lines[li];
    const next = li + 1 < lines.length ? lines[li + 1] : raw.length;
    let contentEnd = next;
    while (contentEnd > ls && (raw[contentEnd - 1] === '\n' || raw[contentEnd - 1] === '\r')) contentEnd--;
    const line = raw.slice(ls, contentEnd);
    const hasLf = next > ls && raw[next - 1] === '\n';
    // Blanks from `from` up to the line feed ending the line, the character before it becoming `\` (a line holds
    // no other line feed, and a carriage return only right before it).
    const blankFrom = (from: number): string => `${raw.slice(ls, from)}${' '.repeat(next - 2 - from)}\\\n`;
    if (continued && (/^\s*#/.test(line) || line.trim() === '')) {
      // Docker drops comment and empty lines inside a continuation: keep them as blank continuation lines.
      if (!hasLf || next - 2 < ls) return null;
      out += blankFrom(ls);
      continue;
    }
    const m = continuation.exec(line);
    if (m && li + 1 < lines.length) {
      if (!hasLf) return null;
      out += blankFrom(ls + m.index);
      continued = true;
    } else {
      continued = false;
      const text = raw.slice(ls, next);
      out += text.indexOf('\r') < 0 ? text : text.replace(/\r/g, ' ');
    }
  }
  return out;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Instructions of the document whose range intersects [start, end). */
export function instructionsIn(doc: DockerDocument, start: number, end: number): Instruction[] {
  return doc.instructions.filter((i) => i.start < end && i.end > start);
}

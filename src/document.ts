/**
 * The document model: dockerfile-ast's instructions with string offsets, stages, the escape character, and the
 * shell view of every RUN (parsed once). Line/character positions are converted to offsets here and nowhere else.
 */
import { Argument as AstArgument } from 'dockerfile-ast/lib/argument.js';
import { Parser as AstParser } from 'dockerfile-ast/lib/parser.js';
import { Util as AstUtil } from 'dockerfile-ast/lib/util.js';
import { DockerfileParser, Instruction as AstInstructionClass, ModifiableInstruction, type Argument, type Instruction as AstInstruction } from 'dockerfile-ast';

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
 * parsed instruction never change, so they are computed once per instruction object, and every caller gets that
 * one array. The two places of dockerfile-ast that change the array they get are replaced or given a copy:
 * ModifiableInstruction.getArguments shifted the flags off it (now a slice without them), getExpandedArguments
 * replaces arguments in it (no caller here; it gets a copy). Nothing of ours modifies it.
 */
const RAW_ARGUMENTS = Symbol('dockerfix.rawArguments');
type Memo = { [RAW_ARGUMENTS]?: Argument[] };
const proto = AstInstructionClass.prototype as unknown as { getRawArguments(this: Memo): Argument[] };

type TextDocument = { getText(): string; offsetAt(p: Position): number; positionAt(offset: number): Position };
type Tokenized = { document: TextDocument; escapeChar: string; getInstructionRange(): { start: Position; end: Position }; getTextContent(): string };

/**
 * An argument's range as offsets into the parsed text, its line/character positions made on first use: readAst reads
 * the offsets, and dockerfile-ast's own steps (flags, the exec form, getRawArgumentsContent) the positions, which are
 * what positionAt gives for those offsets.
 */
export class OffsetRange {
  private startPosition: Position | undefined;
  private endPosition: Position | undefined;
  constructor(private readonly document: TextDocument, readonly from: number, readonly to: number) {}
  get start(): Position {
    return (this.startPosition ??= this.document.positionAt(this.from));
  }
  get end(): Position {
    return (this.endPosition ??= this.document.positionAt(this.to));
  }
}

/**
 * dockerfile-ast's own getRawArguments (lib/instruction.js), step for step, with two differences that change no
 * result: an argument's value is sliced from the text in runs instead of grown one character at a time (a string
 * per character), and its range is an OffsetRange: the `{ start, end }` Range.create returns for two positions
 * (without Range.create's checks of what positionAt made), each position made when first read. Compared with the original on the corpus and fixtures by
 * test/document-tokenize.test.ts.
 */
export function tokenizeArguments(this: Tokenized): Argument[] {
  const args: Argument[] = [];
  const document = this.document;
  const escapeChar = this.escapeChar;
  const escapeCode = escapeChar.charCodeAt(0);
  const range = this.getInstructionRange();
  const extra = document.offsetAt(range.end) - document.offsetAt(range.start);
  const content = this.getTextContent();
  const fullArgs = content.substring(extra);
  const offset = document.offsetAt(range.start) + extra;
  const argument = (value: string, from: number, to: number): Argument => new AstArgument(value, new OffsetRange(document, offset + from, offset + to));
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
        // The characters after it up to the next whitespace or escape character take this same branch (`#` only
        // starts a comment at a line's start) and only extend the run: taken at once.
        let j = i + 1;
        for (; j < fullArgs.length; j++) {
          const c = fullArgs.charCodeAt(j);
          if (c === 32 || c === 9 || c === 13 || c === 10 || c === escapeCode) break;
        }
        runTo = j;
        i = j - 1;
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
  return (this[RAW_ARGUMENTS] ??= tokenize.call(this));
};
type WithFlags = { getFlags(): unknown[] };
const modifiableProto = ModifiableInstruction.prototype as unknown as { getArguments(this: WithFlags): Argument[] };
const getArgumentsOf = (AstInstructionClass.prototype as unknown as { getArguments(this: unknown): Argument[] }).getArguments;
modifiableProto.getArguments = function withoutFlags(this: WithFlags): Argument[] {
  // dockerfile-ast's own: the arguments after the flags, by shifting them off (getFlags reads the arguments while
  // it finds the flags: it sees no flag yet, and so every argument).
  const args = getArgumentsOf.call(this);
  const flags = this.getFlags().length;
  return flags === 0 ? args : args.slice(flags);
};
const expandedProto = AstInstructionClass.prototype as unknown as { getExpandedArguments(this: object): Argument[]; getArguments(this: object): Argument[] };
const getExpandedArguments = expandedProto.getExpandedArguments;
expandedProto.getExpandedArguments = function onACopy(this: { getArguments(): Argument[] }): Argument[] {
  const own = this.getArguments;
  Object.defineProperty(this, 'getArguments', { value: () => own.call(this).slice(), configurable: true, writable: true });
  try {
    return getExpandedArguments.call(this);
  } finally {
    delete (this as { getArguments?: unknown }).getArguments;
  }
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
 * dockerfile-ast's text document finds its line starts one character at a time, on the first position asked for.
 * computeLineStarts finds the line feeds with indexOf, by the same rule (CR LF, CR or LF ends a line), and
 * parseDocument takes that same array for its own lines instead of computing them again. Nothing changes the array:
 * dockerfile-ast never updates a document, and ours are never modified after parsing.
 */
type LineDocument = { _content: string; _lineOffsets?: number[]; getLineOffsets(): number[] };
const textDocumentProto = Object.getPrototypeOf((DockerfileParser.parse('') as unknown as { document: LineDocument }).document) as LineDocument;
textDocumentProto.getLineOffsets = function getLineOffsets(this: LineDocument): number[] {
  return (this._lineOffsets ??= computeLineStarts(this._content));
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

/**
 * dockerfile-ast asks whether a text starts with a byte-order mark by encoding its first character to UTF-8 bytes (a
 * Buffer and a Uint8Array, twice per parse). Those bytes are EF BB BF exactly when the first character is U+FEFF (a
 * lone surrogate encodes as EF BF BD), so the answer is read from the character.
 */
export const dockerfileAstIsUTF8BOM = AstUtil.isUTF8BOM;
AstUtil.isUTF8BOM = (text: string): boolean => text.charCodeAt(0) === 0xfeff;

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
  // Most texts have no carriage return: indexOf finds the line feeds far faster than a loop over every character.
  if (text.indexOf('\r') < 0) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }
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
function remember(text: string, doc: DockerDocument): DockerDocument {
  if (recentDocs.size >= 8) recentDocs.delete(recentDocs.keys().next().value as string);
  recentDocs.set(text, doc);
  return doc;
}

export function parseDocumentCached(text: string): DockerDocument {
  return recentDocs.get(text) ?? remember(text, parseDocument(text));
}

/**
 * An instruction as read from the parser, before the document places it: offsets into the document's text; line
 * numbers, stages and the shell view come from assemble().
 */
interface RawInstruction {
  keyword: string;
  start: number;
  end: number;
  flags: Flag[];
  args: Arg[];
  argsStart: number;
  argsEnd: number;
  json: boolean;
  heredoc: boolean;
  /** A heredoc marker with a space after `<<`, which the parser does not read as a heredoc. */
  blankHeredoc: boolean;
}

export function parseDocument(text: string): DockerDocument {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const body = bom ? text.slice(1) : text;
  const ast = DockerfileParser.parse(body);
  const lineStarts = (ast as unknown as { document: LineDocument }).document.getLineOffsets();
  const { raws, comments } = readAst(ast, text, bom, lineStarts);
  return assemble(text, bom, ast.getEscapeCharacter(), raws, comments, lineStarts);
}

/**
 * The instructions and comments of a parsed text, at offsets into `text`: the parsed text starts at offset `base`
 * of it (after a BOM, or the start of a region parsed again), its lines start at `lineStarts` (relative to it), and
 * its first `skip` characters are not in `text` (a directive line put in front of a region).
 */
function readAst(ast: ReturnType<typeof DockerfileParser.parse>, text: string, base: number, lineStarts: number[], skip = 0, length = text.length - base): { raws: RawInstruction[]; comments: { start: number; end: number }[] } {
  const toOffset = (pos: { line: number; character: number }): number =>
    base - skip + (pos.line < lineStarts.length ? lineStarts[pos.line] + pos.character : length + skip);
  const raws: RawInstruction[] = [];
  let nextMarker = -1;
  for (const node of ast.getInstructions()) {
    const keyword = node.getKeyword().toUpperCase();
    const range = node.getRange();
    const start = toOffset(range.start);
    const end = toOffset(range.end);
    const flags = readFlags(node, toOffset);
    const args = node.getArguments().map((a) => {
      const r = a.getRange();
      // Offsets into the parsed text, which starts `skip` characters before offset `base` of `text`.
      return r instanceof OffsetRange ? { value: a.getValue(), start: base - skip + r.from, end: base - skip + r.to } : { value: a.getValue(), start: toOffset(r.start), end: toOffset(r.end) };
    });
    const argsStart = args.length ? args[0].start : end;
    const argsEnd = args.length ? args[args.length - 1].end : end;
    // getHeredocs() tokenizes the instruction again: only ask when there can be one.
    // (The next `<<` of the text, looked up again only once passed: instructions come in order.)
    if (nextMarker < start) nextMarker = text.indexOf('<<', start) >>> 0;
    const heredocs = hasHeredocs(node) && nextMarker + 2 <= end ? (node as unknown as { getHeredocs(): { getName(): string }[] }).getHeredocs() : [];
    const json = EXEC_FORM.has(keyword) && isExecForm(text.slice(argsStart, argsEnd), keyword, ast.getEscapeCharacter());
    raws.push({ keyword, start, end, flags, args, argsStart, argsEnd, json, heredoc: heredocs.length > 0, blankHeredoc: heredocs.some((h) => h.getName() === '') });
  }
  const comments = ast.getComments().map((c) => ({ start: toOffset(c.getRange().start), end: toOffset(c.getRange().end) }));
  return { raws, comments };
}

/**
 * True when an instruction's arguments are the exec (JSON array) form. The builder reads them as JSON only when they
 * parse as JSON; anything else that starts with `[` is the shell form (`RUN [ -f /etc/x ] && ...` runs a test, a
 * `CMD ["C:\app"]` with a bad escape runs through the shell). They are read as the builder reads them (an escaped
 * line end removed, comment and empty lines inside dropped) and also as written: JSON either way counts, so an
 * instruction is read as the shell form only when it certainly is. SHELL has no shell form: it stays exec form.
 */
function isExecForm(raw: string, keyword: string, escape: string): boolean {
  if (!raw.trimStart().startsWith('[')) return false;
  if (keyword === 'SHELL') return true;
  const lineEnd = escape === '`' ? /`[ \t]*$/ : /\\[ \t]*$/;
  const joined = raw.split(/\r\n|\n|\r/).filter((l, i) => i === 0 || !/^\s*(#|$)/.test(l)).map((l) => l.replace(lineEnd, '')).join('');
  for (const t of [joined, raw]) {
    try {
      JSON.parse(t);
      return true;
    } catch {
      // Not JSON read this way.
    }
  }
  return false;
}

/** The document from its instructions and comments: lines, stages, build arguments, shells, each RUN's shell view. */
function assemble(text: string, bom: number, escape: string, raws: RawInstruction[], rawComments: { start: number; end: number }[], bodyLineStarts?: number[]): DockerDocument {
  const body = bom ? text.slice(1) : text;
  const lineStarts = bodyLineStarts ?? computeLineStarts(body);
  const lineOf = (offset: number): number => lineAt(lineStarts, offset - bom);
  const eol = /\r\n/.test(body.slice(0, (body.indexOf('\n') + 1) || body.length)) ? '\r\n' : '\n';

  const instructions: Instruction[] = [];
  const stages: Stage[] = [];
  let runsUnreliable: string | null = null;
  let stageIndex = -1;
  const globalArgs = new Map<string, string>();
  // The first stage of each name, for `FROM <name>`.
  const stageNamed = new Map<string, Stage>();

  for (const raw of raws) {
    const { keyword, start, end, args } = raw;
    const line = lineOf(start);
    if (!KNOWN_KEYWORDS.has(keyword) && !runsUnreliable) {
      runsUnreliable = `line ${line} reads as an unknown instruction "${keyword}" (likely a heredoc body the parser did not recognise)`;
    }
    if (keyword === 'FROM') stageIndex++;
    if (raw.blankHeredoc && !runsUnreliable) {
      runsUnreliable = `line ${line} has a heredoc marker with a space after "<<", which the parser does not read as a heredoc`;
    }
    const instruction: Instruction = {
      index: instructions.length,
      keyword,
      start,
      end,
      line,
      endLine: lineOf(end),
      text: text.slice(start, end),
      stage: Math.max(stageIndex, 0),
      flags: raw.flags,
      args,
      argsStart: raw.argsStart,
      argsEnd: raw.argsEnd,
      json: raw.json,
      heredoc: raw.heredoc,
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
      const parent = stageNamed.get(image.toLowerCase());
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
    if (keyword === 'FROM' && stage.name !== null && !stageNamed.has(stage.name)) stageNamed.set(stage.name, stage);
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
    comments: rawComments.map(({ start, end }) => ({ start, end, line: lineOf(start), text: text.slice(start, end) })),
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

/**
 * The document of `text`, which `edits` (sorted, not overlapping) made from `prev`'s text: the parse of the fix loop's
 * output. Only the regions the edits touch are parsed again, as whole lines holding whole instructions; the other
 * instructions and comments are `prev`'s, moved by what the edits before them added or removed. The whole text is
 * parsed instead when a region could read differently on its own (the edits reach the directives at the top, a
 * heredoc, a region ending in a line continuation) or the document is unusual (a BOM, text the parser misreads).
 */
export function parseDocumentAfter(prev: DockerDocument, text: string, edits: readonly { start: number; end: number; text: string }[]): DockerDocument {
  const known = recentDocs.get(text);
  if (known) return known;
  const doc = reparse(prev, text, edits) ?? parseDocument(text);
  if (CHECK_REPARSE) checkReparse(doc, text);
  return remember(text, doc);
}

const CHECK_REPARSE = process.env.DOCKERFIX_CHECK_REPARSE === '1';

function reparse(prev: DockerDocument, text: string, edits: readonly { start: number; end: number; text: string }[]): DockerDocument | null {
  const list = prev.instructions;
  if (prev.bom || prev.runsUnreliable || list.length === 0 || edits.length === 0) return null;
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  if (sorted[0].start < list[0].start || sorted.some((e) => e.text.includes('<<'))) return null;
  if (list.some((i) => i.heredoc)) return null;
  const old = prev.text;
  const lineStartOf = (offset: number): number => prev.lineStarts[prev.lineOf(offset) - 1];
  const lineEndOf = (offset: number): number => {
    const line = prev.lineOf(offset);
    return line < prev.lineStarts.length ? prev.lineStarts[line] : old.length;
  };

  // Regions of the old text: each edit widened to the instructions it reaches, then to whole lines, and again to any
  // instruction those lines hold a part of, until nothing changes; overlapping or adjacent regions join.
  const regions: { start: number; end: number }[] = [];
  let k = 0;
  for (const e of sorted) {
    let start = e.start;
    let end = e.end;
    const last = regions[regions.length - 1];
    if (last && start <= last.end) {
      start = last.start;
      regions.pop();
    }
    for (;;) {
      const s = lineStartOf(start);
      const t = lineEndOf(Math.max(end - 1, start));
      let ns = s;
      let ne = Math.max(t, end);
      while (k > 0 && list[k - 1].end >= ns) k--;
      while (k < list.length && list[k].end < ns) k++;
      for (let j = k; j < list.length && list[j].start <= ne; j++) {
        if (list[j].end >= ns) {
          ns = Math.min(ns, list[j].start);
          ne = Math.max(ne, list[j].end);
        }
      }
      if (ns === start && ne === end) break;
      start = ns;
      end = ne;
    }
    const before = regions[regions.length - 1];
    if (before && start <= before.end) regions[regions.length - 1] = { start: before.start, end: Math.max(before.end, end) };
    else regions.push({ start, end });
  }

  // Each region's new text parsed on its own, with the file's escape character declared in front of it.
  // (Always, and with an empty line after it: a comment at the region's top is then never read as a directive.)
  const prefix = `# escape=${prev.escape}\n\n`;
  const raws: RawInstruction[] = [];
  const comments: { start: number; end: number }[] = [];
  let delta = 0;
  let ei = 0;
  let ii = 0;
  let ci = 0;
  const keep = (from: number, to: number): void => {
    // prev's instructions and comments wholly in [from, to) of the old text, moved by delta.
    for (; ii < list.length && list[ii].start < to; ii++) {
      const i = list[ii];
      if (i.start < from) continue;
      raws.push({
        keyword: i.keyword,
        start: i.start + delta,
        end: i.end + delta,
        flags: delta ? i.flags.map((f) => ({ ...f, start: f.start + delta, end: f.end + delta })) : i.flags,
        args: delta ? i.args.map((a) => ({ ...a, start: a.start + delta, end: a.end + delta })) : i.args,
        argsStart: i.argsStart + delta,
        argsEnd: i.argsEnd + delta,
        json: i.json,
        heredoc: false,
        blankHeredoc: false,
      });
    }
    for (; ci < prev.comments.length && prev.comments[ci].start < to; ci++) {
      const c = prev.comments[ci];
      if (c.start >= from) comments.push({ start: c.start + delta, end: c.end + delta });
    }
  };
  let at = 0;
  for (const region of regions) {
    keep(at, region.start);
    // Skip prev's instructions and comments inside the region.
    while (ii < list.length && list[ii].start < region.end) ii++;
    while (ci < prev.comments.length && prev.comments[ci].start < region.end) ci++;
    const newStart = region.start + delta;
    for (; ei < sorted.length && sorted[ei].start < region.end; ei++) delta += sorted[ei].text.length - (sorted[ei].end - sorted[ei].start);
    // An edit exactly at the region's end belongs to it too (an insert there).
    for (; ei < sorted.length && sorted[ei].start === region.end; ei++) delta += sorted[ei].text.length - (sorted[ei].end - sorted[ei].start);
    const newEnd = region.end + delta;
    const slice = text.slice(newStart, newEnd);
    // A region ending inside a line continuation would take the next lines in the whole text: parse all of it.
    if (endsContinued(slice, prev.escape)) return null;
    const source = prefix + slice;
    const ast = DockerfileParser.parse(source);
    if (ast.getEscapeCharacter() !== prev.escape) return null;
    const read = readAst(ast, text, newStart, (ast as unknown as { document: LineDocument }).document.getLineOffsets(), prefix.length, slice.length);
    raws.push(...read.raws);
    comments.push(...read.comments);
    at = region.end;
  }
  keep(at, Infinity);
  if (ei !== sorted.length) return null;
  return assemble(text, 0, prev.escape, raws, comments);
}

/** True when the last line of `s` with text on it ends with the escape character (the instruction goes on). */
function endsContinued(s: string, escape: string): boolean {
  let i = s.length - 1;
  while (i >= 0 && (s[i] === '\n' || s[i] === '\r' || s[i] === ' ' || s[i] === '\t')) i--;
  return i >= 0 && s[i] === escape;
}

/** DOCKERFIX_CHECK_REPARSE=1 (tests, the oracle): every region parse is compared with a parse of the whole text. */
function checkReparse(doc: DockerDocument, text: string): void {
  const full = parseDocument(text);
  const view = (d: DockerDocument): string =>
    JSON.stringify({
      instructions: d.instructions.map(({ shell, ...i }) => ({ ...i, shell: shell && { ...shell, script: shell.script && { ...shell.script, nodeTypes: [...shell.script.nodeTypes].sort() } } })),
      stages: d.stages.map((s) => ({ ...s, from: s.from.index, instructions: s.instructions.map((i) => i.index) })),
      comments: d.comments,
      runsUnreliable: d.runsUnreliable,
      escape: d.escape,
      eol: d.eol,
      bom: d.bom,
      lineStarts: d.lineStarts,
    });
  if (view(doc) !== view(full)) throw new Error(`dockerfix: the region parse differs from the whole parse of:\n${text}`);
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
  // Most RUNs of several lines: each line feed right after a `\` escape, no carriage return, no comment or empty
  // line: the loop below would keep every line as it is.
  if (escape === '\\' && raw.indexOf('\r') < 0 && plainContinuations(raw)) return raw;
  return shellSourceLines(raw, escape);
}

/** shellSource's line-by-line rewrite (exported for the test comparing its shortcut with it). */
export function shellSourceLines(raw: string, escape: string): string | null {
  const lines = computeLineStarts(raw);
  // Docker's own rule: the escape character, then only blanks, at the end of a line continues it.
  let continuation = CONTINUATION.get(escape);
  if (!continuation) CONTINUATION.set(escape, (continuation = new RegExp(`${escapeRe(escape)}[ \\t]*$`)));
  // The output line by line: a line is kept, or blanked from some column to a `\` before its line feed.
  let out = '';
  let continued = false;
  // Docker joins a continued line to the next with nothing between them (`light\` + `ning` is `lightning`). Where the
  // join has more than the `\` and the line feed (blanks after the escape, a CR, a comment or empty line in between),
  // the view puts blanks there: between two words (the usual `... \`, `;\`) that changes nothing, inside one (rare:
  // `"a\` CRLF `b"` in a CRLF file) the word's value gains a blank.
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
      if (!hasLf) return null;
      if (next - 2 < ls) {
        // A lone line feed has no room for `\` + line feed: the `\` before it moves onto it, a blank in its place.
        if (!out.endsWith('\\\n')) return null;
        out = `${out.slice(0, -2)} \\\n`;
        continue;
      }
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

/** True when every line feed of `raw` follows a `\` and starts a line that is neither empty nor a comment. */
function plainContinuations(raw: string): boolean {
  for (let i = raw.indexOf('\n'); i >= 0; i = raw.indexOf('\n', i + 1)) {
    if (raw.charCodeAt(i - 1) !== 92) return false;
    const nl = raw.indexOf('\n', i + 1);
    const line = raw.slice(i + 1, nl < 0 ? raw.length : nl);
    if (/^\s*#/.test(line) || line.trim() === '') return false;
  }
  return true;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Instructions of the document whose range intersects [start, end). */
export function instructionsIn(doc: DockerDocument, start: number, end: number): Instruction[] {
  return doc.instructions.filter((i) => i.start < end && i.end > start);
}

/** The stage each stage is built FROM (see parentStage), by stage index, per document (documents never change). */
const parentsOf = new WeakMap<DockerDocument, readonly (Stage | undefined)[]>();

/**
 * The earlier stage each stage is built FROM, by stage index: the first stage whose name is its image (lower-cased),
 * when that stage comes before it; else undefined. The same as searching `doc.stages` for it, made once per document,
 * since a long file asks for it for every stage and every hop.
 */
export function stageParents(doc: DockerDocument): readonly (Stage | undefined)[] {
  let parents = parentsOf.get(doc);
  if (!parents) {
    const byName = new Map<string, Stage>();
    for (const s of doc.stages) if (s.name !== null && !byName.has(s.name)) byName.set(s.name, s);
    parents = doc.stages.map((stage) => {
      const parent = byName.get(stage.image.toLowerCase());
      return parent !== undefined && parent.index < stage.index ? parent : undefined;
    });
    parentsOf.set(doc, parents);
  }
  return parents;
}

/** The earlier stage `stage` is built FROM (see stageParents), or undefined. */
export function parentStage(doc: DockerDocument, stage: Stage): Stage | undefined {
  return stageParents(doc)[stage.index];
}

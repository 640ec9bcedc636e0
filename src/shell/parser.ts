/**
 * The shell view of RUN text: a real bash parser (unbash, pure TypeScript) behind a small adapter. Its tree is
 * converted once into plain objects with absolute offsets, so passes query simple data ("the simple commands of this
 * RUN, with their words") and never regex the raw text.
 *
 * The objects keep the shape this view had when it was built on tree-sitter-bash (until 2026-12): statement types and
 * `nodeTypes` use tree-sitter-bash's node type names, and words, redirects and statements keep that grammar's
 * boundaries (a file redirect after a command's arguments makes a `redirected_statement`; `export` and `unset` are
 * builtins whose keyword is a word without a value; `[ ... ]` is a `test_command`). The names produced are listed
 * in NODE_TYPES below. test/shell-unbash-differential.test.ts compares this view with the tree-sitter one over every
 * RUN of the fixtures and the corpus, field by field.
 */
import { parse, type AndOr, type Assignment, type CommandNode, type Command as UCommand, type CompoundList, type ParsedScript, type PipelineNode, type Redirection, type Statement as UStatement, type Word as UWord, type WordPart, type SyntaxNode, forEachChild } from 'unbash';

/** Nothing to load any more: kept so callers that await it still work. */
export const shellReady: Promise<void> = Promise.resolve();

/** One word of a simple command. `value` is the word after quote removal, or null when it holds an expansion. */
export interface Word {
  text: string;
  value: string | null;
  start: number;
  end: number;
}

export interface Redirect {
  text: string;
  start: number;
  end: number;
  /** The target word (file name) when there is one. */
  target: Word | null;
}

/** How a statement is joined to the one before it in its list. */
export type Connector = '&&' | '||' | ';' | '&' | '|' | '\n' | null;

export interface SimpleCommand {
  kind: 'command';
  start: number;
  end: number;
  /** `VAR=value` prefixes. */
  assignments: Word[];
  /** The command name and its arguments, in order. Empty for a bare assignment. */
  words: Word[];
  redirects: Redirect[];
  /** True when the command runs in the top-level shell (not in a subshell, pipeline or command substitution). */
  topLevelShell: boolean;
}

export interface Statement {
  start: number;
  end: number;
  /** The connector before this statement (null for the first). */
  before: Connector;
  /** The tree-sitter node type of the statement (command, list, pipeline, subshell, if_statement...). */
  type: string;
  /**
   * For a `redirected_statement` (`echo x > f`, `{ ...; } >> f`): the redirects that apply to the whole statement,
   * which the tree keeps outside the command (so they are not in its SimpleCommand's `redirects`).
   */
  redirects?: Redirect[];
}

export interface ShellScript {
  source: string;
  /** Offset added to every position (where the script starts in the document). */
  base: number;
  /** Parse errors (tree-sitter ERROR or MISSING nodes) make every query unreliable: callers skip. */
  hasError: boolean;
  /** Every simple command, in source order, including those nested in lists, pipelines, subshells and substitutions. */
  commands: SimpleCommand[];
  /**
   * The top-level statements, flattened over `&&`, `||`, `;`, `&` and newlines. A statement of type `pipeline`,
   * `subshell`, `if_statement`... stays one statement.
   */
  statements: Statement[];
  /** Node types seen anywhere (e.g. 'heredoc_redirect', 'function_definition', 'comment'). */
  nodeTypes: Set<string>;
  /**
   * Every redirect anywhere in the script, in the order they end: those of a command (also in its `redirects`) and
   * those of a redirected statement (`echo x > f`, `{ ...; } > f`, `while ...; done > f`), which belong to no command.
   */
  redirects: Redirect[];
  /** True when some command is started in the background with `&`. */
  background: boolean;
}

/**
 * The fix loop parses the same RUN text several times (each round and each output check): parses are cached by
 * text, at offset 0, and moved to their place on the way out.
 */
const cache = new Map<string, ShellScript>();
const CACHE_LIMIT = 4096;
/**
 * The texts in the order they were added, from `oldest` on: the oldest goes when the cache is full. (A Map's own
 * first key is found by walking past every entry deleted since the map last compacted itself: thousands, once
 * full.)
 */
let order: string[] = [];
let oldest = 0;
export function parseShell(source: string, base = 0): ShellScript {
  const known = cache.get(source);
  if (known) return known.base === base ? known : rebase(known, base);
  // Converted at its place (no copy); the cache keeps that one and moves it for a text found elsewhere.
  const script = parseUncached(source, base);
  if (cache.size >= CACHE_LIMIT) {
    cache.delete(order[oldest++]);
    if (oldest >= CACHE_LIMIT) {
      order = order.slice(oldest);
      oldest = 0;
    }
  }
  cache.set(source, script);
  order.push(source);
  return script;
}

function rebase(script: ShellScript, to: number): ShellScript {
  const base = to - script.base;
  const word = (w: Word): Word => ({ ...w, start: w.start + base, end: w.end + base });
  return {
    ...script,
    base: to,
    commands: script.commands.map((c) => ({
      ...c,
      start: c.start + base,
      end: c.end + base,
      assignments: c.assignments.map(word),
      words: c.words.map(word),
      redirects: c.redirects.map((r) => ({ ...r, start: r.start + base, end: r.end + base, target: r.target ? word(r.target) : null })),
    })),
    statements: script.statements.map((st) => ({
      ...st,
      start: st.start + base,
      end: st.end + base,
      ...(st.redirects ? { redirects: st.redirects.map((r) => ({ ...r, start: r.start + base, end: r.end + base, target: r.target ? word(r.target) : null })) } : {}),
    })),
    redirects: script.redirects.map((r) => ({ ...r, start: r.start + base, end: r.end + base, target: r.target ? word(r.target) : null })),
  };
}

/**
 * The tree-sitter-bash node type names this view reports in `nodeTypes`, and what each is in unbash's tree. Only
 * these are reported (tree-sitter reported every node type, word parts included; nothing reads those).
 */
export const NODE_TYPES: readonly string[] = [
  'command', // Command with a name (also `[ ... ]` when it is a test_command, below)
  'variable_assignment', // Assignment (a prefix, a bare one, or an argument of a declaration)
  'variable_assignments', // Command without a name and with more than one assignment
  'declaration_command', // Command named export, declare, typeset, readonly or local
  'unset_command', // Command named unset or unsetenv
  'test_command', // Command named `[` that ends with `]`, and TestCommand (`[[ ... ]]`)
  'redirected_statement', // Redirected, and a Command with a file or heredoc redirect after its name
  'file_redirect', // Redirect
  'heredoc_redirect', // HereDoc
  'herestring_redirect', // HereString
  'pipeline', // Pipeline of more than one command
  'negated_command', // Pipeline with a `!` prefix
  'list', // AndOr
  'subshell', // Subshell
  'compound_statement', // BraceGroup
  'if_statement', // If
  'elif_clause', // Elif
  'else_clause', // If's else
  'for_statement', // For, Select
  'c_style_for_statement', // ArithmeticFor
  'while_statement', // While (and until)
  'case_statement', // Case
  'case_item', // CaseItem
  'function_definition', // Function
  'command_substitution', // CommandExpansion
  'process_substitution', // ProcessSubstitution
  'comment', // found by hasComment() below: unbash's tree has no comments
];

const VARIABLE_NAME = /^\w+$/;
const DECLARATIONS = new Set(['export', 'declare', 'typeset', 'readonly', 'local']);

/** The script being converted, its source, and the offset added to every position. */
let out: ShellScript;
let src = '';
let base = 0;
/** The end of the last flattened top-level statement (for the connector before the next one), and of the last heredoc. */
let lastEnd = 0;
let heredocEnd = 0;
/** Where the parse read words, redirects, heredoc bodies and arithmetic ([start, end) pairs), and where substitutions open a script inside a word: only collected when the source has a `#`. */
let wantComments = false;
const covered: number[] = [];
const holes: number[] = [];

function parseUncached(source: string, at: number): ShellScript {
  const ast = parse(source);
  const script: ShellScript = {
    source,
    base: at,
    hasError: (ast.errors?.length ?? 0) > 0,
    commands: [],
    statements: [],
    nodeTypes: new Set(),
    redirects: [],
    background: false,
  };
  out = script;
  src = source;
  base = at;
  lastEnd = 0;
  heredocEnd = 0;
  wantComments = source.indexOf('#') >= 0;
  covered.length = 0;
  holes.length = 0;
  try {
    statementList(ast.commands, true, true);
    if (wantComments && hasComment()) script.nodeTypes.add('comment');
  } finally {
    out = undefined as unknown as ShellScript;
    src = '';
  }
  return script;
}

/**
 * True when a `#` starts a comment. bash starts one at a `#` that begins a word; the parse has already read every
 * word, so a `#` is a comment when no word, redirect, heredoc body or arithmetic the parse read holds it, or when the
 * innermost range that holds it is a command or process substitution (a comment inside `$( ... )`).
 */
function hasComment(): boolean {
  for (let p = src.indexOf('#'); p >= 0; p = src.indexOf('#', p + 1)) {
    let size = Infinity;
    let inHole = true;
    for (let i = 0; i < covered.length; i += 2) {
      if (covered[i] <= p && p < covered[i + 1] && covered[i + 1] - covered[i] < size) {
        size = covered[i + 1] - covered[i];
        inHole = false;
      }
    }
    for (let i = 0; i < holes.length; i += 2) {
      if (holes[i] <= p && p < holes[i + 1] && holes[i + 1] - holes[i] <= size) {
        size = holes[i + 1] - holes[i];
        inHole = true;
      }
    }
    if (inHole) return true;
  }
  return false;
}

function cover(start: number, end: number): void {
  if (wantComments) covered.push(start, end);
}

/**
 * A list of statements. At the top (`flat`), every statement and every command of an `&&`/`||` chain becomes one of
 * the script's statements, with the connector before it.
 */
function statementList(list: readonly UStatement[], flat: boolean, top: boolean): void {
  let background = false;
  for (const st of list) {
    const c = st.command;
    if (flat) {
      let before: Connector = null;
      if (out.statements.length > 0) before = background ? '&' : separatorBefore(c.pos);
      if (c.type === 'AndOr') {
        out.nodeTypes.add('list');
        // tree-sitter-bash gives a trailing redirect of a later command of a chain to the whole chain before it
        // (`a && b > f` is a redirected_statement around `a && b`): that part stays one statement.
        let whole = 0;
        for (let i = c.commands.length - 1; i > 0; i--) {
          if (redirectsAtEnd(c.commands[i])) {
            whole = i;
            break;
          }
        }
        let first = 0;
        if (whole > 0) {
          out.nodeTypes.add('redirected_statement');
          const st = statement(c.commands[0].pos, c.commands[whole].end, before, 'redirected_statement');
          st.redirects = [];
          for (let i = 0; i <= whole; i++) node(c.commands[i], top, i === whole ? st.redirects : null);
          first = whole + 1;
        }
        for (let i = first; i < c.commands.length; i++) topStatement(c.commands[i], top, i === 0 ? before : c.operators[i - 1]);
      } else topStatement(c, top, before);
    } else node(c, top, null);
    background = st.background === true;
    if (background) out.background = true;
  }
}

/** `;` when one separates the last statement from the one starting at `start` (comments and heredoc bodies aside), else a newline. */
function separatorBefore(start: number): Connector {
  for (let i = Math.max(lastEnd, heredocEnd); i < start; i++) {
    const ch = src.charCodeAt(i);
    if (ch === 59 /* ; */) return ';';
    if (ch === 35 /* # */) while (i < start && src.charCodeAt(i) !== 10) i++;
  }
  return '\n';
}

/** A top-level statement: its Statement (with the redirects of the whole statement for a redirected one), then its commands. */
function topStatement(n: PipelineNode, top: boolean, before: Connector): void {
  const type = statementType(n);
  const st = statement(n.pos, n.end, before, type);
  if (type === 'redirected_statement') st.redirects = [];
  node(n, top, st.redirects ?? null);
}

/**
 * True when the node ends with redirects that tree-sitter-bash gives to a redirected_statement around it (and, in an
 * `&&`/`||` chain, around the chain before it).
 */
function redirectsAtEnd(n: PipelineNode): boolean {
  if (n.type === 'Command') return commandShape(n).cut < n.suffix.length;
  if (n.type === 'Redirected') return true;
  if (n.type === 'Pipeline') return redirectsAtEnd(n.commands[n.commands.length - 1]);
  return false;
}

/** Visits one command node; `sink` receives the redirects at its end when it is (the end of) a redirected statement. */
function node(n: PipelineNode | AndOr, top: boolean, sink: Redirect[] | null): void {
  switch (n.type) {
    case 'Command':
      command(n, top, sink);
      return;
    case 'AndOr':
      out.nodeTypes.add('list');
      for (let i = 0; i < n.commands.length; i++) node(n.commands[i], top, i === n.commands.length - 1 ? sink : null);
      return;
    case 'Pipeline': {
      const piped = n.commands.length > 1;
      if (piped) out.nodeTypes.add('pipeline');
      if (n.prefixes.some((p) => p.type === 'Negation')) out.nodeTypes.add('negated_command');
      for (let i = 0; i < n.commands.length; i++) node(n.commands[i], top && !piped, i === n.commands.length - 1 ? sink : null);
      return;
    }
    default:
      compound(n, top, sink);
  }
}

function statement(start: number, end: number, before: Connector, type: string): Statement {
  end = trimEnd(end);
  const st: Statement = { start: base + start, end: base + end, before: out.statements.length > 0 ? before : null, type };
  out.statements.push(st);
  lastEnd = end;
  return st;
}

function statementType(n: PipelineNode): string {
  if (n.type === 'Pipeline') {
    if (redirectsAtEnd(n)) return 'redirected_statement';
    if (n.prefixes.some((p) => p.type === 'Negation')) return 'negated_command';
    return n.commands.length > 1 ? 'pipeline' : statementType(n.commands[0]);
  }
  switch (n.type) {
    case 'Command': {
      const shape = commandShape(n);
      return shape.cut < n.suffix.length ? 'redirected_statement' : shape.type;
    }
    case 'Redirected':
      return 'redirected_statement';
    case 'Subshell':
      return 'subshell';
    case 'BraceGroup':
      return 'compound_statement';
    case 'If':
      return 'if_statement';
    case 'For':
    case 'Select':
      return 'for_statement';
    case 'ArithmeticFor':
      return 'c_style_for_statement';
    case 'While':
      return 'while_statement';
    case 'Case':
      return 'case_statement';
    case 'Function':
      return 'function_definition';
    case 'TestCommand':
      return 'test_command';
    case 'ArithmeticCommand':
      return 'arithmetic_command';
    case 'Coproc':
      return 'coproc';
  }
}

function compound(n: Exclude<CommandNode, UCommand>, top: boolean, sink: Redirect[] | null): void {
  out.nodeTypes.add(statementType(n));
  switch (n.type) {
    case 'Redirected': {
      compound(n.command, top, null);
      for (const r of n.redirects) {
        const x = redirect(r, r.end);
        if (sink) sink.push(x);
      }
      return;
    }
    case 'Subshell':
      body(n.body, false);
      return;
    case 'BraceGroup':
      body(n.body, top);
      return;
    case 'If':
      body(n.clause, top);
      body(n.then, top);
      for (const e of n.elif) {
        out.nodeTypes.add('elif_clause');
        body(e.clause, top);
        body(e.then, top);
      }
      if (n.else) {
        out.nodeTypes.add('else_clause');
        body(n.else, top);
      }
      return;
    case 'For':
    case 'Select':
      cover(n.name.pos, n.name.end);
      for (const w of n.wordlist ?? []) nested(w);
      body(n.body, top);
      return;
    case 'ArithmeticFor':
      cover(n.pos, n.body.pos);
      body(n.body, top);
      return;
    case 'While':
      body(n.clause, top);
      body(n.body, top);
      return;
    case 'Case':
      nested(n.word);
      for (const item of n.items) {
        out.nodeTypes.add('case_item');
        for (const w of item.pattern) nested(w);
        body(item.body, top);
      }
      return;
    case 'Function':
      cover(n.name.pos, n.name.end);
      if (n.body.type === 'CompoundList') body(n.body, top);
      else compound(n.body, top, null);
      return;
    case 'TestCommand': {
      cover(n.pos, n.end);
      const cmd = newCommand(n.pos, n.end, top);
      cmd.words.push(anonymous(n.pos, n.pos + 2), anonymous(n.expression.pos, n.expression.end), anonymous(n.end - 2, n.end));
      nestedIn(n.expression);
      return;
    }
    case 'ArithmeticCommand':
      cover(n.pos, n.end);
      if (n.expression) nestedIn(n.expression);
      return;
    case 'Coproc':
      if (n.body.type === 'CompoundList') body(n.body, top);
      else if (n.body.type === 'Command') command(n.body, top, null);
      else compound(n.body, top, null);
      return;
  }
}

function body(list: CompoundList, top: boolean): void {
  statementList(list.commands, false, top);
}

interface CommandShape {
  type: string;
  /** Index of the first suffix item that tree-sitter-bash puts outside the command (a file or heredoc redirect). */
  cut: number;
}

/**
 * tree-sitter-bash's view of a simple command: its kind, and where it ends. Its `command` takes no file or heredoc
 * redirect after the name: the first one and everything after it (further words are that redirect's extra
 * destinations) belong to a `redirected_statement` around the command.
 */
function commandShape(c: UCommand): CommandShape {
  const name = c.name;
  let type = 'command';
  if (!name) type = c.prefix.filter((p) => p.type === 'Assignment').length > 1 ? 'variable_assignments' : 'variable_assignment';
  else if (!name.parts) {
    if (DECLARATIONS.has(name.text)) type = 'declaration_command';
    else if (name.text === 'unset' || name.text === 'unsetenv') type = 'unset_command';
    else if (name.text === '[' && isClosingBracket(c.suffix[c.suffix.length - 1])) type = 'test_command';
  }
  let cut = c.suffix.length;
  if (name) {
    for (let i = 0; i < c.suffix.length; i++) {
      const t = c.suffix[i].type;
      if (t === 'Redirect' || t === 'HereDoc') {
        cut = i;
        break;
      }
    }
  }
  return { type, cut };
}

function isClosingBracket(item: UCommand['suffix'][number] | undefined): boolean {
  return item !== undefined && item.type === 'Word' && item.text === ']' && !item.parts;
}

function newCommand(start: number, end: number, top: boolean): SimpleCommand {
  const cmd: SimpleCommand = { kind: 'command', start: base + start, end: base + trimEnd(end), assignments: [], words: [], redirects: [], topLevelShell: top };
  out.commands.push(cmd);
  return cmd;
}

/** A word for a keyword or an expression, which tree-sitter-bash gives no value. */
function anonymous(start: number, end: number): Word {
  return { text: src.slice(start, end), value: null, start: base + start, end: base + end };
}

function command(c: UCommand, top: boolean, sink: Redirect[] | null): void {
  const { type, cut } = commandShape(c);
  const suffix = c.suffix;
  // Where the command ends for tree-sitter-bash: at its last item before the cut.
  let end = c.end;
  if (cut < suffix.length) end = cut > 0 ? suffix[cut - 1].end : c.name!.end;
  out.nodeTypes.add(type);
  if (cut < suffix.length) out.nodeTypes.add('redirected_statement');
  if (type === 'variable_assignment' || type === 'variable_assignments') {
    // Each assignment of a bare `A=1 B=2` is a command of its own.
    let cmd: SimpleCommand | null = null;
    for (const p of c.prefix) {
      if (p.type === 'Assignment') {
        cmd = newCommand(p.pos, p.end, top);
        out.nodeTypes.add('variable_assignment');
        cmd.assignments.push(assignmentWord(p));
      } else out.redirects.push(redirect(p, p.end));
    }
    return;
  }
  const cmd = newCommand(c.pos, end, top);
  const builtin = type !== 'command';
  const name = c.name!;
  for (const p of c.prefix) {
    if (p.type === 'Assignment') {
      out.nodeTypes.add('variable_assignment');
      cmd.assignments.push(assignmentWord(p));
    } else {
      const r = redirect(p, p.end);
      if (!builtin) cmd.redirects.push(r);
    }
  }
  if (type === 'test_command') {
    cover(name.pos, name.end);
    cmd.words.push(anonymous(name.pos, name.end));
    testWords(cmd, suffix.slice(0, cut - 1) as UWord[]);
    const close = suffix[cut - 1];
    cover(close.pos, close.end);
    cmd.words.push(anonymous(close.pos, close.end));
  } else {
    cmd.words.push(builtin ? anonymous(name.pos, name.end) : word(name));
    for (let i = 0; i < cut; i++) {
      const s = suffix[i];
      if (s.type === 'Word') {
        const w = word(s);
        // A declaration's or unset's plain name is a variable_name to tree-sitter-bash, which gives it no value.
        if (builtin && w.value !== null && VARIABLE_NAME.test(w.text)) w.value = null;
        cmd.words.push(w);
      } else if (s.type === 'Assignment') {
        if (type === 'declaration_command') {
          out.nodeTypes.add('variable_assignment');
          cmd.words.push(assignmentWord(s));
        } else cmd.words.push(assignmentAsWord(s));
      } else {
        const r = redirect(s, s.end);
        if (!builtin) cmd.redirects.push(r);
      }
    }
  }
  if (cut < suffix.length) {
    for (let i = cut; i < suffix.length; i++) {
      const s = suffix[i];
      if (s.type === 'Word' || s.type === 'Assignment') continue;
      // A file redirect takes the words after it as further destinations, up to the next redirect.
      let j = i + 1;
      while (j < suffix.length && (suffix[j].type === 'Word' || suffix[j].type === 'Assignment')) j++;
      for (let k = i + 1; k < j; k++) {
        const w = suffix[k];
        if (w.type === 'Word') nested(w);
        else assignmentWord(w as Assignment);
      }
      const r = redirect(s, suffix[j - 1].end);
      if (sink) sink.push(r);
    }
  }
}

/** The words of `[ ... ]` as tree-sitter-bash groups them: one word, or one expression word without a value. */
function testWords(cmd: SimpleCommand, args: UWord[]): void {
  if (args.length === 1) cmd.words.push(word(args[0]));
  else if (args.length > 1) {
    for (const a of args) nested(a);
    cmd.words.push(anonymous(args[0].pos, args[args.length - 1].end));
  }
}

function redirect(r: Redirection, end: number): Redirect {
  out.nodeTypes.add(r.type === 'Redirect' ? 'file_redirect' : r.type === 'HereDoc' ? 'heredoc_redirect' : 'herestring_redirect');
  cover(r.pos, r.end);
  let target: Word | null = null;
  if (r.type === 'HereDoc') {
    if (r.closing) heredocEnd = Math.max(heredocEnd, r.closing.end);
    cover(r.body.pos, r.closing ? r.closing.end : r.body.end);
    if (r.body.parts) for (const p of r.body.parts) nestedPart(p);
  } else if (r.target) {
    const w = word(r.target);
    if (r.type === 'Redirect') target = w;
  }
  end = trimEnd(end);
  const out_: Redirect = { text: src.slice(r.pos, end), start: base + r.pos, end: base + end, target };
  out.redirects.push(out_);
  return out_;
}

/** A word: quote removal for literal words, null when it depends on an expansion (tree-sitter-bash's rules). */
function word(w: UWord): Word {
  const end = trimEnd(w.end);
  const text = src.slice(w.pos, end);
  cover(w.pos, w.end);
  const parts = w.parts;
  if (!parts) return { text, value: text.indexOf('\\') < 0 ? text : unquoted(text), start: base + w.pos, end: base + end };
  let value: string | null = '';
  for (const p of parts) {
    const v = partValue(p);
    nestedPart(p);
    value = v === null || value === null ? null : value + v;
  }
  return { text, value, start: base + w.pos, end: base + end };
}

/**
 * Where a range ends without the line continuations (`\` + newline) at its end: unbash keeps them in a word that they
 * follow, tree-sitter-bash does not.
 */
function trimEnd(end: number): number {
  for (;;) {
    if (src.charCodeAt(end - 1) !== 10) return end;
    const cr = src.charCodeAt(end - 2) === 13 ? 1 : 0;
    if (src.charCodeAt(end - 2 - cr) !== 92) return end;
    end -= 2 + cr;
  }
}

function partValue(p: WordPart): string | null {
  switch (p.type) {
    case 'Literal':
      return unquoted(src.slice(p.pos, p.end));
    case 'Glob':
    case 'BraceExpansion':
    case 'ExtendedGlob':
      // Kept as written (`*`, `[a-z]`, `{a,b}`), unless an expansion is inside.
      if (p.parts) for (const c of p.parts) if (partValue(c) === null) return null;
      return unquoted(src.slice(p.pos, p.end));
    case 'SingleQuoted':
      return src.slice(p.pos + 1, p.end - 1);
    case 'DoubleQuoted': {
      for (const c of p.parts) if (c.type !== 'Literal') return null;
      const inner = src.slice(p.pos + 1, p.end - 1);
      return inner.indexOf('\\') < 0 ? inner : inner.replace(/\\([$`"\\\n])/g, '$1');
    }
    default:
      return null;
  }
}

function unquoted(text: string): string {
  return text.indexOf('\\') < 0 ? text : text.replace(/\\(\r?\n)/g, '').replace(/\\(.)/g, '$1');
}

/** `VAR=value` as a prefix or a declaration's argument: the name, `=`, and the value's word value (or its text). */
function assignmentWord(a: Assignment): Word {
  const v = a.value;
  const nameText = src.slice(a.pos, v.pos - (a.append ? 2 : 1));
  let value: string;
  if (v.type === 'ArrayValue') {
    cover(a.pos, v.pos + 1);
    for (const e of v.elements) nested(e);
    value = src.slice(v.pos, v.end);
  } else {
    cover(a.pos, v.pos);
    value = v.pos === v.end ? '' : (word(v).value ?? src.slice(v.pos, v.end));
  }
  return { text: src.slice(a.pos, a.end), value: `${nameText}=${value}`, start: base + a.pos, end: base + a.end };
}

/** `VAR=value` after a command's name: tree-sitter-bash reads it as a plain word. */
function assignmentAsWord(a: Assignment): Word {
  const v = a.value;
  const head = src.slice(a.pos, v.pos);
  cover(a.pos, v.pos);
  let value: string | null = unquoted(head);
  if (v.type === 'ArrayValue') {
    for (const e of v.elements) nested(e);
    value = null;
  } else if (v.pos < v.end) {
    const inner = word(v).value;
    value = inner === null ? null : value + inner;
  }
  return { text: src.slice(a.pos, a.end), value, start: base + a.pos, end: base + a.end };
}

/** The scripts inside a word that is not converted into a Word (test operands, case patterns, for lists). */
function nested(w: UWord): void {
  cover(w.pos, w.end);
  if (w.parts) for (const p of w.parts) nestedPart(p);
}

function nestedPart(p: WordPart): void {
  switch (p.type) {
    case 'Literal':
    case 'SingleQuoted':
    case 'AnsiCQuoted':
    case 'SimpleExpansion':
      return;
    case 'CommandExpansion':
      out.nodeTypes.add('command_substitution');
      subscript(p.pos, p.end, p.script);
      return;
    case 'ProcessSubstitution':
      out.nodeTypes.add('process_substitution');
      subscript(p.pos, p.end, p.script);
      return;
    default:
      nestedIn(p);
  }
}

/** A command or process substitution: its commands run in a shell of their own. */
function subscript(start: number, end: number, script: ParsedScript | undefined): void {
  if (wantComments) holes.push(start, end);
  if (!script) return;
  if (script.errors?.length) out.hasError = true;
  if (script.source === undefined) {
    statementList(script.commands, false, false);
    return;
  }
  // Backticks with escapes inside: unbash parses a decoded copy, whose offsets are not ours. The text between the
  // backticks is parsed as it is written instead (as tree-sitter-bash did), at its place.
  const [outerSrc, outerBase, outerWant] = [src, base, wantComments];
  const inner = outerSrc.slice(start + 1, end - 1);
  const ast = parse(inner);
  if (ast.errors?.length) out.hasError = true;
  src = inner;
  base = outerBase + start + 1;
  wantComments = false;
  try {
    statementList(ast.commands, false, false);
  } finally {
    [src, base, wantComments] = [outerSrc, outerBase, outerWant];
  }
}

/** Any substitution below a node (word parts, parameter operations, arithmetic and test expressions). */
function nestedIn(n: SyntaxNode): void {
  forEachChild(n, (child) => {
    switch (child.type) {
      case 'CommandExpansion':
      case 'ProcessSubstitution':
        nestedPart(child);
        return;
      case 'ArithmeticCommandExpansion':
        out.nodeTypes.add('command_substitution');
        subscript(child.pos, child.end, child.script);
        return;
      case 'Script':
        return;
      default:
        nestedIn(child);
    }
  });
}

/** The command name with any path removed (`/usr/bin/apt-get` -> `apt-get`), or null when dynamic. */
export function commandName(cmd: SimpleCommand): string | null {
  const first = cmd.words[0];
  if (!first || first.value === null) return null;
  const slash = first.value.lastIndexOf('/');
  return slash >= 0 ? first.value.slice(slash + 1) : first.value;
}


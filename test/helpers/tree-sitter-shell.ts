/**
 * The shell view of RUN text as it was built before unbash (tree-sitter-bash, run as wasm), kept for
 * test/shell-unbash-differential.test.ts only, which compares it with src/shell/parser.ts field by field. The product
 * code does not load it.
 * The tree is converted once into plain objects with absolute offsets and then freed, so passes query
 * simple data ("the simple commands of this RUN, with their words") and never regex the raw text.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { Language, Parser, type TreeCursor } from 'web-tree-sitter';

const require = createRequire(import.meta.url);

/**
 * Every call across to the wasm side goes through the binding's setValue/getValue (a node is 5 values each way, a
 * cursor 4), which first test `type.endsWith("*")`: that test alone was about 4% of a rewrite's instructions. The
 * 32-bit case, the only one the node and cursor marshalling uses, is done here the same way (little-endian, as the
 * binding's own LE_HEAP_* helpers do), everything else goes to the binding's own functions. The options object
 * passed to init is the binding (emscripten's Module); if that ever changes, nothing is replaced.
 */
const binding: Record<string, unknown> = {};
let parser: Parser;

/**
 * Loads the two WebAssembly modules (web-tree-sitter's runtime and the bash grammar). This module waits for it at its
 * top level; in the command's CommonJS bundle (scripts/bundle.mjs), which cannot, src/cli.ts awaits `shellReady`
 * before its first rewrite.
 */
async function init(): Promise<void> {
  await Parser.init(binding);
  fastI32(binding);
  // Read here: given a path, web-tree-sitter loads node:fs/promises (a few ms of start-up) to read it.
  const bash = await Language.load(fs.readFileSync(require.resolve('tree-sitter-bash/tree-sitter-bash.wasm')));
  parser = new Parser();
  parser.setLanguage(bash);
  learn(bash);
}
export const shellReady: Promise<void> = init();

function fastI32(module: Record<string, unknown>): void {
  const setValue = module.setValue as ((ptr: number, value: number, type?: string) => void) | undefined;
  const getValue = module.getValue as ((ptr: number, type?: string) => number) | undefined;
  if (typeof setValue !== 'function' || typeof getValue !== 'function' || !(module.HEAP_DATA_VIEW instanceof DataView)) return;
  // The view is replaced when the wasm memory grows: read it from the binding on each call.
  module.setValue = (ptr: number, value: number, type = 'i8'): void => {
    if (type === 'i32') (module.HEAP_DATA_VIEW as DataView).setInt32((ptr >> 2) * 4, value, true);
    else setValue(ptr, value, type);
  };
  module.getValue = (ptr: number, type = 'i8'): number =>
    type === 'i32' ? (module.HEAP_DATA_VIEW as DataView).getInt32((ptr >> 2) * 4, true) : getValue(ptr, type);
}

import type { Connector, Redirect, ShellScript, SimpleCommand, Statement, Word } from '../../src/shell/parser.js';

const NESTED_SHELL = new Set(['subshell', 'command_substitution', 'process_substitution', 'pipeline']);

/**
 * The fix loop parses the same RUN text several times (each round and each output check): parses are cached by
 * text, at offset 0, and moved to their place on the way out.
 */
const cache = new Map<string, ShellScript>();
const CACHE_LIMIT = 4096;
export function parseShellTreeSitter(source: string, base = 0): ShellScript {
  const known = cache.get(source);
  if (known) return known.base === base ? known : rebase(known, base);
  // Converted at its place (no copy); the cache keeps that one and moves it for a text found elsewhere.
  const script = parseUncached(source, base);
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(source, script);
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
 * The tree is read with one cursor walk that builds commands, words, redirects and statements as it goes. Each
 * cursor call normally goes through web-tree-sitter's TreeCursor, which copies the cursor's four values into the
 * binding's transfer buffer and back around every call; the binding's own functions keep the cursor in that buffer
 * between calls, so the walk calls them directly and nothing is marshalled at all (nothing else uses the buffer
 * during the walk). If the binding ever lacks one of them, the walk goes through the TreeCursor instead.
 */
type CursorCall = (tree: number) => number;
// Set by learn() once the binding and the grammar are loaded (init).
let rawFirstChild: CursorCall | undefined;
let rawNextSibling: CursorCall | undefined;
let rawParent: CursorCall | undefined;
let rawTypeId: CursorCall | undefined;
let rawIsNamed: CursorCall | undefined;
let rawStart: CursorCall | undefined;
let rawEnd: CursorCall | undefined;
let rawFieldId: CursorCall | undefined;
let rawDelete: CursorCall | undefined;
let RAW_CURSOR = false;
let TYPES: readonly (string | undefined)[] = [];
let FIELD_NAME = -1;
let FIELD_VALUE = -1;
let FIELD_DESTINATION = -1;

/** What the walk needs to know of a node type, by type id (every uint16 id has an entry: ERROR is 65535). */
const F_KNOWN = 1 << 0;
const F_NAMED = 1 << 1;
const F_REDIRECT = 1 << 2;
const F_COMMENT = 1 << 3;
const F_COMMAND = 1 << 4;
const F_ASSIGNMENT = 1 << 5;
const F_BUILTIN = 1 << 6;
const F_COMMAND_NAME = 1 << 7;
/** Its children do not run in the RUN's own shell. */
const F_NESTED = 1 << 8;
/** word, number, command_name, concatenation: the value is made of the named children's. */
const F_CONCAT = 1 << 9;
const F_STRING = 1 << 10;
const F_STRING_CONTENT = 1 << 11;
const F_LIST = 1 << 12;
/** `&&`, `||`, `;`, `&`, `|`: joins statements. */
const F_OPERATOR = 1 << 13;
const F_AMPERSAND = 1 << 14;
/** A parent whose variable_assignment children are its own words, not commands. */
const F_OWNS_ASSIGNMENTS = 1 << 15;
const FLAGS = new Uint16Array(65536);
/** How a word's value is computed from the node (wordValue's cases), by type id. */
const V_NULL = 0;
const V_TEXT = 1;
const V_RAW_STRING = 2;
const V_STRING = 3;
const V_CONCATENATION = 4;
const V_ASSIGNMENT = 5;
const VALUE_KIND = new Uint8Array(65536);
const typeName = (id: number): string => TYPES[id] || 'ERROR';
/** Reads the binding's cursor functions and the grammar's node types and fields into the tables above. */
function learn(bash: Language): void {
  const raw = binding as Record<string, CursorCall | undefined>;
  rawFirstChild = raw._ts_tree_cursor_goto_first_child_wasm;
  rawNextSibling = raw._ts_tree_cursor_goto_next_sibling_wasm;
  rawParent = raw._ts_tree_cursor_goto_parent_wasm;
  rawTypeId = raw._ts_tree_cursor_current_node_type_id_wasm;
  rawIsNamed = raw._ts_tree_cursor_current_node_is_named_wasm;
  rawStart = raw._ts_tree_cursor_start_index_wasm;
  rawEnd = raw._ts_tree_cursor_end_index_wasm;
  rawFieldId = raw._ts_tree_cursor_current_field_id_wasm;
  rawDelete = raw._ts_tree_cursor_delete_wasm;
  RAW_CURSOR = [rawFirstChild, rawNextSibling, rawParent, rawTypeId, rawIsNamed, rawStart, rawEnd, rawFieldId, rawDelete].every((f) => typeof f === 'function');
  TYPES = bash.types;
  FIELD_NAME = bash.fields.indexOf('name');
  FIELD_VALUE = bash.fields.indexOf('value');
  FIELD_DESTINATION = bash.fields.indexOf('destination');
  for (const id of [...TYPES.keys(), 65535]) {
    if (id < TYPES.length && TYPES[id] === undefined) continue;
    const t = typeName(id);
    let f = F_KNOWN | (bash.nodeTypeIsNamed(id) ? F_NAMED : 0);
    if (t.endsWith('_redirect')) f |= F_REDIRECT;
    if (t === 'comment') f |= F_COMMENT;
    if (t === 'command') f |= F_COMMAND | F_OWNS_ASSIGNMENTS;
    if (t === 'declaration_command') f |= F_BUILTIN | F_OWNS_ASSIGNMENTS;
    if (t === 'unset_command' || t === 'test_command') f |= F_BUILTIN;
    if (t === 'variable_assignment') f |= F_ASSIGNMENT;
    if (t === 'command_name') f |= F_COMMAND_NAME;
    if (t === 'subshell' || t === 'command_substitution' || t === 'process_substitution' || t === 'pipeline') f |= F_NESTED;
    if (t === 'word' || t === 'number' || t === 'command_name' || t === 'concatenation') f |= F_CONCAT;
    if (t === 'string') f |= F_STRING;
    if (t === 'string_content') f |= F_STRING_CONTENT;
    if (t === 'list') f |= F_LIST;
    if (t === '&&' || t === '||' || t === ';' || t === '&' || t === '|') f |= F_OPERATOR;
    if (t === '&') f |= F_AMPERSAND;
    FLAGS[id] = f;
    VALUE_KIND[id] =
      t === 'word' || t === 'number' || t === 'command_name' ? V_TEXT
      : t === 'raw_string' ? V_RAW_STRING
      : t === 'string' ? V_STRING
      : t === 'concatenation' ? V_CONCATENATION
      : t === 'variable_assignment' ? V_ASSIGNMENT
      : V_NULL;
  }
}

/** The walk's cursor: the tree's address for the direct calls, or the TreeCursor when they are not available. */
let treeAddress = 0;
let slow: TreeCursor | null = null;
const gotoFirstChild = (): boolean => (slow ? slow.gotoFirstChild() : rawFirstChild!(treeAddress) === 1);
const gotoNextSibling = (): boolean => (slow ? slow.gotoNextSibling() : rawNextSibling!(treeAddress) === 1);
const gotoParent = (): boolean => (slow ? slow.gotoParent() : rawParent!(treeAddress) === 1);
const nodeTypeId = (): number => (slow ? slow.nodeTypeId : rawTypeId!(treeAddress));
const nodeIsNamed = (): boolean => (slow ? slow.nodeIsNamed : rawIsNamed!(treeAddress) === 1);
const startIndex = (): number => (slow ? slow.startIndex : rawStart!(treeAddress));
const endIndex = (): number => (slow ? slow.endIndex : rawEnd!(treeAddress));
const fieldId = (): number => (slow ? slow.currentFieldId : rawFieldId!(treeAddress));

/** The source being converted (node texts are cut from it by offsets) and the offset added to every position. */
let current = '';
let currentBase = 0;
/** The script's redirect list being filled. */
let currentRedirects: Redirect[] = [];

// What a node is to its parent (set when the node is entered, acted on when it is left).
const ROLE_NONE = 0;
/** A `VAR=value` prefix of the parent's command. */
const ROLE_ASSIGN = 1;
/** A word of the parent's command (or builtin). */
const ROLE_WORD = 2;
/** The command_name of the parent's command: its word is the command_name's first named child, or itself. */
const ROLE_CMDNAME = 3;
/** The first named child of a command_name. */
const ROLE_CMDNAME_FIRST = 4;
/** A redirect of the parent's command. */
const ROLE_REDIRECT = 5;
/** The (first) destination of the parent redirect. */
const ROLE_TARGET = 6;
/** A redirect of a statement (redirected_statement, heredoc), not of a command: only in the script's list. */
const ROLE_STMT_REDIRECT = 9;
/** A named child of a word, number, command_name or concatenation whose value is being concatenated. */
const ROLE_CONCAT = 7;
/** The (first) `value` field of the parent variable_assignment. */
const ROLE_VA_VALUE = 8;

// How a node treats its children.
const MODE_NONE = 0;
const MODE_COMMAND = 1;
const MODE_BUILTIN = 2;
const MODE_REDIRECT = 3;
const MODE_CMDNAME = 4;
/** word, number, command_name, concatenation: the value is the concatenation of the named children's. */
const MODE_CONCAT = 5;
const MODE_STRING = 6;
const MODE_ASSIGNMENT = 7;

/** One node on the walk's path from the root; reused for every node at its depth. */
class Frame {
  type = '';
  flags = 0;
  valueKind = V_NULL;
  start = 0;
  end = 0;
  role = ROLE_NONE;
  mode = MODE_NONE;
  /** The children run in the RUN's own shell. */
  childTop = false;
  /** The children are top-level statements (the root, and lists among them). */
  flat = false;
  /** The command this node is (command, builtin, or a bare assignment), or whose children's words it collects. */
  cmd: SimpleCommand | null = null;
  /** A bare assignment: its own word is its command's assignment. */
  selfAssign = false;
  /** MODE_CONCAT: named children seen, and the value so far (null once one is dynamic). */
  namedChildren = 0;
  acc: string | null = '';
  /** MODE_STRING: every named child is string_content. */
  literal = true;
  /** MODE_CMDNAME: the first named child's word. */
  first: Word | null = null;
  /** MODE_REDIRECT: the destination word, and whether the destination was seen. */
  target: Word | null = null;
  targetSeen = false;
  /** A redirected_statement: the redirects of the whole statement, collected as they are left. */
  sink: Redirect[] | null = null;
  /** MODE_ASSIGNMENT: the name's text and the value's word value (or text). */
  nameText: string | null = null;
  valueSeen = false;
  valueText: string | null = null;
}
const frames: Frame[] = [];

function parseUncached(source: string, base: number): ShellScript {
  if (!parser) throw new Error('the shell parser is not loaded yet (await shellReady first)');
  const tree = parser.parse(source);
  if (!tree) throw new Error('shell parser returned no tree');
  try {
    const root = tree.rootNode;
    const script: ShellScript = {
      source,
      base,
      hasError: root.hasError,
      commands: [],
      statements: [],
      nodeTypes: new Set(),
      redirects: [],
      background: false,
    };
    const cursor = root.walk();
    const address = (tree as unknown as Record<number, unknown>)[0];
    if (RAW_CURSOR && typeof address === 'number') {
      treeAddress = address;
      slow = null;
    } else slow = cursor;
    current = source;
    currentBase = base;
    currentRedirects = script.redirects;
    try {
      convert(script);
    } finally {
      // The direct calls leave the cursor's state in the transfer buffer, where the delete call reads it.
      if (slow) cursor.delete();
      else rawDelete!(treeAddress);
      slow = null;
    }
    return script;
  } finally {
    tree.delete();
  }
}

/**
 * Walks the tree once. Named nodes are entered (anonymous ones only looked at: an `&` marks a background job, an
 * operator joins statements, a builtin's keyword is one of its words). Every `command` node, bare assignment and
 * builtin becomes a simple command, in source order; a word's value is built from its children as they are left.
 */
function convert(script: ShellScript): void {
  const { commands, statements, nodeTypes } = script;
  let pending: Connector = null;
  let depth = 0;
  outer: for (;;) {
    const parent = depth > 0 ? frames[depth - 1] : null;
    const f = frames[depth] ?? (frames[depth] = new Frame());
    const id = nodeTypeId();
    const flags = FLAGS[id];
    const type = typeName(id);
    const named = flags & F_KNOWN ? (flags & F_NAMED) !== 0 : nodeIsNamed();
    f.type = type;
    f.flags = flags;
    f.valueKind = VALUE_KIND[id];
    f.mode = MODE_NONE;
    f.flat = false;
    f.cmd = null;
    f.selfAssign = false;
    f.sink = named && type === 'redirected_statement' ? [] : null;
    let role = ROLE_NONE;
    let statement = false;
    if (parent) {
      switch (parent.mode) {
        case MODE_COMMAND:
          if (named) {
            if (flags & F_ASSIGNMENT) role = ROLE_ASSIGN;
            else if (flags & F_COMMAND_NAME) role = ROLE_CMDNAME;
            else if (flags & F_REDIRECT) role = ROLE_REDIRECT;
            else if (!(flags & F_COMMENT)) role = ROLE_WORD;
          }
          break;
        case MODE_BUILTIN:
          if (!(flags & (F_COMMENT | F_REDIRECT))) role = ROLE_WORD;
          break;
        case MODE_REDIRECT:
          if (!parent.targetSeen && fieldId() === FIELD_DESTINATION) {
            parent.targetSeen = true;
            role = ROLE_TARGET;
          }
          break;
        case MODE_CMDNAME:
          if (named && parent.namedChildren++ === 0) role = ROLE_CMDNAME_FIRST;
          break;
        case MODE_CONCAT:
          if (named) {
            parent.namedChildren++;
            if (parent.acc !== null) role = ROLE_CONCAT;
          }
          break;
        case MODE_STRING:
          if (named && !(flags & F_STRING_CONTENT)) parent.literal = false;
          break;
        case MODE_ASSIGNMENT: {
          if (parent.nameText !== null && parent.valueSeen) break;
          const field = fieldId();
          if (field === FIELD_NAME && parent.nameText === null) {
            parent.nameText = current.slice(startIndex(), endIndex());
          } else if (field === FIELD_VALUE && !parent.valueSeen) {
            parent.valueSeen = true;
            role = ROLE_VA_VALUE;
          }
          break;
        }
      }
      if (role === ROLE_NONE && named && flags & F_REDIRECT) role = ROLE_STMT_REDIRECT;
      if (parent.flat) {
        if (!named) {
          if (flags & F_OPERATOR) pending = type as Connector;
        } else if (flags & F_LIST) f.flat = true;
        else if (!(flags & F_COMMENT)) statement = true;
      }
    } else f.flat = true;
    f.role = role;
    let ranged = role !== ROLE_NONE || statement;

    if (!named) {
      if (flags & F_AMPERSAND) script.background = true;
    } else {
      nodeTypes.add(type);
      const top = parent ? parent.childTop : true;
      f.childTop = top && !(flags & F_NESTED);
      if (flags & F_COMMAND) {
        f.cmd = newCommand(top);
        f.mode = MODE_COMMAND;
      } else if (flags & F_ASSIGNMENT && !(parent !== null && parent.flags & F_OWNS_ASSIGNMENTS)) {
        f.cmd = newCommand(top);
        f.selfAssign = true;
      } else if (flags & F_BUILTIN) {
        f.cmd = newCommand(top);
        f.mode = MODE_BUILTIN;
      }
      if (f.cmd !== null) {
        commands.push(f.cmd);
        ranged = true;
      }
      if (f.mode === MODE_NONE) {
        if (role === ROLE_REDIRECT || role === ROLE_STMT_REDIRECT) {
          f.mode = MODE_REDIRECT;
          f.target = null;
          f.targetSeen = false;
        } else if (role === ROLE_CMDNAME) {
          f.mode = MODE_CMDNAME;
          f.first = null;
          f.namedChildren = 0;
        } else if (role !== ROLE_NONE || f.selfAssign) {
          // The node's value is wanted: gather what it is made of.
          if (flags & F_CONCAT) {
            f.mode = MODE_CONCAT;
            f.namedChildren = 0;
            f.acc = '';
          } else if (flags & F_STRING) {
            f.mode = MODE_STRING;
            f.literal = true;
          } else if (flags & F_ASSIGNMENT) {
            f.mode = MODE_ASSIGNMENT;
            f.nameText = null;
            f.valueSeen = false;
            f.valueText = null;
          }
        }
      }
    }
    if (ranged) {
      f.start = startIndex();
      f.end = endIndex();
      if (f.cmd !== null) {
        f.cmd.start = currentBase + f.start;
        f.cmd.end = currentBase + f.end;
      }
      if (statement) {
        const prev = statements.length > 0 ? statements[statements.length - 1] : undefined;
        let before: Connector = pending;
        if (prev) {
          if (before === null) before = '\n';
          else if (before === ';') {
            const between = current.slice(prev.end - currentBase, f.start);
            if (between.includes('\n') && !between.includes(';')) before = '\n';
          }
        }
        const st: Statement = { start: currentBase + f.start, end: currentBase + f.end, before: prev ? before : null, type };
        if (f.sink !== null) st.redirects = f.sink;
        statements.push(st);
        pending = null;
      }
    }

    if (named && gotoFirstChild()) {
      depth++;
      continue;
    }
    leave(f, parent);
    for (;;) {
      if (depth === 0) break outer;
      if (gotoNextSibling()) continue outer;
      gotoParent();
      depth--;
      leave(frames[depth], depth > 0 ? frames[depth - 1] : null);
    }
  }
}

function newCommand(topLevel: boolean): SimpleCommand {
  return { kind: 'command', start: 0, end: 0, assignments: [], words: [], redirects: [], topLevelShell: topLevel };
}

/** Acts on a node once its children have been seen (the cursor is back on it). */
function leave(f: Frame, parent: Frame | null): void {
  const role = f.role;
  if (role === ROLE_NONE && !f.selfAssign) return;
  if (role === ROLE_CONCAT) {
    const v = valueOf(f);
    parent!.acc = v === null ? null : parent!.acc + v;
    return;
  }
  if (role === ROLE_VA_VALUE) {
    parent!.valueText = valueOf(f) ?? current.slice(f.start, f.end);
    return;
  }
  if (role === ROLE_REDIRECT || role === ROLE_STMT_REDIRECT) {
    const r: Redirect = { text: current.slice(f.start, f.end), start: currentBase + f.start, end: currentBase + f.end, target: f.target };
    if (role === ROLE_REDIRECT) parent!.cmd!.redirects.push(r);
    else if (parent!.sink !== null) parent!.sink.push(r);
    currentRedirects.push(r);
    return;
  }
  if (role === ROLE_CMDNAME) {
    parent!.cmd!.words.push(f.first ?? wordOf(f));
    return;
  }
  if (role === ROLE_ASSIGN) parent!.cmd!.assignments.push(wordOf(f));
  else if (role === ROLE_WORD) parent!.cmd!.words.push(wordOf(f));
  else if (role === ROLE_TARGET) parent!.target = wordOf(f);
  else if (role === ROLE_CMDNAME_FIRST) parent!.first = wordOf(f);
  if (f.selfAssign) f.cmd!.assignments.push(wordOf(f));
}

function wordOf(f: Frame): Word {
  const text = current.slice(f.start, f.end);
  // A plain word is its own value: the same string, not a second copy.
  const value = f.valueKind === V_TEXT && (f.mode !== MODE_CONCAT || f.namedChildren === 0) && text.indexOf('\\') < 0 ? text : valueOf(f);
  return { text, value, start: currentBase + f.start, end: currentBase + f.end };
}

/** Quote removal for literal words; null when the word depends on an expansion. */
function valueOf(f: Frame): string | null {
  switch (f.valueKind) {
    case V_TEXT: {
      if (f.mode === MODE_CONCAT && f.namedChildren > 0) return f.acc;
      const text = current.slice(f.start, f.end);
      return text.indexOf('\\') < 0 ? text : text.replace(/\\(\r?\n)/g, '').replace(/\\(.)/g, '$1');
    }
    case V_RAW_STRING:
      return current.slice(f.start + 1, f.end - 1);
    case V_STRING: {
      if (!f.literal) return null;
      const text = current.slice(f.start, f.end).slice(1, -1);
      return text.indexOf('\\') < 0 ? text : text.replace(/\\([$`"\\\n])/g, '$1');
    }
    case V_CONCATENATION:
      return f.acc;
    case V_ASSIGNMENT:
      return f.nameText !== null ? `${f.nameText}=${f.valueSeen ? f.valueText : ''}` : current.slice(f.start, f.end);
    default:
      return null;
  }
}

// Last: init() fills the tables declared above once the WebAssembly is loaded. In the command's CommonJS bundle, which
// has no top-level await, src/cli.ts awaits `shellReady` itself.
await shellReady;

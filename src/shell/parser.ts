/**
 * The shell view of RUN text: a real bash parser (tree-sitter-bash, run as wasm) behind a small adapter.
 * The tree is converted once into plain objects with absolute offsets and then freed, so passes query
 * simple data ("the simple commands of this RUN, with their words") and never regex the raw text.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { Language, Parser, type Node } from 'web-tree-sitter';

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
 * top level; the command's CommonJS bundle (scripts/bundle.mjs), which cannot, awaits `shellReady` before it runs.
 */
async function init(): Promise<void> {
  await Parser.init(binding);
  fastI32(binding);
  // Read here: given a path, web-tree-sitter loads node:fs/promises (a few ms of start-up) to read it.
  const bash = await Language.load(fs.readFileSync(require.resolve('tree-sitter-bash/tree-sitter-bash.wasm')));
  parser = new Parser();
  parser.setLanguage(bash);
}
export const shellReady: Promise<void> = init();
await shellReady; // dockerfix:top-level-await (scripts/bundle.mjs removes this line)

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
  /** True when some command is started in the background with `&`. */
  background: boolean;
}

const NESTED_SHELL = new Set(['subshell', 'command_substitution', 'process_substitution', 'pipeline']);

/**
 * The fix loop parses the same RUN text several times (each round and each output check): parses are cached by
 * text, at offset 0, and moved to their place on the way out.
 */
const cache = new Map<string, ShellScript>();
const CACHE_LIMIT = 4096;

export function parseShell(source: string, base = 0): ShellScript {
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
    statements: script.statements.map((st) => ({ ...st, start: st.start + base, end: st.end + base })),
  };
}

/**
 * The source being converted. A node's text is read from it by offsets: web-tree-sitter's `node.text` marshals the
 * node three times and asks the parse callback for the whole rest of the input to cut the text from.
 */
let current = '';
const textOf = (node: Node): string => current.slice(node.startIndex, node.endIndex);

function parseUncached(source: string, base: number): ShellScript {
  current = source;
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
      background: false,
    };
    collect(root, script, base, true);
    flattenStatements(root, script, base, source);
    return script;
  } finally {
    tree.delete();
  }
}

/**
 * Walks the tree once with a cursor (marshalling only the nodes it keeps: building every node's child list crosses
 * into the WebAssembly side for each child, which made this walk a quarter of a rewrite's time). Named nodes are
 * entered; an anonymous `&` child marks a background job.
 */
function collect(root: Node, script: ShellScript, base: number, topLevel: boolean): void {
  const cursor = root.walk();
  // tops[d]: whether nodes at depth d run in the RUN's own shell (not in a subshell, pipeline or substitution).
  const tops: boolean[] = [topLevel];
  // types[d]: the type of the node at depth d on the way down (the parent of a node at depth d + 1).
  const types: string[] = [];
  let depth = 0;
  try {
    outer: for (;;) {
      const type = cursor.nodeType;
      const named = cursor.nodeIsNamed;
      if (!named) {
        if (type === '&') script.background = true;
      } else {
        script.nodeTypes.add(type);
        if (type === 'command' || type === 'variable_assignment' || type === 'declaration_command' || type === 'unset_command' || type === 'test_command') {
          const parent = depth > 0 ? types[depth - 1] : undefined;
          if (type === 'command' || (type === 'variable_assignment' && parent !== 'command' && parent !== 'declaration_command')) {
            script.commands.push(toCommand(cursor.currentNode, type, base, tops[depth]));
          } else if (type !== 'variable_assignment') {
            script.commands.push(toBuiltin(cursor.currentNode, base, tops[depth]));
          }
        }
        if (cursor.gotoFirstChild()) {
          types[depth] = type;
          tops[depth + 1] = tops[depth] && !NESTED_SHELL.has(type);
          depth++;
          continue;
        }
      }
      for (;;) {
        if (depth === 0) break outer;
        if (cursor.gotoNextSibling()) continue outer;
        cursor.gotoParent();
        depth--;
      }
    }
  } finally {
    cursor.delete();
  }
}

function toCommand(node: Node, type: string, base: number, topLevel: boolean): SimpleCommand {
  const cmd: SimpleCommand = {
    kind: 'command',
    start: base + node.startIndex,
    end: base + node.endIndex,
    assignments: [],
    words: [],
    redirects: [],
    topLevelShell: topLevel,
  };
  if (type === 'variable_assignment') {
    cmd.assignments.push(toWord(node, base, type));
    return cmd;
  }
  for (const child of node.namedChildren) {
    if (!child) continue;
    const t = child.type;
    if (t === 'variable_assignment') cmd.assignments.push(toWord(child, base, t));
    else if (t === 'command_name') {
      const name = child.namedChildren[0];
      cmd.words.push(name ? toWord(name, base) : toWord(child, base, t));
    } else if (t.endsWith('_redirect')) cmd.redirects.push(toRedirect(child, base));
    else if (t !== 'comment') cmd.words.push(toWord(child, base, t));
  }
  return cmd;
}

/** `export A=b`, `unset X`, `[ -f x ]`: builtins tree-sitter gives their own node type; exposed as simple commands. */
function toBuiltin(node: Node, base: number, topLevel: boolean): SimpleCommand {
  const words: Word[] = [];
  for (const child of node.children) {
    if (!child) continue;
    const t = child.type;
    if (t === 'comment' || t.endsWith('_redirect')) continue;
    words.push(toWord(child, base, t));
  }
  return { kind: 'command', start: base + node.startIndex, end: base + node.endIndex, assignments: [], words, redirects: [], topLevelShell: topLevel };
}

function toRedirect(node: Node, base: number): Redirect {
  const dest = node.childForFieldName('destination');
  return {
    text: textOf(node),
    start: base + node.startIndex,
    end: base + node.endIndex,
    target: dest ? toWord(dest, base) : null,
  };
}

export function toWord(node: Node, base: number, type?: string): Word {
  const start = node.startIndex;
  const end = node.endIndex;
  return { text: current.slice(start, end), value: wordValue(node, type), start: base + start, end: base + end };
}

/** Quote removal for literal words; null when the word depends on an expansion. `type`: the node's, when known. */
function wordValue(node: Node, type: string = node.type): string | null {
  switch (type) {
    case 'word':
    case 'number':
    case 'command_name':
      if (node.namedChildCount > 0) return concat(node);
      return textOf(node).replace(/\\(\r?\n)/g, '').replace(/\\(.)/g, '$1');
    case 'raw_string':
      return textOf(node).slice(1, -1);
    case 'string': {
      for (const c of node.namedChildren) if (c && c.type !== 'string_content') return null;
      return textOf(node).slice(1, -1).replace(/\\([$`"\\\n])/g, '$1');
    }
    case 'concatenation':
      return concat(node);
    case 'variable_assignment': {
      const value = node.childForFieldName('value');
      const name = node.childForFieldName('name');
      return name ? `${textOf(name)}=${value ? (wordValue(value) ?? textOf(value)) : ''}` : textOf(node);
    }
    case 'ansi_c_string':
      return null;
    default:
      return null;
  }
}

function concat(node: Node): string | null {
  let out = '';
  for (const child of node.namedChildren) {
    if (!child) continue;
    const v = wordValue(child);
    if (v === null) return null;
    out += v;
  }
  return out;
}

/** Flattens the top level of the script over list operators, recording each statement's connector. */
function flattenStatements(root: Node, script: ShellScript, base: number, source: string): void {
  let pending: Connector = null;
  const visit = (node: Node): void => {
    for (const child of node.children) {
      if (!child) continue;
      const type = child.type;
      if (!child.isNamed) {
        const op = type;
        if (op === '&&' || op === '||' || op === ';' || op === '&' || op === '|') pending = op;
        continue;
      }
      if (type === 'comment') continue;
      if (type === 'list') {
        visit(child);
        continue;
      }
      const prev = script.statements[script.statements.length - 1];
      let before: Connector = pending;
      if (prev && before === null) before = '\n';
      if (prev && before === ';' && source.slice(prev.end - base, child.startIndex).includes('\n') && !source.slice(prev.end - base, child.startIndex).includes(';')) before = '\n';
      script.statements.push({ start: base + child.startIndex, end: base + child.endIndex, before: prev ? before : null, type });
      pending = null;
    }
  };
  visit(root);
}

/** The command name with any path removed (`/usr/bin/apt-get` -> `apt-get`), or null when dynamic. */
export function commandName(cmd: SimpleCommand): string | null {
  const first = cmd.words[0];
  if (!first || first.value === null) return null;
  const slash = first.value.lastIndexOf('/');
  return slash >= 0 ? first.value.slice(slash + 1) : first.value;
}

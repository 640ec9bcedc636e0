/** Small helpers over the shell view, in the spirit of hadolint's "is this an apt-get install" queries. */
import { parseShell, type ShellScript, type SimpleCommand, type Word } from './parser.js';

export interface Invocation {
  cmd: SimpleCommand;
  /** Program name without its directory, after wrappers (`sudo`, `env`, `nice`...) are removed. */
  name: string;
  /** Arguments after the program name. */
  readonly args: readonly Word[];
  /** The wrapper words removed in front (`sudo -u app`, `env A=b`). */
  readonly wrappers: readonly Word[];
  /** `VAR=value` assignments in front of the command or given through `env`. */
  readonly env: ReadonlyMap<string, string | null>;
  /** Set when a wrapper runs the command as another user (`sudo -u x`, `su x -c`, `runuser`, `gosu`). */
  runsAsOtherUser: boolean;
}

const SUDO_FLAGS_WITH_VALUE = new Set(['-u', '-g', '-C', '-D', '-h', '-p', '-r', '-t', '-U', '--user', '--group']);

function basename(value: string): string {
  const slash = value.lastIndexOf('/');
  return slash >= 0 ? value.slice(slash + 1) : value;
}

/**
 * Invocations by command: the passes ask for the same command's invocation many times in a round (each cache
 * manager, each later-use scan), and a shell view's commands are shared across rounds (parses are cached by text).
 * Callers never modify an invocation (its arrays and map are read-only in their types).
 */
const invocations = new WeakMap<SimpleCommand, Invocation | null>();

/** Resolves wrappers so `sudo -E env DEBIAN_FRONTEND=noninteractive /usr/bin/apt-get install x` reads as `apt-get install x`. */
export function invocation(cmd: SimpleCommand): Invocation | null {
  let inv = invocations.get(cmd);
  if (inv === undefined) {
    inv = resolve(cmd);
    invocations.set(cmd, inv);
  }
  return inv;
}

/** The environment of the many commands that set none, and the wrappers of those run bare: shared (read-only). */
const NO_ENV: ReadonlyMap<string, string | null> = new Map();
const NO_WORDS: readonly Word[] = [];
const NO_FLAGS: ReadonlySet<string> = new Set();

function resolve(cmd: SimpleCommand): Invocation | null {
  let env: Map<string, string | null> | null = null;
  for (const a of cmd.assignments) {
    const v = a.value;
    const eq = a.text.indexOf('=');
    if (eq > 0) (env ??= new Map()).set(a.text.slice(0, eq), v === null ? null : v.slice(v.indexOf('=') + 1));
  }
  const words = cmd.words;
  let i = 0;
  let runsAsOtherUser = false;
  while (i < words.length) {
    const w = words[i];
    if (w.value === null) return null;
    const name = basename(w.value);
    if (name === 'sudo' || name === 'doas') {
      i++;
      while (i < words.length && words[i].value?.startsWith('-')) {
        const flag = words[i].value!;
        if (flag === '-u' || flag.startsWith('--user') || flag.startsWith('-u')) runsAsOtherUser = true;
        if (SUDO_FLAGS_WITH_VALUE.has(flag)) i++;
        i++;
      }
      continue;
    }
    if (name === 'env') {
      i++;
      while (i < words.length) {
        const v = words[i].value;
        if (v === null) return null;
        if (v.startsWith('-')) { i++; continue; }
        const eq = v.indexOf('=');
        if (eq > 0) { (env ??= new Map()).set(v.slice(0, eq), v.slice(eq + 1)); i++; continue; }
        break;
      }
      continue;
    }
    if (name === 'nice' || name === 'ionice' || name === 'nohup' || name === 'time' || name === 'command' || name === 'exec' || name === 'eatmydata' || name === 'stdbuf') {
      i++;
      while (i < words.length && words[i].value?.startsWith('-')) i++;
      continue;
    }
    if (name === 'gosu' || name === 'su-exec' || name === 'runuser' || name === 'setpriv' || name === 'chroot') {
      // These change the user or root: a command under them is not the image's root shell any more.
      runsAsOtherUser = true;
      i += 2;
      continue;
    }
    break;
  }
  const head = words[i];
  if (!head || head.value === null) return null;
  return {
    cmd,
    name: basename(head.value),
    args: words.slice(i + 1),
    wrappers: i === 0 ? NO_WORDS : words.slice(0, i),
    env: env ?? NO_ENV,
    runsAsOtherUser,
  };
}

/** Arguments that are not flags (literal values only; `--` ends flags). */
export function positionals(args: readonly Word[], flagsWithValue: ReadonlySet<string> = NO_FLAGS): Word[] {
  const out: Word[] = [];
  let flagsDone = false;
  for (let i = 0; i < args.length; i++) {
    const v = args[i].value;
    if (!flagsDone && v === '--') { flagsDone = true; continue; }
    if (!flagsDone && v !== null && v.startsWith('-') && v.length > 1) {
      if (flagsWithValue.has(v)) i++;
      continue;
    }
    out.push(args[i]);
  }
  return out;
}

/** True when any argument is one of the flags (exact, or `--flag=value`, or inside a bundle of short flags like `-qy`). */
export function hasFlag(args: readonly Word[], ...flags: string[]): boolean {
  for (const a of args) {
    const v = a.value;
    if (v === null) continue;
    if (v === '--') return false;
    for (const f of flags) {
      if (v === f || v.startsWith(`${f}=`)) return true;
      if (f.length === 2 && f[0] === '-' && f[1] !== '-' && /^-[a-zA-Z]+$/.test(v) && v.includes(f[1])) return true;
    }
  }
  return false;
}

/** The first positional argument (the sub-command of `apt-get install`, `npm ci`...). */
export function subcommand(args: readonly Word[], flagsWithValue: ReadonlySet<string> = NO_FLAGS): string | null {
  const first = positionals(args, flagsWithValue)[0];
  return first?.value ?? null;
}

/** Statement types whose commands run one after another, each once, whatever came before (when the list goes on). */
const PLAIN_STATEMENTS = new Set(['command', 'pipeline', 'redirected_statement', 'variable_assignment', 'variable_assignments', 'declaration_command', 'negated_command']);
const RESERVED = /^\s*(if|case|for|while|until|select|function|\{|\[\[|\(\()(\s|$)/;

/**
 * True when the command at `offset` runs in every run of the script that gets past it: it is not inside an if, a
 * case, a loop or a function, nor after a `||` (which runs it only when the command before failed). A subshell
 * `( ... )` is looked into with the same rule. Conservative: a statement of another kind counts as conditional.
 */
export function runsUnconditionally(script: ShellScript, offset: number): boolean {
  const statement = script.statements.find((st) => st.start <= offset && offset < st.end);
  if (!statement || statement.before === '||') return false;
  const text = script.source.slice(statement.start - script.base, statement.end - script.base);
  if (statement.type === 'subshell') {
    const open = text.indexOf('(');
    const close = text.lastIndexOf(')');
    if (open < 0 || close <= open) return false;
    const inner = parseShell(text.slice(open + 1, close), statement.start + open + 1);
    return !inner.hasError && runsUnconditionally(inner, offset);
  }
  return PLAIN_STATEMENTS.has(statement.type) && !RESERVED.test(text);
}

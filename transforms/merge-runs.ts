/**
 * merge-runs: consecutive RUN instructions become one RUN (one layer, one cache entry).
 *
 * Bad:
 *   RUN apt-get update
 *   # tools
 *   RUN apt-get install -y curl
 *
 * Good:
 *   RUN apt-get update && \
 *       # tools
 *       apt-get install -y curl
 *
 * Each RUN is its own `/bin/sh -c`, so a RUN that changes shell state (cd, export, set, umask...) is wrapped in a
 * subshell, and a RUN that is a list with `;`, `||` or newlines is grouped so the build still stops where it did.
 * RUNs with different flags, exec-form or heredoc RUNs, and RUNs that leave a background process are not merged
 * with the RUN after them; one ending in `&` is merged last, in a subshell, so its `&` sends only its own commands to
 * the background.
 */
import type { DockerDocument, Instruction } from '../src/document.js';
import { ruleName } from '../src/ignore.js';
import { instructionName, type Pass, type PassContext, type PassResult, type PassSkip } from '../src/pass.js';
import { commandName } from '../src/shell/parser.js';
import { invocation } from '../src/shell/query.js';
import type { Edit, ProposedChange } from '../src/types.js';

/** Builtins whose effect outlives the command in the same shell. */
const STATEFUL = new Set([
  'cd', 'pushd', 'popd', 'export', 'set', 'source', '.', 'umask', 'alias', 'unalias', 'shopt', 'unset', 'trap',
  'ulimit', 'declare', 'typeset', 'readonly', 'local', 'hash', 'enable', 'eval', 'exec', 'exit', 'builtin', 'shift',
  'getopts', 'read', 'return', 'wait', 'let', 'mapfile', 'readarray',
]);

/** `${NAME:=value}` / `${NAME=value}`: an expansion that also assigns, in whatever command it appears. */
const ASSIGNING_EXPANSION = /\$\{[A-Za-z_][A-Za-z0-9_]*:?=/;

/** Commands that start daemons: separate RUNs stop them before the next RUN starts, a merged RUN would not. */
const DAEMON_STARTERS = new Set([
  'nohup', 'setsid', 'service', 'start-stop-daemon', 'rc-service', 'supervisord', 'daemon', 'daemonize',
  'invoke-rc.d', 'mysqld_safe',
]);
/** Commands that start a daemon when given `start` (`pg_ctl -D ... start`, `/etc/init.d/mysql start`). */
const STARTS_WITH_ARG = /^(pg_ctl|pg_ctlcluster|apachectl|apache2ctl|redis-server|mongod|rabbitmq-server|\/etc\/(rc\.d\/)?init\.d\/.+)$/;
/** Arguments that make such a program leave a process behind. */
const DAEMON_ARGS = new Set(['start', 'restart', '--fork', '--daemonize', '-detached']);
/** systemctl verbs (and `enable --now`) that start units; enable, disable, mask, set-default only write links. */
const SYSTEMCTL_STARTS = new Set(['start', 'restart', 'try-restart', 'reload-or-restart', 'try-reload-or-restart', 'isolate', '--now']);
/** ssh-agent options with a value; given no command to run (`eval "$(ssh-agent -s)"`), it forks an agent that outlives the RUN's shell. */
const SSH_AGENT_FLAGS_WITH_VALUE = new Set(['-a', '-E', '-O', '-P', '-t']);
function forksSshAgent(words: { value: string | null }[]): boolean {
  for (let i = 1; i < words.length; i++) {
    const v = words[i].value;
    // A command to run under the agent, `-k` (kill the agent), `-d`/`-D` (stay in the foreground): nothing outlives it.
    if (v === null || !v.startsWith('-') || v === '-k' || v === '-d' || v === '-D') return false;
    if (SSH_AGENT_FLAGS_WITH_VALUE.has(v)) i++;
  }
  return true;
}

/** Commands that replace a file named in their arguments (`ln -sf /bin/bash /bin/sh`, `apk add /bin/sh`). */
const SHELL_WRITERS = new Set(['ln', 'cp', 'mv', 'rm', 'install', 'update-alternatives', 'dpkg-divert', 'apk', 'busybox']);

/** Node types whose bodies run commands one after another whatever their status (where `set -e` matters). */
const COMPOUND = ['for_statement', 'c_style_for_statement', 'while_statement', 'if_statement', 'case_statement', 'compound_statement', 'subshell', 'function_definition'];

export const mergeRuns: Pass = {
  id: 'merge-runs',
  description: 'merge consecutive RUN instructions into one layer',
  defaultEnabled: true,
  // Before cache-cleanup (its cleanup then lands at the end of the merged RUN), after passes that move or remove
  // instructions (copy-chown, deps-first), which a merge would otherwise fold away first.
  priority: 90,
  run(ctx): PassResult {
    const { doc } = ctx;
    const changes: ProposedChange[] = [];
    const skipped: PassSkip[] = [];
    let group: Instruction[] = [];
    const flush = (): void => {
      if (group.length > 1) changes.push(mergeGroup(ctx, group));
      group = [];
    };
    const leftAlone = (ins: Instruction | undefined): boolean => ins !== undefined && ctx.ignored?.(ins, 'merge-runs') != null;
    for (let i = 0; i < doc.instructions.length; i++) {
      const ins = doc.instructions[i];
      const prev = doc.instructions[i - 1];
      if (ins.keyword !== 'RUN') {
        flush();
        continue;
      }
      const rule = ctx.ignored?.(ins, 'merge-runs');
      if (rule) {
        // Kept apart on purpose: neither merged into the RUN before it nor the RUN after it into it.
        if (prev?.keyword === 'RUN' || doc.instructions[i + 1]?.keyword === 'RUN') {
          skipped.push({ line: ins.line, reason: `left as its own RUN: ${ruleName(rule)} asks so` });
        }
        flush();
        continue;
      }
      if (!prev || prev.keyword !== 'RUN' || prev.stage !== ins.stage || leftAlone(prev)) {
        flush();
        group = [ins];
        continue;
      }
      // Looked up only for a RUN that is not merged (it asks which text earlier rounds wrote).
      let prevLine: number | undefined;
      const partLine = (): number => (prevLine ??= lastPartLine(ctx, prev));
      const why = linterDirectiveBetween(doc, prev, ins) ?? ignoreScope(ctx, prev, ins) ?? cannotJoin(doc, prev, ins);
      if (why) {
        skipped.push({ line: ins.line, reason: `not merged with the RUN at line ${partLine()}: ${why}` });
        flush();
        group = [ins];
      } else {
        if (group.length === 0) group = [prev];
        group.push(ins);
      }
    }
    flush();
    return { changes, skipped };
  },
};

function flagList(ins: Instruction): string[] {
  return ins.flags.map((f) => `--${f.name}${f.value === null ? '' : `=${f.value}`}`);
}

function flagsKey(ins: Instruction): string {
  return ins.flags.map((f) => `--${f.name}=${f.value ?? ''}`).sort().join(' ');
}

/**
 * Where `ins` runs with errexit on: a `set -e` (-eux, -o errexit) in it, or a SHELL with -e before it in its stage.
 * Null when it does not.
 */
function errexit(doc: DockerDocument, ins: Instruction): string | null {
  for (const c of ins.shell!.script!.commands) {
    if (commandName(c) !== 'set') continue;
    const args = c.words.slice(1).map((w) => w.value ?? '');
    if (args.some((a, i) => /^-[a-zA-Z]*e/.test(a) || (a === 'errexit' && args[i - 1] === '-o'))) return '`set -e`';
  }
  const stage = doc.stages[ins.stage];
  const shell = stage?.instructions.filter((i) => i.keyword === 'SHELL' && i.start < ins.start).pop();
  if (shell && shell.args.some((a, i, all) => /^"?-[a-zA-Z]*e[a-zA-Z]*"?,?$/.test(a.value) || (/errexit/.test(a.value) && /-o/.test(all[i - 1]?.value ?? '')))) {
    return `its SHELL (line ${shell.line}) with -e`;
  }
  return null;
}

/**
 * Comments other linters and scanners read as applying to the instruction right below them (`# hadolint
 * ignore=DL3008`, `# hadolint shell=bash`, `# checkov:skip=CKV_DOCKER_2`, `# trivy:ignore:DS002`, kics, semgrep).
 */
const LINTER_DIRECTIVE = /^#\s*(hadolint\s+\S|checkov:skip|trivy:ignore|kics-scan\s|nosemgrep|tfsec:ignore)/i;

/**
 * Why the comment lines between two RUNs keep them apart: a linter directive there applies to the RUN below it, and
 * merged it would sit inside the RUN's body, where the linter no longer reads it. Null when there is none.
 */
function linterDirectiveBetween(doc: DockerDocument, prev: Instruction, next: Instruction): string | null {
  const directive = commentsBetween(doc, prev.end, next.start).find((c) => LINTER_DIRECTIVE.test(c.text.trim()));
  if (!directive) return null;
  return `the linter directive at line ${directive.line} ("${directive.text.trim()}") applies to the RUN below it; merged, it would sit inside the RUN's body, where it no longer applies`;
}

/**
 * The line a reader finds the RUN that ends `ins` at. A RUN an earlier round merged starts at the first merged RUN's
 * line, but what keeps it from the next RUN is in its last part (a `set -e` RUN is merged only last), which stands
 * at its own line in the input: the last top-level statement right after text an earlier round wrote (the join),
 * skipping statements wholly written (a cleanup appended to it). The RUN's own line otherwise.
 */
function lastPartLine(ctx: PassContext, ins: Instruction): number {
  const written = ctx.written;
  const statements = ins.shell?.script?.statements;
  if (!written || !statements) return ins.line;
  for (let i = statements.length - 1; i > 0; i--) {
    let at = statements[i].start;
    while (at < statements[i].end && written(at)) at++;
    if (at < statements[i].end && written(at - 1)) return ctx.doc.lineOf(at);
  }
  return ins.line;
}

/** Why `next` cannot be appended to the merged RUN that ends with `prev` ("that RUN": the skip names its line), or null. */
function cannotJoin(doc: DockerDocument, prev: Instruction, next: Instruction): string | null {
  // The skip already names the RUN before ("not merged with the RUN at line N"): it is "that RUN" here, the skip's
  // own RUN "this RUN", so no line is named twice.
  for (const ins of [prev, next]) {
    const which = ins === prev ? 'that RUN' : 'this RUN';
    if (!ins.shell?.script) return ins.shell?.opaqueReason ?? 'RUN has no shell command';
    if (ins.shell.script.nodeTypes.has('comment')) return `${which} has a shell comment; joining could comment out the next command`;
    if (ins.shell.start >= ins.shell.end) return `${which} is empty`;
  }
  if (flagsKey(prev) !== flagsKey(next)) {
    // Named as the reader finds them: only the flags one RUN has and the other has not.
    const [a, b] = [flagList(prev), flagList(next)];
    const only = (x: string[], y: string[]): string => x.filter((f) => !y.includes(f)).map((f) => `\`${f}\``).join(', ') || 'none';
    return `their flags differ (that RUN: ${only(a, b)}; this RUN: ${only(b, a)}); merging would change their scope`;
  }
  const script = prev.shell!.script!;
  // A shell ignores errexit inside every part of an `&&` list but the last, subshells included: once merged, a
  // command that failed under `set -e` (a checksum check, say) would no longer stop the build. A plain `&&` chain
  // stops at a failure anyway; a command followed by `;` or a newline (other than the `set` itself), or a compound
  // command, relies on errexit.
  const st = script.statements;
  const isSet = (at: number): boolean => script.commands.some((c) => c.start === at && commandName(c) === 'set');
  const relies = COMPOUND.some((t) => script.nodeTypes.has(t)) || st.some((s, i) => i + 1 < st.length && (st[i + 1].before === ';' || st[i + 1].before === '\n' || st[i + 1].before === '&') && !isSet(s.start));
  const exits = relies ? errexit(doc, prev) : null;
  if (exits) return `that RUN runs with errexit (${exits}), which a shell ignores inside a merged \`&&\` chain: a failing command would no longer stop the build`;
  // A RUN that replaces /bin/sh (ln -sf /bin/bash /bin/sh) changes the shell every later RUN runs in; merged, the
  // later commands would still run in the old one.
  const shellWrite = script.commands.find((c) => {
    const name = commandName(c) ?? '';
    if (name === 'dpkg-reconfigure') return c.words.some((w) => w.value === 'dash');
    return SHELL_WRITERS.has(name) && c.words.slice(1).some((w) => w.value === '/bin/sh' || w.value === '/usr/bin/sh');
  });
  if (shellWrite) return `that RUN changes /bin/sh ("${commandName(shellWrite)}"), which the RUNs after it run in`;
  if (script.background) return `that RUN starts a background process, which a separate RUN stops before the next one`;
  const daemon = script.commands.find((c) => {
    const name = commandName(c) ?? '';
    if (DAEMON_STARTERS.has(name)) return true;
    if (name === 'systemctl') return c.words.slice(1).some((w) => w.value === null || SYSTEMCTL_STARTS.has(w.value));
    if (name === 'ssh-agent') return forksSshAgent(c.words);
    const path = c.words[0]?.value ?? '';
    return (STARTS_WITH_ARG.test(name) || STARTS_WITH_ARG.test(path)) && c.words.slice(1).some((w) => DAEMON_ARGS.has(w.value ?? ''));
  });
  if (daemon) return `that RUN runs "${/^\/etc\/(rc\.d\/)?init\.d\//.test(daemon.words[0]?.value ?? '') ? daemon.words[0].value : commandName(daemon)}", whose processes a separate RUN stops before the next one`;
  return null;
}

/**
 * Why two RUNs under different `# dockerfix-ignore` comments (naming other passes) stay apart: merged, one comment
 * would stand above (or inside) the one RUN and keep its passes away from the commands of both, where the file asked
 * it for one of them only (an apt cleanup of the first RUN would be lost to a comment above the second).
 */
function ignoreScope(ctx: PassContext, prev: Instruction, ins: Instruction): string | null {
  if (!ctx.ignoreRules) return null;
  const key = (i: Instruction): string => ctx.ignoreRules!(i).map((r) => r.line).join(',');
  if (key(prev) === key(ins)) return null;
  const rule = ctx.ignoreRules(ins)[0] ?? ctx.ignoreRules(prev)[0];
  const passes = rule.passes ? [...rule.passes].join(', ') : 'every pass';
  return `${ruleName(rule)} keeps ${passes} away from ${ctx.ignoreRules(ins).length ? 'this RUN' : 'that RUN'} alone; merged, it would cover both`;
}

/** True when the RUN changes state of its shell that a following command would see. */
export function leaksShellState(ins: Instruction): boolean {
  const script = ins.shell!.script!;
  if (script.nodeTypes.has('function_definition')) return true;
  // A `for` loop in the RUN's own shell leaves its variable set (`for v in a b` ends with v=b), as an assignment does:
  // a later command would see it, and so would its child processes when the name is an ENV or ARG.
  if ((script.nodeTypes.has('for_statement') || script.nodeTypes.has('c_style_for_statement'))
    && script.statements.some((s) => !LOOP_SCOPED.has(s.type))) return true;
  return script.commands.some((c) => {
    if (!c.topLevelShell) return false;
    if (c.words.length === 0) return c.assignments.length > 0;
    if (c.words.some((w) => ASSIGNING_EXPANSION.test(w.text)) || c.assignments.some((w) => ASSIGNING_EXPANSION.test(w.text))) return true;
    // A test (`[ -d /x ]`) changes nothing; the shell view keeps its expression as unnamed words.
    if (c.words[0].text === '[' || c.words[0].text === '[[') return false;
    // bash's `time` keyword runs the command in this shell (`time cd /x`); `printf -v NAME` assigns.
    let words = c.words;
    if (words[0].value === 'time') {
      const at = words.findIndex((w, i) => i > 0 && !(w.value ?? '').startsWith('-'));
      if (at < 0) return false;
      words = words.slice(at);
    }
    const name = words[0].value;
    if (name === 'printf' && words.slice(1).some((w) => /^-v/.test(w.value ?? ''))) return true;
    if (name === 'command') {
      // `command cd /x` runs the builtin in this shell; `command -v git` only looks a program up.
      const args = words.slice(1);
      const at = args.findIndex((w) => !(w.value ?? '').startsWith('-'));
      if (at < 0 || args.slice(0, at).some((w) => /^-[a-zA-Z]*[vV]/.test(w.value ?? ''))) return false;
      return args[at].value === null || STATEFUL.has(args[at].value!);
    }
    return name === null || STATEFUL.has(name);
  });
}

/** Top-level statements in which a `for` loop cannot be: in their own shell (subshell, pipeline) or a plain command. */
const LOOP_SCOPED = new Set(['subshell', 'pipeline', 'command', 'negated_command', 'test_command', 'variable_assignment', 'declaration_command']);

/** True when joining with `&&` would change which commands run or the exit status. */
function needsGrouping(ins: Instruction): boolean {
  return ins.shell!.script!.statements.some((s) => s.before !== null && s.before !== '&&');
}

/**
 * The operator after the RUN's last statement: `&` (`RUN sleep 100 &`) or `;` (`RUN if ...; fi;`), else null. A
 * trailing `&` applies to the whole and-or list before it: unwrapped, `a && b &` would send the RUNs merged before it
 * to the background too, where they are cut off when the RUN's shell exits (and their failure no longer fails the
 * build). After a trailing `;` an `&&` cannot follow (`fi; &&` does not parse).
 */
function trailingOperator(doc: DockerDocument, ins: Instruction): '&' | ';' | null {
  const st = ins.shell!.script!.statements;
  const last = st[st.length - 1];
  const m = last === undefined ? null : /^\s*(&(?!&)|;(?!;))/.exec(doc.text.slice(last.end, ins.shell!.end));
  return m ? (m[1] as '&' | ';') : null;
}

/**
 * The indent of the joined lines: the continuation indent of the group's RUNs, else that of the nearest continued RUN
 * of the file (before the group, then after it) when it is a style (tabs, or up to four spaces), so a file continued
 * with two spaces or a tab keeps it; four spaces otherwise.
 */
function indentOf(doc: DockerDocument, group: Instruction[]): string {
  const continuation = (ins: Instruction): string | null => {
    if (ins.keyword !== 'RUN' || ins.endLine === ins.line || ins.heredoc) return null;
    const lineStart = doc.offsetOfLine(ins.line + 1);
    return /^[ \t]+/.exec(doc.text.slice(lineStart, ins.end))?.[0] ?? null;
  };
  for (const ins of group) {
    const found = continuation(ins);
    if (found) return found;
  }
  // Borrowed only when it is a style (tabs, or up to four spaces), not an alignment under a long first line.
  const style = (ins: Instruction): string | null => {
    const found = continuation(ins);
    return found !== null && /^(\t+| {1,4})$/.test(found) ? found : null;
  };
  const all = doc.instructions;
  const first = all.indexOf(group[0]);
  const last = all.indexOf(group[group.length - 1]);
  for (let i = first - 1; i >= 0; i--) {
    if (continuation(all[i]) !== null) return style(all[i]) ?? '    ';
  }
  for (let i = last + 1; i < all.length; i++) {
    if (continuation(all[i]) !== null) return style(all[i]) ?? '    ';
  }
  return '    ';
}

function mergeGroup(ctx: PassContext, group: Instruction[]): ProposedChange {
  const doc = ctx.doc;
  const esc = doc.escape;
  const indent = indentOf(doc, group);
  const edits: Edit[] = [];
  const n = group.length;
  // Why each RUN is wrapped in a subshell: its shell state or list (told together), a `;` it ends with (an `&&`
  // follows it), the `&` the last one ends with (only the last can: one that does is never joined to a next one).
  const hashed = staleLookups(doc, group);
  const state = group.map((ins, i) => needsGrouping(ins) || (i < n - 1 && leaksShellState(ins)) || hashed.wrap[i]);
  const trailing = group.map((ins) => trailingOperator(doc, ins));
  const semicolon = group.map((ins, i) => !state[i] && i < n - 1 && trailing[i] === ';');
  const background = trailing[n - 1] === '&';
  const grouped = group.map((ins, i) => state[i] || semicolon[i] || (i === n - 1 && background));
  if (grouped[0]) edits.push({ start: group[0].shell!.start, end: group[0].shell!.start, text: '(' });
  for (let i = 1; i < group.length; i++) {
    const prev = group[i - 1];
    const cur = group[i];
    const comments = commentsBetween(doc, prev.end, cur.start)
      .map((c) => `${indent}${c.text.trimEnd()}${doc.eol}`)
      .join('');
    const text = `${grouped[i - 1] ? ')' : ''} && ${esc}${doc.eol}${comments}${indent}${grouped[i] ? '(' : ''}`;
    edits.push({ start: prev.shell!.end, end: cur.shell!.start, text });
  }
  const last = group[group.length - 1];
  if (grouped[group.length - 1]) edits.push({ start: last.shell!.end, end: last.shell!.end, text: ')' });
  const lines = (list: number[]): string => (list.length > 1 ? `lines ${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}` : `line ${list[0]}`);
  const subshellFor = group.filter((_, i) => state[i] && !hashed.wrap[i]).map((ins) => ins.line);
  const semicolonFor = group.filter((_, i) => semicolon[i]).map((ins) => ins.line);
  const why = (subshellFor.length
    ? subshellFor.length > 1
      ? ` The RUNs at ${lines(subshellFor)} are each wrapped in a subshell so their shell state and exit status stay as they were.`
      : ` The RUN at ${lines(subshellFor)} is wrapped in a subshell so its shell state and exit status stay as they were.`
    : '')
    + hashed.programs.map(({ name, line, runs }) => ` ${name} is upgraded at line ${line} and run after it: the RUN${runs.length > 1 ? 's' : ''} at ${lines(runs)}, which run${runs.length > 1 ? '' : 's'} ${name} up to then, ${runs.length > 1 ? 'are each' : 'is'} wrapped in a subshell so the later RUNs look ${name} up again and get the new one, as separate RUNs did (a shell remembers where it found a program; Debian's ${name} upgrades into /usr/local/bin, ahead of /usr/bin).`).join('')
    + (semicolonFor.length ? ` The RUN${semicolonFor.length > 1 ? 's' : ''} at ${lines(semicolonFor)} end${semicolonFor.length > 1 ? '' : 's'} with \`;\`, after which \`&&\` cannot follow: wrapped in a subshell.` : '')
    + (background && !state[n - 1] ? ` The RUN at line ${last.line}, which ends in \`&\`, is wrapped in a subshell so the \`&\` sends only its own commands to the background, not the RUNs merged before it.` : '');
  return {
    message: group.some((ins) => ctx.written?.(ins.start))
      ? `merge ${group.length} consecutive RUN instructions into one: ${runsNamed(ctx, group)}`
      : `merge ${group.length} consecutive RUN instructions (lines ${group[0].line}-${last.line}) into one`,
    reason: `One layer instead of ${group.length}: fewer layers to store and pull${deletedLater(doc, group)}.${why}`,
    safety: 'safe',
    edits,
    at: group[0].start,
  };
}

/**
 * Programs that upgrade themselves into another directory: Debian's and Ubuntu's pip is /usr/bin/pip and
 * `pip install -U pip` puts the new one in /usr/local/bin, earlier on PATH; their npm is /usr/bin/npm and
 * `npm i -g npm` installs to /usr/local. A shell that has run the program once remembers where it found it (dash's
 * and bash's command hash), so in one merged RUN a later `pip` would run the old one; separate RUNs each look it up
 * again. The images that carry the program in /usr/local/bin already upgrade it in place (python, node, ruby), and
 * so do Alpine's packages.
 */
const SELF_UPGRADES: { name: string; runs: RegExp; inPlace: RegExp; upgrades: (name: string, args: (string | null)[]) => boolean }[] = [
  {
    name: 'pip',
    runs: /^pip(\d+(\.\d+)?)?$/,
    inPlace: /^([\w.-]+\/)*(library\/)?(python|pypy)(:|@|$)/,
    upgrades: (name, args) => {
      const pip = /^pip(\d+(\.\d+)?)?$/.test(name) ? args : /^python(\d+(\.\d+)?)?$/.test(name) && args[0] === '-m' && args[1] === 'pip' ? args.slice(2) : null;
      return pip !== null && pip[0] === 'install' && pip.some((a) => a !== null && /^pip([<>=!~].*)?$/.test(a));
    },
  },
  {
    name: 'npm',
    runs: /^npm$/,
    inPlace: /^([\w.-]+\/)*(library\/)?node(:|@|$)/,
    upgrades: (name, args) => name === 'npm' && (args[0] === 'install' || args[0] === 'i') && args.some((a) => a === '-g' || a === '--global') && args.some((a) => a !== null && /^npm(@.*)?$/.test(a)),
  },
  {
    name: 'gem',
    runs: /^gem$/,
    inPlace: /^([\w.-]+\/)*(library\/)?(ruby|jruby)(:|@|$)/,
    upgrades: (name, args) => name === 'gem' && args[0] === 'update' && args.includes('--system'),
  },
];

/** A RUN that may upgrade one of SELF_UPGRADES: it names the program and (for pip) the package. */
const SELF_UPGRADE_TEXT = /\bpip(\d+(\.\d+)?)?\b|\bnpm\b|\bgem\b/;

/**
 * The RUNs of a group to wrap in a subshell so no shell remembers an old program across its upgrade: for a program
 * a RUN upgrades and a later RUN of the group runs, every RUN up to the last upgrade that runs it in its own shell.
 */
function staleLookups(doc: DockerDocument, group: Instruction[]): { wrap: boolean[]; programs: { name: string; line: number; runs: number[] }[] } {
  const wrap = group.map(() => false);
  const programs: { name: string; line: number; runs: number[] }[] = [];
  // Most groups name none of these programs before their last RUN: nothing to read.
  if (!group.slice(0, -1).some((ins) => SELF_UPGRADE_TEXT.test(ins.text))) return { wrap, programs };
  const image = baseOf(doc, group[0]);
  // Alpine's pip and npm (apk) install into /usr, where they already are.
  const alpine = /(^|\/)alpine(:|@|$)|:[^/]*alpine/.test(image);
  const invs = group.map((ins) => ins.shell!.script!.commands.map((c) => ({ c, inv: invocation(c) })));
  for (const p of SELF_UPGRADES) {
    if (p.inPlace.test(image) || (alpine && p.name !== 'gem')) continue;
    let last = -1;
    invs.forEach((list, i) => {
      if (list.some(({ inv }) => inv !== null && p.upgrades(inv.name, inv.args.map((a) => a.value)))) last = i;
    });
    if (last < 0 || !invs.slice(last + 1).some((list) => list.some(({ inv }) => inv !== null && p.runs.test(inv.name)))) continue;
    const runs: number[] = [];
    for (let i = 0; i <= last; i++) {
      if (invs[i].some(({ c, inv }) => c.topLevelShell && inv !== null && p.runs.test(inv.name))) {
        wrap[i] = true;
        runs.push(group[i].line);
      }
    }
    if (runs.length) programs.push({ name: p.name, line: group[last].line, runs });
  }
  return { wrap, programs };
}

/** The image a RUN's stage is built on, following `FROM <earlier stage>` (lower case, as written). */
function baseOf(doc: DockerDocument, ins: Instruction): string {
  let stage = doc.stages[ins.stage];
  for (let hops = 0; stage && hops < doc.stages.length; hops++) {
    const image = stage.image.toLowerCase();
    const parent = doc.stages.find((s) => s.index < stage!.index && s.name === image);
    if (!parent) return image;
    stage = parent;
  }
  return '';
}

/** Subcommands that delete files, per program (a program mapped to null deletes with any arguments). */
const DELETERS = new Map<string, RegExp | null>([
  ['rm', null], ['rmdir', null], ['unlink', null], ['shred', null],
  ['apt-get', /^(purge|remove|autoremove|clean|autoclean)$/], ['apt', /^(purge|remove|autoremove|clean|autoclean)$/],
  ['apk', /^del$/], ['yum', /^(remove|erase|autoremove|clean)$/], ['dnf', /^(remove|erase|autoremove|clean)$/],
  ['microdnf', /^(remove|clean)$/], ['tdnf', /^(remove|erase|autoremove|clean)$/], ['zypper', /^(remove|rm|clean)$/],
  ['pip', /^uninstall$/], ['pip3', /^uninstall$/], ['npm', /^(uninstall|un|rm|r|remove|prune|cache)$/],
  ['yarn', /^(cache|remove)$/], ['pnpm', /^(store|remove|rm|prune)$/], ['gem', /^(cleanup|uninstall)$/],
  ['conda', /^(clean|remove|uninstall)$/], ['composer', /^(clear-cache|clearcache|remove)$/], ['go', /^clean$/],
  ['docker-php-source', /^delete$/],
]);

/**
 * What merging does for deleted files, told only when a RUN after the first deletes some (`rm`, `apt-get purge`,
 * `find -delete`...): files an earlier of the merged RUNs created and it deletes are then in no layer. Merging RUNs
 * that delete nothing saves only the layers themselves.
 */
function deletedLater(doc: DockerDocument, group: Instruction[]): string {
  for (const ins of group.slice(1)) {
    for (const c of ins.shell!.script!.commands) {
      const inv = invocation(c);
      if (!inv) continue;
      const sub = DELETERS.get(inv.name);
      const deletes = sub === null || (sub !== undefined && sub.test(inv.args.find((a) => !a.value?.startsWith('-'))?.value ?? ''))
        || (inv.name === 'find' && inv.args.some((a) => a.value === '-delete' || a.value === 'rm'));
      if (!deletes) continue;
      const word = sub ? ` ${inv.args.find((a) => !a.value?.startsWith('-'))?.value}` : '';
      return `, and files that \`${inv.name}${word}\` at line ${doc.lineOf(c.start)} deletes no longer stay in a layer of the RUNs before it`;
    }
  }
  return '';
}

/**
 * The merged RUNs when an earlier change wrote one of them (a RUN moved there): the first as this RUN, the others by
 * their line, that one by its text. Told in the input's numbering, it would take the line of the instruction it was moved above, and two merges
 * in a row would read the same.
 */
function runsNamed(ctx: PassContext, group: Instruction[]): string {
  // The first is the change's own line, which every reader shows before the message.
  const names = group.map((ins, i) => (i === 0 && !ctx.written?.(ins.start) ? 'this RUN' : instructionName(ctx, ins)));
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** The comments wholly between two offsets (comments come in order: found by bisection, not by a scan of all). */
function commentsBetween(doc: DockerDocument, after: number, before: number): DockerDocument['comments'] {
  const list = doc.comments;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start > after) hi = mid;
    else lo = mid + 1;
  }
  const out: DockerDocument['comments'] = [];
  for (let i = lo; i < list.length && list[i].start < before; i++) if (list[i].end <= before) out.push(list[i]);
  return out;
}

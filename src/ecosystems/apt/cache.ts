/**
 * apt (apt-get, apt, aptitude on Debian and Ubuntu): `apt-get update` downloads the package lists into
 * /var/lib/apt/lists (20-50 MB). They must leave the image in the RUN that downloaded them:
 *   clean strategy: `&& rm -rf /var/lib/apt/lists/*` at the end of that RUN. No `apt-get clean` is needed: the
 *     Debian and Ubuntu images ship /etc/apt/apt.conf.d/docker-clean, an apt hook that already deletes the
 *     downloaded .deb files after every install.
 *   mount strategy: cache mounts on /var/cache/apt and /var/lib/apt/lists (sharing=locked: apt takes locks there),
 *     with the docker-clean hook removed so the downloaded .debs stay in the mount for the next build.
 * A RUN whose lists a later RUN still uses (an install without its own update) is left alone: merge the RUNs.
 * `--no-install-recommends` is offered on its own, in the unsafe tier: it changes which packages are installed.
 */
import {
  appendCleanup, cacheChange, cleanedAfter, covers, flagAfter, hasCacheMount, isRoot, mountEdit, mountedSkip, normalizePath, NOTHING,
  strictGlobRm, privilegePrefix, removedPaths, scanRuns, subWord, wordPath, type CacheManager, type ManagerPlan, type RunView,
} from '../common/cache.js';
import { removeStatements } from '../../edits.js';
import type { Statement } from '../../shell/parser.js';
import type { DockerDocument, Instruction } from '../../document.js';
import { invocation, positionals, type Invocation } from '../../shell/query.js';
import type { Edit, ProposedChange } from '../../types.js';

export const APT_PROGRAMS = new Set(['apt-get', 'apt', 'aptitude']);
const FLAGS_WITH_VALUE = new Set(['-o', '--option', '-c', '--config-file', '-t', '--target-release', '--default-release', '-a', '--host-architecture']);
/** Sub-commands that read the package lists. */
const USES_LISTS = new Set([
  'install', 'upgrade', 'dist-upgrade', 'full-upgrade', 'build-dep', 'source', 'download', 'reinstall', 'satisfy',
  'search', 'show', 'policy', 'madison', 'changelog', 'depends', 'rdepends', 'showpkg', 'safe-upgrade', 'list',
]);
/** Those that only read them (a query whose output the lists decide), told as such. */
const QUERIES = new Set(['apt-cache', 'search', 'show', 'policy', 'madison', 'changelog', 'depends', 'rdepends', 'showpkg', 'list']);
export const LISTS = '/var/lib/apt/lists';
const DOCKER_CLEAN = '/etc/apt/apt.conf.d/docker-clean';

export function aptSub(inv: Invocation): string | null {
  return subWord(inv.args, FLAGS_WITH_VALUE)?.value ?? null;
}

/** `apt-get update`, or `add-apt-repository` (which runs an update unless told not to). */
export function updatesLists(inv: Invocation): boolean {
  if (APT_PROGRAMS.has(inv.name)) return aptSub(inv) === 'update';
  return inv.name === 'add-apt-repository' && !inv.args.some((a) => a.value === '-n' || a.value === '--no-update');
}

export function usesLists(inv: Invocation): boolean {
  // gdebi installs a .deb with the dependencies it resolves from the lists.
  if (inv.name === 'apt-cache' || inv.name === 'gdebi') return true;
  return APT_PROGRAMS.has(inv.name) && USES_LISTS.has(aptSub(inv) ?? '');
}

/** Programs that run apt-get install themselves, without an update of their own. */
const INSTALLS_WITH_APT = new Set(['rosdep']);

/**
 * An apt command run through a program that is not a wrapper we resolve (`xargs apt-get install`, `timeout 600
 * apt-get install`, `parallel`...), or a tool that installs with apt itself (`rosdep install`): read as a use.
 */
function mentionsListUse(inv: Invocation): boolean {
  if (INSTALLS_WITH_APT.has(inv.name)) return inv.args.some((a) => a.value === 'install');
  const at = inv.args.findIndex((a) => a.value !== null && APT_PROGRAMS.has(a.value.slice(a.value.lastIndexOf('/') + 1)));
  return at >= 0 && inv.args.slice(at + 1).some((a) => USES_LISTS.has(a.value ?? ''));
}

/**
 * A script the Dockerfile copies into the image (`COPY install-redis /tmp/` ... `RUN /tmp/install-redis`, `RUN sh
 * setup.sh`): its commands are not read here, and installing packages is what such scripts often do.
 */
function copiedScript(run: RunView, inv: Invocation): string | null {
  const head = inv.cmd.words[inv.wrappers.length]?.value ?? '';
  if (/^(ba|da|z|a)?sh$/.test(inv.name) && inv.args.some((a) => /^-[a-z]*c[a-z]*$/.test(a.value ?? ''))) return null;
  const file = /^(ba|da|z|a)?sh$/.test(inv.name) ? inv.args.find((a) => !(a.value ?? '').startsWith('-'))?.value ?? '' : head.includes('/') ? head : '';
  const name = file.slice(file.lastIndexOf('/') + 1);
  if (name === '') return null;
  const copied = copiedArgs(run.doc);
  return copied.has(name) || copied.has(file) ? file : null;
}

/**
 * The names a COPY/ADD from the build context mentions: each argument as written and its last path part (what
 * `a.value.endsWith('/' + name)` matched), computed once per document.
 */
const COPIED_ARGS = new WeakMap<DockerDocument, Set<string>>();
function copiedArgs(doc: DockerDocument): Set<string> {
  let names = COPIED_ARGS.get(doc);
  if (names) return names;
  names = new Set();
  for (const i of doc.instructions) {
    if ((i.keyword !== 'COPY' && i.keyword !== 'ADD') || i.flags.some((f) => f.name === 'from')) continue;
    for (const a of i.args) {
      names.add(a.value);
      const slash = a.value.lastIndexOf('/');
      if (slash >= 0) names.add(a.value.slice(slash + 1));
    }
  }
  COPIED_ARGS.set(doc, names);
  return names;
}

/**
 * The first later RUN that reads package lists before downloading its own. Scanning stops at the first later update:
 * from there on, later RUNs read that RUN's lists, not ours. What a scan finds beyond the RUN's stage is remembered
 * per segment (see RunView.laterParts): it depends only on the document, and every RUN of the stage that reaches the
 * segment starts it afresh (an update or a use before it would have ended the scan).
 */
function laterListUser(run: RunView): string | null {
  const parts = run.laterParts;
  let use: ListUse;
  if (parts === undefined) use = listUseIn(run, run.later);
  else {
    use = listUseIn(run, parts.inStage);
    for (const segment of parts.beyond) {
      if (use !== null) break;
      if (listUses.has(segment)) use = listUses.get(segment)!;
      else listUses.set(segment, (use = listUseIn(run, segment)));
    }
  }
  return use !== null && use !== 'update' ? `the RUN at line ${use.ins.line} ${use.what ?? 'installs with them'}` : null;
}

/** A RUN that uses the lists and how (null: installs with them), or 'update' when an update comes first. */
type ListUse = { ins: Instruction; what: string | null } | 'update' | null;
const listUses = new WeakMap<readonly Instruction[], ListUse>();

function listUseIn(run: RunView, later: Iterable<Instruction>): ListUse {
  let firstUse: string | null = null;
  let stop = false;
  const found = scanRuns(
    later,
    (inv) => {
      if (stop || firstUse) return false;
      if (updatesLists(inv)) { stop = true; return false; }
      // `rm -r /var/lib/apt/lists/*` without -f fails, and stops the build, once the lists are gone.
      if (strictGlobRm(inv, LISTS)) { firstUse = `runs \`${inv.cmd.words.map((w) => w.text).join(' ')}\` without -f, which fails once they are gone`; return true; }
      if (usesLists(inv) || mentionsListUse(inv)) { firstUse = QUERIES.has(inv.name === 'apt-cache' ? 'apt-cache' : aptSub(inv) ?? '') ? 'reads them' : 'installs with them'; return true; }
      const script = copiedScript(run, inv);
      if (script) { firstUse = `runs ${script}, a script copied into the image that may install with them`; return true; }
      return false;
    },
    /\bapt(-get|-cache|itude)?\b|\bgdebi\b/,
    () => stop,
  );
  if (found) return { ins: found, what: firstUse };
  return stop ? 'update' : null;
}

/**
 * Whether an instruction configures apt's default for recommended packages (`echo 'APT::Install-Recommends "0";' >
 * /etc/apt/apt.conf.d/...`, a COPY of such a file named so): every later install follows it. The flag on a command
 * line (`--no-install-recommends`, `-o APT::Install-Recommends=false`) is that command's alone: it says nothing of
 * the installs around it, which still install recommended packages.
 */
function setsRecommendsConfig(text: string): boolean {
  if (!/Install-Recommends/i.test(text)) return false;
  const rest = text
    .replace(/(^|\s)--(no-)?install-recommends(?=[\s;&|)]|$)/gi, '$1')
    .replace(/(^|\s)(-o|--option)(\s+|=)?['"]?APT::Install-Recommends=[^\s'"]*['"]?/gi, '$1');
  return /Install-Recommends/i.test(rest);
}

/**
 * Programs whose packages recommend ca-certificates, the CA bundle every https:// download checks against; the
 * Debian and Ubuntu base images do not have it. Without their recommendations, `curl https://...` fails (error 77)
 * and so does `git clone https://...`.
 */
const TLS_CLIENTS = new Set(['curl', 'wget', 'git']);

/** Package names without a version, release or architecture (`curl=7.88*`, `curl:amd64`, `curl/bookworm`). */
function packageNames(inv: Invocation): (string | null)[] {
  return positionals(inv.args, FLAGS_WITH_VALUE).slice(1).map((w) => (w.value === null ? null : w.value.replace(/[=:].*$/, '').replace(/\/.*$/, '')));
}

/** An edit putting `name` before the word at `start`: on a line of its own when the word starts its line (one package a line). */
function beforeWord(doc: DockerDocument, start: number, name: string): Edit {
  const lineStart = doc.text.lastIndexOf('\n', start - 1) + 1;
  const indent = doc.text.slice(lineStart, start);
  if (lineStart === 0 || !/^[ \t]*$/.test(indent)) return { start, end: start, text: `${name} ` };
  const eol = doc.text[lineStart - 2] === '\r' ? '\r\n' : '\n';
  return { start, end: start, text: `${name} ${doc.escape}${eol}${indent}` };
}

function noRecommends(run: RunView): ProposedChange | null {
  const installs = run.invocations.filter((inv) => (inv.name === 'apt-get' || inv.name === 'apt') && aptSub(inv) === 'install');
  // A simulation (`apt-get install -s x`, `--dry-run`: does x exist?) installs nothing: no flag to add.
  const todo = installs.filter((inv) => !inv.args.some((a) => /^(--no-install-recommends|--install-recommends|-s|--simulate|--just-print|--dry-run|--recon|--no-act)$/.test(a.value ?? '') || /Install-Recommends/i.test(a.value ?? a.text)));
  if (todo.length === 0) return null;
  if ([...run.earlier, run.ins].some((ins) => setsRecommendsConfig(ins.text))) return null;
  const edits = todo.map((inv) => flagAfter(subWord(inv.args, FLAGS_WITH_VALUE)!, '--no-install-recommends'));
  // curl, wget and git pull in ca-certificates as a recommendation only: it is added to the install, unless the
  // stage installs it already (here or in an earlier RUN).
  const named = installs.flatMap(packageNames);
  // An earlier RUN that installs curl, wget or git with their recommendations brings it too, or gets it named by
  // its own offer.
  const certsNamed = named.includes('ca-certificates') || run.earlier.some((ins) => ins.keyword === 'RUN' && (
    /\bca-certificates\b/.test(ins.text) || (ins.shell?.script?.commands ?? []).some((cmd) => {
      const inv = invocation(cmd);
      return inv !== null && (inv.name === 'apt-get' || inv.name === 'apt') && aptSub(inv) === 'install' &&
        !inv.args.some((a) => a.value === '--no-install-recommends') && packageNames(inv).some((n) => n !== null && TLS_CLIENTS.has(n));
    })));
  const clients: string[] = [];
  if (!certsNamed) {
    for (const inv of todo) {
      const words = positionals(inv.args, FLAGS_WITH_VALUE).slice(1);
      const names = packageNames(inv);
      const at = names.findIndex((n) => n !== null && TLS_CLIENTS.has(n));
      if (at < 0) continue;
      for (const n of names) if (n !== null && TLS_CLIENTS.has(n) && !clients.includes(n)) clients.push(n);
      if (!edits.some((e) => e.text.startsWith('ca-certificates '))) edits.push(beforeWord(run.doc, words[at].start, 'ca-certificates'));
    }
  }
  const list = clients.length > 1 ? `${clients.slice(0, -1).join(', ')} and ${clients[clients.length - 1]}` : clients[0];
  return cacheChange(
    'apt',
    `install without recommended packages (${todo[0].name} install --no-install-recommends)${clients.length ? ', keeping ca-certificates' : ''}`,
    'apt installs "recommended" packages by default, often tens to hundreds of MB the image does not need. ' +
      (clients.length ? `ca-certificates, which ${list} recommend${clients.length > 1 ? '' : 's'}, is added to the install: without that CA bundle ${list} fail${clients.length > 1 ? '' : 's'} on every https:// URL (the Debian and Ubuntu base images do not have it). ` : '') +
      'Unsafe: it changes which packages are installed, and the software may rely on a recommended one.',
    edits,
    [],
    'unsafe',
  );
}

/** The directories the mount strategy puts cache mounts on. */
const MOUNTED = ['/var/cache/apt', LISTS];

/**
 * What in the RUN would empty the cache mounts on every build (`apt-get clean`, `rm -rf /var/cache/apt/*`, an `rm` of
 * the lists before the update), as edits that drop it: under a mount these only touch the mount, so the layer is the
 * same without them. Or why the mounts cannot be added: an `rm` of a mount point itself or of a directory above one
 * (`rm -rf /var/cache/apt`, `rm -rf /var/cache/*`) fails on a mount point (Device or resource busy) and stops the
 * build; a removal that is not a plain step of the RUN's `&&` chain cannot be dropped, nor can a `find` that deletes.
 */
function mountEmptiers(run: RunView): { edits: Edit[]; dropped: string[] } | { blocker: string } {
  const statements = run.script.statements;
  const whole: Statement[] = [];
  const edits: Edit[] = [];
  const dropped: string[] = [];
  const shown = (inv: Invocation): string => inv.cmd.words.map((w) => w.text).join(' ');
  const statementOf = (inv: Invocation): Statement | null => {
    const st = statements.find((s) => s.start <= inv.cmd.start && inv.cmd.end <= s.end);
    if (!st || st.type !== 'command' || st.start !== inv.cmd.start || st.end !== inv.cmd.end) return null;
    return st;
  };
  for (const inv of run.invocations) {
    if (inv.runsAsOtherUser) continue;
    if (APT_PROGRAMS.has(inv.name) && aptSub(inv) === 'clean') {
      const st = statementOf(inv);
      if (!st) return { blocker: `\`${shown(inv)}\` would empty the /var/cache/apt mount on every build, and it is not a plain step of the RUN's && chain that could be dropped` };
      whole.push(st);
      dropped.push(shown(inv));
      continue;
    }
    if (inv.name === 'find' && inv.args.some((a) => a.value === '-delete')) {
      const p = inv.args[0] ? normalizePath(wordPath(inv.args[0]), '/root') : '';
      if (MOUNTED.some((m) => covers(p, m) || covers(m, p))) return { blocker: `\`${shown(inv)}\` deletes in the directory a cache mount would cover` };
      continue;
    }
    if (inv.name !== 'rm') continue;
    const paths = inv.args.filter((a) => !wordPath(a).startsWith('-'));
    const inside = paths.filter((a) => {
      const p = wordPath(a).replace(/\/+$/, '');
      return MOUNTED.some((m) => p.startsWith(`${m}/`));
    });
    const above = paths.find((a) => !inside.includes(a) && MOUNTED.some((m) => covers(normalizePath(wordPath(a), '/root'), m)));
    if (above) return { blocker: `\`${shown(inv)}\` removes ${wordPath(above)}, which is or holds a cache mount's mount point: rm fails there (Device or resource busy) and would stop the build` };
    if (inside.length === 0) continue;
    if (inside.length === paths.length) {
      const st = statementOf(inv);
      if (!st) return { blocker: `\`${shown(inv)}\` would empty a cache mount on every build, and it is not a plain step of the RUN's && chain that could be dropped` };
      whole.push(st);
      dropped.push(shown(inv));
      continue;
    }
    // Only some of its paths are in a mount: those words go, the rest of the rm stays.
    for (const w of inside) {
      const before = inv.cmd.words[inv.cmd.words.indexOf(w) - 1];
      edits.push({ start: before.end, end: w.end, text: '' });
      dropped.push(inv.cmd.words.filter((x) => x === w || !paths.includes(x)).map((x) => x.text).join(' '));
    }
  }
  if (whole.length) {
    const removal = removeStatements(run.ins, whole);
    if (!removal) return { blocker: `${dropped.map((d) => `\`${d}\``).join(', ')} would empty the cache mounts on every build, and the RUN is not an && chain from which it could be dropped` };
    edits.push(...removal);
  }
  return { edits, dropped };
}

export const apt: CacheManager = {
  id: 'apt',
  plan(run): ManagerPlan {
    const aptInvs = run.invocations.filter((inv) => APT_PROGRAMS.has(inv.name) || inv.name === 'add-apt-repository' || inv.name === 'apt-cache');
    if (aptInvs.length === 0) return NOTHING;
    const changes: ProposedChange[] = [];
    const skips: string[] = [];
    const recommends = noRecommends(run);
    if (recommends) changes.push(recommends);
    const updates = aptInvs.filter(updatesLists);
    if (updates.length === 0) return { changes, skips };
    if (hasCacheMount(run, [LISTS, '/var/cache/apt'])) return { changes, skips: [mountedSkip(run, 'apt', [LISTS, '/var/cache/apt'])] };
    const lastUpdate = updates[updates.length - 1];
    // `apt-get dist-clean` (apt 2.7+) removes the lists too.
    const distClean = aptInvs.some((i) => i.cmd.start > lastUpdate.cmd.start && APT_PROGRAMS.has(i.name) && aptSub(i) === 'dist-clean');
    if (distClean || cleanedAfter(run, lastUpdate.cmd.end, [LISTS])) return { changes, skips };
    if (updates.some((u) => u.runsAsOtherUser)) return { changes, skips: ['apt: apt-get update runs as another user or in another root (chroot...)'] };
    const user = laterListUser(run);
    if (user) {
      return { changes, skips: [`apt: package lists kept: ${user} (merge the RUNs to clean up in one layer)`] };
    }
    const sudo = privilegePrefix(updates);
    let unmounted = '';
    if (run.strategy === 'mount' && isRoot(run)) {
      const emptying = mountEmptiers(run);
      if ('blocker' in emptying) unmounted = ` Cleaned, not mounted: ${emptying.blocker}.`;
      else {
        const hookGone = [...run.earlier.filter((i) => i.keyword === 'RUN')].some((i) => /docker-clean/.test(i.text))
          || removedPaths(run, 0).some((p) => p === DOCKER_CLEAN);
        const edits: Edit[] = [mountEdit(run, [{ target: '/var/cache/apt', sharing: 'locked' }, { target: LISTS, sharing: 'locked' }]), ...emptying.edits];
        if (!hookGone) {
          // The hook goes in front of the RUN's first command; when that command is dropped too, in its place.
          const at = run.ins.shell!.start;
          const text = `rm -f ${DOCKER_CLEAN} && `;
          const first = edits.findIndex((e) => e.start === at && e.end > at);
          if (first >= 0) edits[first] = { ...edits[first], text };
          else edits.push({ start: at, end: at, text });
        }
        const dropped = emptying.dropped.map((d) => `\`${d}\``);
        const droppedList = dropped.length > 1 ? `${dropped.slice(0, -1).join(', ')} and ${dropped[dropped.length - 1]}` : dropped[0];
        changes.push(cacheChange(
          'apt',
          `mount BuildKit caches for apt at /var/cache/apt and /var/lib/apt/lists${dropped.length ? ` (dropping ${droppedList})` : ''}`,
          `The package lists and downloaded .debs stay in BuildKit cache mounts (sharing=locked, as apt locks them) instead of the layer: the image is as small as with a cleanup and rebuilds skip the downloads.${hookGone ? '' : ' The docker-clean apt hook is removed so the .debs stay in the cache mount; a later apt RUN without these mounts would keep its .debs.'}${dropped.length ? ` ${droppedList} ${dropped.length > 1 ? 'go' : 'goes'}: under the mounts ${dropped.length > 1 ? 'they' : 'it'} would only empty them on every build, and the layer is the same without ${dropped.length > 1 ? 'them' : 'it'} (the mounts hide those directories from it).` : ''} Needs BuildKit (the default builder since Docker 23).`,
          edits,
          [`${LISTS}/**`, '/var/cache/apt/**', ...(hookGone ? [] : [DOCKER_CLEAN])],
        ));
        return { changes, skips };
      }
    }
    const edit = appendCleanup(run, `${sudo}rm -rf ${LISTS}/*`);
    if (typeof edit === 'string') return { changes, skips: [...skips, `apt: package lists not removed: ${edit}`] };
    changes.push({ ...cacheChange(
      'apt',
      `remove the apt package lists in the same RUN (rm -rf ${LISTS}/*)`,
      `apt-get update downloads the package lists (${LISTS}, typically 20-50 MB); removed in the RUN that downloaded them, no layer keeps them (a cleanup in a later RUN would save nothing). No \`apt-get clean\` is needed: Debian and Ubuntu images ship the docker-clean apt hook, which already deletes downloaded .deb files after each install. Safe: no later RUN in this stage or a stage built on it installs without running apt-get update itself.${unmounted || (run.strategy === 'mount' ? ' (no cache mount: the RUN does not run as root)' : '')}`,
      [edit],
      [`${LISTS}/**`],
    ), at: updates[0].cmd.start });
    return { changes, skips };
  },
};

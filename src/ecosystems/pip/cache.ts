/**
 * pip (pip, pip3, pip3.11, python -m pip, python3.11 -m pip): every install keeps the downloaded wheels and HTTP
 * responses in ~/.cache/pip. `--no-cache-dir` on the install leaves it out; PIP_NO_CACHE_DIR (ENV, ARG, a
 * `VAR=value` prefix or an export) already does.
 */
import {
  baseImage, cacheChange, cleanedAfter, envSet, flagAfter, hasCacheMount, home, homeGlobs, isRoot, mountEdit, mountedSkip, mountParents, NOTHING, subWord,
  type CacheManager, type ManagerPlan, type RunView,
} from '../common/cache.js';
import type { Invocation } from '../../shell/query.js';
import type { Word } from '../../shell/parser.js';

const FLAGS_WITH_VALUE = new Set([
  '--python', '--log', '--proxy', '--retries', '--timeout', '--exists-action', '--trusted-host', '--cert', '--client-cert',
  '--cache-dir', '--use-feature', '--use-deprecated', '--progress-bar',
]);
const PYTHON_FLAGS_WITH_VALUE = new Set(['-W', '-X', '-c']);

/** The arguments after `pip` for every spelling, or null when this is not pip. */
export function pipArgs(inv: Invocation): readonly Word[] | null {
  if (/^pip[0-9.]*$/.test(inv.name)) return inv.args;
  if (!/^python[0-9.]*$/.test(inv.name)) return null;
  for (let i = 0; i < inv.args.length; i++) {
    const v = inv.args[i].value;
    if (v === null || !v.startsWith('-')) return null;
    if (v === '-m') return inv.args[i + 1]?.value === 'pip' ? inv.args.slice(i + 2) : null;
    if (v === '-mpip') return inv.args.slice(i + 1);
    if (PYTHON_FLAGS_WITH_VALUE.has(v)) i++;
  }
  return null;
}

/** Distributions whose own python-pip predates pip 6.0 (Debian 8 ships 1.5.6, Ubuntu 14.04 1.5.4). */
const OLD_PIP_DISTRO = /^(docker\.io\/)?(library\/)?(debian:(squeeze|wheezy|jessie|[678])|ubuntu:(precise|trusty|1[024]\.04))([-.:@]|$)/;

/** True on such a base when nothing before `first` (earlier RUNs, or this one) upgrades pip or installs it otherwise. */
function oldDistroPip(run: RunView, first: Invocation): boolean {
  if (!OLD_PIP_DISTRO.test(baseImage(run))) return false;
  if (run.earlier.some((i) => i.keyword === 'RUN' && UPGRADES_PIP.test(i.text))) return false;
  return !UPGRADES_PIP.test(run.doc.text.slice(run.ins.start, first.cmd.start));
}
const UPGRADES_PIP = /get-pip|pip[0-9.]*\s+install\s+(.*\s)?(-U|--upgrade)\s+(.*\s)?pip\b|pip[0-9.]*\s+install\s+(.*\s)?["']?pip[=<>~]|ensurepip|easy_install/;

function cacheDirs(run: RunView): string[] {
  const custom = run.env.get('PIP_CACHE_DIR') ?? run.env.get('XDG_CACHE_HOME');
  return ['~/.cache/pip', ...(custom ? [custom] : [])];
}

export const pip: CacheManager = {
  id: 'pip',
  plan(run): ManagerPlan {
    const installs: { inv: Invocation; sub: Word; args: readonly Word[] }[] = [];
    for (const inv of run.invocations) {
      const args = pipArgs(inv);
      if (!args) continue;
      const sub = subWord(args, FLAGS_WITH_VALUE);
      if (sub?.value === 'install' || sub?.value === 'wheel' || sub?.value === 'download') installs.push({ inv, sub, args });
    }
    // pip takes any unambiguous prefix of a long option: `--no-cache` is `--no-cache-dir`.
    const noCache = (v: string | null): boolean => v !== null && v.length >= 10 && '--no-cache-dir'.startsWith(v.split('=')[0]);
    const todo = installs.filter((i) => !i.args.some((a) => noCache(a.value)));
    if (todo.length === 0) return NOTHING;
    if (hasCacheMount(run, cacheDirs(run))) return { changes: [], skips: [mountedSkip(run, 'pip', cacheDirs(run))] };
    if (envSet(run, 'PIP_NO_CACHE_DIR', todo.map((t) => t.inv))) return { changes: [], skips: ['pip: PIP_NO_CACHE_DIR is set, pip keeps no cache'] };
    const last = installs[installs.length - 1].inv;
    if (cleanedAfter(run, last.cmd.end, cacheDirs(run)) || run.invocations.some((inv) => inv.cmd.start > last.cmd.start && pipArgs(inv) && subWord(pipArgs(inv)!, FLAGS_WITH_VALUE)?.value === 'cache' && pipArgs(inv)!.some((a) => a.value === 'purge'))) {
      return NOTHING;
    }
    if (oldDistroPip(run, todo[0].inv)) {
      // The old pip runs up to (and including) the command that upgrades it: only the installs after that take the flag.
      const upgrade = run.invocations.find((inv) => inv.cmd.start >= todo[0].inv.cmd.start && UPGRADES_PIP.test(run.doc.text.slice(inv.cmd.start, inv.cmd.end)));
      const after = upgrade ? todo.filter((t) => t.inv.cmd.start > upgrade.cmd.start) : [];
      if (after.length === 0) return { changes: [], skips: ["pip: the base image's distribution ships a pip older than 6.0 (no --no-cache-dir), and this Dockerfile does not upgrade it first"] };
      todo.splice(0, todo.length, ...after);
    }
    if (todo.some((t) => t.args.some((a) => /^--cache-dir(=|$)/.test(a.value ?? '')))) {
      return { changes: [], skips: ['pip: the install names its own --cache-dir'] };
    }
    const otherUser = todo.some((t) => t.inv.runsAsOtherUser);
    const custom = run.env.get('PIP_CACHE_DIR');
    const removes = [...homeGlobs(run, '.cache/pip', otherUser), ...(custom ? [`${custom}/**`] : [])];
    const h = home(run);
    if (run.strategy === 'mount' && isRoot(run) && h !== null && !otherUser && !run.env.has('PIP_CACHE_DIR') && !run.env.has('XDG_CACHE_HOME')) {
      const target = `${h === '/' ? '' : h}/.cache/pip`;
      return {
        changes: [cacheChange(
          'pip',
          `mount a BuildKit cache for pip at ${target}`,
          "pip's download and wheel cache stays in a BuildKit cache mount instead of the layer, so the image is as small as with --no-cache-dir and rebuilds reuse the downloads. Needs BuildKit (the default builder since Docker 23).",
          [mountEdit(run, [{ target }])],
          [...removes, ...mountParents([{ target }])],
        )],
        skips: [],
      };
    }
    const spelled = todo[0].inv.cmd.words.slice(todo[0].inv.wrappers.length).map((w) => w.text);
    const shown = spelled.slice(0, spelled.indexOf(todo[0].sub.text) + 1).join(' ');
    return {
      changes: [cacheChange(
        'pip',
        `add --no-cache-dir to ${shown}${todo.length > 1 ? ` (and ${todo.length - 1} more)` : ''}`,
        `pip keeps every downloaded wheel and HTTP response in ~/.cache/pip (often as large as the installed packages); --no-cache-dir leaves it out of the layer. Safe: ${safeBecause(todo.map((t) => t.sub.value ?? ''))}.`,
        todo.map((t) => flagAfter(t.sub, '--no-cache-dir')),
        removes,
      )],
      skips: [],
    };
  },
};

/** What stays the same with --no-cache-dir, said of the sub-commands it is added to (install, wheel, download). */
function safeBecause(subs: string[]): string {
  const made = [...new Set(subs.map((s) => (s === 'download' ? 'downloaded' : s === 'wheel' ? 'built' : 'installed')))];
  return `the same packages are ${made.length === 1 ? made[0] : `${made.slice(0, -1).join(', ')} and ${made[made.length - 1]}`}`;
}

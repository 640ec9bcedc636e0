/**
 * Poetry: `poetry install` (add, update, lock, sync) keeps every wheel and sdist it downloads in its cache
 * directory's artifacts/ and the repository metadata in cache/ (~/.cache/pypoetry, or $POETRY_CACHE_DIR, or
 * $XDG_CACHE_HOME/pypoetry). The same directory holds virtualenvs/, where Poetry creates the project's environment
 * unless told otherwise: the cleanup removes artifacts/ and cache/ only, never the directory.
 */
import { appendingManager, homeGlobs, type RunView } from '../common/cache.js';
import type { Instruction } from '../../document.js';

const FILLS = new Set(['install', 'add', 'update', 'lock', 'sync']);
const FLAGS_WITH_VALUE = new Set(['-C', '--directory', '-P', '--project', '--with', '--without', '--only', '-E', '--extras', '-G', '--group', '--source']);

/** The cleanup's paths as the RUN's shell spells them (each a whole word, so a later round reads them back). */
function shellPaths(run: RunView): string[] {
  if (run.env.has('POETRY_CACHE_DIR')) return ['"$POETRY_CACHE_DIR/cache"', '"$POETRY_CACHE_DIR/artifacts"'];
  if (run.env.has('XDG_CACHE_HOME')) return ['"$XDG_CACHE_HOME/pypoetry/cache"', '"$XDG_CACHE_HOME/pypoetry/artifacts"'];
  return ['~/.cache/pypoetry/cache', '~/.cache/pypoetry/artifacts'];
}

/** `poetry config cache-dir X` (in this RUN or an earlier one): the cache is where that said. */
const CONFIGURED = /\bpoetry\s+config\s+(?:--\S+\s+)*cache-dir\b/;

function cacheDirs(run: RunView): string[] {
  // Removing any of these (the cleanup's own `cache` path included) counts as cleaned.
  const dirs = ['~/.cache/pypoetry', '~/.cache/pypoetry/cache', '~/.cache/pypoetry/artifacts', '$POETRY_CACHE_DIR', '${POETRY_CACHE_DIR}', '$POETRY_CACHE_DIR/cache', '${POETRY_CACHE_DIR}/cache', '$XDG_CACHE_HOME/pypoetry', '$XDG_CACHE_HOME/pypoetry/cache'];
  const custom = run.env.get('POETRY_CACHE_DIR');
  const xdg = run.env.get('XDG_CACHE_HOME');
  if (custom) dirs.push(custom, `${custom}/cache`, `${custom}/artifacts`);
  else if (xdg) dirs.push(`${xdg}/pypoetry`, `${xdg}/pypoetry/cache`, `${xdg}/pypoetry/artifacts`);
  return dirs;
}

export const poetry = appendingManager({
  id: 'poetry',
  program: (name) => name === 'poetry',
  flagsWithValue: FLAGS_WITH_VALUE,
  fills: (sub) => sub !== null && FILLS.has(sub),
  isCleanup: (sub, inv) => sub === 'cache' && inv.args.some((a) => a.value === 'clear'),
  noCacheFlag: (inv) => inv.args.some((a) => a.value === '--no-cache'),
  cacheDirs,
  cleanup: (_prog, sudo, run) => `${sudo}rm -rf ${shellPaths(run).join(' ')}`,
  removes: (run) => {
    const custom = run.env.get('POETRY_CACHE_DIR');
    const xdg = run.env.get('XDG_CACHE_HOME');
    if (custom) return [`${custom}/cache/**`, `${custom}/artifacts/**`];
    if (xdg) return [`${xdg}/pypoetry/cache/**`, `${xdg}/pypoetry/artifacts/**`];
    return [...homeGlobs(run, '.cache/pypoetry/cache'), ...homeGlobs(run, '.cache/pypoetry/artifacts')];
  },
  saves: "Poetry's download cache (every wheel and sdist it fetched, in its cache directory's artifacts/, and the repository metadata in cache/)",
  safe: 'Safe: the installed packages stay, and so does the virtualenvs/ directory Poetry keeps beside them; only the downloads go.',
  guard: (run, invs) => {
    if (invs.some((inv) => inv.wrappers.some((w) => w.value === 'sudo' || w.value === 'doas'))) {
      return 'cache not cleaned: poetry runs under sudo, whose home (and so cache directory) may not be the RUN user\'s';
    }
    const configured = (ins: Instruction): boolean => ins.keyword === 'RUN' && CONFIGURED.test(ins.text);
    if (configured(run.ins) || run.earlier.some(configured)) return 'cache not cleaned: `poetry config cache-dir` moves the cache to a directory a cleanup here would not know';
    return null;
  },
  perUser: true,
  cacheEnv: ['POETRY_CACHE_DIR', 'XDG_CACHE_HOME', 'HOME'],
});

/**
 * composer: downloaded dist archives and repository metadata go to its cache directory ($COMPOSER_HOME/cache,
 * ~/.cache/composer or ~/.composer/cache; /tmp/cache in the official composer image). `composer clear-cache` in
 * the same RUN empties it, wherever it is.
 */
import { appendingManager, homeGlobs, type RunView } from '../common/cache.js';
import type { Invocation } from '../../shell/query.js';
import type { Word } from '../../shell/parser.js';

const FILLS = new Set(['install', 'i', 'update', 'u', 'upgrade', 'require', 'r', 'create-project', 'global', 'reinstall', 'remove', 'rm']);
const FLAGS_WITH_VALUE = new Set(['-d', '--working-dir']);

function isComposerScript(w: Word | undefined): boolean {
  return !!w?.value && /(^|\/)composer(\.phar)?$/.test(w.value);
}

/** `composer x`, `composer.phar x`, `php composer.phar x`, `php /usr/local/bin/composer x`. */
function program(name: string, inv: Invocation): boolean {
  if (name === 'composer' || name === 'composer.phar') return true;
  return /^php[0-9.]*$/.test(name) && isComposerScript(inv.args[0]);
}

function argsOf(inv: Invocation): readonly Word[] {
  return /^php[0-9.]*$/.test(inv.name) ? inv.args.slice(1) : inv.args;
}

function cacheDirs(run: RunView): string[] {
  // Also as the RUN may name them (`rm -rf "$COMPOSER_HOME"`): removing one already leaves the cache out, and
  // `composer clear-cache` after it would only create the directory again (with its .htaccess files).
  const dirs = ['~/.composer/cache', '~/.cache/composer', '$COMPOSER_HOME/cache', '${COMPOSER_HOME}/cache', '$COMPOSER_CACHE_DIR', '${COMPOSER_CACHE_DIR}'];
  const home = run.env.get('COMPOSER_HOME');
  const cache = run.env.get('COMPOSER_CACHE_DIR');
  if (home) dirs.push(`${home}/cache`);
  if (cache) dirs.push(cache);
  return dirs;
}

export const composer = appendingManager({
  id: 'composer',
  program,
  argsOf,
  flagsWithValue: FLAGS_WITH_VALUE,
  fills: (sub) => sub !== null && FILLS.has(sub),
  isCleanup: (sub) => sub === 'clear-cache' || sub === 'clearcache' || sub === 'cc',
  noCacheFlag: (inv) => inv.args.some((a) => a.value === '--no-cache') || inv.env.get('COMPOSER_CACHE_DIR') === '/dev/null',
  cacheDirs,
  cleanup: (_prog, sudo, _run, invs) => {
    const last = invs[invs.length - 1];
    const words = last.cmd.words.slice(last.wrappers.length, last.wrappers.length + (/^php[0-9.]*$/.test(last.name) ? 2 : 1));
    return `${sudo}${words.map((w) => w.text).join(' ')} clear-cache`;
  },
  removes: (run) => {
    const globs = [...homeGlobs(run, '.composer/cache'), ...homeGlobs(run, '.cache/composer')];
    const home = run.env.get('COMPOSER_HOME');
    const cache = run.env.get('COMPOSER_CACHE_DIR');
    if (home) globs.push(`${home}/cache/**`);
    if (cache) globs.push(`${cache}/**`);
    if (!home && !cache) globs.push('/tmp/cache/**');
    return globs;
  },
  saves: "Composer's download cache (dist archives and repository metadata)",
  safe: 'Safe: vendor/ and the installed packages stay; only the cache goes.',
  guard: (run) => (run.env.get('COMPOSER_CACHE_DIR') === '/dev/null' ? 'COMPOSER_CACHE_DIR=/dev/null already disables the cache' : null),
  perUser: true,
  cacheEnv: ['COMPOSER_HOME', 'COMPOSER_CACHE_DIR', 'HOME', 'XDG_CACHE_HOME'],
});

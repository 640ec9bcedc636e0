/**
 * bundler: `bundle install` keeps every downloaded .gem in the gem directory's cache/ and its index in
 * ~/.bundle/cache. Removing both in the same RUN keeps the installed gems.
 *
 * A bundle installed into a path (`--path`, BUNDLE_PATH, `bundle config set path`, or deployment mode:
 * `--deployment`, BUNDLE_DEPLOYMENT, `bundle config set deployment true`, which installs into vendor/bundle) keeps
 * its cache under that path, in ruby/<version>/cache. A relative path is the application's: Bundler resolves it
 * against the directory of the Gemfile, which is the WORKDIR when the RUN does not change directory before the
 * install nor name another Gemfile. Where the path cannot be told, the RUN is left alone.
 */
import { appendingManager, homeGlobs, type RunView } from '../common/cache.js';
import type { Instruction } from '../../document.js';
import type { Invocation } from '../../shell/query.js';

const FLAGS_WITH_VALUE = new Set(['--gemfile', '--path', '-j', '--jobs', '--retry', '--without', '--with', '--binstubs', '--shebang', '--standalone', '--trust-policy']);

/** `bundle config [set] [--local|--global] NAME VALUE` in a RUN's text, for one setting (the last one wins). */
function configured(texts: string[], name: string): string | undefined {
  const re = new RegExp(`\\bbundle\\s+config\\s+(?:set\\s+)?(?:--(?:local|global)\\s+)?${name}\\s+(['"]?)([^\\s'"&;|]+)\\1`, 'g');
  let found: string | undefined;
  for (const t of texts) for (const m of t.matchAll(re)) found = m[2];
  return found;
}

/**
 * Where the bundle goes: null for the gem directory (no path configured), a string for an absolute path, or
 * `{ unknown }` with what cannot be told.
 */
function bundlePath(run: RunView, invs: Invocation[]): string | null | { unknown: string } {
  const texts = [...run.earlier, run.ins].filter((i: Instruction) => i.keyword === 'RUN').map((i) => i.text);
  if (texts.some((t) => /\bbundle\s+config\s+unset\s+(?:--\w+\s+)?(?:path|deployment)\b/.test(t))) {
    return { unknown: '`bundle config unset` changes where the bundle goes' };
  }
  const flagPath = invs.flatMap((i) => i.args.map((a, k) => (a.value === '--path' ? i.args[k + 1]?.value ?? '' : a.value?.startsWith('--path=') ? a.value.slice(7) : null))).filter((v): v is string => v !== null);
  const envPath = run.env.get('BUNDLE_PATH');
  const configPath = configured(texts, 'path');
  const own = invs.find((i) => i.env.has('BUNDLE_DEPLOYMENT'));
  const deployEnv = own ? own.env.get('BUNDLE_DEPLOYMENT') : run.env.has('BUNDLE_DEPLOYMENT') ? run.env.get('BUNDLE_DEPLOYMENT') : undefined;
  const ownPath = invs.find((i) => i.env.has('BUNDLE_PATH'));
  if (ownPath) return { unknown: 'the install sets BUNDLE_PATH for itself' };
  const deployFlag = invs.some((i) => i.args.some((a) => a.value === '--deployment'));
  const deployConfig = configured(texts, 'deployment');
  if (envPath === null) return { unknown: 'BUNDLE_PATH is not a literal value' };
  if (deployEnv === null) return { unknown: 'BUNDLE_DEPLOYMENT is not a literal value' };
  const paths = [...flagPath, ...(envPath !== undefined ? [envPath] : []), ...(configPath !== undefined ? [configPath] : [])];
  const deployment = deployFlag || (deployEnv !== undefined && !/^(false|0|no|)$/i.test(deployEnv)) || (deployConfig !== undefined && !/^(false|0|no)$/i.test(deployConfig));
  if (new Set(paths).size > 1) return { unknown: `the bundle path is set more than once (${[...new Set(paths)].join(', ')}), and which one wins depends on where each is set` };
  const path = paths[0] ?? (deployment ? 'vendor/bundle' : null);
  if (path === null) return null;
  if (path.includes('$') || path.startsWith('~')) return { unknown: `the bundle path ${path} is not a literal absolute or relative path` };
  if (path.startsWith('/')) return path.replace(/\/+$/, '');
  // Relative: the application's directory, the Gemfile's.
  const why = paths.length ? `the bundle goes into ${path}` : 'in deployment mode the bundle goes into vendor/bundle';
  const moves = (i: Invocation): boolean => i.name === 'cd' || i.name === 'pushd' || i.name === 'popd';
  if (run.env.has('BUNDLE_GEMFILE') || invs.some((i) => i.env.has('BUNDLE_GEMFILE') || i.args.some((a) => a.value === '--gemfile' || a.value?.startsWith('--gemfile=') === true))) {
    return { unknown: `${why}, relative to the Gemfile's directory, and the Gemfile is named elsewhere (BUNDLE_GEMFILE, --gemfile)` };
  }
  const first = Math.min(...invs.map((i) => i.cmd.start));
  if (run.invocations.some((i) => i.cmd.start < first && moves(i))) {
    return { unknown: `${why}, relative to the Gemfile's directory, and the RUN changes directory before the install` };
  }
  const rel = path.replace(/^\.\//, '').replace(/\/+$/, '');
  // With the WORKDIR not known, the cleanup names the path as the install found it: from the same directory.
  if (run.workdir === null) {
    if (run.invocations.some(moves)) return { unknown: `${why}, relative to the Gemfile's directory, the WORKDIR is not known and the RUN changes directory` };
    return rel;
  }
  return `${run.workdir.replace(/\/+$/, '')}/${rel}`;
}

/** The bundle path when it is known (null: the gem directory, or not known). */
function knownPath(run: RunView): string | null {
  const bundles = run.invocations.filter((i) => (i.name === 'bundle' || i.name === 'bundler'));
  const p = bundles.length ? bundlePath(run, bundles) : null;
  return typeof p === 'string' ? p : null;
}

export const bundler = appendingManager({
  id: 'bundler',
  program: (name) => name === 'bundle' || name === 'bundler',
  flagsWithValue: FLAGS_WITH_VALUE,
  // A bare `bundle` is `bundle install`.
  fills: (sub, inv) => sub === 'install' || sub === 'update' || (sub === null && !inv.args.some((a) => /^(-v|--version|-h|--help)$/.test(a.value ?? ''))),
  isCleanup: () => false,
  cacheDirs: (run) => {
    const path = knownPath(run);
    return ['~/.bundle/cache', '/usr/local/bundle/cache', ...(path ? [`${path}/ruby`, `${path}/ruby/*/cache`] : [])];
  },
  cleanup: (_prog, _sudo, run) => {
    const path = knownPath(run);
    return path ? `rm -rf ~/.bundle/cache "${path}"/ruby/*/cache` : 'rm -rf ~/.bundle/cache "$(gem env gemdir)"/cache';
  },
  removes: (run) => {
    const path = knownPath(run);
    return [...homeGlobs(run, '.bundle/cache'), '/usr/local/bundle/cache/**', '**/gems/*/cache/**', ...(path ? [`${path}/ruby/*/cache/**`] : [])];
  },
  // Told as one subject: the template goes on with 'is removed in the layer that created it'.
  saves: (run) => {
    const path = knownPath(run);
    return path
      ? `The bundle's cache (the downloaded .gem archives in ${path}/ruby/<version>/cache${path.startsWith('/') ? '' : ' of the application\'s directory'}, where the bundle is installed), with bundler's index cache (~/.bundle/cache),`
      : 'The gem directory\'s cache/ (the downloaded .gem archives), with bundler\'s index cache (~/.bundle/cache),';
  },
  safe: 'Safe: the installed gems stay; Bundler loads them from gems/ and specifications/, never from cache/.',
  guard: (run, invs) => {
    if (invs.some((i) => i.wrappers.some((w) => w.value === 'sudo' || w.value === 'doas'))) return 'runs through sudo, where ~ is not the home of the user bundler ran as';
    const path = bundlePath(run, invs);
    if (path !== null && typeof path === 'object') return `cache not cleaned: ${path.unknown}, so where its cache (ruby/<version>/cache there) is cannot be told`;
    return null;
  },
  perUser: true,
  cacheEnv: ['BUNDLE_PATH', 'BUNDLE_APP_CONFIG', 'HOME'],
  // `bundle install --local` installs from the cache alone.
  offlineFlags: new Set(['--local']),
});

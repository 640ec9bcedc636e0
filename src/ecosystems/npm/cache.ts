/**
 * npm: every install copies the downloaded tarballs into ~/.npm/_cacache. `npm cache clean --force` in the same RUN
 * leaves them out of the layer; node_modules is not touched.
 */
import { appendingManager, home, homeGlobs, isRoot, type RunView } from '../common/cache.js';

const FILLS = new Set(['install', 'i', 'in', 'ins', 'inst', 'insta', 'instal', 'isnt', 'isnta', 'isntal', 'isntall', 'add', 'ci', 'clean-install', 'ic', 'install-clean', 'isntall-clean', 'install-ci-test', 'cit', 'install-test', 'it', 'update', 'up', 'upgrade', 'udpate']);
const FLAGS_WITH_VALUE = new Set(['--prefix', '-C', '--cache', '--registry', '--userconfig', '--loglevel', '-w', '--workspace']);

function cacheDirs(run: RunView): string[] {
  const custom = run.env.get('npm_config_cache') ?? run.env.get('NPM_CONFIG_CACHE');
  return [custom ?? '', '~/.npm', '~/.npm/_cacache'].filter((d) => d !== '');
}

export const npm = appendingManager({
  id: 'npm',
  program: (name) => name === 'npm',
  flagsWithValue: FLAGS_WITH_VALUE,
  fills: (sub) => sub !== null && FILLS.has(sub),
  isCleanup: (sub, inv) => sub === 'cache' && inv.args.some((a) => a.value === 'clean' || a.value === 'clear' || a.value === 'rm'),
  noCacheFlag: (inv) => inv.args.some((a) => a.value === '--cache' || a.value?.startsWith('--cache=') === true),
  cacheDirs,
  cleanup: (prog, sudo) => `${sudo}${prog} cache clean --force`,
  removes: (run) => {
    const custom = run.env.get('npm_config_cache') ?? run.env.get('NPM_CONFIG_CACHE');
    return [...homeGlobs(run, '.npm/_cacache'), ...(custom ? [`${custom}/_cacache/**`] : [])];
  },
  mounts: (run) => (run.env.has('npm_config_cache') || run.env.has('NPM_CONFIG_CACHE') || !isRoot(run) || home(run) === null ? null : [{ target: `${home(run)}/.npm` }]),
  saves: "npm's download cache (~/.npm/_cacache, about the size of node_modules again)",
  safe: 'Safe: node_modules and global packages stay; only the cached tarballs go.',
  perUser: true,
  offlineFlags: new Set(['--offline']),
  cacheEnv: ['npm_config_cache', 'NPM_CONFIG_CACHE', 'HOME'],
});

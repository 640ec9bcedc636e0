/**
 * yarn (classic, v1): every install keeps the packages in its global cache (/usr/local/share/.cache/yarn for root
 * in the node images, ~/.cache/yarn otherwise); `yarn cache clean` empties it.
 *
 * Yarn 2+ (Berry) is left alone: its cache may be the project's `.yarn/cache`, which Plug'n'Play loads packages
 * from at run time, so cleaning it would break the application.
 */
import { appendingManager, homeGlobs, type RunView } from '../common/cache.js';
import type { Invocation } from '../../shell/query.js';
import picomatch from 'picomatch';
import { copySources } from '../../dockerignore.js';

const FILLS = new Set(['install', 'add', 'upgrade', 'global']);
const FLAGS_WITH_VALUE = new Set(['--cwd', '--cache-folder', '--modules-folder', '--network-timeout', '--mutex', '--registry', '--global-folder']);

function berry(run: RunView, invs: Invocation[]): string | null {
  if (invs.some((i) => i.args.some((a) => a.value === '--immutable' || a.value === '--immutable-cache' || a.value === '--check-cache'))) {
    return 'uses Yarn 2+ flags (--immutable); its cache may hold the packages Plug\'n\'Play loads at run time';
  }
  const all = [...run.earlier, run.ins];
  if (all.some((ins) => /\.yarnrc\.yml|corepack|yarn set version|yarn policies set-version|YARN_ENABLE_GLOBAL_CACHE|\.yarn\/releases/.test(ins.text))) {
    return "the Dockerfile sets up Yarn 2+ (.yarnrc.yml, corepack or `yarn set version`); its cache may hold the packages Plug'n'Play loads at run time";
  }
  const ctx = run.context;
  if (ctx) {
    if (ctx.has('.yarnrc.yml')) return "the build context has .yarnrc.yml (Yarn 2+); its cache may hold the packages Plug'n'Play loads at run time";
    const pkg = ctx.read('package.json');
    if (pkg && /"packageManager"\s*:\s*"yarn@(?!1\.)/.test(pkg)) return "package.json asks for Yarn 2+ (packageManager); its cache may hold the packages Plug'n'Play loads at run time";
  }
  return null;
}

/**
 * With no build context to read, a COPY before the install that may bring a `.yarnrc.yml` (the whole context, a
 * directory, a glob, or the file itself) leaves Yarn 2+ possible: the yarn of the node images (1.22) hands over to the
 * release that file names, and a Plug'n'Play project loads its packages from the cache a cleanup would empty.
 */
function berryUnknown(run: RunView): string | null {
  if (run.context) return null;
  const copy = run.earlier.find(
    (ins) => (ins.keyword === 'COPY' || ins.keyword === 'ADD') && !ins.flags.some((f) => f.name === 'from') && copySources(ins).some(mayBringYarnrc),
  );
  if (!copy) return null;
  return `only for Yarn 1 (classic): with no build context to read, the COPY at line ${copy.line} may bring a .yarnrc.yml that hands the install to Yarn 2+, whose cache may hold the packages Plug'n'Play loads at run time`;
}

function mayBringYarnrc(source: string): boolean {
  const base = source.replace(/\/+$/, '').split('/').pop() ?? '';
  if (source === '.' || source === './' || source.endsWith('/')) return true;
  // A glob: does its last part match the file itself (`*`, `.y*`; not `package*.json`)? Docker's globs match dot files.
  if (/[*?[]/.test(base)) return picomatch.isMatch('.yarnrc.yml', base, { dot: true });
  // A name with no extension may be a directory, whose .yarnrc.yml the copy brings along (not the well-known files).
  return base === '.yarnrc.yml' || (!base.includes('.') && !EXTENSIONLESS_FILES.test(base));
}

const EXTENSIONLESS_FILES = /^(Gemfile|Makefile|GNUmakefile|Dockerfile|Containerfile|Procfile|Pipfile|Rakefile|Brewfile|Vagrantfile|Jenkinsfile|Caddyfile|Justfile|LICENSE|LICENCE|README|CHANGELOG|VERSION|NOTICE|AUTHORS)$/i;

export const yarn = appendingManager({
  id: 'yarn',
  program: (name) => name === 'yarn' || name === 'yarnpkg',
  flagsWithValue: FLAGS_WITH_VALUE,
  // A bare `yarn` (or `yarn --frozen-lockfile`) is `yarn install`.
  fills: (sub, inv) => (sub === null ? !inv.args.some((a) => /^(-v|--version|-h|--help)$/.test(a.value ?? '')) : FILLS.has(sub)),
  isCleanup: (sub, inv) => sub === 'cache' && inv.args.some((a) => a.value === 'clean'),
  noCacheFlag: (inv) => inv.args.some((a) => a.value === '--cache-folder' || a.value?.startsWith('--cache-folder=') === true),
  cacheDirs: (run) => ['/usr/local/share/.cache/yarn', '~/.cache/yarn', ...(run.env.get('YARN_CACHE_FOLDER') ? [run.env.get('YARN_CACHE_FOLDER')!] : [])],
  cleanup: (prog, sudo) => `${sudo}${prog} cache clean`,
  removes: (run) => ['/usr/local/share/.cache/yarn/**', ...homeGlobs(run, '.cache/yarn'), ...(run.env.get('YARN_CACHE_FOLDER') ? [`${run.env.get('YARN_CACHE_FOLDER')}/**`] : [])],
  mounts: (run) => (run.env.has('YARN_CACHE_FOLDER') ? null : [{ target: '/usr/local/share/.cache/yarn' }]),
  saves: "Yarn's package cache (/usr/local/share/.cache/yarn or ~/.cache/yarn, about the size of node_modules again)",
  safe: 'Safe: node_modules stays; only the cached packages go.',
  guard: berry,
  unsafeIf: berryUnknown,
  perUser: true,
  offlineFlags: new Set(['--offline']),
  cacheEnv: ['YARN_CACHE_FOLDER', 'HOME', 'XDG_CACHE_HOME'],
});

/**
 * yum (and, sharing its logic, dnf and microdnf): every install fetches repository metadata and packages into
 * /var/cache/yum (/var/cache/dnf). `<tool> clean all` plus removing the directory, in the same RUN, leaves neither.
 * Later RUNs are not affected: yum and dnf fetch the metadata again when it is missing.
 */
import { appendingManager, type CacheManager } from '../common/cache.js';

/** Sub-commands that load repository metadata or download packages. */
const FILLS = new Set([
  'install', 'in', 'update', 'upgrade', 'up', 'groupinstall', 'groupupdate', 'group', 'groups', 'reinstall', 'localinstall',
  'makecache', 'distro-sync', 'distrosync', 'dsync', 'downgrade', 'builddep', 'module', 'swap', 'update-minimal',
  'upgrade-minimal', 'install-n', 'install-na', 'install-nevra', 'shell', 'mark',
]);

const FLAGS_WITH_VALUE = new Set([
  '-c', '--config', '-d', '--debuglevel', '-e', '--errorlevel', '--installroot', '--enablerepo', '--disablerepo',
  '--repo', '--repoid', '-x', '--exclude', '--setopt', '--releasever', '--rpmverbosity', '--color', '--downloaddir',
  '--destdir', '--forcearch', '--disableplugin', '--enableplugin', '--nodocs-only', '--comment',
]);

/** The RPM-family managers (yum, dnf, microdnf) differ only in name and cache directory. */
export function rpmManager(id: string, cacheDir: string, alsoClean: string[] = []): CacheManager {
  return appendingManager({
    id,
    program: (name) => name === id,
    flagsWithValue: FLAGS_WITH_VALUE,
    fills: (sub) => sub !== null && FILLS.has(sub),
    isCleanup: (sub, inv) => sub === 'clean' && inv.args.some((a) => a.value === 'all'),
    noCacheFlag: (inv) => inv.args.some((a) => a.value === '--installroot' || a.value?.startsWith('--installroot=')),
    cacheDirs: () => [cacheDir, ...alsoClean],
    cleanup: (prog, sudo) => `${sudo}${prog} clean all && ${sudo}rm -rf ${cacheDir}`,
    removes: () => [cacheDir, ...alsoClean].map((d) => `${d}/**`),
    mounts: () => [{ target: cacheDir, sharing: 'locked' }],
    saves: `The ${id} repository metadata and package cache (${cacheDir}, often 50-200 MB)`,
    safe: `Safe: the installed packages stay; a later ${id} command fetches the metadata again when it needs it.`,
    guard: (run, invs) =>
      invs.some((i) => i.args.some((a) => a.value === '-C' || a.value === '--cacheonly')) ? 'uses --cacheonly, which relies on the cache' : null,
  });
}

/** On current Fedora/RHEL `yum` is dnf, whose cache is /var/cache/dnf: both are cleaned. */
export const yum = rpmManager('yum', '/var/cache/yum', ['/var/cache/dnf']);

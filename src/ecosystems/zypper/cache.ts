/** zypper (openSUSE, SLES): repository metadata and packages in /var/cache/zypp; `zypper clean -a` removes both. */
import { appendingManager } from '../common/cache.js';

const FILLS = new Set([
  'install', 'in', 'update', 'up', 'refresh', 'ref', 'dist-upgrade', 'dup', 'patch', 'source-install', 'si',
  'install-new-recommends', 'inr', 'addrepo', 'ar', 'modifyrepo', 'mr',
]);
const FLAGS_WITH_VALUE = new Set([
  '-R', '--root', '-c', '--config', '-D', '--reposd-dir', '-C', '--cache-dir', '--raw-cache-dir', '--solv-cache-dir',
  '--pkg-cache-dir', '--userdata', '--installroot',
]);

export const zypper = appendingManager({
  id: 'zypper',
  program: (name) => name === 'zypper',
  flagsWithValue: FLAGS_WITH_VALUE,
  fills: (sub) => sub !== null && FILLS.has(sub) && sub !== 'addrepo' && sub !== 'ar' && sub !== 'modifyrepo' && sub !== 'mr',
  isCleanup: (sub) => sub === 'clean' || sub === 'cc',
  cacheDirs: () => ['/var/cache/zypp'],
  cleanup: (prog, sudo) => `${sudo}${prog} clean -a`,
  removes: () => ['/var/cache/zypp/**'],
  mounts: () => [{ target: '/var/cache/zypp', sharing: 'locked' }],
  saves: 'The zypper repository metadata and package cache (/var/cache/zypp)',
  safe: 'Safe: the installed packages stay; a later zypper command refreshes the metadata when it needs it.',
});

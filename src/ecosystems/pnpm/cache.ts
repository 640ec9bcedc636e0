/** pnpm: its content-addressable store keeps every downloaded package; `pnpm store prune` drops what no project uses. */
import { appendingManager, homeGlobs, type RunView } from '../common/cache.js';

const FILLS = new Set(['install', 'i', 'add', 'fetch', 'update', 'up', 'upgrade']);
const FLAGS_WITH_VALUE = new Set(['-C', '--dir', '--filter', '-F', '--store-dir', '--reporter', '--loglevel']);

function storeGlobs(run: RunView): string[] {
  const pnpmHome = run.env.get('PNPM_HOME');
  return [...homeGlobs(run, '.local/share/pnpm/store'), '**/pnpm/store/**', ...(pnpmHome ? [`${pnpmHome}/store/**`] : [])];
}

export const pnpm = appendingManager({
  id: 'pnpm',
  program: (name) => name === 'pnpm',
  flagsWithValue: FLAGS_WITH_VALUE,
  fills: (sub) => sub !== null && FILLS.has(sub),
  isCleanup: (sub, inv) => sub === 'store' && inv.args.some((a) => a.value === 'prune'),
  cacheDirs: (run) => ['~/.local/share/pnpm/store', '~/.pnpm-store', ...(run.env.get('PNPM_HOME') ? [`${run.env.get('PNPM_HOME')}/store`] : [])],
  cleanup: (prog, sudo) => `${sudo}${prog} store prune`,
  removes: storeGlobs,
  saves: "Whatever pnpm's store holds that no installed project references",
  safe: 'Safe: `pnpm store prune` keeps every package node_modules links to.',
  perUser: true,
  offlineFlags: new Set(['--offline']),
  prefetch: new Set(['fetch']),
  cacheEnv: ['PNPM_HOME', 'npm_config_store_dir', 'HOME', 'XDG_DATA_HOME'],
});

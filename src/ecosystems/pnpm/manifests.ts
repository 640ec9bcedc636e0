/**
 * pnpm: `pnpm install` installs from package.json and pnpm-lock.yaml (reading .npmrc and .pnpmfile.cjs);
 * `pnpm fetch` needs only the lockfile. A pnpm-workspace.yaml means a monorepo.
 */
import type { Invocation } from '../../shell/query.js';
import { hasAnyFlag, inspectPackageJson, literalArgs, splitArgs, type Classification, type ManifestEcosystem } from '../common/manifests.js';

const WITH_VALUE = new Set(['--dir', '-C', '--store-dir', '--reporter', '--filter', '-F', '--config.store-dir']);

export const pnpmManifests: ManifestEcosystem = {
  id: 'pnpm',
  classify(inv: Invocation): Classification | null {
    if (inv.name !== 'pnpm') return null;
    const args = literalArgs(inv);
    if (!args) return { kind: 'build' };
    const { positional, flags } = splitArgs(args, WITH_VALUE);
    const sub = positional[0] ?? null;
    if (sub === 'config' || sub === 'store' || sub === 'setup' || hasAnyFlag(flags, '-v', '--version')) return { kind: 'neutral' };
    if ((sub === 'add' || sub === 'install' || sub === 'i') && hasAnyFlag(flags, '-g', '--global')) return { kind: 'neutral' };
    if (sub !== 'install' && sub !== 'i' && sub !== 'fetch') return { kind: 'build' };
    if (positional.length > 1) return { kind: 'build' };
    if (hasAnyFlag(flags, '--filter', '-F', '-r', '--recursive')) return { kind: 'build', why: 'pnpm installs workspace packages' };
    const dir = typeof flags.get('--dir') === 'string' ? (flags.get('--dir') as string) : typeof flags.get('-C') === 'string' ? (flags.get('-C') as string) : '.';
    const fetch = sub === 'fetch';
    const ignoreScripts = fetch || hasAnyFlag(flags, '--ignore-scripts');
    return {
      kind: 'deps',
      install: {
        ecosystem: 'pnpm',
        project: dir,
        required: fetch ? [['pnpm-lock.yaml']] : [['package.json']],
        optional: fetch ? ['.npmrc', 'pnpm-workspace.yaml'] : ['pnpm-lock.yaml', 'pnpm-workspace.yaml', '.npmrc', '.pnpmfile.cjs'],
        optionalDirs: [],
        outputs: ['node_modules'],
        inspect: (read) => {
          if (read('pnpm-workspace.yaml') !== null) return { problem: 'the project is a pnpm workspace (pnpm-workspace.yaml): the install needs every workspace package' };
          // pnpm.patchedDependencies names patch files (patches/x.patch) the install applies; the lockfile records them.
          if (/^patchedDependencies:/m.test(read('pnpm-lock.yaml') ?? '') || /"patchedDependencies"\s*:/.test(read('package.json') ?? '')) {
            return { problem: 'the project patches dependencies (pnpm patchedDependencies): the install reads the patch files from the sources' };
          }
          return fetch ? {} : inspectPackageJson(read, ignoreScripts);
        },
        updatesLock: fetch || hasAnyFlag(flags, '--frozen-lockfile') ? undefined : 'pnpm install rewrites pnpm-lock.yaml when it is out of date (outside CI)',
      },
    };
  },
};

/**
 * yarn (classic and berry): `yarn` / `yarn install` install from package.json and yarn.lock, reading .yarnrc,
 * .yarnrc.yml and .npmrc; berry also runs the release and plugins under .yarn/ and writes .pnp.cjs.
 */
import type { Invocation } from '../../shell/query.js';
import { hasAnyFlag, inspectPackageJson, literalArgs, splitArgs, type Classification, type ManifestEcosystem } from '../common/manifests.js';

const WITH_VALUE = new Set(['--cwd', '--modules-folder', '--cache-folder', '--network-timeout', '--mutex', '--registry']);

export const yarnManifests: ManifestEcosystem = {
  id: 'yarn',
  classify(inv: Invocation): Classification | null {
    if (inv.name !== 'yarn') return null;
    const args = literalArgs(inv);
    if (!args) return { kind: 'build' };
    const { positional, flags } = splitArgs(args, WITH_VALUE);
    const sub = positional[0] ?? null;
    if (sub === 'global' || sub === 'cache') return { kind: 'neutral' };
    // berry's `yarn config set` writes the project's .yarnrc.yml unless -H (classic writes ~/.yarnrc).
    if (sub === 'config') return positional[1] === 'set' && !hasAnyFlag(flags, '-H', '--home') ? { kind: 'build' } : { kind: 'neutral' };
    if (sub === '--version' || hasAnyFlag(flags, '-v', '--version')) return { kind: 'neutral' };
    if (sub !== null && sub !== 'install') return { kind: 'build' };
    if (hasAnyFlag(flags, '--modules-folder')) return { kind: 'build', why: 'yarn --modules-folder installs outside node_modules' };
    const frozen = hasAnyFlag(flags, '--frozen-lockfile', '--immutable', '--pure-lockfile');
    const cwd = typeof flags.get('--cwd') === 'string' ? (flags.get('--cwd') as string) : '.';
    const ignoreScripts = hasAnyFlag(flags, '--ignore-scripts', '--mode=skip-build');
    return {
      kind: 'deps',
      install: {
        ecosystem: 'yarn',
        project: cwd,
        required: [['package.json']],
        optional: ['yarn.lock', '.yarnrc', '.yarnrc.yml', '.npmrc'],
        optionalDirs: ['.yarn'],
        outputs: ['node_modules', '.pnp.cjs', '.pnp.loader.mjs', '.pnp.js', '.yarn/install-state.gz'],
        inspect: (read) => inspectPackageJson(read, ignoreScripts),
        updatesLock: frozen ? undefined : 'yarn install without --frozen-lockfile rewrites yarn.lock when it is out of date',
      },
    };
  },
};

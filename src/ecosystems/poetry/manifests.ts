/**
 * poetry: `poetry install --no-root` installs the dependencies of pyproject.toml / poetry.lock (reading poetry.toml);
 * without --no-root it also installs the project itself, which needs its sources.
 */
import type { Invocation } from '../../shell/query.js';
import { hasAnyFlag, literalArgs, splitArgs, type Classification, type ManifestEcosystem } from '../common/manifests.js';

const WITH_VALUE = new Set(['--with', '--without', '--only', '-E', '--extras', '-C', '--directory', '-P', '--project']);

export const poetryManifests: ManifestEcosystem = {
  id: 'poetry',
  classify(inv: Invocation): Classification | null {
    if (inv.name !== 'poetry') return null;
    const args = literalArgs(inv);
    if (!args) return { kind: 'build' };
    const { positional, flags } = splitArgs(args, WITH_VALUE);
    const sub = positional[0] ?? null;
    if (sub === 'config') return hasAnyFlag(flags, '--local') ? { kind: 'build' } : { kind: 'neutral' };
    if (sub === 'self' || hasAnyFlag(flags, '--version', '-V')) return { kind: 'neutral' };
    if (sub !== 'install' && sub !== 'sync') return { kind: 'build' };
    if (!hasAnyFlag(flags, '--no-root', '--only-root') || hasAnyFlag(flags, '--only-root')) {
      return { kind: 'build', why: `poetry ${sub} without --no-root also installs the project itself from its sources` };
    }
    if (hasAnyFlag(flags, '-C', '--directory', '-P', '--project')) return { kind: 'build' };
    return {
      kind: 'deps',
      install: {
        ecosystem: 'poetry',
        project: '.',
        required: [['pyproject.toml']],
        optional: ['poetry.lock', 'poetry.toml'],
        optionalDirs: [],
        outputs: ['.venv'],
        inspect: (read) => {
          const text = read('pyproject.toml') ?? '';
          if (/\bpath\s*=/.test(text)) return { problem: 'pyproject.toml has a path dependency, which the install reads from the sources' };
          return {};
        },
      },
    };
  },
};

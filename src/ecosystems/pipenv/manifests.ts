/**
 * pipenv: `pipenv install` (no package names; often with --system --deploy) and `pipenv sync` install from
 * Pipfile / Pipfile.lock. A `path = "."` or editable entry in the Pipfile installs the project itself.
 */
import type { Invocation } from '../../shell/query.js';
import { hasAnyFlag, literalArgs, splitArgs, type Classification, type ManifestEcosystem } from '../common/manifests.js';

const WITH_VALUE = new Set(['--python', '--pypi-mirror', '--categories', '-r', '--requirements']);

export const pipenvManifests: ManifestEcosystem = {
  id: 'pipenv',
  classify(inv: Invocation): Classification | null {
    if (inv.name !== 'pipenv') return null;
    const args = literalArgs(inv);
    if (!args) return { kind: 'build' };
    const { positional, flags } = splitArgs(args, WITH_VALUE);
    const sub = positional[0] ?? null;
    if (hasAnyFlag(flags, '--version')) return { kind: 'neutral' };
    if (sub !== 'install' && sub !== 'sync') return { kind: 'build' };
    if (positional.length > 1 || hasAnyFlag(flags, '-r', '--requirements', '-e', '--editable')) return { kind: 'build' };
    const sync = sub === 'sync';
    return {
      kind: 'deps',
      install: {
        ecosystem: 'pipenv',
        project: '.',
        required: sync ? [['Pipfile.lock']] : [['Pipfile']],
        optional: sync ? ['Pipfile'] : ['Pipfile.lock'],
        optionalDirs: [],
        outputs: ['.venv'],
        inspect: (read) => {
          const text = read('Pipfile') ?? '';
          if (/\bpath\s*=/.test(text) || /\beditable\s*=\s*true/.test(text)) return { problem: 'the Pipfile installs a local path (path = / editable = true) from the sources' };
          return {};
        },
        updatesLock: sync || hasAnyFlag(flags, '--deploy', '--ignore-pipfile', '--system') ? undefined : 'pipenv install rewrites Pipfile.lock when it is out of date',
      },
    };
  },
};

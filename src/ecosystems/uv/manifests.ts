/**
 * uv: `uv sync --no-install-project` (or `--frozen`/`--locked` with it) installs the dependencies of pyproject.toml
 * and uv.lock into .venv; `uv pip install -r` works like pip. Without --no-install-project, `uv sync` builds the
 * project itself; workspaces and path sources need the sources too.
 */
import type { Invocation } from '../../shell/query.js';
import { classifyPipArgs } from '../pip/manifests.js';
import { hasAnyFlag, literalArgs, splitArgs, type Classification, type ManifestEcosystem } from '../common/manifests.js';

const WITH_VALUE = new Set(['--extra', '--group', '--only-group', '--no-group', '--python', '-p', '--directory', '--project', '--package', '--index-url', '--extra-index-url']);

export const uvManifests: ManifestEcosystem = {
  id: 'uv',
  classify(inv: Invocation): Classification | null {
    if (inv.name !== 'uv') return null;
    const args = literalArgs(inv);
    if (!args) return { kind: 'build' };
    if (args[0] === 'pip') return classifyPipArgs(args.slice(1), 'uv');
    const { positional, flags } = splitArgs(args, WITH_VALUE);
    const sub = positional[0] ?? null;
    if (sub === 'tool' || sub === 'python' || sub === 'cache' || sub === 'self' || hasAnyFlag(flags, '--version', '-V')) return { kind: 'neutral' };
    if (sub !== 'sync') return { kind: 'build' };
    if (!hasAnyFlag(flags, '--no-install-project', '--no-install-workspace')) {
      return { kind: 'build', why: 'uv sync without --no-install-project also builds the project itself from its sources' };
    }
    if (hasAnyFlag(flags, '--directory', '--project', '--package', '--all-packages')) return { kind: 'build' };
    return {
      kind: 'deps',
      install: {
        ecosystem: 'uv',
        project: '.',
        required: [['pyproject.toml']],
        optional: ['uv.lock', 'uv.toml', '.python-version'],
        optionalDirs: [],
        outputs: ['.venv'],
        inspect: (read) => {
          const text = read('pyproject.toml') ?? '';
          if (/\[tool\.uv\.workspace\]/.test(text)) return { problem: 'pyproject.toml declares a uv workspace, whose members the install needs' };
          if (/\bpath\s*=/.test(text) || /\bworkspace\s*=\s*true/.test(text)) return { problem: 'pyproject.toml has a path or workspace source, which the install reads from the sources' };
          return {};
        },
        updatesLock: hasAnyFlag(flags, '--frozen', '--locked') ? undefined : 'uv sync rewrites uv.lock when it is out of date',
      },
    };
  },
};

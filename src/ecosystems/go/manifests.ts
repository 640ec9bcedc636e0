/**
 * go: `go mod download` fetches the modules of go.mod / go.sum into the module cache (outside the project). A
 * go.work file or a `replace` to a local directory needs more than the manifests; `go build` downloads during the
 * build and has no dependency-only step to split out.
 */
import type { Invocation } from '../../shell/query.js';
import { literalArgs, splitArgs, type Classification, type ManifestEcosystem } from '../common/manifests.js';

const WITH_VALUE = new Set(['-C', '-modfile', '-x', '-json']);

export const goManifests: ManifestEcosystem = {
  id: 'go',
  classify(inv: Invocation): Classification | null {
    if (inv.name !== 'go') return null;
    const args = literalArgs(inv);
    if (!args) return { kind: 'build' };
    const { positional, flags } = splitArgs(args, WITH_VALUE);
    if (positional[0] === 'version' || positional[0] === 'env') return { kind: 'neutral' };
    // `go install pkg@version` installs a tool, outside any module.
    if (positional[0] === 'install' && positional.length > 1 && positional.slice(1).every((p) => p.includes('@'))) return { kind: 'neutral' };
    if (positional[0] !== 'mod' || (positional[1] !== 'download' && positional[1] !== 'verify')) return { kind: 'build' };
    if (positional.length > 2 || flags.has('-modfile') || flags.has('-C')) return { kind: 'build' };
    return {
      kind: 'deps',
      install: {
        ecosystem: 'go',
        project: '.',
        required: [['go.mod']],
        optional: ['go.sum'],
        optionalDirs: [],
        outputs: [],
        inspect: (read) => {
          if (read('go.work') !== null) return { problem: 'the project has a go.work workspace, whose modules the download needs' };
          const mod = read('go.mod') ?? '';
          for (const m of mod.matchAll(/=>\s*(\S+)/g)) {
            if (/^(\.|\/)/.test(m[1])) return { problem: `go.mod replaces a module with the local directory ${m[1]}, which the download reads` };
          }
          return {};
        },
      },
    };
  },
};

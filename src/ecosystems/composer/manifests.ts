/**
 * composer: `composer install --no-scripts --no-autoloader` (the dependency-only form) installs vendor/ from
 * composer.json / composer.lock (reading auth.json). Without those flags the install runs scripts and builds an
 * autoloader, which may read the project's classes; path repositories need the sources too.
 */
import type { Invocation } from '../../shell/query.js';
import { literalArgs, splitArgs, type Classification, type ManifestEcosystem } from '../common/manifests.js';

const WITH_VALUE = new Set(['-d', '--working-dir']);

export const composerManifests: ManifestEcosystem = {
  id: 'composer',
  classify(inv: Invocation): Classification | null {
    if (inv.name !== 'composer' && inv.name !== 'composer.phar') return null;
    const args = literalArgs(inv);
    if (!args) return { kind: 'build' };
    const { positional, flags } = splitArgs(args, WITH_VALUE);
    const sub = positional[0] ?? null;
    if (sub === 'config') return flags.has('--global') || flags.has('-g') ? { kind: 'neutral' } : { kind: 'build' };
    if (sub === 'global' || sub === 'self-update' || sub === 'clear-cache' || sub === 'clearcache' || flags.has('--version') || flags.has('-V')) return { kind: 'neutral' };
    if (sub !== 'install' && sub !== 'i') return { kind: 'build' };
    if (positional.length > 1 || flags.has('-d') || flags.has('--working-dir')) return { kind: 'build' };
    const noScripts = flags.has('--no-scripts');
    const noAutoloader = flags.has('--no-autoloader');
    if (!noScripts || !noAutoloader) {
      return { kind: 'build', why: `composer install without ${[noScripts ? '' : '--no-scripts', noAutoloader ? '' : '--no-autoloader'].filter(Boolean).join(' and ')} runs scripts or builds the autoloader from the project's classes` };
    }
    return {
      kind: 'deps',
      install: {
        ecosystem: 'composer',
        project: '.',
        required: [['composer.json']],
        optional: ['composer.lock', 'auth.json'],
        optionalDirs: [],
        outputs: ['vendor'],
        inspect: (read) => {
          const text = read('composer.json') ?? '';
          if (/"type"\s*:\s*"path"/.test(text)) return { problem: 'composer.json has a path repository, which the install reads from the sources' };
          return {};
        },
      },
    };
  },
};

/**
 * bundler: `bundle install` installs the gems of Gemfile / Gemfile.lock (reading .bundle/config and, for a
 * `ruby file:` line, .ruby-version). `gemspec`, `path:` gems and `eval_gemfile` read other project files; the
 * deprecated remembered flags (--path, --deployment, --without...) write .bundle/config.
 */
import type { Invocation } from '../../shell/query.js';
import { flagValue, literalArgs, splitArgs, type Classification, type ManifestEcosystem } from '../common/manifests.js';

const WITH_VALUE = new Set(['--path', '--without', '--with', '--gemfile', '-j', '--jobs', '--retry', '--binstubs', '--shebang', '--standalone', '--trust-policy', '--target-rbconfig']);
const REMEMBERED = ['--path', '--deployment', '--without', '--with', '--frozen', '--system', '--clean', '--binstubs', '--no-cache', '--shebang', '--no-prune'];

export const bundlerManifests: ManifestEcosystem = {
  id: 'bundler',
  classify(inv: Invocation): Classification | null {
    if (inv.name !== 'bundle' && inv.name !== 'bundler') return null;
    const args = literalArgs(inv);
    if (!args) return { kind: 'build' };
    // --without/--with take a list (`--without development test`).
    const listed: string[] = [];
    for (let i = 0; i < args.length; i++) {
      listed.push(args[i]);
      if (args[i] === '--without' || args[i] === '--with') {
        const values: string[] = [];
        while (i + 1 < args.length && !args[i + 1].startsWith('-')) values.push(args[++i]);
        listed.push(values.join(':'));
      }
    }
    const { positional, flags } = splitArgs(listed, WITH_VALUE);
    const sub = positional[0] ?? 'install';
    if (sub === 'config') return flags.has('--local') ? { kind: 'build' } : { kind: 'neutral' };
    if (sub === 'version' || flags.has('--version') || flags.has('-v')) return { kind: 'neutral' };
    if (sub !== 'install') return { kind: 'build' };
    if (positional.length > 1) return { kind: 'build' };
    const gemfile = flagValue(flags, '--gemfile') ?? 'Gemfile';
    const remembers = REMEMBERED.some((f) => flags.has(f));
    const path = flagValue(flags, '--path');
    return {
      kind: 'deps',
      install: {
        ecosystem: 'bundler',
        project: '.',
        required: [[gemfile]],
        optional: [`${gemfile}.lock`, '.ruby-version'],
        optionalDirs: ['.bundle'],
        outputs: ['vendor/bundle', ...(path ? [path] : []), ...(remembers ? ['.bundle/config'] : [])],
        readsDirs: [{ dir: 'vendor/cache', why: 'bundle install installs the gems cached in vendor/cache (only them with --local), and may add to it' }],
        inspect: (read) => {
          const text = read(gemfile) ?? '';
          // `ruby file: ".tool-versions"` reads the Ruby version from that file: it is copied with the Gemfile.
          const rubyFile = /^\s*ruby\s*\(?\s*(?:file:|:file\s*=>)\s*["']([^"']+)["']/m.exec(text)?.[1];
          if (rubyFile !== undefined) {
            if (rubyFile.startsWith('/') || rubyFile.split('/').includes('..') || /[\s*?[$]/.test(rubyFile)) return { problem: `${gemfile} reads the Ruby version from ${rubyFile}, outside the copied tree` };
          }
          if (/^\s*gemspec\b/m.test(text)) return { problem: `${gemfile} uses gemspec, which loads the project's .gemspec (and the files it requires)` };
          if (/\bpath:\s*|:path\s*=>/.test(text)) return { problem: `${gemfile} has a gem from a local path` };
          if (/^\s*eval_gemfile\b/m.test(text)) return { problem: `${gemfile} evaluates another Gemfile` };
          if (/File\.(read|open|expand_path)|require_relative/.test(text)) return { problem: `${gemfile} reads other project files` };
          return rubyFile !== undefined ? { extra: [rubyFile] } : {};
        },
        updatesLock: flags.has('--frozen') || flags.has('--deployment') ? undefined : 'bundle install rewrites Gemfile.lock when it is out of date',
      },
    };
  },
};

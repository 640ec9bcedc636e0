/**
 * bundler: `bundle install` keeps every downloaded .gem in the gem directory's cache/ and its index in
 * ~/.bundle/cache. Removing both in the same RUN keeps the installed gems.
 *
 * A bundle installed into a configured path (`--path`, `--deployment`, BUNDLE_PATH) keeps its cache under that
 * path: BUNDLE_PATH is used when it is a literal ENV; otherwise the RUN is left alone.
 */
import { appendingManager, homeGlobs } from '../common/cache.js';

const FLAGS_WITH_VALUE = new Set(['--gemfile', '--path', '-j', '--jobs', '--retry', '--without', '--with', '--binstubs', '--shebang', '--standalone', '--trust-policy']);

export const bundler = appendingManager({
  id: 'bundler',
  program: (name) => name === 'bundle' || name === 'bundler',
  flagsWithValue: FLAGS_WITH_VALUE,
  // A bare `bundle` is `bundle install`.
  fills: (sub, inv) => sub === 'install' || sub === 'update' || (sub === null && !inv.args.some((a) => /^(-v|--version|-h|--help)$/.test(a.value ?? ''))),
  isCleanup: () => false,
  cacheDirs: (run) => ['~/.bundle/cache', '/usr/local/bundle/cache', ...(run.env.get('BUNDLE_PATH') ? [`${run.env.get('BUNDLE_PATH')}/ruby`] : [])],
  cleanup: (_prog, _sudo, run) => {
    const path = run.env.get('BUNDLE_PATH');
    return path ? `rm -rf ~/.bundle/cache "${path}"/ruby/*/cache` : 'rm -rf ~/.bundle/cache "$(gem env gemdir)"/cache';
  },
  removes: (run) => [
    ...homeGlobs(run, '.bundle/cache'), '/usr/local/bundle/cache/**', '**/gems/*/cache/**',
    ...(run.env.get('BUNDLE_PATH') ? [`${run.env.get('BUNDLE_PATH')}/ruby/*/cache/**`] : []),
  ],
  // Told as one subject: the template goes on with 'is removed in the layer that created it'.
  saves: 'The gem directory\'s cache/ (the downloaded .gem archives), with bundler\'s index cache (~/.bundle/cache),',
  safe: 'Safe: the installed gems stay; Bundler loads them from gems/ and specifications/, never from cache/.',
  guard: (run, invs) => {
    if (invs.some((i) => i.wrappers.some((w) => w.value === 'sudo' || w.value === 'doas'))) return 'runs through sudo, where ~ is not the home of the user bundler ran as';
    if (run.env.get('BUNDLE_PATH') === null) return 'BUNDLE_PATH is not a literal value';
    const configured = invs.some((i) => i.args.some((a) => a.value === '--path' || a.value === '--deployment' || a.value?.startsWith('--path=') === true))
      || run.env.has('BUNDLE_DEPLOYMENT')
      || [...run.earlier, run.ins].some((ins) => ins.keyword === 'RUN' && /bundle\s+config\s+(set\s+)?(--\w+\s+)?(path|deployment)\b/.test(ins.text));
    if (configured && !run.env.get('BUNDLE_PATH')) return 'the bundle goes into a configured path (--path, --deployment or bundle config), whose cache location is not known here';
    return null;
  },
  perUser: true,
  cacheEnv: ['BUNDLE_PATH', 'BUNDLE_APP_CONFIG', 'HOME'],
});

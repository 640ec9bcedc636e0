/**
 * gem: `gem install` generates ri/rdoc documentation for every gem unless told not to. `--no-document` leaves it
 * out; the gems themselves are the same.
 */
import { baseImage, cacheChange, flagAfter, NOTHING, subWord, type CacheManager, type ManagerPlan } from '../common/cache.js';

/** A gemrc line that turns documentation off (`gem: --no-document`, `install: --no-rdoc --no-ri`). */
const GEMRC_NO_DOCUMENT = /\b(gem|install|update):[ \t]*[^\n'"]*--no-(document|rdoc|ri)\b/;
const OFFICIAL_RUBY = /^(docker\.io\/)?(library\/)?ruby(:|@|$)/;

const FLAGS_WITH_VALUE = new Set(['-v', '--version', '-i', '--install-dir', '-n', '--bindir', '-s', '--source', '-p', '--http-proxy', '--platform', '-g', '--file']);

export const gem: CacheManager = {
  id: 'gem',
  plan(run): ManagerPlan {
    const invs = run.invocations.filter((inv) => inv.name === 'gem' && ['install', 'update', 'i'].includes(subWord(inv.args, FLAGS_WITH_VALUE)?.value ?? ''));
    const todo = invs.filter((inv) => !inv.args.some((a) => /^(--no-document|-N|--no-rdoc|--no-ri|--document|--rdoc|--ri|--system)(=|$)/.test(a.value ?? '')));
    if (todo.length === 0) return NOTHING;
    // A gemrc written earlier (`gem: --no-document`) already turns documentation off. The flag on another `gem
    // install` does not: it applies to that command only.
    if ([...run.earlier, run.ins].some((ins) => ins.keyword === 'RUN' && GEMRC_NO_DOCUMENT.test(ins.text))) return NOTHING;
    // The official ruby images write /usr/local/etc/gemrc with `install: --no-document` and `update: --no-document`.
    if (OFFICIAL_RUBY.test(baseImage(run))) return { changes: [], skips: ['gem: documentation not turned off: the ruby image already does (its /usr/local/etc/gemrc sets install: --no-document)'] };
    if (run.env.has('GEMRC')) return { changes: [], skips: ['gem: GEMRC is set; its settings may already decide about documentation'] };
    const edits = todo.map((inv) => flagAfter(subWord(inv.args, FLAGS_WITH_VALUE)!, '--no-document'));
    return {
      changes: [cacheChange(
        'gem',
        `install gems without documentation (gem ${subWord(todo[0].args, FLAGS_WITH_VALUE)!.value} --no-document)`,
        'gem generates ri/rdoc documentation for every gem it installs (often more than the gem itself); nothing uses it in a container. Safe: the installed gems are the same.',
        edits,
        ['**/doc/*/ri/**', '**/doc/*/rdoc/**'],
      )],
      skips: [],
    };
  },
};

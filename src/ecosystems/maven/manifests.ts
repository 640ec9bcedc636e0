/**
 * maven: `mvn dependency:go-offline` (or `dependency:resolve`, `dependency:resolve-plugins`) downloads what pom.xml
 * needs into ~/.m2, reading .mvn/ (maven.config, extensions) when present; the wrapper (`./mvnw`) needs mvnw and
 * .mvn/wrapper. A multi-module pom or a parent by relative path needs the other poms.
 */
import type { Invocation } from '../../shell/query.js';
import { flagValue, literalArgs, splitArgs, type Classification, type ManifestEcosystem } from '../common/manifests.js';

const WITH_VALUE = new Set(['-f', '--file', '-s', '--settings', '-gs', '--global-settings', '-P', '--activate-profiles', '-pl', '--projects', '-T', '--threads', '-l', '--log-file', '-t', '--toolchains']);
const DEPS_GOALS = /^(dependency|org\.apache\.maven\.plugins:maven-dependency-plugin(:[^:]+)?):(go-offline|resolve|resolve-plugins|resolve-sources)$/;

export const mavenManifests: ManifestEcosystem = {
  id: 'maven',
  classify(inv: Invocation): Classification | null {
    if (inv.name !== 'mvn' && inv.name !== 'mvnw') return null;
    const wrapper = inv.name === 'mvnw';
    const args = literalArgs(inv);
    if (!args) return { kind: 'build' };
    const { positional, flags } = splitArgs(args, WITH_VALUE);
    if (positional.length === 0) return flags.has('-v') || flags.has('--version') ? { kind: 'neutral' } : { kind: 'build' };
    if (!positional.every((g) => DEPS_GOALS.test(g))) return { kind: 'build' };
    if (flags.has('-pl') || flags.has('--projects')) return { kind: 'build' };
    const pom = flagValue(flags, '-f', '--file') ?? 'pom.xml';
    const settings = flagValue(flags, '-s', '--settings');
    const required = [[pom]];
    if (settings && !settings.startsWith('/')) required.push([settings]);
    if (wrapper) required.push(['mvnw']);
    return {
      kind: 'deps',
      install: {
        ecosystem: 'maven',
        project: '.',
        required,
        optional: [],
        optionalDirs: ['.mvn'],
        outputs: [],
        inspect: (read) => {
          const text = read(pom) ?? '';
          if (/<modules>\s*<module>/.test(text)) return { problem: `${pom} is a multi-module build, whose module poms the download needs` };
          if (/<relativePath>\s*[^<\s]/.test(text)) return { problem: `${pom} has a parent pom by relative path` };
          return {};
        },
      },
    };
  },
};

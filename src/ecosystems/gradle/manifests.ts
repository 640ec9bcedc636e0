/**
 * gradle: `gradle dependencies` (or `./gradlew dependencies`, `--write-locks`...) resolves what build.gradle(.kts)
 * and settings.gradle(.kts) declare into ~/.gradle, reading gradle.properties and the wrapper under gradle/. A
 * multi-project build (`include` in settings) or a buildSrc directory needs more than these files.
 */
import type { Invocation } from '../../shell/query.js';
import { literalArgs, splitArgs, type Classification, type ManifestEcosystem } from '../common/manifests.js';

const WITH_VALUE = new Set(['-p', '--project-dir', '-c', '--settings-file', '-b', '--build-file', '-g', '--gradle-user-home', '-x', '--exclude-task', '-P', '-D']);
const DEPS_TASKS = new Set(['dependencies', 'androidDependencies', 'resolveDependencies', 'downloadDependencies']);

export const gradleManifests: ManifestEcosystem = {
  id: 'gradle',
  classify(inv: Invocation): Classification | null {
    if (inv.name !== 'gradle' && inv.name !== 'gradlew') return null;
    const wrapper = inv.name === 'gradlew';
    const args = literalArgs(inv);
    if (!args) return { kind: 'build' };
    const { positional, flags } = splitArgs(args, WITH_VALUE);
    if (positional.length === 0) return flags.has('-v') || flags.has('--version') ? { kind: 'neutral' } : { kind: 'build' };
    if (!positional.every((t) => DEPS_TASKS.has(t))) return { kind: 'build' };
    if (['-p', '--project-dir', '-c', '--settings-file', '-b', '--build-file'].some((f) => flags.has(f))) return { kind: 'build' };
    const required = [['build.gradle', 'build.gradle.kts']];
    if (wrapper) required.push(['gradlew']);
    return {
      kind: 'deps',
      install: {
        ecosystem: 'gradle',
        project: '.',
        required,
        optional: ['settings.gradle', 'settings.gradle.kts', 'gradle.properties'],
        optionalDirs: ['gradle'],
        outputs: ['.gradle', 'build'],
        inspect: (read) => {
          const settings = read('settings.gradle') ?? read('settings.gradle.kts') ?? '';
          if (/^\s*(include|includeBuild)\b/m.test(settings)) return { problem: 'settings.gradle includes other projects, whose build files the resolution needs' };
          if (read('buildSrc/build.gradle') !== null || read('buildSrc/build.gradle.kts') !== null) return { problem: 'the build has a buildSrc directory, compiled before any task' };
          return {};
        },
      },
    };
  },
};

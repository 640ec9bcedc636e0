/**
 * go: `go build`, `go install`, `go test` and friends keep every compiled package in the build cache (GOCACHE,
 * ~/.cache/go-build by default). The image never needs it: `go clean -cache` in the same RUN leaves it out, and a
 * later build in the same stage only compiles again. The module cache (GOMODCACHE) is left alone: a later RUN may
 * build offline from it.
 */
import { appendingManager, baseImage, home, homeGlobs, isRoot, type RunView } from '../common/cache.js';

const FILLS = new Set(['build', 'install', 'test', 'run', 'vet', 'get', 'generate']);
const FLAGS_WITH_VALUE = new Set(['-C']);

function custom(run: RunView): string | null {
  const v = run.env.get('GOCACHE');
  return v && v.startsWith('/') ? v : null;
}

export const go = appendingManager({
  id: 'go',
  program: (name) => name === 'go',
  flagsWithValue: FLAGS_WITH_VALUE,
  fills: (sub) => sub !== null && FILLS.has(sub),
  isCleanup: (sub, inv) => sub === 'clean' && inv.args.some((a) => a.value === '-cache'),
  cacheDirs: (run) => [custom(run) ?? '', '~/.cache/go-build', '~/.cache'].filter((d) => d !== ''),
  cleanup: (prog, sudo) => `${sudo}${prog} clean -cache`,
  removes: (run) => {
    const dir = custom(run);
    return dir ? [`${dir}/**`] : homeGlobs(run, '.cache/go-build');
  },
  mounts: (run) => (run.env.has('GOCACHE') && !custom(run) ? null : !isRoot(run) ? null : custom(run) ? [{ target: custom(run)! }] : home(run) === null ? null : [{ target: `${home(run)}/.cache/go-build` }]),
  saves: "Go's build cache (GOCACHE, ~/.cache/go-build: every compiled package, often hundreds of MB)",
  reuses: 'the compiled packages',
  safe: 'Safe: the built binaries and the module cache stay; a later build only compiles again.',
  guard: (run) => {
    if (run.env.has('GOCACHE') && !custom(run)) return 'GOCACHE is set to a value not known here';
    // The build cache and `go clean -cache` came with Go 1.10: older toolchains reject the flag.
    if (/^(docker\.io\/)?(library\/)?golang:1\.[0-9](\.[0-9]+)?(-|$)/.test(baseImage(run))) return 'the base image has Go before 1.10, which has no `go clean -cache`';
    return null;
  },
  perUser: true,
  cacheEnv: ['GOCACHE', 'XDG_CACHE_HOME', 'HOME'],
});

/**
 * Bundles the built command (dist/src/cli.js and what it imports) with esbuild, so that starting `dockerfix` reads a
 * few files instead of resolving and compiling some hundred modules. Run by `npm run build`. Two bundles:
 *
 * - dist/bundle/cli.cjs, the plain command (diff, --check, --json, --format, --write, --stdout): one CommonJS file with
 *   everything it needs, the shell parser (unbash) included. bin/dockerfix.js compiles
 *   it with V8's code cache (dist/bundle/cli.cjs.cache, made below by one run on a sample and remade by the command
 *   when V8 rejects it), so start-up skips parsing and compiling the functions a run uses. CommonJS because Node 20
 *   has a code cache for scripts only, not for ES modules.
 * - dist/bundle/cli.js and its chunks, the whole command as ES modules: the review UI, the PR bot and the verifier
 *   import ES-only packages (ink, Octokit, prettier), loaded only when used. bin/dockerfix.js runs this one for `-i`,
 *   `pr` and `verify`, and the worker threads of many-file runs (src/pool.ts) start from its second entry,
 *   dist/bundle/pool-worker.js, sharing its chunks.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

// Chunk names carry a hash: clear the previous build's (and its code cache).
fs.rmSync('dist/bundle', { recursive: true, force: true });

await build({
  // The pool's worker script is an entry of its own: src/pool.ts starts it from beside itself (dist/bundle/).
  entryPoints: ['dist/src/cli.js', 'dist/src/pool-worker.js'],
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outdir: 'dist/bundle',
  minifySyntax: true,
  minifyWhitespace: true,
  external: ['ink', 'react', 'react/*', '@octokit/*', 'prettier'],
  // Bundled CommonJS packages (dockerfile-ast) call require().
  banner: { js: "import { createRequire as __dockerfixRequire } from 'node:module'; const require = __dockerfixRequire(import.meta.url);" },
  logLevel: 'warning',
});

const LAZY_COMMANDS = /^\.\/(review|pr|verify)\/command\.js$/;
const core = {
  name: 'dockerfix-core',
  setup(b) {
    // The review UI, the PR bot and the verifier are the ES module bundle's (bin/dockerfix.js sends those commands
    // there); should one be reached here all the same, it says so instead of failing on a require() of an ES module.
    // commander loads node:child_process (and with it net, dgram and streams) for subcommands that are programs of
    // their own, which dockerfix has none of: loaded on first use instead.
    b.onResolve({ filter: /^node:child_process$/ }, (args) => (/[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'dockerfix-lazy-builtin' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'dockerfix-lazy-builtin' }, () => ({
      contents: "let loaded; module.exports = new Proxy({}, { get: (_, key) => (loaded ??= require('node:child_process'))[key] });",
      loader: 'js',
    }));
    b.onResolve({ filter: LAZY_COMMANDS }, (args) => ({ path: args.path, namespace: 'dockerfix-lazy' }));
    b.onLoad({ filter: /.*/, namespace: 'dockerfix-lazy' }, (args) => ({
      contents: `throw new Error(${JSON.stringify(`${args.path} is not in the CommonJS bundle: run the ES module bundle (dist/bundle/cli.js) for this command`)});`,
      loader: 'js',
    }));
  },
};
await build({
  entryPoints: ['dist/src/cli.js'],
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  outfile: 'dist/bundle/cli.cjs',
  minifySyntax: true,
  minifyWhitespace: true,
  // import() inside a script compiled by vm needs an experimental Node option: lazy modules become require().
  supported: { 'dynamic-import': false },
  define: { 'import.meta.url': '__dockerfixUrl' },
  banner: { js: "var __dockerfixUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [core],
  logLevel: 'warning',
});

// The code cache: one run of the command on a sample writes dist/bundle/cli.cjs.cache (bin/dockerfix.js).
execFileSync(process.execPath, [path.resolve('bin/dockerfix.js'), '--stdout', path.resolve('fixtures/merge-runs/basic.before.Dockerfile')], { stdio: 'ignore' });
if (!fs.existsSync('dist/bundle/cli.cjs.cache')) throw new Error('bundle: the sample run wrote no code cache (dist/bundle/cli.cjs.cache)');

/**
 * Bundles the built command (dist/src/cli.js and what it imports) into dist/bundle/ with esbuild, so that starting
 * `dockerfix` reads a few files instead of resolving and compiling some hundred modules (start-up was mostly module
 * loading). Dynamic imports (verify, SARIF, review UI, PR bot) become chunks loaded only when used. Packages with
 * files of their own (the shell parser's wasm) or large optional ones stay ordinary imports from node_modules.
 * The worker threads of many-file runs (src/pool-worker.ts) start from a second entry, sharing the chunks.
 * bin/dockerfix.js runs the bundle when it is there and dist/src/cli.js otherwise. Run by `npm run build`.
 */
import fs from 'node:fs';
import { build } from 'esbuild';

// Chunk names carry a hash: clear the previous build's.
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
  external: ['web-tree-sitter', 'tree-sitter-bash', 'ink', 'react', 'react/*', '@octokit/*', 'prettier'],
  // Bundled CommonJS packages (dockerfile-ast) call require().
  banner: { js: "import { createRequire as __dockerfixRequire } from 'node:module'; const require = __dockerfixRequire(import.meta.url);" },
  logLevel: 'warning',
});

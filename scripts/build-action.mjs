// Bundles the GitHub Action (src/pr/action.ts) into action/index.mjs with everything it needs, so the Action runs
// from a checkout of this repository without `npm install`: ES modules only (the shell parser, unbash, is plain
// JavaScript). Run by `npm run build:action`; the committed bundle is checked by test/pr-action.test.ts.
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// An output directory may be given (the freshness test builds into a temporary one and compares).
const outdir = path.resolve(process.argv[2] ?? path.join(root, 'action'));

fs.rmSync(outdir, { recursive: true, force: true });
fs.mkdirSync(outdir, { recursive: true });
await build({
  // The same bytes from every checkout: paths in the bundle's comments (and so its chunk hashes) are relative to the
  // repository and name node_modules as such, also in a worktree whose node_modules is a symbolic link elsewhere.
  absWorkingDir: root,
  preserveSymlinks: true,
  entryPoints: [path.join(root, 'src/pr/action.ts')],
  outdir,
  entryNames: 'index',
  chunkNames: '[name]-[hash]',
  outExtension: { '.js': '.mjs' },
  // Real ES module chunks: the verifier (--measure) is loaded only when asked.
  splitting: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  // Bundled CommonJS packages (commander, diff...) call require(); give the ES module one.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});
const size = fs.statSync(path.join(outdir, 'index.mjs')).size;
console.log(`action/index.mjs: ${(size / 1024).toFixed(0)} KiB`);

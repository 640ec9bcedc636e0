// Bundles the GitHub Action (src/pr/action.ts) into action/index.mjs with everything it needs, so the Action runs
// from a checkout of this repository without `npm install`: one ES module plus the two WebAssembly files of the
// shell parser beside it. Run by `npm run build:action`; the committed bundle is checked by test/pr-action.test.ts.
import { build } from 'esbuild';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// An output directory may be given (the freshness test builds into a temporary one and compares).
const outdir = path.resolve(process.argv[2] ?? path.join(root, 'action'));
const require = createRequire(import.meta.url);

// src/shell/parser.ts finds the bash grammar through node_modules; in the bundle it sits beside index.mjs.
const GRAMMAR = "require.resolve('tree-sitter-bash/tree-sitter-bash.wasm')";
const wasmBesideBundle = {
  name: 'wasm-beside-bundle',
  setup(b) {
    b.onLoad({ filter: /src[\\/]shell[\\/]parser\.ts$/ }, async (args) => {
      const source = await fs.promises.readFile(args.path, 'utf8');
      if (!source.includes(GRAMMAR)) throw new Error(`${args.path} no longer loads the grammar with ${GRAMMAR}: update scripts/build-action.mjs`);
      const contents = `import { fileURLToPath as __fileURLToPath } from 'node:url';\n${source.replace(GRAMMAR, "__fileURLToPath(new URL('./tree-sitter-bash.wasm', import.meta.url))")}`;
      return { contents, loader: 'ts' };
    });
  },
};

fs.rmSync(outdir, { recursive: true, force: true });
fs.mkdirSync(outdir, { recursive: true });
await build({
  entryPoints: [path.join(root, 'src/pr/action.ts')],
  outdir,
  entryNames: 'index',
  chunkNames: '[name]-[hash]',
  outExtension: { '.js': '.mjs' },
  // Real ES module chunks: the verifier (--measure) is loaded only when asked, and modules with top-level await
  // (the shell parser) keep native evaluation order.
  splitting: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [wasmBesideBundle],
  // Bundled CommonJS packages (commander, diff...) call require(); give the ES module one.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});
fs.copyFileSync(require.resolve('web-tree-sitter/tree-sitter.wasm'), path.join(outdir, 'tree-sitter.wasm'));
fs.copyFileSync(require.resolve('tree-sitter-bash/tree-sitter-bash.wasm'), path.join(outdir, 'tree-sitter-bash.wasm'));
const size = fs.statSync(path.join(outdir, 'index.mjs')).size;
console.log(`action/index.mjs: ${(size / 1024).toFixed(0)} KiB`);

#!/usr/bin/env node
// CommonJS (bin/package.json): an ES module entry would start Node's ES module loader, a few ms the plain command
// does not need.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const v8 = require('node:v8');
const vm = require('node:vm');

// A run is short: V8's optimising compiler would spend about as much CPU (on its background threads) compiling the
// engine as the engine spends rewriting the 1,351 corpus files, and worker threads (src/pool.ts) compile it again
// each. Calls count 8x longer before a function is optimised: the same run takes about 2-3 s less CPU time.
v8.setFlagsFromString('--interrupt-budget=540672');

// Output piped into `head` or a pager that quits: stop quietly, as other command-line tools do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const argv = process.argv.slice(2);
const bundle = path.join(__dirname, '../dist/bundle');

(async () => {
  // The review UI, the PR bot and the verifier load ES-only packages: they run from the ES module bundle.
  const esOnly = argv.some((a) => a === 'pr' || a === 'verify' || a === '--interactive' || /^-[^-]*i/.test(a));
  const core = esOnly ? null : loadCore(path.join(bundle, 'cli.cjs'));
  if (core) {
    process.exitCode = await core.run(argv);
    core.saveCache();
    return;
  }
  // The ES module bundle (scripts/bundle.mjs); the module tree tsc builds is the fallback.
  let main;
  for (const entry of ['../dist/bundle/cli.js', '../dist/src/cli.js']) {
    try {
      ({ main } = await import(entry));
      break;
    } catch (error) {
      if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes(entry.slice(3))) throw error;
    }
  }
  if (!main) {
    process.stderr.write('dockerfix: not built yet: run `npm ci` (or `npm run build`) in the dockerfix directory first\n');
    process.exit(2);
  }
  process.exitCode = await main(argv);
})();

/**
 * The plain command from the CommonJS bundle, compiled with V8's code cache beside it (scripts/bundle.mjs): the
 * functions an earlier run compiled are read back instead of parsed and compiled again. A missing or rejected cache
 * (another Node version) is written again after the run, atomically; a read-only install just runs without it.
 */
function loadCore(file) {
  let source;
  try {
    source = fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  const cacheFile = `${file}.cache`;
  let cachedData;
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, require('node:module').createRequire(file), module, file, path.dirname(file));
  const { main } = module.exports;
  return {
    run: main,
    saveCache: () => {
      if (cachedData && !script.cachedDataRejected) return;
      const tmp = `${cacheFile}.${process.pid}.tmp`;
      try {
        fs.writeFileSync(tmp, script.createCachedData());
        fs.renameSync(tmp, cacheFile);
      } catch {
        fs.rmSync(tmp, { force: true });
      }
    },
  };
}

#!/usr/bin/env node
import v8 from 'node:v8';

// The shell parser is WebAssembly. V8's optimising tier would recompile it in the background, and a short-lived
// command then waits for that compile (about 0.4 s here) before it can exit; the baseline compiler is fast enough.
v8.setFlagsFromString('--liftoff-only');
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

let main;
// The bundle (scripts/bundle.mjs) starts faster; the module tree tsc builds is the fallback.
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
process.exitCode = await main(process.argv.slice(2));

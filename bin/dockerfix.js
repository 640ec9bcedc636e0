#!/usr/bin/env node
import v8 from 'node:v8';

// The shell parser is WebAssembly. V8's optimising tier would recompile it in the background, and a short-lived
// command then waits for that compile (about 0.4 s here) before it can exit; the baseline compiler is fast enough.
v8.setFlagsFromString('--liftoff-only');
const { main } = await import('../dist/src/cli.js');
process.exitCode = await main(process.argv.slice(2));

import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** Tests that need a container engine: builds take minutes, so timeouts are long and files run one at a time. */
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['test-engine/**/*.test.ts'],
    testTimeout: 20 * 60_000,
    hookTimeout: 10 * 60_000,
    fileParallelism: false,
    // The engine tests skip themselves unless run through this config (so a plain `vitest run` stays fast).
    env: { DOCKERFIX_ENGINE_TESTS: '1' },
  },
});

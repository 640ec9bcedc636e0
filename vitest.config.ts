import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    // Every region parse of the fix loop is compared with a parse of the whole text (src/document.ts).
    env: { DOCKERFIX_CHECK_REPARSE: '1' },
  },
});

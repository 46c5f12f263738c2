import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup/docx-well-formed.ts'],
    testTimeout: 60_000,
    // Builds in this thread unless a test asks for worker threads (test/workers.test.ts); child processes inherit it.
    env: { VAN_BAN_LUONG: '1' },
  },
});

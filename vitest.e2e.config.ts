import { defineConfig } from 'vitest/config';

// End-to-end tests in real browsers (Chromium, Firefox ESR) against the built extension: run `npm run build` first.
// One file at a time: each launches a browser (about 0.5 GiB) and the machine is small.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});

import { defineConfig } from 'vitest/config';

// Unit, component and golden-fixture tests. Browser end-to-end tests live in vitest.e2e.config.ts.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    pool: 'threads',
    maxWorkers: 2,
    testTimeout: 20000,
  },
});

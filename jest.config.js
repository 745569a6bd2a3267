/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    // Transpile only (isolatedModules): type checking is `npm run typecheck`'s job.
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.jest.json' }],
  },
  // office-addin-mock pulls office-addin-manifest, which does not load under Jest on Node 20.
  // Jest 29, not 30: Jest 30's resolver (unrs-resolver) has platform packages the registry here
  // does not serve, so its lock file makes `npm ci` fail.
  moduleNameMapper: {
    '^office-addin-manifest$': '<rootDir>/test/stubs/office-addin-manifest.js',
  },
  // dist/ for the browser and bundle tests, built once before the workers start.
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  // English is loaded on demand in the browser; tests get it at once (test/i18n checks the lazy load).
  setupFiles: ['<rootDir>/test/support/english.ts'],
  maxWorkers: 2,
  testTimeout: 60000,
};

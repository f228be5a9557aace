/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, diagnostics: false }],
  },
  testTimeout: 60000,
  // The run's temporary files go to a folder of its own, which must be empty at the end.
  globalSetup: '<rootDir>/test/tmpdir-setup.ts',
  globalTeardown: '<rootDir>/test/tmpdir-teardown.ts',
};

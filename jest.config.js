const nextJest = require('next/jest');

const createJestConfig = nextJest({ dir: './' });

/** @type {import('jest').Config} */
const config = {
  testEnvironment: 'node',
  setupFiles: ['<rootDir>/tests/setup/env.ts'],
  setupFilesAfterEnv: ['<rootDir>/tests/setup/after-env.ts'],
  testMatch: ['<rootDir>/tests/{unit,integration,ui}/**/*.test.{ts,tsx}'],
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/$1' },
  testTimeout: 30_000,
  // Integration files each get their own database; two workers fit a 2-core machine.
  maxWorkers: 2,
};

module.exports = async () => {
  const resolved = await createJestConfig(config)();
  // next-intl and use-intl ship ES modules only; let SWC turn them into CommonJS for jest.
  resolved.transformIgnorePatterns = [
    '/node_modules/(?!(next-intl|use-intl|@formatjs|intl-messageformat|icu-minify)/)',
    '^.+\\.module\\.(css|sass|scss)$',
  ];
  return resolved;
};

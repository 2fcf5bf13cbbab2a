// One Jest run for the whole monorepo: a single PostgreSQL server (global setup), a database per
// test file. TypeScript is compiled by SWC with the build's settings (.swcrc: decorator metadata,
// which type-graphql and MikroORM read).
const swcrc = JSON.parse(require('node:fs').readFileSync(`${__dirname}/.swcrc`, 'utf8'));
const { $schema: _schema, ...swcOptions } = swcrc;
// Tests run in Jest's CommonJS sandbox: dynamic imports become require calls there.
const swc = ['@swc/jest', { ...swcOptions, module: { type: 'commonjs' }, sourceMaps: 'inline' }];

const sources = {
  '^@ash/(kit|demo|db|testkit|matching)$': '<rootDir>/../../packages/$1/src',
  '^@ash/(housing|households|accompaniment|financing)$': '<rootDir>/../../services/$1/src',
  '^@ash/gateway$': '<rootDir>/../../gateway/src',
  '^@ash/schema$': '<rootDir>/../../schema/src',
};

const project = (dir) => ({
  displayName: dir.split('/').pop(),
  rootDir: `<rootDir>/${dir}`,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  transform: { '^.+\\.ts$': swc },
  moduleNameMapper: Object.fromEntries(
    Object.entries(sources).map(([k, v]) => [
      k,
      v.replace(
        '<rootDir>/../..',
        `<rootDir>/${dir
          .split('/')
          .map(() => '..')
          .join('/')}`,
      ),
    ]),
  ),
  setupFiles: ['reflect-metadata'],
});

module.exports = {
  globalSetup: '<rootDir>/packages/testkit/global-setup.mjs',
  globalTeardown: '<rootDir>/packages/testkit/global-teardown.mjs',
  testTimeout: 60_000,
  reporters: ['default', '<rootDir>/packages/testkit/summary-reporter.js'],
  projects: [
    'services/housing',
    'services/households',
    'services/accompaniment',
    'services/financing',
    'gateway',
    'schema',
    'packages/kit',
    'packages/demo',
    'packages/platform',
    'client',
  ].map(project),
};

import type { CodegenConfig } from '@graphql-codegen/cli';

// Operations are typed from the committed supergraph (its API schema: what clients may query),
// `npm run codegen -w @ash/client` rewrites src/gql; a test fails when it is stale.
const config: CodegenConfig = {
  schema: { '../schema/supergraph.graphql': { loader: './codegen-supergraph.cjs' } },
  documents: ['src/**/*.tsx', 'src/**/*.ts', '!src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTimeISO: 'string', LocalDate: 'string', JSON: 'unknown' },
      },
    },
  },
};

export default config;

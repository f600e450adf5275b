import type { CodegenConfig } from '@graphql-codegen/cli';

// TypeScript types for every operation of frontend-contract/, from the schema in graphql-schema/ (or, with
// ATLAS_SCHEMA_URL, from a running service by the standard introspection query). Generated at build time into
// web/generated/, never committed: the website's type check then fails whenever an operation and the schema disagree.
const schema = process.env.ATLAS_SCHEMA_URL ?? '../graphql-schema/*.graphqls';
const output = process.env.ATLAS_CODEGEN_OUT ?? 'web/generated/graphql.ts';

const config: CodegenConfig = {
  schema,
  documents: ['*.graphql'],
  generates: {
    [output]: {
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        scalars: { Date: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      },
    },
  },
  errorsOnly: true,
};

export default config;

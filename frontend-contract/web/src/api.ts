import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

/** A GraphQL error as the service types it: a classification and, for bad arguments, the argument at fault. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly classification?: string,
  ) {
    super(message);
  }
}

/**
 * Runs one contract operation against the service that served this page. The document and its result and variable
 * types come from web/generated/graphql.ts, generated from frontend-contract/*.graphql and the schema.
 */
export async function run<TData, TVariables>(
  operation: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
): Promise<TData> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ query: print(operation), variables }),
  });
  const body = (await response.json()) as {
    data?: TData;
    errors?: { message: string; extensions?: { classification?: string } }[];
  };
  if (body.errors?.length) {
    throw new ApiError(body.errors[0].message, body.errors[0].extensions?.classification);
  }
  if (!body.data) {
    throw new ApiError(`HTTP ${response.status}`);
  }
  return body.data;
}

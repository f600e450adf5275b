import { GraphiQL } from 'graphiql';
import type { ComponentProps } from 'react';
import { createRoot } from 'react-dom/client';
import 'graphiql/graphiql.css';
import './explorer.css';
import { contractOperations } from '../src/contract';

// GraphiQL bundled at build time and served by the service itself: no CDN, works offline. It loads the schema with
// graphql-js's standard introspection query, like any client, and opens every frontend-contract operation in a tab.
const fetcher: ComponentProps<typeof GraphiQL>['fetcher'] = async (params) => {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(params),
  });
  return response.json();
};

const tabs = contractOperations.map((operation) => ({ query: operation.source }));

createRoot(document.getElementById('explorer')!).render(
  <GraphiQL fetcher={fetcher} defaultTabs={tabs} defaultEditorToolsVisibility="variables">
    <GraphiQL.Logo>Duaal Atlas</GraphiQL.Logo>
  </GraphiQL>,
);

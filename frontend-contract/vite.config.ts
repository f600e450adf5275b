import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// Two pages, built into the service's static resources: the reference website at / and the explorer at /explorer/.
// Every script, style and font is bundled: the pages fetch nothing but the service's own /graphql.
export default defineConfig({
  root: 'web',
  base: '/',
  publicDir: false,
  build: {
    outDir: resolve(import.meta.dirname, '../target/classes/static'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      input: {
        website: resolve(import.meta.dirname, 'web/index.html'),
        explorer: resolve(import.meta.dirname, 'web/explorer/index.html'),
      },
    },
  },
  server: {
    // `npm exec vite` while `./mvnw spring-boot:run` runs: the pages with live reload, GraphQL from the service
    proxy: { '/graphql': 'http://localhost:8080' },
  },
});

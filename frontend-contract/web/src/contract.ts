// The operations of frontend-contract/, as files: the explorer offers each as an example.
const sources = import.meta.glob<string>('../../*.graphql', { query: '?raw', import: 'default', eager: true });

export const contractOperations = Object.entries(sources)
  .map(([path, source]) => ({ file: path.replace(/^.*\//, ''), source }))
  .sort((a, b) => a.file.localeCompare(b.file));

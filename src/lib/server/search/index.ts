export * from './engine';
export * from './search.schemas';
export { createSearchEngine } from './naive-engine';

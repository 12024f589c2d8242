export * from './engine';
export * from './search.schemas';
export { createSearchEngine, type SearchEngineOptions } from './german-engine';

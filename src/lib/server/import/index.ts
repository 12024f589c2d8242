export * from './columns';
export * from './parse';
export { formatRowError, mapRow, type MappedRow } from './map';
export * from './jobs';
export * from './run';
export * from './template';

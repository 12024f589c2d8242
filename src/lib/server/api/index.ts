/** The read API's building blocks; routes under src/routes/api call these. */
export * from './locale';
export * from './problem';
export * from './query';
export * from './schemas';
export * from './handler';
export * from './offers';
export * from './institutions';
export * from './districts';
export * from './problem-types';
export { buildOpenApiDocument, type OpenApiDocument, type OpenApiOptions } from './openapi';

/** The API's building blocks (read and write); routes under src/routes/api call these. */
export * from './locale';
export * from './problem';
export * from './query';
export * from './schemas';
export * from './handler';
export * from './offers';
export * from './offers-write';
export * from './auth';
export * from './body';
export * from './institutions';
export * from './districts';
export * from './problem-types';
export { buildOpenApiDocument, type OpenApiDocument, type OpenApiOptions } from './openapi';

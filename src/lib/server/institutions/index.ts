export * from './institution.schemas';
export * from './institution.queries';
export * from './institution-write';

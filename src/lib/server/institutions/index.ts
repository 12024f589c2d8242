export * from './institution.schemas';
export * from './institution.queries';

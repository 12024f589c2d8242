export * from './markdown';
export * from './content-pages';

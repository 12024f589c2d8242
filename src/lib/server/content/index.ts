export * from './markdown';
export * from './content-pages';
export * from './static-page';

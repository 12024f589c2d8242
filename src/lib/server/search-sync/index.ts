export * from './sync';
export * from './messages';
export { createIndexReloader, type IndexReloader, type ReloaderStats } from './reloader';

export * from './districts.queries';

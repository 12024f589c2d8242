export * from './portal-offers';

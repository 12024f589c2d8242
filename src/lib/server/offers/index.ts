export * from './offer.schemas';
export * from './offer.queries';

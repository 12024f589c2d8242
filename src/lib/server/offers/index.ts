export * from './offer.schemas';
export * from './offer.queries';
export * from './offer-input';
export * from './offer-events';
export * from './offer-write';
export * from './moderation';
export * from './offer-diff';
export * from './review.queries';

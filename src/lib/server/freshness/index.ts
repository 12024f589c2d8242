export * from './freshness';
export * from './visibility';
export * from './freshness.queries';
export * from './hidden-changes';
export * from './update-freshness-settings';

export * from './freshness';
export * from './visibility';
export * from './hidden-changes';
export * from './update-freshness-settings';

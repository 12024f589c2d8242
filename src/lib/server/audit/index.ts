export * from './audit';
export * from './audit-diff';
export * from './audit-read';

export * from './quality.types';
export * from './quality';
export * from './overview';

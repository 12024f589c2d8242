export * from './quality';
export * from './overview';

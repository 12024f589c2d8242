export * from './districts';
export * from './institutions';
export * from './offers';
export * from './accounts';
export * from './audit';
export * from './content';
export * from './imports';

export * from './districts';
export * from './institutions';
export * from './offers';
export * from './accounts';

export * from './runner';
export * from './stale-reminders';
export * from './hide-stale';
export * from './cleanup';

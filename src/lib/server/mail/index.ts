export * from './compose-mail';
export * from './send-mail';
export * from './outbox';

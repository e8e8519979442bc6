export * from './errors.ts';
export * from './text.ts';
export * from './organisation.ts';
export * from './authorization.ts';

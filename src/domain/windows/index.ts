// Entry windows: types, queries and the principal's changes.
export * from './types';
export * from './time';
export * from './queries';
export * from './changes';
export * from './messages';

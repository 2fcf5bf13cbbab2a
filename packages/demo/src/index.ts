export * from './ids';
export * from './plan';
export * from './random';
export * from './users';

import 'reflect-metadata';

export * from './actor';
export * from './audit';
export * from './audited';
export * from './config';
export * from './errors';
export * from './events';
export * from './indicators';
export * from './loaders';
export * from './orm';
export * from './pagination';
export * from './policy';
export * from './policy-document';
export * from './privacy';
export * from './run';
export * from './server';
export * from './subgraph';
export * from './transitions';

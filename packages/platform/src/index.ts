export { migrateAll, schemasWithData, seedAll, type UrlOf } from './database';
export { databaseUrlOf, SUBGRAPHS, type SubgraphEntry } from './services';
export { embeddedDataDir, type RunningPlatform, type StartOptions, startPlatform } from './start';

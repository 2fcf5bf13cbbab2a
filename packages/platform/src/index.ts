export {
  type DashboardConfig,
  type DashboardOptions,
  dashboardConfig,
  type RunningDashboard,
  startDashboard,
} from './dashboard';
export { migrateAll, schemasWithData, seedAll, type UrlOf } from './database';
export { databaseUrlOf, SUBGRAPHS, type SubgraphEntry } from './services';
export {
  embeddedDataDir,
  type PlatformService,
  type RunningPlatform,
  type StartOptions,
  startPlatform,
} from './start';

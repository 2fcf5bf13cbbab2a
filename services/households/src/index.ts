import 'reflect-metadata';
import { Calendar, runSubgraph } from '@ash/kit';
import { readConfig } from './config';
import { eventHandlers } from './events';
import { scheduleRetention } from './modules/privacy/retention';
import { openOrm } from './orm';
import { createServer } from './server';

export { eventHandlers } from './events';
export {
  ANONYMOUS_NAME,
  erasedRegistrationNumber,
  eraseHousehold,
  eraseInactiveHouseholds,
  RETENTION_ACTOR,
  retentionCutoff,
} from './modules/privacy/erasure.service';
export { scheduleRetention } from './modules/privacy/retention';
export { householdSearchStatement } from './modules/search/household-search.service';
export { entities, openOrm, SCHEMA } from './orm';
export { HOUSEHOLDS_POLICY } from './policy';
export { buildSchema } from './schema';
export { seedHouseholds } from './seed';
export { createServer } from './server';

if (require.main === module) {
  const config = readConfig();
  let retentionScheduled = false;
  runSubgraph({
    name: 'households',
    ...config,
    openOrm,
    createServer: (deps) => {
      // Called once migrations ran: the daily retention job (on unless HOUSEHOLDS_RETENTION_JOB=off)
      // starts with the server, on the same ORM.
      if (config.retentionJob && !retentionScheduled) {
        retentionScheduled = true;
        scheduleRetention(deps.orm, config.retentionYears, new Calendar(deps.clock));
      }
      return createServer({ ...deps, stalledAfterDays: config.stalledAfterDays });
    },
    handlers: eventHandlers,
  }).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}

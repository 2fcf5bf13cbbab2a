import * as accompanimentModule from '@ash/accompaniment';
import type { DemoPlan } from '@ash/demo';
import * as financingModule from '@ash/financing';
import * as householdsModule from '@ash/households';
import * as housingModule from '@ash/housing';
import type { Clock, EventHandlers, SubgraphServer } from '@ash/kit';
import type { MikroORM } from '@mikro-orm/postgresql';

/** The four subgraphs, seen alike by the system tests. */
export interface TestSubgraph {
  openOrm(url: string, onQuery?: (sql: string) => void): Promise<MikroORM>;
  createServer(deps: { orm: MikroORM; gatewaySecret: string; clock?: Clock }): Promise<SubgraphServer>;
  seed(orm: MikroORM, plan: DemoPlan): Promise<void>;
  handlers: EventHandlers;
}

export const housing: TestSubgraph = {
  ...housingModule,
  seed: housingModule.seedHousing,
  handlers: housingModule.eventHandlers,
};
export const households: TestSubgraph = {
  ...householdsModule,
  seed: householdsModule.seedHouseholds,
  handlers: householdsModule.eventHandlers,
};
export const accompaniment: TestSubgraph = {
  ...accompanimentModule,
  seed: accompanimentModule.seedAccompaniment,
  handlers: accompanimentModule.eventHandlers,
};
export const financing: TestSubgraph = {
  ...financingModule,
  seed: financingModule.seedFinancing,
  handlers: {},
};

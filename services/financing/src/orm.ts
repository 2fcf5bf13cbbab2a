import { initOrm } from '@ash/kit';
import type { MikroORM } from '@mikro-orm/postgresql';
import { migrations } from './migrations';
import { Convention } from './modules/convention/convention.entity';
import { Evaluation } from './modules/evaluation/evaluation.entity';
import { Funder } from './modules/funder/funder.entity';
import {
  FundingLine,
  FundingLineChange,
  FundingLineTransition,
} from './modules/funding-line/funding-line.entity';

/** The PostgreSQL schema this subgraph owns. */
export const SCHEMA = 'financing';
export const entities = [
  Convention,
  Funder,
  FundingLine,
  FundingLineTransition,
  FundingLineChange,
  Evaluation,
];

export function openOrm(clientUrl: string, onQuery?: (sql: string) => void): Promise<MikroORM> {
  return initOrm({ clientUrl, schema: SCHEMA, entities, migrations, onQuery });
}

import { initOrm, KnownReference } from '@ash/kit';
import type { MikroORM } from '@mikro-orm/postgresql';
import { migrations } from './migrations';
import { CaseloadProjection } from './modules/caseload/caseload.entity';
import { Dwelling } from './modules/dwelling/dwelling.entity';
import { Lease } from './modules/lease/lease.entity';
import { HouseholdNeedsProjection } from './modules/matching/household-needs.entity';
import { MatchingSettings, MatchingSettingsChange } from './modules/matching/matching-settings.entity';
import { RentAccount, RentEntry } from './modules/rent-account/rent-account.entity';
import { Residence } from './modules/residence/residence.entity';

/** The PostgreSQL schema this subgraph owns. */
export const SCHEMA = 'housing';
/** Tables the migrations fill (reference data): they do not make a database "hold data". */
export const REFERENCE_TABLES = ['matching_settings'];
export const entities = [
  KnownReference,
  Residence,
  Dwelling,
  Lease,
  RentAccount,
  RentEntry,
  MatchingSettings,
  MatchingSettingsChange,
  HouseholdNeedsProjection,
  CaseloadProjection,
];

export function openOrm(clientUrl: string, onQuery?: (sql: string) => void): Promise<MikroORM> {
  return initOrm({ clientUrl, schema: SCHEMA, entities, migrations, onQuery });
}

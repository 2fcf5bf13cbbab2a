import { initOrm, KnownReference } from '@ash/kit';
import type { MikroORM } from '@mikro-orm/postgresql';
import { migrations } from './migrations';
import { Application, ApplicationTransition } from './modules/application/application.entity';
import { AuditEntry } from './modules/audit/audit.entity';
import { CaseloadProjection } from './modules/caseload/caseload.entity';
import { Candidacy, Commission, Placement } from './modules/commission/commission.entity';
import { Household } from './modules/household/household.entity';
import { Person } from './modules/household/person.entity';
import { TenancyProjection } from './modules/tenancy/tenancy.entity';

/** The PostgreSQL schema this subgraph owns. */
export const SCHEMA = 'households';
export const entities = [
  KnownReference,
  Household,
  Person,
  Application,
  ApplicationTransition,
  Commission,
  Candidacy,
  Placement,
  AuditEntry,
  CaseloadProjection,
  TenancyProjection,
];

export function openOrm(clientUrl: string, onQuery?: (sql: string) => void): Promise<MikroORM> {
  return initOrm({ clientUrl, schema: SCHEMA, entities, migrations, onQuery });
}

import { initOrm, KnownReference } from '@ash/kit';
import type { MikroORM } from '@mikro-orm/postgresql';
import { migrations } from './migrations';
import { Accompaniment, PhaseChange } from './modules/accompaniment/accompaniment.entity';
import { Alert, AlertTransition } from './modules/alert/alert.entity';
import { CommitteeDecision, FollowUpCommittee } from './modules/committee/committee.entity';
import { ConsentProjection } from './modules/consent/consent.entity';
import { Contact } from './modules/contact/contact.entity';
import { ConventionPeriod } from './modules/convention/convention-period.entity';
import { Diagnostic, Goal } from './modules/diagnostic/diagnostic.entity';
import { ContactScheduleChange } from './modules/frequency/frequency.entity';
import { Review } from './modules/review/review.entity';
import { Organisation } from './modules/staff/organisation.entity';
import { StaffMember } from './modules/staff/staff.entity';
import { TargetPublicProjection } from './modules/target-public/target-public.entity';

/** The PostgreSQL schema this subgraph owns. */
export const SCHEMA = 'accompaniment';
export const entities = [
  KnownReference,
  Accompaniment,
  PhaseChange,
  Contact,
  Diagnostic,
  Goal,
  Alert,
  AlertTransition,
  Review,
  FollowUpCommittee,
  CommitteeDecision,
  ConsentProjection,
  ConventionPeriod,
  ContactScheduleChange,
  TargetPublicProjection,
  StaffMember,
  Organisation,
];

export function openOrm(clientUrl: string, onQuery?: (sql: string) => void): Promise<MikroORM> {
  return initOrm({ clientUrl, schema: SCHEMA, entities, migrations, onQuery });
}

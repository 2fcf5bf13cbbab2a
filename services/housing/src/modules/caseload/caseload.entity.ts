import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Housing's projection of who may reach a household's lease as a support worker: the workers of its
 * running accompaniments (from `CaseloadChanged`) and its consent to share its data with the
 * association (from `ConsentChanged`). Housing never reads the other subgraphs' tables; a household
 * without a row is in no caseload and has not consented.
 */
@Entity({ tableName: 'caseload' })
@Index({
  name: 'caseload_support_worker_ids_index',
  expression:
    'create index "caseload_support_worker_ids_index" on "housing"."caseload" using gin ("support_worker_ids")',
})
export class CaseloadProjection {
  @PrimaryKey({ type: 'uuid' })
  householdId: string;

  @Property({ type: 'text[]', default: '{}' })
  supportWorkerIds: string[] = [];

  @Property({ type: 'boolean', default: false })
  consent: boolean = false;

  /** When each half changed at its source: an older event never overwrites a newer one. */
  @Property({ type: 'timestamptz', nullable: true })
  caseloadChangedAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  consentChangedAt: Date | null = null;
}

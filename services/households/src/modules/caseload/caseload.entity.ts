import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The households subgraph's projection of each household's caseload: the support workers of its
 * running accompaniments, kept from `CaseloadChanged` (accompaniment owns them; this subgraph never
 * reads its tables). A household without a row is in no one's caseload.
 */
@Entity({ tableName: 'caseload' })
@Index({
  name: 'caseload_support_worker_ids_index',
  expression:
    'create index "caseload_support_worker_ids_index" on "households"."caseload" using gin ("support_worker_ids")',
})
export class CaseloadProjection {
  @PrimaryKey({ type: 'uuid' })
  householdId: string;

  @Property({ type: 'text[]' })
  supportWorkerIds: string[];

  /** When the change happened at the source: an older event never overwrites a newer one. */
  @Property({ type: 'timestamptz' })
  changedAt: Date;
}

import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The households subgraph's projection of each household's tenancy: whether it holds a running lease,
 * kept from `TenancyChanged` (housing owns leases; this subgraph never reads its tables). Retention
 * never erases a household with a running lease. A household without a row never held a lease.
 */
@Entity({ tableName: 'tenancy' })
export class TenancyProjection {
  @PrimaryKey({ type: 'uuid' })
  householdId: string;

  @Property({ type: 'boolean' })
  runningLease: boolean;

  /** When the change happened at the source: an older event never overwrites a newer one. */
  @Property({ type: 'timestamptz' })
  changedAt: Date;
}

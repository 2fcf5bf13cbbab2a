import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Accompaniment's projection of each household's target public, kept from `TargetPublicChanged`
 * (the households subgraph owns it; this subgraph never reads its tables), for the indicators only.
 * A household without a row, or with a null target public, has none.
 */
@Entity({ tableName: 'target_public' })
export class TargetPublicProjection {
  @PrimaryKey({ type: 'uuid' })
  householdId: string;

  @Property({ type: 'text', nullable: true })
  targetPublic: string | null = null;

  /** When the change happened at the source: an older event never overwrites a newer one. */
  @Property({ type: 'timestamptz' })
  changedAt: Date;
}

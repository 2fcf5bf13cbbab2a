import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Accompaniment's projection of each household's consent to share its data with the association,
 * kept from `ConsentChanged` (the households subgraph owns the consent; this subgraph never reads
 * its tables). A household without a row has not consented.
 */
@Entity({ tableName: 'consent' })
export class ConsentProjection {
  @PrimaryKey({ type: 'uuid' })
  householdId: string;

  @Property({ type: 'boolean' })
  consent: boolean;

  /** When the change happened at the source: an older event never overwrites a newer one. */
  @Property({ type: 'timestamptz' })
  changedAt: Date;
}

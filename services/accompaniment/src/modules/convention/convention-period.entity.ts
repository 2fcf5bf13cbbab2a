import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The years each convention covers, as financing announced them (`ConventionCreated`): an
 * accompaniment belongs to a convention whose period covers its start, within its capacity.
 */
@Entity({ tableName: 'convention_period' })
export class ConventionPeriod {
  @PrimaryKey({ type: 'uuid' })
  conventionId: string;

  @Property({ type: 'int' })
  startYear: number;

  @Property({ type: 'int' })
  endYear: number;

  /** Households it funds at once (its planned households per year); null when not announced. */
  @Property({ type: 'int', nullable: true })
  plannedHouseholds: number | null = null;
}

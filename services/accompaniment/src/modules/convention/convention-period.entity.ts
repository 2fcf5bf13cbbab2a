import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * The years each convention covers, as financing announced them (`ConventionCreated`): an
 * accompaniment belongs to a convention whose period covers its start.
 */
@Entity({ tableName: 'convention_period' })
export class ConventionPeriod {
  @PrimaryKey({ type: 'uuid' })
  conventionId: string;

  @Property({ type: 'int' })
  startYear: number;

  @Property({ type: 'int' })
  endYear: number;
}

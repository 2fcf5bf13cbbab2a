import { randomUUID } from 'node:crypto';
import { AuditedEntity } from '@ash/kit';
import { DEFAULT_SETTINGS, type MatchingSettings as RuleSettings } from '@ash/matching';
import { Check, DecimalType, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Typology } from '../dwelling/dwelling.enums';

/** The rules' settings as values (what a change records before and after). */
@ObjectType('MatchingSettingsValues', { description: 'Settings of the matching rules' })
export class MatchingSettingsValues implements RuleSettings {
  @Field(() => Float, { description: 'Highest effort rate after housing benefit (0.30 = 30 %)' })
  effortRateCeiling: number;

  @Field(() => Int, { description: 'How far ahead a dwelling may become available, in days' })
  horizonDays: number;

  @Field(() => [[Typology]], {
    description:
      'Typologies that fit each household size (1, 2, …), preferred first; the last serves larger ones',
  })
  typologiesBySize: Typology[][];
}

/** The current settings of the matching rules: a single row, changed by social management. */
@ObjectType('MatchingSettingsType', { description: 'The current settings of the matching rules' })
@Entity({ tableName: 'matching_settings' })
// At most one row: every row has the same value of the indexed expression.
@Index({
  name: 'matching_settings_single_row',
  expression: 'create unique index "matching_settings_single_row" on "housing"."matching_settings" ((true))',
})
@Check({
  name: 'matching_settings_effort_rate_range',
  expression: 'effort_rate_ceiling > 0::numeric and effort_rate_ceiling <= 1::numeric',
})
@Check({ name: 'matching_settings_horizon_range', expression: 'horizon_days >= 0 and horizon_days <= 730' })
@Check({
  name: 'matching_settings_typologies_by_size_shape',
  expression:
    "jsonb_typeof(typologies_by_size) = 'array'::text and jsonb_array_length(typologies_by_size) >= 1 and jsonb_array_length(typologies_by_size) <= 10",
})
export class MatchingSettings extends AuditedEntity implements RuleSettings {
  @Field(() => Float, { description: 'Highest effort rate after housing benefit (0.30 = 30 %)' })
  // Unconstrained numeric: keeps exactly the decimal the client sent.
  @Property({ type: new DecimalType('number'), columnType: 'numeric' })
  effortRateCeiling: number = DEFAULT_SETTINGS.effortRateCeiling;

  @Field(() => Int, { description: 'How far ahead a dwelling may become available, in days' })
  @Property({ type: 'integer' })
  horizonDays: number = DEFAULT_SETTINGS.horizonDays;

  @Field(() => [[Typology]], {
    description:
      'Typologies that fit each household size (1, 2, …), preferred first; the last serves larger ones',
  })
  @Property({ type: 'jsonb' })
  typologiesBySize: Typology[][] = DEFAULT_SETTINGS.typologiesBySize.map((list) => [...list]) as Typology[][];
}

/** One change of the settings: who, when, what before and after, and why. */
@ObjectType({ description: 'A change of the matching settings' })
@Entity({ tableName: 'matching_settings_change' })
@Index({ properties: ['changedAt'] })
export class MatchingSettingsChange {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => Date)
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  changedAt: Date;

  @Field({ description: 'User id of who changed the settings' })
  @Property({ type: 'text' })
  changedBy: string;

  @Field(() => MatchingSettingsValues)
  @Property({ type: 'jsonb' })
  before: RuleSettings;

  @Field(() => MatchingSettingsValues)
  @Property({ type: 'jsonb' })
  after: RuleSettings;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;
}

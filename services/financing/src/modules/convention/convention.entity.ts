import { AuditedEntity } from '@ash/kit';
import { Check, Entity, Index, Property } from '@mikro-orm/core';
import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { MeasureMonthCount } from '../consumption/consumption.types';

/** Months in a year: one supported household consumes twelve measure-months a year. */
const MONTHS = 12;

@ObjectType({ description: 'A multi-year agreement funding the accompaniment of households' })
@Directive('@key(fields: "id")')
@Entity({ tableName: 'convention' })
// conventions(...) pages by start year then id; activeInYear is a range on start_year.
@Index({ properties: ['startYear', 'id'] })
@Index({ properties: ['holder', 'startYear'] })
@Check({
  name: 'convention_years_in_range',
  expression: 'start_year >= 2000 and start_year <= 2100 and end_year >= 2000 and end_year <= 2100',
})
@Check({ name: 'convention_end_after_start', expression: 'end_year >= start_year' })
@Check({ name: 'convention_planned_households_positive', expression: 'planned_households_per_year > 0' })
@Check({ name: 'convention_annual_cost_positive', expression: 'annual_cost_cents > 0' })
export class Convention extends AuditedEntity {
  @Field({ description: 'The call for projects, e.g. "10 000 logements HLM accompagnés"' })
  @Property({ type: 'text' })
  programme: string;

  @Field()
  @Property({ type: 'text', unique: true })
  name: string;

  @Field({ description: 'Who signs and carries the project (the landlord)' })
  @Property({ type: 'text' })
  holder: string;

  @Field({ description: 'The support association' })
  @Property({ type: 'text' })
  partner: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  startYear: number;

  @Field(() => Int, { description: 'Last year covered (inclusive)' })
  @Property({ type: 'integer' })
  endYear: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  plannedHouseholdsPerYear: number;

  @Field(() => Int, { description: 'Cost of one year of diagnostics and accompaniment, in cents' })
  @Property({ type: 'integer' })
  annualCostCents: number;

  @Field(() => Int, {
    description: 'Planned households × 12: one measure-month is one household for one month',
  })
  get plannedMeasureMonthsPerYear(): number {
    return this.plannedHouseholdsPerYear * MONTHS;
  }

  @Field(() => Int, {
    description: 'Cost of one measure-month, in cents (annual cost / planned measure-months)',
  })
  get unitCostCents(): number {
    return Math.round(this.annualCostCents / this.plannedMeasureMonthsPerYear);
  }

  @Field(() => [Int], { description: 'Every year the convention covers, in order' })
  get years(): number[] {
    return Array.from({ length: this.endYear - this.startYear + 1 }, (_, i) => this.startYear + i);
  }

  /**
   * Resolved by accompaniment, sent by the gateway for `consumption` (not a column: the ORM ignores
   * it). `__resolveReference` copies it from the representation.
   */
  @Field(() => [MeasureMonthCount], { nullable: true })
  @Directive('@external')
  measureMonthsByYear?: MeasureMonthCount[] | null;

  /** True when the convention covers `year`. */
  covers(year: number): boolean {
    return year >= this.startYear && year <= this.endYear;
  }
}

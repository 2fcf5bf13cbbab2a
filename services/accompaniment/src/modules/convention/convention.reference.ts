import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

/** The financing subgraph owns Convention; accompaniment adds what it consumes. */
@ObjectType()
@Directive('@key(fields: "id")')
export class Convention {
  @Field(() => ID)
  id: string;
}

/** Financing declares the same value type (it requires it for `Convention.consumption`). */
@ObjectType({ description: 'Measure-months of a convention in a year: households supported each month' })
@Directive('@shareable')
export class MeasureMonthCount {
  @Field(() => Int)
  year: number;

  @Field(() => Int, { description: 'Sum of byMonth: the measure-months consumed up to today' })
  total: number;

  @Field(() => [Int], {
    description:
      'January to December: distinct households followed some day of the month up to today (a month to come: 0)',
  })
  byMonth: number[];

  @Field(() => Int, { description: 'Sum of projectedByMonth: the measure-months expected by the year’s end' })
  projectedTotal: number;

  @Field(() => [Int], {
    description:
      'January to December: byMonth for the months begun, then the households followed today whose accompaniment has not ended before the month',
  })
  projectedByMonth: number[];
}

export const conventionReference = {
  __resolveReference: (ref: Pick<Convention, 'id'>): Convention => ({ id: ref.id }),
};

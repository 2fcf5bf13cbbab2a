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

  @Field(() => Int, { description: 'Sum of byMonth: the measure-months of the year' })
  total: number;

  @Field(() => [Int], {
    description:
      'January to December: distinct households with an accompaniment running some day of the month',
  })
  byMonth: number[];
}

export const conventionReference = {
  __resolveReference: (ref: Pick<Convention, 'id'>): Convention => ({ id: ref.id }),
};

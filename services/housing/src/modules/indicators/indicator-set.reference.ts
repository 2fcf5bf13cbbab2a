import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Financing owns the root query of an indicator set; housing adds the tenancy indicators. */
@ObjectType({
  description:
    'Aggregate indicators of a convention over a calendar month, quarter or year (small counts suppressed)',
})
@Directive('@key(fields: "conventionId from to")')
export class IndicatorSet {
  @Field(() => ID)
  conventionId: string;

  @Field({ description: 'First day of the period, YYYY-MM-DD' })
  from: string;

  @Field({ description: 'Last day of the period, YYYY-MM-DD' })
  to: string;
}

export const indicatorSetReference = {
  __resolveReference: (ref: IndicatorSet): IndicatorSet => ({
    conventionId: ref.conventionId,
    from: ref.from,
    to: ref.to,
  }),
};

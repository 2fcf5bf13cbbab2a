import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

/**
 * Indicators of a convention over a period, for evaluators. Financing owns the root query (it knows
 * the convention); every subgraph adds the indicators of its own domain through its reference resolver.
 */
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

  /** Resolved by accompaniment, sent by the gateway for `financingIndicators` (`@requires`). */
  @Field(() => Int)
  @Directive('@external')
  supportedHouseholds?: number | null;

  /** Resolved by accompaniment, sent by the gateway for `financingIndicators` (`@requires`). */
  @Field(() => Int)
  @Directive('@external')
  measureMonths?: number | null;
}

/** The `@requires` selection of `IndicatorSet.financingIndicators`. */
export const SUPPORT_SELECTION = 'supportedHouseholds measureMonths';

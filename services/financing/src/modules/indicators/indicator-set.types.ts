import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * Indicators of a convention over a period, for evaluators. Financing owns the root query (it knows
 * the convention); every subgraph adds the indicators of its own domain through its reference resolver.
 */
@ObjectType({ description: 'Aggregate indicators of a convention over a period (counts under 5 suppressed)' })
@Directive('@key(fields: "conventionId from to")')
export class IndicatorSet {
  @Field(() => ID)
  conventionId: string;

  @Field({ description: 'First day of the period, YYYY-MM-DD' })
  from: string;

  @Field({ description: 'Last day of the period, YYYY-MM-DD' })
  to: string;
}

import type { HouseholdNeeds as Needs } from '@ash/matching';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Typology } from '../dwelling/dwelling.enums';

/**
 * What matching needs of a household awaiting a dwelling. The households subgraph owns and resolves
 * it; housing declares the same value type to `@requires` it. Its fields are `@external` here:
 * housing never resolves them, it only receives them in `_entities` representations.
 */
@ObjectType({ description: 'What matching needs of a household awaiting a dwelling' })
export class HouseholdNeeds implements Needs {
  @Field(() => Int)
  @Directive('@external')
  size: number;

  @Field(() => Int)
  @Directive('@external')
  monthlyResourcesCents: number;

  @Field(() => Int)
  @Directive('@external')
  housingBenefitCents: number;

  @Field()
  @Directive('@external')
  dalo: boolean;

  @Field()
  @Directive('@external')
  pdalpd: boolean;

  @Field()
  @Directive('@external')
  stepFreeAccessNeed: boolean;

  @Field(() => [Typology])
  @Directive('@external')
  desiredTypologies: Typology[];

  @Field(() => [String])
  @Directive('@external')
  desiredCommunes: string[];

  @Field(() => Int, { nullable: true })
  @Directive('@external')
  maxRentCents: number | null;
}

/** The households subgraph owns Household; housing only adds fields to it. */
@ObjectType()
@Directive('@key(fields: "id")')
export class Household {
  @Field(() => ID)
  id: string;

  /** Sent by the gateway for fields that `@requires` it; null when no application is open. */
  @Field(() => HouseholdNeeds, { nullable: true })
  @Directive('@external')
  needs?: HouseholdNeeds | null;
}

/** The `@requires` selection of the matching fields: every field of `HouseholdNeeds`. */
export const NEEDS_SELECTION =
  'needs { size monthlyResourcesCents housingBenefitCents dalo pdalpd stepFreeAccessNeed desiredTypologies desiredCommunes maxRentCents }';

/**
 * Keeps the required `needs` of a representation, so the matching fields can read it. Always the
 * stub: whether the household exists and may be read is the households subgraph's to say; its lease
 * here answers within the actor's caseload (null outside it), so an answer here never nulls it.
 */
export const householdReference = {
  __resolveReference: (ref: Pick<Household, 'id' | 'needs'>): Household => ({
    id: ref.id,
    needs: ref.needs ?? null,
  }),
};

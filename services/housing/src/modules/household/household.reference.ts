import type { HouseholdNeeds as Needs } from '@ash/matching';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import type { HousingContext } from '../../context';
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
 * Keeps the required `needs` of a representation, so the matching fields can read it. A support
 * worker reaches only the households of their caseload with consent: another one is not found.
 */
export const householdReference = {
  __resolveReference: async (
    ref: Pick<Household, 'id' | 'needs'>,
    ctx: HousingContext,
  ): Promise<Household | null> => {
    if (!(await ctx.loaders.reachableHousehold.load(ref.id))) return null;
    return { id: ref.id, needs: ref.needs ?? null };
  },
};

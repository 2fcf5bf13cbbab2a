import { isUuid, Role } from '@ash/kit';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import type { AccompanimentContext } from '../../context';

/** The households subgraph owns Household; accompaniment only adds fields to it. */
@ObjectType()
@Directive('@key(fields: "id")')
export class Household {
  @Field(() => ID)
  id: string;
}

export const householdReference = {
  /**
   * A support worker reaches only the households of their caseload (with consent): another one is
   * not found, with the same scoped query (batched) that its `accompaniments` field answers from.
   */
  __resolveReference: async (
    ref: Pick<Household, 'id'>,
    ctx: AccompanimentContext,
  ): Promise<Household | null> => {
    if (ctx.actor.role !== Role.SupportWorker) return { id: ref.id };
    if (!isUuid(ref.id)) return null;
    const visible = await ctx.loaders.accompanimentsByHousehold.load(ref.id);
    return visible.length > 0 ? { id: ref.id } : null;
  },
};

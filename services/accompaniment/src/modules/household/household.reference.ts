import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The households subgraph owns Household; accompaniment only adds fields to it. */
@ObjectType()
@Directive('@key(fields: "id")')
export class Household {
  @Field(() => ID)
  id: string;
}

export const householdReference = {
  /**
   * Always the stub: whether the household exists and may be read is the households subgraph's to
   * say. The fields added here answer within the actor's caseload (a support worker gets no
   * accompaniment or alert of a household outside it), so an answer here never nulls the household.
   */
  __resolveReference: (ref: Pick<Household, 'id'>): Household => ({ id: ref.id }),
};

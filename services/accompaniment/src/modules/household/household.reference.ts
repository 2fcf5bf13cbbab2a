import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The households subgraph owns Household; accompaniment only adds fields to it. */
@ObjectType()
@Directive('@key(fields: "id")')
export class Household {
  @Field(() => ID)
  id: string;
}

export const householdReference = {
  __resolveReference: (ref: Pick<Household, 'id'>): Household => ({ id: ref.id }),
};

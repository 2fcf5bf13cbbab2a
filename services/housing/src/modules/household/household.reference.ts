import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The households subgraph owns Household; housing only adds fields to it. */
@ObjectType()
@Directive('@key(fields: "id")')
export class Household {
  @Field(() => ID)
  id: string;
}

import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The housing subgraph owns Dwelling; households only points at it by id. */
@ObjectType()
@Directive('@key(fields: "id")')
export class Dwelling {
  @Field(() => ID)
  id: string;
}

export const dwellingReference = {
  __resolveReference: (ref: Pick<Dwelling, 'id'>): Dwelling => ({ id: ref.id }),
};

import { USER_DESCRIPTION } from '@ash/kit';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * Whoever a token names, by its subject: the handle every subgraph returns where it keeps a user
 * id (who recorded, moved, changed), so the directory here gives the name. A subject missing from
 * the directory still resolves, with its id and no name.
 */
@ObjectType({ description: USER_DESCRIPTION })
@Directive('@key(fields: "id")')
export class User {
  @Field(() => ID, { description: "The user id (the token's subject)" })
  id: string;
}

/** The handle on a user id (no database read: the fields load the directory entry, batched). */
export function userRef(id: string): User {
  return { id };
}

export const userReference = {
  __resolveReference: (ref: Pick<User, 'id'>): User => userRef(ref.id),
};

import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** What every subgraph says of `User` (the accompaniment subgraph's directory resolves the rest). */
export const USER_DESCRIPTION =
  "A token's subject: a member of staff by name, or an id the directory does not know";

/**
 * A user id as a reference to the accompaniment subgraph's `User` (docs/people.md): a subgraph
 * that keeps who recorded or moved something returns it beside the id, and the directory gives
 * the name. Only the key lives here.
 */
@ObjectType('User', { description: USER_DESCRIPTION })
@Directive('@key(fields: "id")')
export class UserReference {
  @Field(() => ID, { description: "The user id (the token's subject)" })
  id: string;
}

/** The reference to `userId`'s `User`. */
export function userReferenceOf(userId: string): UserReference {
  return { id: userId };
}

/** `__resolveReference` of the `User` stub: the key is all there is. */
export const userStubReference = {
  __resolveReference: (ref: Pick<UserReference, 'id'>): UserReference => userReferenceOf(ref.id),
};

import { UserReference, userReferenceOf } from '@ash/kit';
import { FieldResolver, Resolver, Root } from 'type-graphql';
import { FundingLineChange, FundingLineTransition } from '../funding-line/funding-line.entity';

/* The user ids this subgraph keeps, each with its `User` (named by the directory, docs/people.md). */

@Resolver(() => FundingLineTransition)
export class FundingLineTransitionPeopleResolver {
  @FieldResolver(() => UserReference, { description: 'Who made the move (by), by name' })
  byUser(@Root() transition: FundingLineTransition): UserReference {
    return userReferenceOf(transition.by);
  }
}

@Resolver(() => FundingLineChange)
export class FundingLineChangePeopleResolver {
  @FieldResolver(() => UserReference, { description: 'Who made the change (by), by name' })
  byUser(@Root() change: FundingLineChange): UserReference {
    return userReferenceOf(change.by);
  }
}

export const PEOPLE_RESOLVERS = [
  FundingLineTransitionPeopleResolver,
  FundingLineChangePeopleResolver,
] as const;

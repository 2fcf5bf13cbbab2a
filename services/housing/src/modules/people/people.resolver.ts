import { UserReference, userReferenceOf } from '@ash/kit';
import { FieldResolver, Resolver, Root } from 'type-graphql';
import { MatchingSettingsChange } from '../matching/matching-settings.entity';

/* The user ids this subgraph keeps, each with its `User` (named by the directory, docs/people.md). */

@Resolver(() => MatchingSettingsChange)
export class MatchingSettingsChangePeopleResolver {
  @FieldResolver(() => UserReference, { description: 'Who changed the settings (changedBy), by name' })
  changedByUser(@Root() change: MatchingSettingsChange): UserReference {
    return userReferenceOf(change.changedBy);
  }
}

export const PEOPLE_RESOLVERS = [MatchingSettingsChangePeopleResolver] as const;

import { UserReference, userReferenceOf } from '@ash/kit';
import { FieldResolver, Resolver, Root } from 'type-graphql';
import { ApplicationTransition } from '../application/application.entity';
import { AuditEntry } from '../audit/audit.entity';
import { ErasureReceipt } from '../privacy/privacy.types';

/* The user ids this subgraph keeps, each with its `User` (named by the directory, docs/people.md). */

@Resolver(() => ApplicationTransition)
export class ApplicationTransitionPeopleResolver {
  @FieldResolver(() => UserReference, { description: 'Who made the move (by), by name' })
  byUser(@Root() transition: ApplicationTransition): UserReference {
    return userReferenceOf(transition.by);
  }
}

@Resolver(() => AuditEntry)
export class AuditEntryPeopleResolver {
  @FieldResolver(() => UserReference, { description: 'Who acted (userId), by name' })
  user(@Root() entry: AuditEntry): UserReference {
    return userReferenceOf(entry.userId);
  }
}

@Resolver(() => ErasureReceipt)
export class ErasureReceiptPeopleResolver {
  @FieldResolver(() => UserReference, { description: 'Who erased it (erasedBy), by name' })
  erasedByUser(@Root() receipt: ErasureReceipt): UserReference {
    return userReferenceOf(receipt.erasedBy);
  }
}

export const PEOPLE_RESOLVERS = [
  ApplicationTransitionPeopleResolver,
  AuditEntryPeopleResolver,
  ErasureReceiptPeopleResolver,
] as const;

import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { AccompanimentContext } from '../../context';
import { Accompaniment, PhaseChange } from '../accompaniment/accompaniment.entity';
import { AlertTransition } from '../alert/alert.entity';
import { Contact } from '../contact/contact.entity';
import { ContactScheduleChange } from '../frequency/frequency.entity';
import { Organisation } from './organisation.entity';
import { StaffMember } from './staff.entity';
import { StaffRole } from './staff.enums';
import { User, userRef } from './user.type';

/*
 * People by name: every user id this subgraph keeps has a `User` beside it (same access rule as
 * the id), and `User` reads the directory through one batched loader per request.
 */

@Resolver(() => User)
export class UserResolver {
  @Query(() => User, {
    description: "The caller, by the token's subject (a name when the directory has one)",
  })
  me(@Ctx() ctx: AccompanimentContext): User {
    return userRef(ctx.actor.userId);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The name the directory gives; null for a subject it does not know',
  })
  async displayName(@Root() user: User, @Ctx() ctx: AccompanimentContext): Promise<string | null> {
    return (await ctx.loaders.staffByUserId.load(user.id))?.name ?? null;
  }

  @FieldResolver(() => StaffRole, {
    nullable: true,
    description: 'Null for a subject the directory does not know',
  })
  async role(@Root() user: User, @Ctx() ctx: AccompanimentContext): Promise<StaffRole | null> {
    return (await ctx.loaders.staffByUserId.load(user.id))?.role ?? null;
  }

  @FieldResolver(() => Organisation, {
    nullable: true,
    description: 'Null for a subject the directory does not know, or not linked to an organisation',
  })
  async organisation(@Root() user: User, @Ctx() ctx: AccompanimentContext): Promise<Organisation | null> {
    const member = await ctx.loaders.staffByUserId.load(user.id);
    return member?.memberOf ? ctx.loaders.organisation.load(member.memberOf.id) : null;
  }
}

@Resolver(() => StaffMember)
export class StaffMemberOrganisationResolver {
  @FieldResolver(() => Organisation, {
    nullable: true,
    description: "The directory's organisation they belong to",
  })
  memberOf(
    @Root() member: StaffMember,
    @Ctx() ctx: AccompanimentContext,
  ): Promise<Organisation | null> | null {
    return member.memberOf ? ctx.loaders.organisation.load(member.memberOf.id) : null;
  }
}

@Resolver(() => Organisation)
export class OrganisationMembersResolver {
  @FieldResolver(() => [StaffMember], {
    nullable: true,
    description: 'Its members in the directory, by name (null for evaluators)',
  })
  members(@Root() organisation: Organisation, @Ctx() ctx: AccompanimentContext): Promise<StaffMember[]> {
    return ctx.loaders.membersByOrganisation.load(organisation.id);
  }
}

@Resolver(() => Accompaniment)
export class AccompanimentPeopleResolver {
  @FieldResolver(() => User, { description: 'The support worker (supportWorkerId), by name' })
  supportWorker(@Root() accompaniment: Accompaniment): User {
    return userRef(accompaniment.supportWorkerId);
  }

  @FieldResolver(() => User, { description: 'The social referent (socialReferentId), by name' })
  socialReferent(@Root() accompaniment: Accompaniment): User {
    return userRef(accompaniment.socialReferentId);
  }
}

@Resolver(() => Contact)
export class ContactPeopleResolver {
  @FieldResolver(() => User, { description: 'Who recorded it (recordedBy), by name' })
  recordedByUser(@Root() contact: Contact): User {
    return userRef(contact.recordedBy);
  }
}

@Resolver(() => PhaseChange)
export class PhaseChangePeopleResolver {
  @FieldResolver(() => User, { description: 'Who made the move (by), by name' })
  byUser(@Root() change: PhaseChange): User {
    return userRef(change.by);
  }
}

@Resolver(() => AlertTransition)
export class AlertTransitionPeopleResolver {
  @FieldResolver(() => User, { description: 'Who made the move (by), by name' })
  byUser(@Root() transition: AlertTransition): User {
    return userRef(transition.by);
  }
}

@Resolver(() => ContactScheduleChange)
export class ContactScheduleChangePeopleResolver {
  @FieldResolver(() => User, { description: 'Who changed it (by), by name' })
  byUser(@Root() change: ContactScheduleChange): User {
    return userRef(change.by);
  }
}

/** The resolvers of this file, for the schema. */
export const PEOPLE_RESOLVERS = [
  UserResolver,
  StaffMemberOrganisationResolver,
  OrganisationMembersResolver,
  AccompanimentPeopleResolver,
  ContactPeopleResolver,
  PhaseChangePeopleResolver,
  AlertTransitionPeopleResolver,
  ContactScheduleChangePeopleResolver,
] as const;

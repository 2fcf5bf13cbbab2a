import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { AccompanimentContext } from '../../context';
import { Organisation } from './organisation.entity';
import { StaffMember } from './staff.entity';
import { StaffRole } from './staff.enums';
import { OrganisationInput, StaffMemberInput } from './staff.input';
import { StaffService } from './staff.service';

@Resolver(() => StaffMember)
export class StaffResolver {
  @Query(() => [StaffMember], {
    description: 'The staff directory, by name (a role: who may follow households, for instance)',
  })
  staffMembers(
    @Ctx() ctx: AccompanimentContext,
    @Arg('role', () => StaffRole, { nullable: true }) role?: StaffRole,
  ) {
    return new StaffService(ctx.em).list(role);
  }

  @Mutation(() => StaffMember, { description: 'Adds a member of staff, or changes one' })
  recordStaffMember(
    @Ctx() ctx: AccompanimentContext,
    @Arg('input', () => StaffMemberInput) input: StaffMemberInput,
  ) {
    return new StaffService(ctx.em).record(ctx.actor, input);
  }

  @Query(() => [Organisation], {
    description:
      "The directory's organisations: the landlord, the association, state services, partners; by name",
  })
  organisations(@Ctx() ctx: AccompanimentContext) {
    return new StaffService(ctx.em).organisations();
  }

  @Mutation(() => Organisation, { description: 'Adds an organisation to the directory, or changes one' })
  recordOrganisation(
    @Ctx() ctx: AccompanimentContext,
    @Arg('input', () => OrganisationInput) input: OrganisationInput,
  ) {
    return new StaffService(ctx.em).recordOrganisation(ctx.actor, input);
  }
}

import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { AccompanimentContext } from '../../context';
import { StaffMember } from './staff.entity';
import { StaffRole } from './staff.enums';
import { StaffMemberInput } from './staff.input';
import { StaffService } from './staff.service';

@Resolver(() => StaffMember)
export class StaffResolver {
  @Query(() => [StaffMember], { description: 'The staff directory, by name: who may follow households' })
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
}

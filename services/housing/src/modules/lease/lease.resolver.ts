import { NotFoundError, PERSON_DATA_READERS, requireRole } from '@ash/kit';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { HousingContext } from '../../context';
import { Dwelling } from '../dwelling/dwelling.entity';
import { Household } from '../household/household.reference';
import { RentAccount } from '../rent-account/rent-account.entity';
import { Lease } from './lease.entity';
import { RecordMoveInInspectionInput, SignLeaseInput } from './lease.input';
import { LeaseService } from './lease.service';

@Resolver(() => Lease)
export class LeaseResolver {
  @Query(() => Lease)
  async lease(@Ctx() ctx: HousingContext, @Arg('id', () => ID) id: string) {
    requireRole(ctx.actor, PERSON_DATA_READERS);
    const lease = await ctx.loaders.lease.load(id);
    if (!lease) throw new NotFoundError('Lease', id);
    return lease;
  }

  @Mutation(() => Lease, { description: 'Signs the lease of a dwelling allocated to the household' })
  signLease(@Ctx() ctx: HousingContext, @Arg('input', () => SignLeaseInput) input: SignLeaseInput) {
    return new LeaseService(ctx.em, ctx.calendar).sign(ctx.actor, input);
  }

  @Mutation(() => Lease, {
    description: "Records the move-in inspection (état des lieux d'entrée) and who attended",
  })
  recordMoveInInspection(
    @Ctx() ctx: HousingContext,
    @Arg('input', () => RecordMoveInInspectionInput) input: RecordMoveInInspectionInput,
  ) {
    return new LeaseService(ctx.em, ctx.calendar).recordMoveInInspection(ctx.actor, input);
  }

  @FieldResolver(() => Dwelling)
  dwelling(@Root() lease: Lease, @Ctx() ctx: HousingContext) {
    return ctx.loaders.dwelling.load(lease.dwelling.id);
  }

  @FieldResolver(() => Household, {
    nullable: true,
    description: 'Null, with an error at this path, when the households subgraph cannot give it',
  })
  household(@Root() lease: Lease): Household {
    return { id: lease.householdId };
  }

  @FieldResolver(() => RentAccount, { nullable: true })
  async rentAccount(@Root() lease: Lease, @Ctx() ctx: HousingContext) {
    const [account] = await ctx.loaders.rentAccountByLease.load(lease.id);
    return account ?? null;
  }
}

@Resolver(() => Household)
export class HouseholdLeaseResolver {
  @FieldResolver(() => Lease, { nullable: true, description: 'The running lease of the household, if any' })
  async currentLease(@Root() household: Household, @Ctx() ctx: HousingContext) {
    requireRole(ctx.actor, PERSON_DATA_READERS);
    const [lease] = await ctx.loaders.currentLeaseByHousehold.load(household.id);
    return lease ?? null;
  }
}

export const leaseReference = {
  __resolveReference: (ref: Pick<Lease, 'id'>, ctx: HousingContext) => {
    requireRole(ctx.actor, PERSON_DATA_READERS);
    return ctx.loaders.lease.load(ref.id);
  },
};

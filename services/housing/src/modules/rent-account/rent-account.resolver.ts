import { BadUserInputError, PERSON_DATA_READERS, requireRole } from '@ash/kit';
import { Arg, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { HousingContext } from '../../context';
import { RentAccount, RentEntry } from './rent-account.entity';
import { RecordRentPaymentInput } from './rent-account.input';
import { RentAccountService } from './rent-account.service';

@Resolver(() => RentAccount)
export class RentAccountResolver {
  @Mutation(() => RentAccount, {
    description:
      'Records what was charged and paid for a month of a lease and recomputes its arrears (two months or more alert the accompaniment)',
  })
  recordRentPayment(
    @Ctx() ctx: HousingContext,
    @Arg('input', () => RecordRentPaymentInput) input: RecordRentPaymentInput,
  ) {
    return new RentAccountService(ctx.em, ctx.calendar).recordPayment(ctx.actor, input);
  }

  @FieldResolver(() => [RentEntry], { description: 'Monthly entries, latest first' })
  async entries(
    @Root() account: RentAccount,
    @Ctx() ctx: HousingContext,
    @Arg('months', () => Int, { defaultValue: 12, description: 'How many months, 1 to 120' }) months: number,
  ) {
    if (!Number.isInteger(months) || months < 1 || months > 120) {
      throw new BadUserInputError('months must be between 1 and 120', { argument: 'months' });
    }
    const rows = await ctx.loaders.rentEntriesByAccount.load(account.id);
    return rows.slice(0, months);
  }
}

export const rentAccountReference = {
  __resolveReference: (ref: Pick<RentAccount, 'id'>, ctx: HousingContext) => {
    requireRole(ctx.actor, PERSON_DATA_READERS);
    return ctx.loaders.rentAccount.load(ref.id);
  },
};

import { Arg, Args, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { FinancingContext } from '../../context';
import { Convention } from '../convention/convention.entity';
import { Funder } from '../funder/funder.entity';
import { FundingLine, FundingLineChange, FundingLineTransition } from './funding-line.entity';
import {
  AddFundingLineInput,
  CancelFundingLineArgs,
  MoveFundingLineArgs,
  ReviseFundingLineArgs,
} from './funding-line.input';
import { FundingLineService } from './funding-line.service';

@Resolver(() => FundingLine)
export class FundingLineResolver {
  @FieldResolver(() => Convention)
  convention(@Root() line: FundingLine, @Ctx() ctx: FinancingContext) {
    return ctx.loaders.convention.load(line.convention.id);
  }

  @FieldResolver(() => Funder)
  funder(@Root() line: FundingLine, @Ctx() ctx: FinancingContext) {
    return ctx.loaders.funder.load(line.funder.id);
  }

  @FieldResolver(() => [FundingLineTransition], { description: 'Status moves, oldest first' })
  transitions(@Root() line: FundingLine, @Ctx() ctx: FinancingContext) {
    return ctx.loaders.transitionsByFundingLine.load(line.id);
  }

  @FieldResolver(() => [FundingLineChange], {
    description:
      'Every change (moves, revisions, cancellation) with who, when, why, before → after; oldest first',
  })
  history(@Root() line: FundingLine, @Ctx() ctx: FinancingContext) {
    return ctx.loaders.changesByFundingLine.load(line.id);
  }

  @Mutation(() => FundingLine, { description: "Requests a funder's share of a convention for one year" })
  addFundingLine(
    @Ctx() ctx: FinancingContext,
    @Arg('input', () => AddFundingLineInput) input: AddFundingLineInput,
  ) {
    return new FundingLineService(ctx.em, ctx.calendar).add(ctx.actor, input);
  }

  @Mutation(() => FundingLine, {
    description: 'REQUESTED (→ TO_BE_REVIEWED) → GRANTED → PAID, with the amount of each step',
  })
  moveFundingLine(@Ctx() ctx: FinancingContext, @Args() args: MoveFundingLineArgs) {
    return new FundingLineService(ctx.em, ctx.calendar).move(ctx.actor, args);
  }

  @Mutation(() => FundingLine, {
    description:
      'Revises the requested and/or granted amount, with a reason; a paid or cancelled line is CONFLICT',
  })
  reviseFundingLine(@Ctx() ctx: FinancingContext, @Args() args: ReviseFundingLineArgs) {
    return new FundingLineService(ctx.em, ctx.calendar).revise(ctx.actor, args);
  }

  @Mutation(() => FundingLine, {
    description:
      'Cancels a share that will not be funded, with a reason; a paid or cancelled line is CONFLICT',
  })
  cancelFundingLine(@Ctx() ctx: FinancingContext, @Args() args: CancelFundingLineArgs) {
    return new FundingLineService(ctx.em, ctx.calendar).cancel(ctx.actor, args);
  }
}

/** Federation: batched per request. */
export const fundingLineReference = {
  __resolveReference: (ref: Pick<FundingLine, 'id'>, ctx: FinancingContext) =>
    ctx.loaders.fundingLine.load(ref.id),
};

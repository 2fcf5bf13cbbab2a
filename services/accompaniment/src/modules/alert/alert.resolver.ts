import { connectionOf, NotFoundError, PageArgs, PERSON_DATA_READERS, requireRole } from '@ash/kit';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AccompanimentContext } from '../../context';
import { Accompaniment } from '../accompaniment/accompaniment.entity';
import { Household } from '../household/household.reference';
import { Alert, AlertTransition } from './alert.entity';
import { AlertFilter, MoveAlertArgs, RaiseAlertInput } from './alert.input';
import { isOverdue } from './alert.scope';
import { AlertService } from './alert.service';

const AlertConnection = connectionOf(Alert);

@Resolver(() => Alert)
export class AlertResolver {
  @Query(() => AlertConnection, { description: 'The alerts inbox, latest raised first' })
  alerts(
    @Ctx() ctx: AccompanimentContext,
    @Args() page: PageArgs,
    @Arg('filter', () => AlertFilter, { nullable: true }) filter?: AlertFilter,
  ) {
    return new AlertService(ctx.em, ctx.calendar, ctx.settings.triageDays).list(ctx.actor, filter, page);
  }

  @Query(() => Alert)
  async alert(@Ctx() ctx: AccompanimentContext, @Arg('id', () => ID) id: string) {
    requireRole(ctx.actor, PERSON_DATA_READERS);
    const alert = await ctx.loaders.alert.load(id);
    if (!alert) throw new NotFoundError('Alert', id);
    return alert;
  }

  @FieldResolver(() => Household, {
    nullable: true,
    description: 'Null, with an error at this path, when the households subgraph cannot give it',
  })
  household(@Root() alert: Alert): Household {
    return { id: alert.householdId };
  }

  @FieldResolver(() => Accompaniment, { nullable: true })
  accompaniment(@Root() alert: Alert, @Ctx() ctx: AccompanimentContext) {
    return alert.accompaniment ? ctx.loaders.accompaniment.load(alert.accompaniment.id) : null;
  }

  @FieldResolver(() => Boolean, { description: 'Still NEW after its triage deadline' })
  overdue(@Root() alert: Alert, @Ctx() ctx: AccompanimentContext): boolean {
    return isOverdue(alert, ctx.calendar.today());
  }

  @FieldResolver(() => [AlertTransition], { description: 'Every status move, oldest first' })
  transitions(@Root() alert: Alert, @Ctx() ctx: AccompanimentContext) {
    return ctx.loaders.transitionsByAlert.load(alert.id);
  }

  @Mutation(() => Alert)
  raiseAlert(@Ctx() ctx: AccompanimentContext, @Arg('input', () => RaiseAlertInput) input: RaiseAlertInput) {
    return new AlertService(ctx.em, ctx.calendar, ctx.settings.triageDays).raise(ctx.actor, input);
  }

  @Mutation(() => Alert)
  moveAlert(@Ctx() ctx: AccompanimentContext, @Args() { id, to, note, version }: MoveAlertArgs) {
    return new AlertService(ctx.em, ctx.calendar, ctx.settings.triageDays).move(
      ctx.actor,
      id,
      to,
      note,
      version,
    );
  }
}

export const alertReference = {
  __resolveReference: (ref: Pick<Alert, 'id'>, ctx: AccompanimentContext) => {
    requireRole(ctx.actor, PERSON_DATA_READERS);
    return ctx.loaders.alert.load(ref.id);
  },
};

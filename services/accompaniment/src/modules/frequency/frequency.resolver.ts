import { PageArgs } from '@ash/kit';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AccompanimentContext } from '../../context';
import { Accompaniment } from '../accompaniment/accompaniment.entity';
import { AccompanimentConnection } from '../accompaniment/accompaniment.resolver';
import { monthStart } from './compliance';
import { ContactCompliance, ContactSchedule, ContactScheduleChange, scheduleOf } from './frequency.entity';
import { ContactScheduleInput } from './frequency.input';
import { FrequencyService } from './frequency.service';

@Resolver(() => Accompaniment)
export class FrequencyResolver {
  @Query(() => AccompanimentConnection, {
    description: 'Running accompaniments short of their contact schedule in the month (YYYY-MM)',
  })
  accompanimentsBelowFrequency(
    @Ctx() ctx: AccompanimentContext,
    @Arg('month', () => String) month: string,
    @Args() page: PageArgs,
  ) {
    return new FrequencyService(ctx.em, ctx.calendar).belowFrequency(ctx.actor, month, page);
  }

  @FieldResolver(() => ContactSchedule)
  contactSchedule(@Root() accompaniment: Accompaniment): ContactSchedule {
    return scheduleOf(accompaniment);
  }

  @FieldResolver(() => [ContactScheduleChange], {
    nullable: true,
    description: 'Every schedule change, oldest first',
  })
  contactScheduleChanges(@Root() accompaniment: Accompaniment, @Ctx() ctx: AccompanimentContext) {
    return ctx.loaders.scheduleChangesByAccompaniment.load(accompaniment.id);
  }

  @FieldResolver(() => ContactCompliance, {
    description: 'Contacts required and done in the month (YYYY-MM)',
  })
  compliance(
    @Root() accompaniment: Accompaniment,
    @Ctx() ctx: AccompanimentContext,
    @Arg('month', () => String) month: string,
  ) {
    monthStart(month);
    return ctx.loaders.compliance.load(`${accompaniment.id}:${month}`);
  }

  @FieldResolver(() => Boolean, {
    description: 'The move-in inspection took place without the support worker',
  })
  moveInInspectionWithoutSupportWorker(@Root() accompaniment: Accompaniment): boolean {
    return accompaniment.moveInSupportWorkerPresent === false;
  }

  @Mutation(() => Accompaniment, {
    description: 'Changes the contact schedule; the change is kept with its reason',
  })
  setContactSchedule(
    @Ctx() ctx: AccompanimentContext,
    @Arg('accompanimentId', () => ID) accompanimentId: string,
    @Arg('input', () => ContactScheduleInput) input: ContactScheduleInput,
  ) {
    return new FrequencyService(ctx.em, ctx.calendar).setSchedule(ctx.actor, accompanimentId, input);
  }
}

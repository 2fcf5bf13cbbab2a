import { connectionOf, NotFoundError, PageArgs, PERSON_DATA_READERS, requireRole } from '@ash/kit';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { HouseholdsContext } from '../../context';
import { assertTargetPublicFilter } from '../../policy';
import { Dwelling } from '../dwelling/dwelling.reference';
import { Household } from '../household/household.entity';
import { Application, ApplicationTransition } from './application.entity';
import { ApplicationStatus } from './application.enums';
import { ApplicationFilter, MoveApplicationArgs, SubmitApplicationInput } from './application.input';
import { ApplicationService, nextStatuses, stalledSince } from './application.service';

const ApplicationConnection = connectionOf(Application);

@Resolver(() => Application)
export class ApplicationResolver {
  @Query(() => ApplicationConnection, { description: 'Applications, oldest submission first' })
  applications(
    @Ctx() ctx: HouseholdsContext,
    @Args() page: PageArgs,
    @Arg('filter', () => ApplicationFilter, { nullable: true }) filter?: ApplicationFilter,
  ) {
    assertTargetPublicFilter(ctx.actor, filter?.targetPublics);
    return new ApplicationService(ctx.em, ctx.calendar).list(
      ctx.actor,
      filter,
      page,
      ctx.settings.stalledAfterDays,
    );
  }

  @Query(() => Application)
  async application(@Ctx() ctx: HouseholdsContext, @Arg('id', () => ID) id: string) {
    requireRole(ctx.actor, PERSON_DATA_READERS);
    const application = await ctx.loaders.application.load(id);
    if (!application) throw new NotFoundError('Application', id);
    return application;
  }

  @FieldResolver(() => Household)
  household(@Root() application: Application, @Ctx() ctx: HouseholdsContext) {
    return ctx.loaders.household.load(application.household.id);
  }

  @FieldResolver(() => Dwelling, { nullable: true, description: 'The dwelling the commission allocated' })
  allocatedDwelling(@Root() application: Application): Dwelling | null {
    return application.allocatedDwellingId ? { id: application.allocatedDwellingId } : null;
  }

  @FieldResolver(() => Date, {
    nullable: true,
    description:
      'When the application entered SHARED_REVIEW or READY_FOR_COMMISSION, once the configured number of days (HOUSEHOLDS_STALLED_AFTER_DAYS, default 21) has passed since that day on the agency calendar (Europe/Paris); null otherwise',
  })
  stalledSince(@Root() application: Application, @Ctx() ctx: HouseholdsContext): Date | null {
    return stalledSince(application, ctx.settings.stalledAfterDays, ctx.calendar.today());
  }

  @FieldResolver(() => [ApplicationTransition], { description: 'Every status move, oldest first' })
  transitions(@Root() application: Application, @Ctx() ctx: HouseholdsContext) {
    return ctx.loaders.transitionsByApplication.load(application.id);
  }

  @FieldResolver(() => [ApplicationStatus], {
    description:
      'The steps the caller may move it to now (the pipeline, within their role): what moveApplication accepts',
  })
  nextStatuses(@Root() application: Application, @Ctx() ctx: HouseholdsContext): ApplicationStatus[] {
    return nextStatuses(ctx.actor, application.status);
  }

  @Mutation(() => Application)
  submitApplication(
    @Ctx() ctx: HouseholdsContext,
    @Arg('input', () => SubmitApplicationInput) input: SubmitApplicationInput,
  ) {
    return new ApplicationService(ctx.em, ctx.calendar).submit(ctx.actor, input);
  }

  @Mutation(() => Application, {
    description: 'Moves an application along its pipeline and records the move',
  })
  moveApplication(@Ctx() ctx: HouseholdsContext, @Args() { id, to, note, version }: MoveApplicationArgs) {
    return new ApplicationService(ctx.em, ctx.calendar).move(ctx.actor, id, to, note, version);
  }
}

export const applicationReference = {
  __resolveReference: (ref: Pick<Application, 'id'>, ctx: HouseholdsContext) => {
    requireRole(ctx.actor, PERSON_DATA_READERS);
    return ctx.loaders.application.load(ref.id);
  },
};

export const applicationTransitionReference = {
  __resolveReference: (ref: Pick<ApplicationTransition, 'id'>, ctx: HouseholdsContext) => {
    requireRole(ctx.actor, PERSON_DATA_READERS);
    return ctx.loaders.applicationTransition.load(ref.id);
  },
};

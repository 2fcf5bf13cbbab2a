import type { EntityManager } from '@mikro-orm/postgresql';
import { Ctx, Query, Resolver } from 'type-graphql';
import type { AccompanimentContext } from '../../context';
import { StatisticsService } from './statistics.service';
import { AccompanimentStatistics } from './statistics.types';

@Resolver(() => AccompanimentStatistics)
export class StatisticsResolver {
  @Query(() => AccompanimentStatistics, {
    description:
      'Accompaniments by phase, open and overdue alerts (dashboard key figures); a support worker counts their caseload',
  })
  accompanimentStatistics(@Ctx() ctx: AccompanimentContext) {
    return new StatisticsService(ctx.em as EntityManager, ctx.calendar).accompaniments(ctx.actor);
  }
}

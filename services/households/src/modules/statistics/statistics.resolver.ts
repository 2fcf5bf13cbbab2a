import type { EntityManager } from '@mikro-orm/postgresql';
import { Ctx, Query, Resolver } from 'type-graphql';
import type { HouseholdsContext } from '../../context';
import { StatisticsService } from './statistics.service';
import { ApplicationStatistics } from './statistics.types';

@Resolver(() => ApplicationStatistics)
export class StatisticsResolver {
  @Query(() => ApplicationStatistics, {
    description: 'Applications by status (dashboard key figures); a support worker counts their caseload',
  })
  applicationStatistics(@Ctx() ctx: HouseholdsContext) {
    return new StatisticsService(ctx.em as EntityManager).applications(ctx.actor);
  }
}

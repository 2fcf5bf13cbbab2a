import type { EntityManager } from '@mikro-orm/postgresql';
import { Ctx, Query, Resolver } from 'type-graphql';
import type { HousingContext } from '../../context';
import { StatisticsService } from './statistics.service';
import { DwellingStatistics } from './statistics.types';

@Resolver(() => DwellingStatistics)
export class StatisticsResolver {
  @Query(() => DwellingStatistics, {
    description: 'The stock by status and the vacant dwellings by typology (dashboard key figures)',
  })
  dwellingStatistics(@Ctx() ctx: HousingContext) {
    return new StatisticsService(ctx.em as EntityManager).dwellings();
  }
}

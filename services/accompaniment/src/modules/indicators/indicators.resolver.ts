import { checkIndicatorPeriod, Indicator, indicator, isUuid, shareIndicator } from '@ash/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AccompanimentContext } from '../../context';
import { AccompanimentOutcome } from '../accompaniment/accompaniment.enums';
import { IndicatorSet } from './indicator-set.reference';
import { supportAggregates } from './indicators.repository';

const OUTCOME_LABELS: Record<AccompanimentOutcome, string> = {
  HOUSED: 'Sorties : relogés',
  SUSTAINED: 'Sorties : maintenus dans le logement',
  EVICTION_AVOIDED: 'Sorties : expulsion évitée',
  MOVED_OUT: 'Sorties : partis du logement',
  REFUSED: 'Sorties : accompagnement refusé',
  EVICTED: 'Sorties : expulsés',
};

/** The support indicators of a convention over a period (aggregates only, small counts suppressed). */
export async function supportIndicators(em: EntityManager, set: IndicatorSet): Promise<Indicator[]> {
  checkIndicatorPeriod(set.from, set.to);
  if (!isUuid(set.conventionId)) return [];
  const a = await supportAggregates(em, set.conventionId.toLowerCase(), set.from, set.to);
  return [
    indicator('householdsSupported', 'Ménages accompagnés sur la période', a.supported),
    indicator('householdsSupported.ACCESS', 'Ménages accompagnés : accès au logement', a.supported_access),
    indicator(
      'householdsSupported.TENANCY_SUSTAINMENT',
      'Ménages accompagnés : maintien dans le logement',
      a.supported_sustainment,
    ),
    indicator('entries', 'Entrées (accompagnements commencés)', a.entries),
    indicator('exits', 'Sorties (accompagnements terminés)', a.exits),
    // The average rests on the ended accompaniments: fewer than 5 suppress it.
    indicator(
      'averageDurationDays',
      'Durée moyenne des accompagnements terminés (jours)',
      Math.round(a.average_days * 10) / 10,
      a.exits,
    ),
    ...Object.values(AccompanimentOutcome).map((o) =>
      indicator(`outcome.${o}`, OUTCOME_LABELS[o], a.outcomes[o]),
    ),
    shareIndicator(
      'moveInSupportWorkerPresence',
      "Part des états des lieux d'entrée avec l'association présente (%)",
      a.inspections_with_support_worker,
      a.inspections,
    ),
    indicator('measureMonths', 'Mois-mesures consommés sur la période', a.measure_months),
  ];
}

@Resolver(() => IndicatorSet)
export class IndicatorSetSupportResolver {
  @FieldResolver(() => [Indicator], {
    description: 'Households supported, entries, exits, duration, outcomes, move-in presence, measure-months',
  })
  supportIndicators(@Root() set: IndicatorSet, @Ctx() ctx: AccompanimentContext) {
    return supportIndicators(ctx.em as EntityManager, set);
  }
}

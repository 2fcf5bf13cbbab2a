import { checkIndicatorPeriod, Indicator, indicator, isUuid, shareIndicator } from '@ash/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Ctx, Directive, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { AccompanimentContext } from '../../context';
import { AccompanimentOutcome } from '../accompaniment/accompaniment.enums';
import { IndicatorSet } from './indicator-set.reference';
import {
  type SupportAggregates,
  supportAggregates,
  TARGET_PUBLICS,
  type TargetPublic,
} from './indicators.repository';

const OUTCOME_LABELS: Record<AccompanimentOutcome, string> = {
  HOUSED: 'Sorties : relogés',
  SUSTAINED: 'Sorties : maintenus dans le logement',
  EVICTION_AVOIDED: 'Sorties : expulsion évitée',
  MOVED_OUT: 'Sorties : partis du logement',
  REFUSED: 'Sorties : accompagnement refusé',
  EVICTED: 'Sorties : expulsés',
};

const TARGET_PUBLIC_LABELS: Record<TargetPublic, string> = {
  SINGLE_PARENT: 'Ménages accompagnés : familles monoparentales',
  LEAVING_PRISON: 'Ménages accompagnés : sortants de détention',
  ISOLATED_TENANT: 'Ménages accompagnés : locataires isolés',
};

/** The aggregates of a set, computed once per request whatever the number of fields asking for them. */
const computed = new WeakMap<object, Map<string, Promise<SupportAggregates | null>>>();

function aggregatesOf(em: EntityManager, set: IndicatorSet, request: object = em) {
  checkIndicatorPeriod(set.from, set.to);
  let cache = computed.get(request);
  if (!cache) {
    cache = new Map();
    computed.set(request, cache);
  }
  const key = `${set.conventionId.toLowerCase()}:${set.from}:${set.to}`;
  let found = cache.get(key);
  if (!found) {
    found = isUuid(set.conventionId)
      ? supportAggregates(em, set.conventionId.toLowerCase(), set.from, set.to)
      : Promise.resolve(null);
    cache.set(key, found);
  }
  return found;
}

/** The support indicators of a convention over a period (aggregates only, small counts suppressed). */
export async function supportIndicators(
  em: EntityManager,
  set: IndicatorSet,
  request?: object,
): Promise<Indicator[]> {
  const a = await aggregatesOf(em, set, request);
  if (!a) return [];
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
    ...TARGET_PUBLICS.map((t) =>
      indicator(`householdsSupported.targetPublic.${t}`, TARGET_PUBLIC_LABELS[t], a.target_publics[t]),
    ),
    indicator(
      'compliance.accompanimentMonths',
      'Mois-accompagnements sur la période (fréquence des contacts)',
      a.accompaniment_months,
    ),
    shareIndicator(
      'compliance.shareMet',
      'Part des mois-accompagnements à la fréquence de contacts tenue (%)',
      a.compliance_met,
      a.accompaniment_months,
    ),
  ];
}

@Resolver(() => IndicatorSet)
export class IndicatorSetSupportResolver {
  @FieldResolver(() => [Indicator], {
    description:
      'Households supported (also by target public), entries, exits, duration, outcomes, move-in presence, measure-months, contact-frequency compliance',
  })
  supportIndicators(@Root() set: IndicatorSet, @Ctx() ctx: AccompanimentContext) {
    return supportIndicators(ctx.em as EntityManager, set, ctx);
  }

  /** Raw count (not suppressed): for financing's `@requires` only, kept out of the public API. */
  @Directive('@inaccessible')
  @FieldResolver(() => Int, {
    description:
      'Distinct households supported over the period (for financing; shown suppressed in the lists)',
  })
  async supportedHouseholds(@Root() set: IndicatorSet, @Ctx() ctx: AccompanimentContext) {
    return (await aggregatesOf(ctx.em as EntityManager, set, ctx))?.supported ?? 0;
  }

  @Directive('@inaccessible')
  @FieldResolver(() => Int, { description: 'Measure-months of the period (for financing)' })
  async measureMonths(@Root() set: IndicatorSet, @Ctx() ctx: AccompanimentContext) {
    return (await aggregatesOf(ctx.em as EntityManager, set, ctx))?.measure_months ?? 0;
  }
}

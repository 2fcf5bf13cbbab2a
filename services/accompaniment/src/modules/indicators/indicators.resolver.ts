import {
  checkIndicatorPeriod,
  figureIndicator,
  Indicator,
  isUuid,
  shareIndicator,
  treeIndicator,
} from '@ash/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Ctx, Directive, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { AccompanimentContext } from '../../context';
import { AccompanimentOutcome } from '../accompaniment/accompaniment.enums';
import { AlertSource } from '../alert/alert.enums';
import { IndicatorSet } from './indicator-set.reference';
import {
  ALERT_SOURCES,
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
  CARRIED_OVER: 'Sorties : reportés sur la convention suivante',
};

const TARGET_PUBLIC_LABELS: Record<TargetPublic, string> = {
  SINGLE_PARENT: 'Ménages accompagnés : familles monoparentales',
  LEAVING_PRISON: 'Ménages accompagnés : sortants de détention',
  ISOLATED_TENANT: 'Ménages accompagnés : locataires isolés',
};

const ALERT_SOURCE_LABELS: Record<AlertSource, string> = {
  TENANT_REQUEST: 'Alertes : demande du locataire',
  ARREARS_MEETING: 'Alertes : réunion impayés',
  LOCAL_STAFF: 'Alertes : personnel de proximité',
  NEIGHBOUR: 'Alertes : voisinage',
  FAMILY: 'Alertes : famille',
  PARTNER: 'Alertes : partenaire',
};

/** The aggregates of a convention's year, computed once per request whatever the fields or periods asking. */
const computed = new WeakMap<object, Map<string, Promise<SupportAggregates[] | null>>>();

/**
 * The asked period and the aggregates of the 17 periods of its year as of the request's today (null
 * for an unknown convention).
 */
async function aggregatesOf(ctx: AccompanimentContext, set: IndicatorSet) {
  const period = checkIndicatorPeriod(set.from, set.to);
  const em = ctx.em as EntityManager;
  let cache = computed.get(ctx);
  if (!cache) {
    cache = new Map();
    computed.set(ctx, cache);
  }
  const key = `${set.conventionId.toLowerCase()}:${period.year}`;
  let found = cache.get(key);
  if (!found) {
    found = isUuid(set.conventionId)
      ? supportAggregates(em, set.conventionId.toLowerCase(), period.year, ctx.calendar.today())
      : Promise.resolve(null);
    cache.set(key, found);
  }
  const tree = await found;
  return tree && { period, tree, asked: tree[period.index] };
}

/**
 * The support indicators of a convention over a calendar period: aggregates only; counts published as
 * the tree of the period's year decides, figures over 1 to 4 items withheld.
 */
export async function supportIndicators(ctx: AccompanimentContext, set: IndicatorSet): Promise<Indicator[]> {
  const found = await aggregatesOf(ctx, set);
  if (!found) return [];
  const { period, tree, asked: a } = found;
  const count = (key: string, label: string, of: (aggregates: SupportAggregates) => number) =>
    treeIndicator(key, label, tree.map(of), period);
  return [
    count('householdsSupported', 'Ménages accompagnés sur la période', (t) => t.supported),
    count('householdsSupported.ACCESS', 'Ménages accompagnés : accès au logement', (t) => t.supported_access),
    count(
      'householdsSupported.TENANCY_SUSTAINMENT',
      'Ménages accompagnés : maintien dans le logement',
      (t) => t.supported_sustainment,
    ),
    count('entries', 'Entrées (accompagnements commencés)', (t) => t.entries),
    count('exits', 'Sorties (accompagnements terminés)', (t) => t.exits),
    // The average rests on the ended accompaniments: none without any, withheld over 1 to 4.
    figureIndicator(
      'averageDurationDays',
      'Durée moyenne des accompagnements terminés (jours)',
      Math.round(a.average_days * 10) / 10,
      a.exits,
    ),
    ...Object.values(AccompanimentOutcome).map((o) =>
      count(`outcome.${o}`, OUTCOME_LABELS[o], (t) => t.outcomes[o]),
    ),
    shareIndicator(
      'moveInSupportWorkerPresence',
      "Part des états des lieux d'entrée avec l'association présente (%)",
      a.inspections_with_support_worker,
      a.inspections,
    ),
    count('measureMonths', 'Mois-mesures consommés sur la période', (t) => t.measure_months),
    ...TARGET_PUBLICS.map((p) =>
      count(`householdsSupported.targetPublic.${p}`, TARGET_PUBLIC_LABELS[p], (t) => t.target_publics[p]),
    ),
    count(
      'compliance.accompanimentMonths',
      'Mois-accompagnements sur la période (fréquence des contacts)',
      (t) => t.accompaniment_months,
    ),
    shareIndicator(
      'compliance.shareMet',
      'Part des mois-accompagnements à la fréquence de contacts tenue (%)',
      a.compliance_met,
      a.accompaniment_months,
    ),
    count(
      'capacityOverrides',
      'Accompagnements ouverts au-delà de la capacité de la convention (dérogations)',
      (t) => t.capacity_overrides,
    ),
    count('alerts', 'Alertes signalées sur la période', (t) => t.alerts),
    ...ALERT_SOURCES.map((s) =>
      count(`alerts.source.${s}`, ALERT_SOURCE_LABELS[s], (t) => t.alert_sources[s]),
    ),
    // The mean rests on the alerts triaged: none without any, withheld over 1 to 4.
    figureIndicator(
      'alerts.averageDaysToTriage',
      'Délai moyen entre le signalement et le tri d’une alerte (jours)',
      Math.round(a.triage_days * 10) / 10,
      a.triaged,
    ),
  ];
}

@Resolver(() => IndicatorSet)
export class IndicatorSetSupportResolver {
  @FieldResolver(() => [Indicator], {
    description:
      'Households supported (also by target public), entries, exits, duration, outcomes, move-in presence, measure-months, contact-frequency compliance, capacity overrides, alerts by source and time to triage',
  })
  supportIndicators(@Root() set: IndicatorSet, @Ctx() ctx: AccompanimentContext) {
    return supportIndicators(ctx, set);
  }

  /** Raw count (not suppressed): for financing's `@requires` only, kept out of the public API. */
  @Directive('@inaccessible')
  @FieldResolver(() => Int, {
    description:
      'Distinct households supported over the period (for financing; shown suppressed in the lists)',
  })
  async supportedHouseholds(@Root() set: IndicatorSet, @Ctx() ctx: AccompanimentContext) {
    return (await aggregatesOf(ctx, set))?.asked.supported ?? 0;
  }

  @Directive('@inaccessible')
  @FieldResolver(() => Int, { description: 'Measure-months of the period (for financing)' })
  async measureMonths(@Root() set: IndicatorSet, @Ctx() ctx: AccompanimentContext) {
    return (await aggregatesOf(ctx, set))?.asked.measure_months ?? 0;
  }
}

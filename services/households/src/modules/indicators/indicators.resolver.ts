import {
  checkIndicatorPeriod,
  figureIndicator,
  Indicator,
  TREE_PERIODS_SQL,
  treeIndicator,
  treePeriodsParameter,
} from '@ash/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { HouseholdsContext } from '../../context';
import { SCHEMA } from '../../orm';
import { TargetPublic } from '../household/household.enums';
import { IndicatorSet } from './indicator-set.reference';

const PUBLICS = Object.values(TargetPublic);

const PUBLIC_LABELS: Record<TargetPublic, string> = {
  SINGLE_PARENT: 'Ménages demandeurs : familles monoparentales',
  LEAVING_PRISON: 'Ménages demandeurs : sortants de détention',
  ISOLATED_TENANT: 'Ménages demandeurs : locataires isolés',
};

/**
 * Applications submitted in each period of a year's tree (a row a period, `i` its index): their
 * households by target public, and the days from submission to the first DECIDED and MOVED_IN
 * transitions (Paris dates). One statement, no row of a person out.
 */
const SQL = `
with p as (
  ${TREE_PERIODS_SQL}
), apps as (
  select p.i, a.id, a.household_id, a.submitted_at
  from p join "${SCHEMA}"."application" a on a.submitted_at between p.first_day and p.last_day
), households as (
  select apps.i,
         count(distinct apps.household_id) as households,
         ${PUBLICS.map((p) => `count(distinct apps.household_id) filter (where h.target_public = '${p}') as "${p}"`).join(',\n         ')}
  from apps left join "${SCHEMA}"."household" h on h.id = apps.household_id
  group by apps.i
), steps as (
  select apps.i, apps.id, apps.submitted_at,
         min((t.at at time zone 'Europe/Paris')::date) filter (where t."to" = 'DECIDED') as decided,
         min((t.at at time zone 'Europe/Paris')::date) filter (where t."to" = 'MOVED_IN') as moved_in
  from apps left join "${SCHEMA}"."application_transition" t on t.application_id = apps.id
  group by apps.i, apps.id, apps.submitted_at
), durations as (
  select i,
         count(*) filter (where decided is not null) as decided,
         coalesce(avg(decided - submitted_at) filter (where decided is not null), 0) as days_to_decided,
         count(*) filter (where moved_in is not null) as moved_in,
         coalesce(avg(moved_in - submitted_at) filter (where moved_in is not null), 0) as days_to_moved_in
  from steps group by i
)
select
  p.i,
  coalesce(households.households, 0)::int as households,
  ${PUBLICS.map((p) => `coalesce(households."${p}", 0)::int as "${p}"`).join(',\n  ')},
  coalesce(durations.decided, 0)::int as decided,
  coalesce(durations.days_to_decided, 0)::float as days_to_decided,
  coalesce(durations.moved_in, 0)::int as moved_in,
  coalesce(durations.days_to_moved_in, 0)::float as days_to_moved_in
from p
left join households on households.i = p.i
left join durations on durations.i = p.i
order by p.i`;

const tenth = (n: number) => Math.round(n * 10) / 10;

/**
 * Household indicators of a calendar period (households do not know conventions: every application
 * counts); the counts published as the tree of the period's year decides.
 */
export async function householdIndicators(em: EntityManager, set: IndicatorSet): Promise<Indicator[]> {
  const period = checkIndicatorPeriod(set.from, set.to);
  const tree: Record<string, number>[] = await em
    .getConnection()
    .execute(SQL, [treePeriodsParameter(period.year)]);
  const row = tree[period.index];
  const count = (key: string, label: string, column: string) =>
    treeIndicator(
      key,
      label,
      tree.map((r) => r[column]),
      period,
    );
  return [
    count('applicantHouseholds', 'Ménages ayant déposé une demande sur la période', 'households'),
    ...PUBLICS.map((p) => count(`applicantHouseholds.${p}`, PUBLIC_LABELS[p], p)),
    figureIndicator(
      'daysToDecision',
      'Délai moyen demande → décision de commission (jours)',
      tenth(row.days_to_decided),
      row.decided,
    ),
    figureIndicator(
      'daysToMoveIn',
      'Délai moyen demande → entrée dans les lieux (jours)',
      tenth(row.days_to_moved_in),
      row.moved_in,
    ),
  ];
}

@Resolver(() => IndicatorSet)
export class IndicatorSetHouseholdResolver {
  @FieldResolver(() => [Indicator], {
    description:
      'Applicant households by target public and pipeline durations of applications submitted in the period',
  })
  householdIndicators(@Root() set: IndicatorSet, @Ctx() ctx: HouseholdsContext) {
    return householdIndicators(ctx.em as EntityManager, set);
  }
}

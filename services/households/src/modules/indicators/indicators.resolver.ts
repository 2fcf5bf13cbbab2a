import { checkIndicatorPeriod, Indicator, indicator } from '@ash/kit';
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
 * Applications submitted in the period: their households by target public, and the days from
 * submission to the first DECIDED and MOVED_IN transitions (Paris dates). One statement, no row out.
 */
const SQL = `
with apps as (
  select a.id, a.household_id, a.submitted_at from "${SCHEMA}"."application" a
  where a.submitted_at between ?::date and ?::date
), steps as (
  select apps.id, apps.submitted_at,
         min((t.at at time zone 'Europe/Paris')::date) filter (where t."to" = 'DECIDED') as decided,
         min((t.at at time zone 'Europe/Paris')::date) filter (where t."to" = 'MOVED_IN') as moved_in
  from apps left join "${SCHEMA}"."application_transition" t on t.application_id = apps.id
  group by apps.id, apps.submitted_at
)
select
  (select count(distinct apps.household_id) from apps)::int as households,
  ${PUBLICS.map(
    (p) =>
      `(select count(distinct apps.household_id) from apps join "${SCHEMA}"."household" h on h.id = apps.household_id where h.target_public = '${p}')::int as "${p}"`,
  ).join(',\n  ')},
  (select count(*) from steps where decided is not null)::int as decided,
  (select coalesce(avg(decided - submitted_at), 0) from steps where decided is not null)::float as days_to_decided,
  (select count(*) from steps where moved_in is not null)::int as moved_in,
  (select coalesce(avg(moved_in - submitted_at), 0) from steps where moved_in is not null)::float as days_to_moved_in`;

const tenth = (n: number) => Math.round(n * 10) / 10;

/** Household indicators of a period (households do not know conventions: every application counts). */
export async function householdIndicators(em: EntityManager, set: IndicatorSet): Promise<Indicator[]> {
  checkIndicatorPeriod(set.from, set.to);
  const [row] = await em.getConnection().execute(SQL, [set.from, set.to]);
  return [
    indicator('applicantHouseholds', 'Ménages ayant déposé une demande sur la période', row.households),
    ...PUBLICS.map((p) => indicator(`applicantHouseholds.${p}`, PUBLIC_LABELS[p], row[p])),
    indicator(
      'daysToDecision',
      'Délai moyen demande → décision de commission (jours)',
      tenth(row.days_to_decided),
      row.decided,
    ),
    indicator(
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

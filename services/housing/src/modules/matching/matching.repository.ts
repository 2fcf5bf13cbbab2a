import type { HouseholdNeeds, MatchingSettings as RuleSettings } from '@ash/matching';
import type { EntityManager } from '@mikro-orm/core';
import { Dwelling } from '../dwelling/dwelling.entity';

/*
 * The matching rules of @ash/matching (`checkRules`, `matchScore`) in set-based SQL, so one
 * statement serves a whole page of households, next to the dwellings' indexes. The aliases are
 * fixed: `s` the settings (ceiling float8, horizon int, typologies jsonb, today date), `h` a
 * household's needs (the columns of housing.household_needs), `f` the typologies that fit its
 * size and `d` a dwelling, whose commune is given. The property tests hold this SQL to the functions.
 */

/** Typologies that fit the household's size, preferred first (`typologiesFor`: size clamped to 1..len). */
const FITTING = `
  cross join lateral (
    select coalesce(array_agg(t.typology order by t.position), '{}'::text[]) as fitting
    from jsonb_array_elements_text(
      s.typologies -> (least(greatest(h.size, 1), jsonb_array_length(s.typologies)) - 1)
    ) with ordinality as t(typology, position)
  ) f`;

/**
 * Every rule of `checkRules`, in its order. Float8 arithmetic is IEEE double, as in JavaScript.
 * `at` names where the settings, the fitting typologies and the dwelling's commune are read.
 */
const rules = (at = { settings: 's', fitting: 'f.fitting', commune: 'r.commune' }) => `
  d.status in ('VACANT', 'NOTICE_GIVEN')
  and (d.available_from is null or d.available_from <= ${at.settings}.today + ${at.settings}.horizon)
  and d.typology = any(${at.fitting})
  and (coalesce(cardinality(h.desired_typologies), 0) = 0 or d.typology = any(h.desired_typologies))
  and ${at.commune} = any(h.desired_communes)
  and greatest(0, d.rent_cents + d.service_charges_cents - h.housing_benefit_cents)::float8
      / nullif(h.monthly_resources_cents, 0)::float8 <= ${at.settings}.ceiling
  and (h.max_rent_cents is null or d.rent_cents + d.service_charges_cents <= h.max_rent_cents)
  and (d.contingent in ('LANDLORD', 'CITY') or (d.contingent = 'PREFECTURE' and (h.dalo or h.pdalpd)))
  and (not h.step_free_access_need or d.step_free_access)`;

/**
 * `matchScore` before rounding, term by term and in the same order of operations:
 * typology 40/25/15, effort 30 × (1 − rate / ceiling), availability 20 × (1 − wait / horizon), low rent 10.
 */
const RAW_SCORE = `
  (case array_position(f.fitting, d.typology) when 1 then 40 when 2 then 25 else 15 end)::float8
  + 30::float8 * greatest(0::float8, 1::float8
      - (greatest(0, d.rent_cents + d.service_charges_cents - h.housing_benefit_cents)::float8
         / nullif(h.monthly_resources_cents, 0)::float8) / s.ceiling)
  + (case when s.horizon > 0
      then 20::float8 * greatest(0::float8,
        1::float8 - greatest(0, coalesce(d.available_from - s.today, 0))::float8 / s.horizon::float8)
      else 20::float8 end)
  + (case when d.low_rent then 10 else 0 end)::float8`;

/** JavaScript's Math.round (halves up), not PostgreSQL's round(float8) (halves to even). */
const ROUNDED = `(floor(sc.raw) + case when sc.raw - floor(sc.raw) >= 0.5::float8 then 1 else 0 end)::int`;

/** Columns of the needs relation `h`, as jsonb_to_recordset declares them. */
const NEEDS_COLUMNS = `size int, monthly_resources_cents bigint, housing_benefit_cents bigint, dalo boolean,
  pdalpd boolean, step_free_access_need boolean, desired_typologies text[], desired_communes text[],
  max_rent_cents bigint`;

/** One household's request: its needs and how many matches it wants. */
export interface MatchRequest {
  householdId: string;
  needs: HouseholdNeeds;
  first: number;
}

/** A dwelling a household matches, with its commune (for the reasons) and its score. */
export interface MatchRow {
  dwelling: Dwelling;
  commune: string;
  score: number;
}

export interface ImpactFigures {
  householdsConsidered: number;
  householdsGaining: number;
  householdsLosing: number;
  matchesBefore: number;
  matchesAfter: number;
}

const settingsParams = (settings: RuleSettings, today: string) => [
  settings.effortRateCeiling,
  settings.horizonDays,
  JSON.stringify(settings.typologiesBySize),
  today,
];

const needsRecord = (needs: HouseholdNeeds) => ({
  size: needs.size,
  monthly_resources_cents: needs.monthlyResourcesCents,
  housing_benefit_cents: needs.housingBenefitCents,
  dalo: needs.dalo,
  pdalpd: needs.pdalpd,
  step_free_access_need: needs.stepFreeAccessNeed,
  desired_typologies: needs.desiredTypologies ?? [],
  desired_communes: needs.desiredCommunes ?? [],
  max_rent_cents: needs.maxRentCents ?? null,
});

export class MatchingRepository {
  constructor(private readonly em: EntityManager) {}

  private get schema(): string {
    return this.em.config.get('schema') ?? 'housing';
  }

  /**
   * The best matches of many households in one statement: their needs travel as one jsonb
   * parameter, and a lateral subquery ranks each one's dwellings (score desc, reference asc).
   */
  async bestMatches(
    requests: readonly MatchRequest[],
    settings: RuleSettings,
    today: string,
  ): Promise<MatchRow[][]> {
    const groups: MatchRow[][] = requests.map(() => []);
    if (requests.length === 0) return groups;
    const households = requests.map((request, k) => ({
      k,
      first: request.first,
      ...needsRecord(request.needs),
    }));
    const rows: Record<string, unknown>[] = await this.em.getConnection().execute(
      `with s as (select ?::float8 as ceiling, ?::int as horizon, ?::jsonb as typologies, ?::date as today)
       select h.k as match_key, m.*
       from s
       cross join jsonb_to_recordset(?::jsonb) as h(k int, first int, ${NEEDS_COLUMNS})
       ${FITTING}
       cross join lateral (
         select d.*, r.commune as match_commune, ${ROUNDED} as match_score
         from "${this.schema}"."dwelling" d
         join "${this.schema}"."residence" r on r.id = d.residence_id
         cross join lateral (select ${RAW_SCORE} as raw) sc
         where ${rules()}
         order by match_score desc, d.reference collate "C" asc
         limit h.first
       ) m
       order by h.k, m.match_score desc, m.reference collate "C" asc`,
      [...settingsParams(settings, today), JSON.stringify(households)],
    );
    for (const { match_key, match_commune, match_score, ...columns } of rows) {
      groups[match_key as number].push({
        dwelling: this.em.map(Dwelling, columns),
        commune: match_commune as string,
        score: match_score as number,
      });
    }
    return groups;
  }

  /**
   * How many matches each household awaiting a dwelling (the projection) has under the current and
   * the proposed settings, summed up, in one statement. The lettable dwellings are read once and
   * joined to each household on (wanted commune, fitting typology); the rules then decide.
   */
  async impact(current: RuleSettings, proposed: RuleSettings, today: string): Promise<ImpactFigures> {
    const [row] = await this.em.getConnection().execute(
      `with s(version, ceiling, horizon, typologies, today) as (
         values ('before', ?::float8, ?::int, ?::jsonb, ?::date), ('after', ?::float8, ?::int, ?::jsonb, ?::date)
       ),
       lettable as materialized (
         select d.*, r.commune
         from "${this.schema}"."dwelling" d
         join "${this.schema}"."residence" r on r.id = d.residence_id
         where d.status in ('VACANT', 'NOTICE_GIVEN')
       ),
       -- Each household under each settings, once per wanted commune and fitting typology.
       wanted as materialized (
         select h.*, s.version, s.ceiling, s.horizon, s.today, f.fitting, w.commune as wanted_commune,
           ft.typology as wanted_typology
         from "${this.schema}"."household_needs" h
         cross join s
         ${FITTING}
         cross join lateral (select distinct unnest(h.desired_communes) as commune) w
         cross join lateral (select distinct unnest(f.fitting) as typology) ft
       ),
       matched as (
         select h.household_id, h.version
         from wanted h
         join lettable d on d.commune = h.wanted_commune and d.typology = h.wanted_typology
         where ${rules({ settings: 'h', fitting: 'h.fitting', commune: 'd.commune' })}
       ),
       -- Households with no match either way do not appear: they neither gain nor lose.
       counted as (
         select household_id,
           count(*) filter (where version = 'before') as before,
           count(*) filter (where version = 'after') as after
         from matched
         group by household_id
       )
       select (select count(*) from "${this.schema}"."household_needs")::int as households_considered,
         count(*) filter (where before = 0 and after > 0)::int as households_gaining,
         count(*) filter (where before > 0 and after = 0)::int as households_losing,
         coalesce(sum(before), 0)::int as matches_before,
         coalesce(sum(after), 0)::int as matches_after
       from counted`,
      [...settingsParams(current, today), ...settingsParams(proposed, today)],
    );
    return {
      householdsConsidered: row.households_considered,
      householdsGaining: row.households_gaining,
      householdsLosing: row.households_losing,
      matchesBefore: row.matches_before,
      matchesAfter: row.matches_after,
    };
  }
}

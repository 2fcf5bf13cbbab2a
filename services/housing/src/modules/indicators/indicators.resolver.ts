import { checkIndicatorPeriod, Indicator, indicator } from '@ash/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { HousingContext } from '../../context';
import { SCHEMA } from '../../orm';
import { IndicatorSet } from './indicator-set.reference';

/**
 * At the end of each month of the period: every rent account's balance (charged less paid up to that
 * month) in months of its latest rent; those 2 months or more behind, and their months. Plus the
 * move-in inspections of the period. Set-based, no row leaves SQL.
 */
const ARREARS_SQL = `
with months as (
  select m.first_day::date as month
  from generate_series(date_trunc('month', ?::date), date_trunc('month', ?::date), interval '1 month') as m(first_day)
), balances as (
  select months.month, e.account_id,
         sum(e.charged_cents - e.paid_cents) as arrears,
         (array_agg(e.charged_cents order by e.month desc))[1] as monthly
  from months join "${SCHEMA}"."rent_entry" e on e.month <= months.month
  group by months.month, e.account_id
), behind as (
  select month, case when monthly > 0 then floor(arrears::numeric / monthly)::int else 0 end as months_behind
  from balances
)
select to_char(months.month, 'YYYY-MM') as month,
       count(behind.months_behind) filter (where behind.months_behind >= 2)::int as accounts,
       coalesce(sum(behind.months_behind) filter (where behind.months_behind >= 2), 0)::int as months_behind
from months left join behind on behind.month = months.month
group by months.month
order by months.month`;

const MOVE_INS_SQL = `
select count(*)::int as move_ins from "${SCHEMA}"."lease"
where move_in_inspection_date between ?::date and ?::date`;

/** Housing indicators of a period, over the landlord's stock (housing does not know conventions). */
export async function housingIndicators(em: EntityManager, set: IndicatorSet): Promise<Indicator[]> {
  checkIndicatorPeriod(set.from, set.to);
  const connection = em.getConnection();
  const months: { month: string; accounts: number; months_behind: number }[] = await connection.execute(
    ARREARS_SQL,
    [set.from, set.to],
  );
  const [moveIns] = await connection.execute(MOVE_INS_SQL, [set.from, set.to]);
  const end = months.at(-1);
  return [
    indicator('moveIns', "Entrées dans les lieux (états des lieux d'entrée)", moveIns.move_ins),
    indicator(
      'arrears.accounts',
      'Comptes en impayé de 2 mois ou plus en fin de période',
      end?.accounts ?? 0,
    ),
    indicator(
      'arrears.months',
      'Mois d’impayés de ces comptes en fin de période',
      end?.months_behind ?? 0,
      end?.accounts ?? 0,
    ),
    ...months.flatMap((m) => [
      indicator(
        `arrears.accounts.${m.month}`,
        `Comptes en impayé de 2 mois ou plus fin ${m.month}`,
        m.accounts,
      ),
      indicator(
        `arrears.months.${m.month}`,
        `Mois d’impayés de ces comptes fin ${m.month}`,
        m.months_behind,
        m.accounts,
      ),
    ]),
  ];
}

@Resolver(() => IndicatorSet)
export class IndicatorSetHousingResolver {
  @FieldResolver(() => [Indicator], {
    description: 'Move-ins of the period and arrears (accounts 2 months or more behind) at each month end',
  })
  housingIndicators(@Root() set: IndicatorSet, @Ctx() ctx: HousingContext) {
    return housingIndicators(ctx.em as EntityManager, set);
  }
}

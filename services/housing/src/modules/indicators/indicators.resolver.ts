import {
  checkIndicatorPeriod,
  disclosedPeriods,
  figureIndicator,
  Indicator,
  indicator,
  periodsOfYear,
  treeIndicator,
  treeOfMonthEnds,
  treeOfMonths,
} from '@ash/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { HousingContext } from '../../context';
import { SCHEMA } from '../../orm';
import { IndicatorSet } from './indicator-set.reference';

/**
 * At the end of each month of a year: every rent account's balance (charged less paid up to that
 * month) in months of its latest rent; those 2 months or more behind, and their months. Set-based, no
 * row leaves SQL.
 */
const ARREARS_SQL = `
with months as (
  select m.first_day::date as month
  from generate_series(?::date, ?::date, interval '1 month') as m(first_day)
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

/** The move-in inspections of each month of a year (the months without any are absent). */
const MOVE_INS_SQL = `
select to_char(move_in_inspection_date, 'YYYY-MM') as month, count(*)::int as move_ins
from "${SCHEMA}"."lease"
where move_in_inspection_date between ?::date and ?::date
group by 1`;

/**
 * Housing indicators of a calendar period, over the landlord's stock (housing does not know
 * conventions): the move-ins of the period, and the arrears at its end and at the end of each of its
 * months; the counts published as the tree of the period's year decides.
 */
export async function housingIndicators(em: EntityManager, set: IndicatorSet): Promise<Indicator[]> {
  const period = checkIndicatorPeriod(set.from, set.to);
  const periods = periodsOfYear(period.year);
  const connection = em.getConnection();
  const { from, to } = periods[0];
  const months: { month: string; accounts: number; months_behind: number }[] = await connection.execute(
    ARREARS_SQL,
    [from, to],
  );
  const moveIns: { month: string; move_ins: number }[] = await connection.execute(MOVE_INS_SQL, [from, to]);
  const moveInsByMonth = new Map(moveIns.map((m) => [m.month, m.move_ins]));
  const accounts = treeOfMonthEnds(months.map((m) => m.accounts));
  const monthsBehind = treeOfMonthEnds(months.map((m) => m.months_behind));
  const disclosed = disclosedPeriods(accounts);
  // At the end of the period (`end`) or of one of its months: the accounts, and their months behind.
  const arrears = (suffix: string, end: string, index: number) => [
    indicator(
      `arrears.accounts${suffix}`,
      `Comptes en impayé de 2 mois ou plus ${end}`,
      accounts[index],
      disclosed[index],
    ),
    figureIndicator(
      `arrears.months${suffix}`,
      `Mois d’impayés de ces comptes ${end}`,
      monthsBehind[index],
      accounts[index],
    ),
  ];
  const monthsOfPeriod = periods.filter(
    (p) => p.kind === 'MONTH' && p.from >= period.from && p.to <= period.to,
  );
  return [
    treeIndicator(
      'moveIns',
      "Entrées dans les lieux (états des lieux d'entrée)",
      treeOfMonths(
        periods.filter((p) => p.kind === 'MONTH').map((p) => moveInsByMonth.get(p.from.slice(0, 7)) ?? 0),
      ),
      period,
    ),
    ...arrears('', 'en fin de période', period.index),
    ...monthsOfPeriod.flatMap((m) => {
      const month = m.from.slice(0, 7);
      return arrears(`.${month}`, `fin ${month}`, m.index);
    }),
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

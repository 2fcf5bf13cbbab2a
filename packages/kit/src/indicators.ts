import { Directive, Field, ObjectType } from 'type-graphql';
import { Role } from './actor';
import { disclosedPeriods, type IndicatorPeriod, indicatorPeriod, isSmall } from './disclosure';
import type { Rule } from './policy';

/** One aggregate figure for evaluators: no person's id or name, small counts suppressed. */
@ObjectType({
  description:
    'One aggregate figure; a count of 1 to 4 (or a figure from 1 to 4 items) is suppressed, and so is any count from which one could be derived by difference with another published figure of the year',
})
@Directive('@shareable')
export class Indicator {
  @Field({ description: 'Stable key, e.g. `entries` or `outcome.HOUSED`' })
  key: string;

  @Field({ description: 'Label in French' })
  label: string;

  @Field(() => Number, {
    nullable: true,
    description: 'Null when suppressed, or for an average or share over no item',
  })
  value: number | null;

  @Field({
    description:
      'True when the figure is withheld: 1 to 4, over 1 to 4 items, or withheld so that no such count can be derived by difference',
  })
  suppressed: boolean;
}

/** Who reads indicators: evaluators, social management and administrators (aggregates, not sensitive). */
export const INDICATOR_READERS: Rule = [Role.Evaluator, Role.SocialManager, Role.Admin];

/** The fields of `Indicator`, for each subgraph's policy. */
export const INDICATOR_FIELDS = ['key', 'label', 'value', 'suppressed'] as const;
/** The key fields of `IndicatorSet`, for each subgraph's policy. */
export const INDICATOR_SET_KEY_FIELDS = ['conventionId', 'from', 'to'] as const;

/**
 * A count of people or events: zero shown as zero, 1 to 4 withheld (primary suppression), and
 * withheld too when `disclosed` is false (complementary suppression, see `disclosedPeriods`).
 */
export function indicator(key: string, label: string, count: number, disclosed = true): Indicator {
  const suppressed = isSmall(count) || !disclosed;
  return { key, label, value: suppressed ? null : count, suppressed };
}

/**
 * A count of the asked period, published as its year's tree decides: `counts` holds its raw values
 * for the 17 periods of the year (tree order, see `periodsOfYear`).
 */
export function treeIndicator(
  key: string,
  label: string,
  counts: readonly number[],
  period: IndicatorPeriod,
): Indicator {
  return indicator(key, label, counts[period.index], disclosedPeriods(counts)[period.index]);
}

/**
 * A figure resting on `base` items (an average, a share, a cost per household): no value over no
 * item (null, not suppressed: there is nothing to hide), withheld over 1 to 4.
 */
export function figureIndicator(key: string, label: string, value: number, base: number): Indicator {
  if (base === 0) return { key, label, value: null, suppressed: false };
  const suppressed = isSmall(base);
  return { key, label, value: suppressed ? null : value, suppressed };
}

/** An average of `values` (rounded to 0.1): none without values, withheld over 1 to 4 of them. */
export function averageIndicator(key: string, label: string, values: readonly number[]): Indicator {
  const mean = values.length ? values.reduce((sum, v) => sum + v, 0) / values.length : 0;
  return figureIndicator(key, label, Math.round(mean * 10) / 10, values.length);
}

/** A share in percent (rounded to 0.1) of `part` among `whole`: none when `whole` is 0, withheld when it is 1 to 4. */
export function shareIndicator(key: string, label: string, part: number, whole: number): Indicator {
  const share = whole > 0 ? (part / whole) * 100 : 0;
  return figureIndicator(key, label, Math.round(share * 10) / 10, whole);
}

/**
 * Checks an indicator period: a calendar month, quarter or year (`YYYY-MM-DD`, first day to last),
 * BAD_USER_INPUT otherwise; answers where it sits in its year's tree.
 */
export function checkIndicatorPeriod(from: string, to: string): IndicatorPeriod {
  return indicatorPeriod(from, to);
}

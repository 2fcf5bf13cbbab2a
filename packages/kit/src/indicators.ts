import { Directive, Field, ObjectType } from 'type-graphql';
import { Role } from './actor';
import { addYears, isIsoDate } from './calendar';
import { BadUserInputError } from './errors';
import type { Rule } from './policy';

/** A count under this is suppressed, and so is an average or share computed from fewer items. */
export const SUPPRESSION_THRESHOLD = 5;
/** The longest period an indicator set covers. */
export const MAX_INDICATOR_YEARS = 5;

/** One aggregate figure for evaluators: no person's id or name, small counts suppressed. */
@ObjectType({
  description: 'One aggregate figure; a count under 5 (or a figure from fewer than 5 items) is suppressed',
})
@Directive('@shareable')
export class Indicator {
  @Field({ description: 'Stable key, e.g. `entries` or `outcome.HOUSED`' })
  key: string;

  @Field({ description: 'Label in French' })
  label: string;

  @Field(() => Number, { nullable: true, description: 'Null when suppressed' })
  value: number | null;

  @Field({ description: 'True when the figure rests on fewer than 5 items and is withheld' })
  suppressed: boolean;
}

/** Who reads indicators: evaluators, social management and administrators (aggregates, not sensitive). */
export const INDICATOR_READERS: Rule = [Role.Evaluator, Role.SocialManager, Role.Admin];

/** The fields of `Indicator`, for each subgraph's policy. */
export const INDICATOR_FIELDS = ['key', 'label', 'value', 'suppressed'] as const;
/** The key fields of `IndicatorSet`, for each subgraph's policy. */
export const INDICATOR_SET_KEY_FIELDS = ['conventionId', 'from', 'to'] as const;

/** A figure resting on `base` items: withheld (null, suppressed) when `base` is under the threshold. */
export function indicator(key: string, label: string, value: number, base = value): Indicator {
  const suppressed = base < SUPPRESSION_THRESHOLD;
  return { key, label, value: suppressed ? null : value, suppressed };
}

/** An average of `values` (rounded to 0.1), suppressed when there are fewer than 5 of them. */
export function averageIndicator(key: string, label: string, values: readonly number[]): Indicator {
  const mean = values.length ? values.reduce((sum, v) => sum + v, 0) / values.length : 0;
  return indicator(key, label, Math.round(mean * 10) / 10, values.length);
}

/** A share in percent (rounded to 0.1) of `part` among `whole`, suppressed when `whole` is under 5. */
export function shareIndicator(key: string, label: string, part: number, whole: number): Indicator {
  const share = whole > 0 ? (part / whole) * 100 : 0;
  return indicator(key, label, Math.round(share * 10) / 10, whole);
}

/** Checks an indicator period (`YYYY-MM-DD`, from ≤ to, at most 5 years): BAD_USER_INPUT otherwise. */
export function checkIndicatorPeriod(from: string, to: string): void {
  for (const [argument, value] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (!isIsoDate(value)) throw new BadUserInputError(`${argument} must be a date YYYY-MM-DD`, { argument });
  }
  if (from > to) throw new BadUserInputError('from must not be after to', { argument: 'from' });
  if (to > addYears(from, MAX_INDICATOR_YEARS)) {
    throw new BadUserInputError(`The period may cover at most ${MAX_INDICATOR_YEARS} years`, {
      argument: 'to',
    });
  }
}

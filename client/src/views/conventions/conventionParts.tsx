import '@mantine/charts/styles.css';
import { Text, type TitleOrder } from '@mantine/core';
import type { TFunction } from 'i18next';
import type { ConventionDetailQuery, ConventionIndicatorsQuery } from '../../gql/graphql';
import { formatMonth, today } from '../../i18n/format';

export type Convention = ConventionDetailQuery['convention'];

export type IndicatorSet = ConventionIndicatorsQuery['indicators'];

export type Level = 2 | 3;

/** Badges that keep their whole label in narrow cells. */
export const WHOLE_BADGE = { root: { maxWidth: 'none', flexShrink: 0 }, label: { overflow: 'visible' } };

export const sub = (level: Level): TitleOrder => (level + 1) as TitleOrder;

/** The year shown by default: this year when the convention covers it, else its nearest year. */
export function defaultYear(convention: Convention): number {
  const year = Number(today().slice(0, 4));
  if (convention.years.includes(year)) return year;
  return year > convention.endYear ? convention.endYear : convention.startYear;
}

/** The whole calendar year: the default period of the indicators. */
export function yearPeriod(year: number): { from: string; to: string } {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

interface Period {
  from: string;
  to: string;
  label: string;
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The last day of a month `YYYY-MM`. */
function lastDay(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

/**
 * The periods the indicators may be asked for in a year (the API refuses any other, so that counts
 * cannot be read from the differences of overlapping periods): the year, its quarters, its months.
 */
export function periodsOf(year: number, t: TFunction<'conventions'>): Period[] {
  const month = (m: number) => `${year}-${String(m).padStart(2, '0')}`;
  return [
    { ...yearPeriod(year), label: t('indicators.periods.year', { year }) },
    ...[1, 2, 3, 4].map((q) => ({
      from: `${month(3 * q - 2)}-01`,
      to: lastDay(month(3 * q)),
      label: t(`indicators.periods.quarter${q}`, { year }),
    })),
    ...Array.from({ length: 12 }, (_, i) => ({
      from: `${month(i + 1)}-01`,
      to: lastDay(month(i + 1)),
      label: capitalised(formatMonth(month(i + 1))),
    })),
  ];
}

export function fileSlug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40)
    .replace(/-$/, '');
}

export function KeyFigure({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <div>
      <Text size="xl" fw={700}>
        {value}
      </Text>
      <Text size="sm">{label}</Text>
      {hint && (
        <Text size="xs" c="gray.7">
          {hint}
        </Text>
      )}
    </div>
  );
}

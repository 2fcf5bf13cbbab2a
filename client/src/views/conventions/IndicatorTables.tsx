import '@mantine/charts/styles.css';
import { Stack, Table, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate, formatMonth, formatNumber } from '../../i18n/format';
import { type IndicatorSet } from './conventionParts';

type Indicator = IndicatorSet['supportIndicators'][number];

const MONTHLY = /^(.*)\.(\d{4}-\d{2})$/;

/**
 * A figure; "s" (statistical secret) when withheld, read out in full to screen readers; a dash when
 * there is none (an average over no item).
 */
function IndicatorValue({ indicator }: { indicator: Indicator | undefined }) {
  const { t } = useTranslation('conventions');
  if (!indicator) return <>—</>;
  if (!indicator.suppressed && indicator.value === null) {
    return (
      <>
        <span aria-hidden>—</span>
        <VisuallyHidden>{t('indicators.noValue')}</VisuallyHidden>
      </>
    );
  }
  if (!indicator.suppressed) return <>{formatNumber(indicator.value)}</>;
  return (
    <>
      <span aria-hidden title={t('indicators.suppressedLabel')}>
        {t('indicators.suppressed')}
      </span>
      <VisuallyHidden>{t('indicators.suppressedLabel')}</VisuallyHidden>
    </>
  );
}

/**
 * One list of indicators: the figures of the period in one table, and the month-end series (keys
 * ending in `.YYYY-MM`) in a second one, a row a month and a column a figure.
 */
export function IndicatorTables({
  title,
  rows,
  from,
  to,
}: {
  title: string;
  rows: Indicator[];
  from: string;
  to: string;
}) {
  const { t } = useTranslation('conventions');
  const plain: Indicator[] = [];
  const series = new Map<string, { label: string; byMonth: Map<string, Indicator> }>();
  const months = new Set<string>();
  for (const indicator of rows) {
    const match = MONTHLY.exec(indicator.key);
    if (!match) {
      plain.push(indicator);
      continue;
    }
    const [, base, month] = match;
    months.add(month);
    const entry = series.get(base) ?? {
      label: indicator.label.replace(new RegExp(`\\s*(fin|en)?\\s*${month}$`), ''),
      byMonth: new Map<string, Indicator>(),
    };
    entry.byMonth.set(month, indicator);
    series.set(base, entry);
  }
  const period = { from: formatDate(from), to: formatDate(to) };
  return (
    <Stack gap="sm">
      {plain.length > 0 && (
        <Table striped data-testid="indicator-group">
          <Table.Caption c="gray.7">{t('indicators.caption', { group: title, ...period })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('indicators.indicator')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('indicators.value')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {plain.map((indicator) => (
              <Table.Tr
                key={indicator.key}
                data-testid="indicator"
                data-key={indicator.key}
                data-suppressed={indicator.suppressed ? 'true' : 'false'}
              >
                <Table.Th scope="row" fw={400}>
                  {indicator.label}
                </Table.Th>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  <IndicatorValue indicator={indicator} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {series.size > 0 && (
        <Table.ScrollContainer minWidth={480}>
          <Table striped data-testid="indicator-series">
            <Table.Caption c="gray.7">
              {t('indicators.seriesCaption', { group: title, ...period })}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('indicators.monthEnd')}</Table.Th>
                {[...series.entries()].map(([base, entry]) => (
                  <Table.Th key={base} scope="col" ta="right">
                    {entry.label}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {[...months].sort().map((month) => (
                <Table.Tr key={month}>
                  <Table.Th scope="row" fw={400}>
                    {formatMonth(month)}
                  </Table.Th>
                  {[...series.entries()].map(([base, entry]) => {
                    const indicator = entry.byMonth.get(month);
                    return (
                      <Table.Td
                        key={base}
                        ta="right"
                        data-testid="indicator"
                        data-key={indicator?.key}
                        data-suppressed={indicator?.suppressed ? 'true' : 'false'}
                      >
                        <IndicatorValue indicator={indicator} />
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

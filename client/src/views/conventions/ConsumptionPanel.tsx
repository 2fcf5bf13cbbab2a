import '@mantine/charts/styles.css';
import { useQuery } from '@apollo/client/react';
import { LineChart } from '@mantine/charts';
import {
  Anchor,
  Badge,
  Card,
  Group,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { can } from '../../auth/permissions';
import { useUser } from '../../auth/session';
import { Loading } from '../../components/Loading';
import { QueryErrors } from '../../components/QueryErrors';
import { graphql } from '../../gql';
import { formatMoney, formatMonth, formatNumber, formatPercent, today } from '../../i18n/format';
import { type Convention, KeyFigure, type Level, sub } from './conventionParts';

// Asked only for one of the convention's years: any other year is refused by the API.
const CONVENTION_YEAR = graphql(`
  query ConventionYear($id: ID!, $year: Int!) {
    convention(id: $id) {
      id
      consumption(year: $year) {
        year
        plannedMeasureMonths
        plannedCostCents
        unitCostCents
        consumedMeasureMonths
        consumedCents
        projectedMeasureMonths
        freePlaces
        shares {
          funder {
            id
            name
          }
          sharePercent
          plannedCents
          requestedCents
          grantedCents
          paidCents
          dueCents
          underGranted
          overPaid
        }
      }
      measureMonths(year: $year) {
        year
        total
        byMonth
        projectedByMonth
      }
    }
  }
`);

export function ConsumptionPanel({
  convention,
  year,
  level,
}: {
  convention: Convention;
  year: number;
  level: Level;
}) {
  const { t } = useTranslation('conventions');
  const { role } = useUser();
  const { data, error, loading } = useQuery(CONVENTION_YEAR, { variables: { id: convention.id, year } });
  const consumption = data?.convention.consumption;
  const byMonth = data?.convention.measureMonths?.byMonth;
  const projectedByMonth = data?.convention.measureMonths?.projectedByMonth;
  const titleId = `consumption-title-${convention.id}`;

  const now = today();
  const thisYear = Number(now.slice(0, 4));
  const thisMonth = Number(now.slice(5, 7));
  const chart =
    consumption && byMonth && projectedByMonth
      ? (() => {
          // The months begun: all of a past year, none of a year to come, this year's to this month.
          const consumedUntil = year < thisYear ? 12 : year > thisYear ? 0 : thisMonth;
          let cumulative = 0;
          let projected = 0;
          return byMonth.map((count, index) => {
            const month = index + 1;
            cumulative += count;
            projected += projectedByMonth[index];
            return {
              month,
              // The year is in the title: the axis reads better with the month alone.
              label: formatMonth(`${year}-${String(month).padStart(2, '0')}`).replace(` ${year}`, ''),
              monthly: month <= consumedUntil ? count : null,
              consumed: month <= consumedUntil ? cumulative : null,
              planned: Math.round((consumption.plannedMeasureMonths * month) / 12),
              // From this month on: the households followed today, carried to their end or the year's.
              projection: year === thisYear && month >= thisMonth ? projected : null,
            };
          });
        })()
      : undefined;

  const series = [
    { name: 'planned', label: t('consumption.series.planned'), color: 'gray.6', strokeDasharray: '5 5' },
    { name: 'consumed', label: t('consumption.series.consumed'), color: 'teal.8' },
    ...(year === thisYear
      ? [
          {
            name: 'projection',
            label: t('consumption.series.projection'),
            color: 'orange.9',
            strokeDasharray: '2 4',
          },
        ]
      : []),
  ];

  return (
    <Card withBorder component="section" aria-labelledby={titleId} data-testid="consumption">
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={level} size="h4" id={titleId}>
            {t('consumption.title', { year })}
          </Title>
          {can(role, 'indicators.read') && (
            <Anchor
              component={Link}
              to={`/conventions/${convention.id}/rapport/${year}`}
              size="sm"
              data-testid="annual-report-link"
            >
              {t('report.link', { year })}
            </Anchor>
          )}
        </Group>
        <QueryErrors error={error} />
        {loading && !consumption && <Loading />}
        {consumption && (
          <>
            <SimpleGrid cols={{ base: 2, md: 3, xl: 6 }} spacing="md" data-testid="consumption-figures">
              <KeyFigure
                label={t('consumption.planned')}
                value={formatNumber(consumption.plannedMeasureMonths)}
              />
              <KeyFigure
                label={t('consumption.consumed')}
                value={formatNumber(consumption.consumedMeasureMonths)}
                hint={t('consumption.ofPlanned', {
                  percent: formatPercent(
                    consumption.plannedMeasureMonths
                      ? consumption.consumedMeasureMonths / consumption.plannedMeasureMonths
                      : 0,
                  ),
                })}
              />
              <KeyFigure
                label={t('consumption.projected')}
                value={formatNumber(consumption.projectedMeasureMonths)}
              />
              <KeyFigure
                label={t('consumption.freePlaces')}
                value={formatNumber(consumption.freePlaces)}
                hint={t('consumption.freePlacesHint')}
              />
              <KeyFigure
                label={t('consumption.consumedAmount')}
                value={formatMoney(consumption.consumedCents)}
              />
              <KeyFigure
                label={t('consumption.plannedAmount')}
                value={formatMoney(consumption.plannedCostCents, { whole: true })}
              />
            </SimpleGrid>
            {chart && (
              <Stack gap="xs" data-testid="consumption-chart">
                <Title order={sub(level)} size="h5">
                  {t('consumption.chartTitle')}
                </Title>
                <Text size="sm" c="gray.7">
                  {t('consumption.chartSummary', {
                    year,
                    consumed: formatNumber(consumption.consumedMeasureMonths),
                    planned: formatNumber(consumption.plannedMeasureMonths),
                    projected: formatNumber(consumption.projectedMeasureMonths),
                  })}
                </Text>
                {/* The picture of the table below, which screen readers get instead. */}
                <div aria-hidden>
                  <LineChart
                    h={260}
                    data={chart}
                    dataKey="label"
                    series={series}
                    withLegend
                    connectNulls={false}
                    curveType="linear"
                    tickLine="none"
                    gridAxis="y"
                    valueFormatter={(value) => formatNumber(value)}
                    accessibilityLayer={false}
                  />
                </div>
                <VisuallyHidden>
                  <table>
                    <caption>{t('consumption.tableCaption', { year })}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('consumption.month')}</th>
                        <th scope="col">{t('consumption.monthly')}</th>
                        <th scope="col">{t('consumption.cumulative')}</th>
                        <th scope="col">{t('consumption.plannedCumulative')}</th>
                        {year === thisYear && <th scope="col">{t('consumption.projection')}</th>}
                      </tr>
                    </thead>
                    <tbody>
                      {chart.map((row) => (
                        <tr key={row.month}>
                          <th scope="row">{row.label}</th>
                          <td>{formatNumber(row.monthly)}</td>
                          <td>{formatNumber(row.consumed)}</td>
                          <td>{formatNumber(row.planned)}</td>
                          {year === thisYear && <td>{formatNumber(row.projection)}</td>}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </VisuallyHidden>
              </Stack>
            )}
            {consumption.shares.length > 0 && (
              <Stack gap="xs">
                <Title order={sub(level)} size="h5">
                  {t('consumption.sharesTitle', { year })}
                </Title>
                <Table.ScrollContainer minWidth={760}>
                  <Table striped data-testid="consumption-shares">
                    <Table.Caption c="gray.7">{t('consumption.sharesCaption', { year })}</Table.Caption>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col">{t('consumption.funder')}</Table.Th>
                        <Table.Th scope="col" ta="right">
                          {t('consumption.share')}
                        </Table.Th>
                        <Table.Th scope="col" ta="right">
                          {t('consumption.plannedShare')}
                        </Table.Th>
                        <Table.Th scope="col" ta="right">
                          {t('consumption.requested')}
                        </Table.Th>
                        <Table.Th scope="col" ta="right">
                          {t('consumption.granted')}
                        </Table.Th>
                        <Table.Th scope="col" ta="right">
                          {t('consumption.paid')}
                        </Table.Th>
                        <Table.Th scope="col" ta="right">
                          {t('consumption.due')}
                        </Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {consumption.shares.map((share) => (
                        <Table.Tr key={share.funder.id}>
                          <Table.Th scope="row" fw={500}>
                            {share.funder.name}
                            {share.underGranted && (
                              <Badge ml="xs" color="red.9" variant="outline" tt="none">
                                {t('consumption.underGranted')}
                              </Badge>
                            )}
                            {share.overPaid && (
                              <Badge
                                ml="xs"
                                color="red.9"
                                variant="outline"
                                tt="none"
                                data-testid="share-over-paid"
                              >
                                {t('consumption.overPaid')}
                              </Badge>
                            )}
                          </Table.Th>
                          <Table.Td ta="right">{formatPercent(share.sharePercent / 100)}</Table.Td>
                          <Table.Td ta="right">{formatMoney(share.plannedCents)}</Table.Td>
                          <Table.Td ta="right">{formatMoney(share.requestedCents)}</Table.Td>
                          <Table.Td ta="right">{formatMoney(share.grantedCents)}</Table.Td>
                          <Table.Td ta="right">{formatMoney(share.paidCents)}</Table.Td>
                          <Table.Td ta="right">{formatMoney(share.dueCents)}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              </Stack>
            )}
          </>
        )}
      </Stack>
    </Card>
  );
}

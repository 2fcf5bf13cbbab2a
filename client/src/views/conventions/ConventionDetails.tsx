import '@mantine/charts/styles.css';
import { useQuery } from '@apollo/client/react';
import { LineChart } from '@mantine/charts';
import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Alert as Notice,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
  type TitleOrder,
  VisuallyHidden,
} from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { can } from '../../auth/permissions';
import { useUser } from '../../auth/session';
import { fetchFromGateway, refusalReason, saveFile } from '../../components/gatewayFiles';
import { Loading } from '../../components/Loading';
import { QueryErrors } from '../../components/QueryErrors';
import { graphql } from '../../gql';
import type { ConventionDetailQuery, ConventionIndicatorsQuery } from '../../gql/graphql';
import { formatDate, formatMoney, formatMonth, formatNumber, formatPercent, today } from '../../i18n/format';
import { FundingHistory } from './FundingHistory';
import { FundingLineActions } from './FundingLineActions';

export const CONVENTION_DETAIL = graphql(`
  query ConventionDetail($id: ID!) {
    convention(id: $id) {
      id
      name
      programme
      holder
      partner
      startYear
      endYear
      years
      plannedHouseholdsPerYear
      annualCostCents
      plannedMeasureMonthsPerYear
      unitCostCents
      fundingLines {
        id
        version
        year
        sharePercent
        plannedCents
        requestedCents
        grantedCents
        paidCents
        status
        requestedAt
        grantedAt
        paidAt
        funder {
          id
          name
          kind
        }
        history {
          id
          kind
          at
          by
          byUser {
            id
            displayName
          }
          reason
          statusBefore
          statusAfter
          requestedCentsBefore
          requestedCentsAfter
          grantedCentsBefore
          grantedCentsAfter
          paidCentsBefore
          paidCentsAfter
        }
      }
      evaluations {
        id
        level
        authorOrganisation
        date
        departmentOpinion
        relevance
        reproducibility
        regionalOpinion
        text
      }
    }
  }
`);

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

const CONVENTION_INDICATORS = graphql(`
  query ConventionIndicators($id: ID!, $from: String!, $to: String!) {
    indicators(conventionId: $id, from: $from, to: $to) {
      conventionId
      from
      to
      supportIndicators {
        key
        label
        value
        suppressed
      }
      householdIndicators {
        key
        label
        value
        suppressed
      }
      housingIndicators {
        key
        label
        value
        suppressed
      }
      financingIndicators {
        key
        label
        value
        suppressed
      }
    }
  }
`);

type Convention = ConventionDetailQuery['convention'];
type IndicatorSet = ConventionIndicatorsQuery['indicators'];
type Level = 2 | 3;

/** Badges that keep their whole label in narrow cells. */
const WHOLE_BADGE = { root: { maxWidth: 'none', flexShrink: 0 }, label: { overflow: 'visible' } };

const sub = (level: Level): TitleOrder => (level + 1) as TitleOrder;

/** The year shown by default: this year when the convention covers it, else its nearest year. */
function defaultYear(convention: Convention): number {
  const year = Number(today().slice(0, 4));
  if (convention.years.includes(year)) return year;
  return year > convention.endYear ? convention.endYear : convention.startYear;
}

/** The whole calendar year: the default period of the indicators. */
function yearPeriod(year: number): { from: string; to: string } {
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
function periodsOf(year: number, t: TFunction<'conventions'>): Period[] {
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

function fileSlug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40)
    .replace(/-$/, '');
}

function KeyFigure({ label, value, hint }: { label: string; value: string; hint?: string }) {
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

function Facts({ convention }: { convention: Convention }) {
  const { t } = useTranslation('conventions');
  const facts: [string, string][] = [
    [t('header.programme'), convention.programme],
    [t('header.holder'), convention.holder],
    [t('header.partner'), convention.partner],
    [t('header.period'), t('period', { start: convention.startYear, end: convention.endYear })],
    [t('header.plannedHouseholds'), formatNumber(convention.plannedHouseholdsPerYear)],
    [t('header.annualCost'), formatMoney(convention.annualCostCents, { whole: true })],
    [t('header.unitCost'), formatMoney(convention.unitCostCents)],
  ];
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm" component="dl" m={0}>
      {facts.map(([label, value]) => (
        <div key={label}>
          <Text component="dt" size="sm" c="gray.7">
            {label}
          </Text>
          <Text component="dd" m={0} fw={500}>
            {value}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}

function ConsumptionPanel({
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

const FUNDING_COLOR = {
  REQUESTED: 'gray.7',
  TO_BE_REVIEWED: 'violet.9',
  GRANTED: 'blue.8',
  PAID: 'teal.9',
  CANCELLED: 'red.9',
} as const;

function FundingLinesPanel({ convention, level }: { convention: Convention; level: Level }) {
  const { t } = useTranslation('conventions');
  const user = useUser();
  const manages = can(user.role, 'funding.manage');
  const [open, setOpen] = useState<string | null>(null);
  const titleId = `funding-title-${convention.id}`;
  const columns = manages ? 8 : 7;
  return (
    <Card withBorder component="section" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Title order={level} size="h4" id={titleId}>
          {t('funding.title')}
        </Title>
        {convention.fundingLines.length === 0 ? (
          <Text>{t('funding.empty')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table striped highlightOnHover data-testid="funding-lines">
              <Table.Caption c="gray.7">{t('funding.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('funding.year')}</Table.Th>
                  <Table.Th scope="col">{t('funding.funder')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('funding.share')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('funding.requested')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('funding.granted')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('funding.paid')}
                  </Table.Th>
                  <Table.Th scope="col">{t('funding.status')}</Table.Th>
                  {manages && <Table.Th scope="col">{t('funding.actions')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {convention.fundingLines.map((line) => (
                  <Fragment key={line.id}>
                    <Table.Tr data-testid="funding-line" data-status={line.status} data-line-id={line.id}>
                      <Table.Td>{line.year}</Table.Td>
                      <Table.Td>
                        <Stack gap={0}>
                          <Text size="sm">{line.funder.name}</Text>
                          <Text size="xs" c="gray.7">
                            {t(`common:enums.FunderKind.${line.funder.kind}`)}
                          </Text>
                        </Stack>
                      </Table.Td>
                      <Table.Td ta="right">{formatPercent(line.sharePercent / 100)}</Table.Td>
                      <Table.Td ta="right">{formatMoney(line.requestedCents)}</Table.Td>
                      <Table.Td ta="right">{formatMoney(line.grantedCents)}</Table.Td>
                      <Table.Td ta="right">{formatMoney(line.paidCents)}</Table.Td>
                      <Table.Td>
                        <Stack gap={2} align="flex-start">
                          <Badge
                            color={FUNDING_COLOR[line.status]}
                            variant="outline"
                            tt="none"
                            styles={WHOLE_BADGE}
                          >
                            {t(`common:enums.FundingStatus.${line.status}`)}
                          </Badge>
                          <Text size="xs" c="gray.7">
                            {line.paidAt
                              ? t('funding.paidAt', { date: formatDate(line.paidAt) })
                              : line.grantedAt
                                ? t('funding.grantedAt', { date: formatDate(line.grantedAt) })
                                : t('funding.requestedAt', { date: formatDate(line.requestedAt) })}
                          </Text>
                          <Button
                            size="compact-xs"
                            variant="default"
                            aria-expanded={open === line.id}
                            aria-controls={`funding-history-${line.id}`}
                            onClick={() => setOpen(open === line.id ? null : line.id)}
                            data-testid="funding-history-toggle"
                          >
                            {t('history.toggle', { count: line.history.length })}
                          </Button>
                        </Stack>
                      </Table.Td>
                      {manages && (
                        <Table.Td>
                          <FundingLineActions line={line} />
                        </Table.Td>
                      )}
                    </Table.Tr>
                    {open === line.id && (
                      <Table.Tr id={`funding-history-${line.id}`}>
                        <Table.Td colSpan={columns}>
                          <FundingHistory history={line.history} testId="funding-history" />
                        </Table.Td>
                      </Table.Tr>
                    )}
                  </Fragment>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Card>
  );
}

function EvaluationsPanel({ convention, level }: { convention: Convention; level: Level }) {
  const { t } = useTranslation('conventions');
  const titleId = `evaluations-title-${convention.id}`;
  return (
    <Card withBorder component="section" aria-labelledby={titleId} data-testid="evaluations">
      <Stack gap="sm">
        <Title order={level} size="h4" id={titleId}>
          {t('evaluations.title')}
        </Title>
        {convention.evaluations.length === 0 && <Text>{t('evaluations.empty')}</Text>}
        {convention.evaluations.map((evaluation) => {
          const fields: [string, string | null | undefined][] = [
            [t('evaluations.departmentOpinion'), evaluation.departmentOpinion],
            [t('evaluations.relevance'), evaluation.relevance],
            [
              t('evaluations.reproducibility'),
              evaluation.reproducibility && t(`common:enums.Reproducibility.${evaluation.reproducibility}`),
            ],
            [
              t('evaluations.regionalOpinion'),
              evaluation.regionalOpinion && t(`common:enums.RegionalOpinion.${evaluation.regionalOpinion}`),
            ],
            [t('evaluations.text'), evaluation.text],
          ];
          return (
            <Card key={evaluation.id} withBorder padding="sm" component="article" data-testid="evaluation">
              <Stack gap="xs">
                <Title order={sub(level)} size="h5">
                  {t('evaluations.heading', {
                    level: t(`common:enums.EvaluationLevel.${evaluation.level}`),
                    organisation: evaluation.authorOrganisation,
                    date: formatDate(evaluation.date),
                  })}
                </Title>
                <Stack gap={6} component="dl" m={0}>
                  {fields
                    .filter(([, value]) => Boolean(value))
                    .map(([label, value]) => (
                      <div key={label}>
                        <Text component="dt" size="sm" fw={600}>
                          {label}
                        </Text>
                        <Text component="dd" m={0} size="sm">
                          {value}
                        </Text>
                      </div>
                    ))}
                </Stack>
              </Stack>
            </Card>
          );
        })}
      </Stack>
    </Card>
  );
}

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
function IndicatorTables({
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

function IndicatorsPanel({
  convention,
  year,
  level,
}: {
  convention: Convention;
  year: number;
  level: Level;
}) {
  const { t } = useTranslation('conventions');
  const [params, setParams] = useSearchParams();
  const [downloadError, setDownloadError] = useState<string>();
  const [downloading, setDownloading] = useState<'csv' | 'xlsx'>();
  const fallback = yearPeriod(year);
  const periods = periodsOf(year, t);
  // A period of the URL that is not one of the year's (an old link, a hand-written one): the year.
  const chosen = periods.find((p) => p.from === params.get('du') && p.to === params.get('au')) ?? periods[0];
  const { from, to } = chosen;
  const { data, error, loading } = useQuery(CONVENTION_INDICATORS, {
    variables: { id: convention.id, from, to },
  });
  const set = data?.indicators;
  const titleId = `indicators-title-${convention.id}`;

  const setPeriod = (period: { from: string; to: string }) => {
    const next = new URLSearchParams(params);
    if (period.from === fallback.from && period.to === fallback.to) {
      next.delete('du');
      next.delete('au');
    } else {
      next.set('du', period.from);
      next.set('au', period.to);
    }
    setParams(next, { replace: true });
  };

  const download = async (format: 'csv' | 'xlsx') => {
    setDownloadError(undefined);
    setDownloading(format);
    try {
      const response = await fetchFromGateway(`/indicators.${format}`, {
        conventionId: convention.id,
        from,
        to,
      });
      if (!response.ok) {
        setDownloadError(t('indicators.downloadFailed', { reason: await refusalReason(response, t) }));
        return;
      }
      await saveFile(
        response,
        t('indicators.fileName', { name: fileSlug(convention.name), from, to, format }),
      );
    } catch {
      setDownloadError(t('indicators.downloadFailed', { reason: t('common:errors.network') }));
    } finally {
      setDownloading(undefined);
    }
  };

  const groups: [string, IndicatorSet['supportIndicators'] | undefined][] = [
    [t('indicators.groups.support'), set?.supportIndicators],
    [t('indicators.groups.households'), set?.householdIndicators],
    [t('indicators.groups.housing'), set?.housingIndicators],
    [t('indicators.groups.financing'), set?.financingIndicators],
  ];

  return (
    <Card withBorder component="section" aria-labelledby={titleId} data-testid="indicators">
      <Stack gap="sm">
        <Title order={level} size="h4" id={titleId}>
          {t('indicators.title')}
        </Title>
        <QueryErrors error={error} />
        <Text size="sm" c="gray.7">
          {t('indicators.intro')}
        </Text>
        <Group justify="space-between" align="flex-end">
          <Select
            label={t('indicators.period')}
            description={t('indicators.periodHint')}
            data={periods.map((p) => ({ value: `${p.from}/${p.to}`, label: p.label }))}
            value={`${from}/${to}`}
            onChange={(value) => {
              const period = periods.find((p) => `${p.from}/${p.to}` === value);
              if (period) setPeriod(period);
            }}
            allowDeselect={false}
            w={260}
            data-testid="indicators-period"
          />
          <Group gap="xs">
            <Button
              variant="outline"
              leftSection={<IconDownload size={16} aria-hidden />}
              onClick={() => void download('csv')}
              loading={downloading === 'csv'}
              aria-label={t('indicators.downloadCsv')}
              data-testid="download-csv"
            >
              {t('indicators.csv')}
            </Button>
            <Button
              variant="outline"
              leftSection={<IconDownload size={16} aria-hidden />}
              onClick={() => void download('xlsx')}
              loading={downloading === 'xlsx'}
              aria-label={t('indicators.downloadXlsx')}
              data-testid="download-xlsx"
            >
              {t('indicators.xlsx')}
            </Button>
          </Group>
        </Group>
        {downloadError && (
          <Notice color="red" variant="light" role="alert" data-testid="download-error">
            {downloadError}
          </Notice>
        )}
        {loading && !set && <Loading />}
        {set && (
          <SimpleGrid cols={{ base: 1, xl: 2 }} spacing="md">
            {groups.map(([title, rows]) =>
              rows ? (
                <Stack key={title} gap={4}>
                  <Title order={sub(level)} size="h5">
                    {title}
                  </Title>
                  {rows.length ? (
                    <IndicatorTables title={title} rows={rows} from={set.from} to={set.to} />
                  ) : (
                    <Text size="sm">{t('indicators.empty')}</Text>
                  )}
                </Stack>
              ) : null,
            )}
          </SimpleGrid>
        )}
      </Stack>
    </Card>
  );
}

/**
 * Everything about one convention a role may read: its terms, a year's consumption against plan
 * with the projection, funding lines, the State services' opinions and, for evaluators and social
 * management, the aggregate indicators with their downloads. The year and period live in the URL.
 */
export function ConventionDetails({
  convention,
  level,
  testId,
}: {
  convention: Convention;
  level: Level;
  testId?: string;
}) {
  const { t } = useTranslation('conventions');
  const user = useUser();
  const [params, setParams] = useSearchParams();
  const requested = Number(params.get('annee'));
  const year = convention.years.includes(requested) ? requested : defaultYear(convention);

  const selectYear = (value: string | null) => {
    const next = new URLSearchParams(params);
    if (!value || Number(value) === defaultYear(convention)) next.delete('annee');
    else next.set('annee', value);
    // The indicators' period follows the year unless chosen again.
    next.delete('du');
    next.delete('au');
    setParams(next, { replace: true });
  };

  return (
    <Stack gap="md" data-testid={testId} data-convention-id={convention.id}>
      <Facts convention={convention} />
      <Select
        label={t('year')}
        data={convention.years.map((y) => ({ value: String(y), label: String(y) }))}
        value={String(year)}
        onChange={selectYear}
        allowDeselect={false}
        w={160}
        data-testid="convention-year"
      />
      <ConsumptionPanel convention={convention} year={year} level={level} />
      <FundingLinesPanel convention={convention} level={level} />
      <EvaluationsPanel convention={convention} level={level} />
      {can(user.role, 'indicators.read') && (
        <IndicatorsPanel convention={convention} year={year} level={level} />
      )}
    </Stack>
  );
}

import '@mantine/charts/styles.css';
import { useQuery } from '@apollo/client/react';
import { BarChart } from '@mantine/charts';
import { Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useUser } from '../../auth/session';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { QueryErrors } from '../../components/QueryErrors';
import { graphql } from '../../gql';
import type { OutreachEffectivenessQuery } from '../../gql/graphql';
import { formatDate, formatNumber, formatPercent } from '../../i18n/format';
import { isIsoDate, lastTwelveMonths, PeriodFields } from './PeriodFields';

const OUTREACH = graphql(`
  query OutreachEffectiveness($from: String!, $to: String!) {
    outreachEffectiveness(from: $from, to: $to) {
      configuration
      timeSlot
      place
      attempts
      meetings
      rate
    }
  }
`);

type OutreachGroup = OutreachEffectivenessQuery['outreachEffectiveness'][number];
type Dimension = 'configuration' | 'timeSlot' | 'place';

// Enum order, so the charts read the same whatever the data.
const ORDER: Record<Dimension, string[]> = {
  configuration: ['PAIR', 'ASSOCIATION_ALONE', 'LANDLORD_ALONE'],
  timeSlot: ['MORNING', 'MIDDAY', 'AFTERNOON', 'EVENING'],
  place: ['HOME', 'NEIGHBOURHOOD', 'OFFICE', 'PARTNER_PREMISES', 'REMOTE'],
};
const ENUM: Record<Dimension, string> = {
  configuration: 'ContactConfiguration',
  timeSlot: 'TimeSlot',
  place: 'ContactPlace',
};

interface Row {
  key: string;
  label: string;
  attempts: number;
  meetings: number;
  rate: number;
}

function aggregate(groups: OutreachGroup[], dimension: Dimension, label: (value: string) => string): Row[] {
  const totals = new Map<string, { attempts: number; meetings: number }>();
  for (const group of groups) {
    const total = totals.get(group[dimension]) ?? { attempts: 0, meetings: 0 };
    total.attempts += group.attempts;
    total.meetings += group.meetings;
    totals.set(group[dimension], total);
  }
  return ORDER[dimension]
    .filter((key) => totals.has(key))
    .map((key) => {
      const { attempts, meetings } = totals.get(key) ?? { attempts: 0, meetings: 0 };
      return { key, label: label(key), attempts, meetings, rate: attempts ? meetings / attempts : 0 };
    });
}

/** One dimension: attempts against meetings as bars, the rate in the labels, the figures in a table. */
function DimensionCard({ dimension, groups }: { dimension: Dimension; groups: OutreachGroup[] }) {
  const { t } = useTranslation('outreach');
  const rows = aggregate(groups, dimension, (value) => t(`common:enums.${ENUM[dimension]}.${value}`));
  const title = t(`by.${dimension}.title`);
  const best = [...rows].sort((a, b) => b.rate - a.rate || b.attempts - a.attempts)[0];
  const titleId = `outreach-${dimension}-title`;
  return (
    <Card
      withBorder
      component="section"
      aria-labelledby={titleId}
      data-testid="outreach-chart"
      data-dimension={dimension}
    >
      <Stack gap="sm">
        <Title order={2} size="h4" id={titleId}>
          {title}
        </Title>
        {best && (
          <>
            {/* The chart is a picture of the table below; the sentence says what it shows. */}
            <div
              role="img"
              aria-label={t('chartSummary', {
                title,
                best: best.label,
                rate: formatPercent(best.rate),
                meetings: formatNumber(best.meetings),
                attempts: formatNumber(best.attempts),
              })}
            >
              <BarChart
                h={240}
                data={rows.map((row) => ({ ...row, label: `${row.label} (${formatPercent(row.rate)})` }))}
                dataKey="label"
                series={[
                  { name: 'attempts', label: t('series.attempts'), color: 'gray.6' },
                  { name: 'meetings', label: t('series.meetings'), color: 'teal.8' },
                ]}
                withLegend
                tickLine="none"
                gridAxis="y"
                valueFormatter={(value) => formatNumber(value)}
                accessibilityLayer={false}
              />
            </div>
            <Table striped>
              <Table.Caption c="gray.7">{t('tableCaption', { title })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t(`by.${dimension}.column`)}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('series.attempts')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('series.meetings')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('series.rate')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={row.key}>
                    <Table.Th scope="row" fw={500}>
                      {row.label}
                    </Table.Th>
                    <Table.Td ta="right">{formatNumber(row.attempts)}</Table.Td>
                    <Table.Td ta="right">{formatNumber(row.meetings)}</Table.Td>
                    <Table.Td ta="right">{formatPercent(row.rate)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </>
        )}
      </Stack>
    </Card>
  );
}

function Combinations({ groups }: { groups: OutreachGroup[] }) {
  const { t } = useTranslation('outreach');
  const rows = [...groups].sort((a, b) => b.rate - a.rate || b.attempts - a.attempts);
  return (
    <Card withBorder component="section" aria-labelledby="outreach-combinations-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="outreach-combinations-title">
          {t('combinations.title')}
        </Title>
        <Text size="sm" c="gray.7">
          {t('combinations.intro')}
        </Text>
        <Table.ScrollContainer minWidth={640}>
          <Table striped highlightOnHover data-testid="outreach-combinations">
            <Table.Caption c="gray.7">{t('combinations.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('by.configuration.column')}</Table.Th>
                <Table.Th scope="col">{t('by.timeSlot.column')}</Table.Th>
                <Table.Th scope="col">{t('by.place.column')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('series.attempts')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('series.meetings')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('series.rate')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={`${row.configuration}-${row.timeSlot}-${row.place}`}>
                  <Table.Td>{t(`common:enums.ContactConfiguration.${row.configuration}`)}</Table.Td>
                  <Table.Td>{t(`common:enums.TimeSlot.${row.timeSlot}`)}</Table.Td>
                  <Table.Td>{t(`common:enums.ContactPlace.${row.place}`)}</Table.Td>
                  <Table.Td ta="right">{formatNumber(row.attempts)}</Table.Td>
                  <Table.Td ta="right">{formatNumber(row.meetings)}</Table.Td>
                  <Table.Td ta="right">{formatPercent(row.rate)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Card>
  );
}

/** Aller vers: which configuration, time slot and place lead to a meeting over a period. */
export default function OutreachView() {
  const { t } = useTranslation('outreach');
  const user = useUser();
  const [params, setParams] = useSearchParams();
  const fallback = lastTwelveMonths();
  const from = isIsoDate(params.get('du')) ? (params.get('du') as string) : fallback.from;
  const to = isIsoDate(params.get('au')) ? (params.get('au') as string) : fallback.to;
  const valid = from <= to;

  const { data, error, loading } = useQuery(OUTREACH, { variables: { from, to }, skip: !valid });
  const groups = data?.outreachEffectiveness;
  const attempts = groups?.reduce((sum, g) => sum + g.attempts, 0) ?? 0;
  const meetings = groups?.reduce((sum, g) => sum + g.meetings, 0) ?? 0;

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

  const description = [t('description'), user.role === 'SUPPORT_WORKER' ? t('descriptionCaseload') : null]
    .filter(Boolean)
    .join(' ');

  return (
    <Page
      title={t('title')}
      description={description}
      actions={
        <PeriodFields
          from={from}
          to={to}
          onChange={setPeriod}
          labels={{ from: t('period.from'), to: t('period.to'), reset: t('period.lastTwelveMonths') }}
          error={valid ? undefined : t('period.invalid')}
          reset={fallback}
          testId="outreach-period"
        />
      }
    >
      <QueryErrors error={error} />
      {loading && !groups && <Loading />}
      {groups && (
        <Card withBorder component="section" aria-labelledby="outreach-summary-title">
          <Stack gap="xs">
            <Title order={2} size="h4" id="outreach-summary-title">
              {t('summary.title')}
            </Title>
            <Text size="sm" c="gray.7">
              {t('summary.period', { from: formatDate(from), to: formatDate(to) })}
            </Text>
            {groups.length === 0 ? (
              <Text>{t('summary.empty')}</Text>
            ) : (
              <Group gap="xl" data-testid="outreach-summary">
                <div>
                  <Text size="xl" fw={700}>
                    {formatNumber(attempts)}
                  </Text>
                  <Text size="sm">{t('summary.attempts')}</Text>
                </div>
                <div>
                  <Text size="xl" fw={700}>
                    {formatNumber(meetings)}
                  </Text>
                  <Text size="sm">{t('summary.meetings')}</Text>
                </div>
                <div>
                  <Text size="xl" fw={700}>
                    {formatPercent(attempts ? meetings / attempts : 0)}
                  </Text>
                  <Text size="sm">{t('summary.rate')}</Text>
                </div>
              </Group>
            )}
          </Stack>
        </Card>
      )}
      {groups && groups.length > 0 && (
        <>
          <SimpleGrid cols={{ base: 1, xl: 3 }} spacing="md">
            <DimensionCard dimension="configuration" groups={groups} />
            <DimensionCard dimension="timeSlot" groups={groups} />
            <DimensionCard dimension="place" groups={groups} />
          </SimpleGrid>
          <Combinations groups={groups} />
        </>
      )}
    </Page>
  );
}

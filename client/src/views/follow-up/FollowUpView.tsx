import { useQuery } from '@apollo/client/react';
import { Badge, Card, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useUser } from '../../auth/session';
import { Loading } from '../../components/Loading';
import { LoadMore } from '../../components/LoadMore';
import { Page } from '../../components/Page';
import { PersonName } from '../../components/PersonName';
import { appendPage } from '../../components/pagination';
import { QueryErrors } from '../../components/QueryErrors';
import { graphql } from '../../gql';
import { currentMonth, formatMonth, formatNumber } from '../../i18n/format';
import { HouseholdLink, PAGE_SIZE } from './HouseholdLink';
import { InspectionPanel } from './InspectionPanel';

const BELOW_FREQUENCY = graphql(`
  query FollowUpBelowFrequency($month: String!, $first: Int!, $after: String) {
    accompanimentsBelowFrequency(month: $month, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          kind
          phase
          supportWorkerId
          supportWorker {
            id
            displayName
          }
          household {
            id
            reference
          }
          compliance(month: $month) {
            month
            required
            done
            shortfall
          }
        }
      }
    }
  }
`);

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The current month and the 23 before it, latest first (YYYY-MM). */
function recentMonths(current: string): string[] {
  const [year, month] = current.split('-').map(Number);
  return Array.from({ length: 24 }, (_, i) => {
    const date = new Date(Date.UTC(year, month - 1 - i, 1));
    return date.toISOString().slice(0, 7);
  });
}

function BelowFrequencyPanel({ month }: { month: string }) {
  const { t } = useTranslation('followUp');
  const { data, error, loading, fetchMore } = useQuery(BELOW_FREQUENCY, {
    variables: { month, first: PAGE_SIZE },
  });
  const connection = data?.accompanimentsBelowFrequency;
  const rows = [...(connection?.edges ?? [])]
    .map((edge) => edge.node)
    .sort((a, b) => (b.compliance?.shortfall ?? 0) - (a.compliance?.shortfall ?? 0));

  const loadMore = () =>
    fetchMore({
      variables: { after: connection?.pageInfo.endCursor },
      updateQuery: appendPage('accompanimentsBelowFrequency'),
    });

  return (
    <Card
      withBorder
      component="section"
      aria-labelledby="below-frequency-title"
      data-testid="below-frequency"
    >
      <Stack gap="sm">
        <Group justify="space-between" align="baseline">
          <Title order={2} size="h4" id="below-frequency-title">
            {t('belowFrequency.title')}
          </Title>
          {connection && (
            <Badge
              color={connection.totalCount ? 'red' : 'teal.9'}
              variant="light"
              tt="none"
              data-testid="below-frequency-count"
            >
              {t('belowFrequency.count', { count: connection.totalCount })}
            </Badge>
          )}
        </Group>
        <QueryErrors error={error} />
        <Text size="sm" c="gray.7">
          {t('belowFrequency.intro', { month: formatMonth(month) })}
        </Text>
        {loading && !connection && <Loading />}
        {connection && rows.length === 0 && <Text>{t('belowFrequency.empty')}</Text>}
        {rows.length > 0 && (
          <Table.ScrollContainer minWidth={720}>
            <Table striped highlightOnHover>
              <Table.Caption c="gray.7">
                {t('belowFrequency.caption', { month: formatMonth(month) })}
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('columns.household')}</Table.Th>
                  <Table.Th scope="col">{t('columns.phase')}</Table.Th>
                  <Table.Th scope="col">{t('columns.supportWorker')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('columns.required')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('columns.done')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('columns.shortfall')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={row.id} data-testid="below-frequency-row" data-accompaniment-id={row.id}>
                    <Table.Td>
                      <HouseholdLink household={row.household} />
                    </Table.Td>
                    <Table.Td>
                      <Stack gap={0}>
                        <Text size="sm">{t(`common:enums.AccompanimentPhase.${row.phase}`)}</Text>
                        <Text size="xs" c="gray.7">
                          {t(`common:enums.AccompanimentKind.${row.kind}`)}
                        </Text>
                      </Stack>
                    </Table.Td>
                    <Table.Td>
                      <PersonName user={row.supportWorker} id={row.supportWorkerId} />
                    </Table.Td>
                    <Table.Td ta="right">{formatNumber(row.compliance?.required)}</Table.Td>
                    <Table.Td ta="right">{formatNumber(row.compliance?.done)}</Table.Td>
                    <Table.Td ta="right">
                      <Badge color="red" variant="light">
                        {t('shortfall', { count: row.compliance?.shortfall ?? 0 })}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {connection?.pageInfo.hasNextPage && (
          <LoadMore
            shown={connection.edges.length}
            total={connection.totalCount}
            hasNextPage
            loading={loading}
            onLoadMore={() => void loadMore()}
          />
        )}
      </Stack>
    </Card>
  );
}

/** Suivi des accompagnements: contact-frequency shortfalls of a month, missing inspection presence. */
export default function FollowUpView() {
  const { t } = useTranslation('followUp');
  const user = useUser();
  const [params, setParams] = useSearchParams();
  const thisMonth = currentMonth();
  const requested = params.get('mois') ?? '';
  const month = MONTH.test(requested) && requested <= thisMonth ? requested : thisMonth;
  const months = recentMonths(thisMonth);
  if (!months.includes(month)) months.push(month);

  const selectMonth = (value: string | null) => {
    const next = new URLSearchParams(params);
    if (!value || value === thisMonth) next.delete('mois');
    else next.set('mois', value);
    setParams(next, { replace: true });
  };

  return (
    <Page
      title={t('title')}
      description={
        user.role === 'SUPPORT_WORKER' ? `${t('description')} ${t('descriptionCaseload')}` : t('description')
      }
      actions={
        <Group>
          <Select
            label={t('month')}
            data={months.map((value) => ({ value, label: formatMonth(value) }))}
            value={month}
            onChange={selectMonth}
            allowDeselect={false}
            w={220}
            data-testid="follow-up-month"
          />
        </Group>
      }
    >
      <BelowFrequencyPanel month={month} />
      <InspectionPanel />
    </Page>
  );
}

import { useQuery } from '@apollo/client/react';
import { Badge, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/Loading';
import { PersonName } from '../../components/PersonName';
import { appendPage } from '../../components/pagination';
import { QueryErrors } from '../../components/QueryErrors';
import { graphql } from '../../gql';
import { formatDate, formatNumber } from '../../i18n/format';
import { HouseholdLink, PAGE_SIZE } from './HouseholdLink';

// No filter on the inspection flag exists: the running accompaniments that can have had a move-in
// inspection (INTEGRATION, FOLLOW_UP) are read by pages of 100 and the flag is checked here.
const INSPECTIONS = graphql(`
  query FollowUpInspections($first: Int!, $after: String) {
    accompaniments(filter: { phases: [INTEGRATION, FOLLOW_UP] }, first: $first, after: $after) {
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
          startDate
          supportWorkerId
          supportWorker {
            id
            displayName
          }
          moveInInspectionWithoutSupportWorker
          household {
            id
            reference
          }
        }
      }
    }
  }
`);

export function InspectionPanel() {
  const { t } = useTranslation('followUp');
  const { data, error, loading, fetchMore } = useQuery(INSPECTIONS, { variables: { first: PAGE_SIZE } });
  const connection = data?.accompaniments;
  const rows = (connection?.edges ?? [])
    .map((edge) => edge.node)
    .filter((node) => node.moveInInspectionWithoutSupportWorker);

  const loadMore = () =>
    fetchMore({
      variables: { after: connection?.pageInfo.endCursor },
      updateQuery: appendPage('accompaniments'),
    });

  return (
    <Card withBorder component="section" aria-labelledby="inspection-title" data-testid="inspection-missing">
      <Stack gap="sm">
        <Group justify="space-between" align="baseline">
          <Title order={2} size="h4" id="inspection-title">
            {t('inspection.title')}
          </Title>
          {connection && (
            <Badge
              color={rows.length ? 'red' : 'teal'}
              variant="light"
              tt="none"
              data-testid="inspection-missing-count"
            >
              {t('inspection.count', { count: rows.length })}
            </Badge>
          )}
        </Group>
        <QueryErrors error={error} />
        <Text size="sm" c="gray.7">
          {t('inspection.intro')}
        </Text>
        {loading && !connection && <Loading />}
        {connection && rows.length === 0 && <Text>{t('inspection.empty')}</Text>}
        {rows.length > 0 && (
          <Table.ScrollContainer minWidth={640}>
            <Table striped highlightOnHover>
              <Table.Caption c="gray.7">{t('inspection.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('columns.household')}</Table.Th>
                  <Table.Th scope="col">{t('columns.phase')}</Table.Th>
                  <Table.Th scope="col">{t('columns.kind')}</Table.Th>
                  <Table.Th scope="col">{t('columns.supportWorker')}</Table.Th>
                  <Table.Th scope="col">{t('columns.startDate')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={row.id} data-testid="inspection-missing-row" data-accompaniment-id={row.id}>
                    <Table.Td>
                      <HouseholdLink household={row.household} />
                    </Table.Td>
                    <Table.Td>{t(`common:enums.AccompanimentPhase.${row.phase}`)}</Table.Td>
                    <Table.Td>{t(`common:enums.AccompanimentKind.${row.kind}`)}</Table.Td>
                    <Table.Td>
                      <PersonName user={row.supportWorker} id={row.supportWorkerId} />
                    </Table.Td>
                    <Table.Td>{formatDate(row.startDate)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {connection && (
          <Group>
            <Text size="sm" c="gray.7">
              {t('inspection.examined', {
                count: connection.edges.length,
                examined: formatNumber(connection.edges.length),
                total: formatNumber(connection.totalCount),
              })}
            </Text>
            {connection.pageInfo.hasNextPage && (
              <Button variant="light" size="xs" onClick={() => void loadMore()} loading={loading}>
                {t('inspection.examineMore')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Card>
  );
}

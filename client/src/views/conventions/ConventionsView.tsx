import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/navigation';
import { can } from '../../auth/permissions';
import { useUser } from '../../auth/session';
import { Loading } from '../../components/Loading';
import { LoadMore } from '../../components/LoadMore';
import { Page } from '../../components/Page';
import { appendPage } from '../../components/pagination';
import { QueryErrors } from '../../components/QueryErrors';
import { graphql } from '../../gql';
import type { ConventionsListQuery } from '../../gql/graphql';
import { formatMoney, formatNumber, today } from '../../i18n/format';
import { CreateConventionForm } from '../funding/CreateConventionForm';
import { CONVENTION_DETAIL, ConventionDetails } from './ConventionDetails';

const PAGE_SIZE = 50;

const CONVENTIONS = graphql(`
  query ConventionsList($first: Int!, $after: String) {
    conventions(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          programme
          startYear
          endYear
          plannedHouseholdsPerYear
          annualCostCents
          fundingLines {
            id
            funder {
              id
              name
            }
          }
        }
      }
    }
  }
`);

type Status = 'RUNNING' | 'UPCOMING' | 'ENDED';
type ListedConvention = ConventionsListQuery['conventions']['edges'][number]['node'];

const STATUS_COLOR: Record<Status, string> = { RUNNING: 'teal.9', UPCOMING: 'blue.8', ENDED: 'gray.7' };

function statusOf(convention: Pick<ListedConvention, 'startYear' | 'endYear'>, year: number): Status {
  if (year < convention.startYear) return 'UPCOMING';
  if (year > convention.endYear) return 'ENDED';
  return 'RUNNING';
}

function fundersOf(convention: ListedConvention): string[] {
  return [...new Set(convention.fundingLines.map((line) => line.funder.name))];
}

/** The running convention, shown in full under the list when it is the only one. */
function RunningConvention({ id }: { id: string }) {
  const { t } = useTranslation('conventions');
  const { data, error, loading } = useQuery(CONVENTION_DETAIL, { variables: { id } });
  const convention = data?.convention;
  return (
    <Card
      withBorder
      component="section"
      aria-labelledby="running-convention-title"
      data-testid="running-convention"
    >
      <Stack gap="md">
        <Group justify="space-between" align="baseline">
          <Title order={2} size="h3" id="running-convention-title">
            {t('running.title', { name: convention?.name ?? '' })}
          </Title>
          <Button
            component={Link}
            to={paths.convention(id)}
            variant="subtle"
            rightSection={<IconArrowRight size={16} aria-hidden />}
          >
            {t('running.open')}
          </Button>
        </Group>
        <QueryErrors error={error} />
        {loading && !convention && <Loading />}
        {convention && <ConventionDetails convention={convention} level={3} />}
      </Stack>
    </Card>
  );
}

/** Conventions: the list, and the running one in full when there is exactly one. */
export default function ConventionsView() {
  const { t } = useTranslation('conventions');
  const { role } = useUser();
  const { data, error, loading, fetchMore } = useQuery(CONVENTIONS, { variables: { first: PAGE_SIZE } });
  const connection = data?.conventions;
  const conventions = connection?.edges.map((edge) => edge.node) ?? [];
  const year = Number(today().slice(0, 4));
  const running = conventions.filter((c) => statusOf(c, year) === 'RUNNING');

  const loadMore = () =>
    fetchMore({
      variables: { after: connection?.pageInfo.endCursor },
      updateQuery: appendPage('conventions'),
    });

  return (
    <Page title={t('title')} description={t('description')}>
      <Card withBorder component="section" aria-labelledby="conventions-list-title">
        <Stack gap="sm">
          <Title order={2} size="h4" id="conventions-list-title">
            {t('list.title')}
          </Title>
          <QueryErrors error={error} />
          {loading && !connection && <Loading />}
          {connection && conventions.length === 0 && <Text>{t('list.empty')}</Text>}
          {conventions.length > 0 && (
            <Table.ScrollContainer minWidth={820}>
              <Table striped highlightOnHover data-testid="conventions-list">
                <Table.Caption c="gray.7">{t('list.caption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('list.name')}</Table.Th>
                    <Table.Th scope="col">{t('list.period')}</Table.Th>
                    <Table.Th scope="col">{t('list.funders')}</Table.Th>
                    <Table.Th scope="col">{t('list.plan')}</Table.Th>
                    <Table.Th scope="col">{t('list.status')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {conventions.map((convention) => {
                    const status = statusOf(convention, year);
                    return (
                      <Table.Tr
                        key={convention.id}
                        data-testid="convention-row"
                        data-convention-id={convention.id}
                        data-status={status}
                      >
                        <Table.Td>
                          <Stack gap={0}>
                            <Anchor component={Link} to={paths.convention(convention.id)}>
                              {convention.name}
                            </Anchor>
                            <Text size="xs" c="gray.7">
                              {convention.programme}
                            </Text>
                          </Stack>
                        </Table.Td>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>
                          {t('period', { start: convention.startYear, end: convention.endYear })}
                        </Table.Td>
                        <Table.Td>
                          {fundersOf(convention).map((name) => (
                            <Text key={name} size="sm">
                              {name}
                            </Text>
                          ))}
                        </Table.Td>
                        <Table.Td>
                          {t('list.planValue', {
                            households: formatNumber(convention.plannedHouseholdsPerYear),
                            cost: formatMoney(convention.annualCostCents, { whole: true }),
                          })}
                        </Table.Td>
                        <Table.Td>
                          <Badge
                            color={STATUS_COLOR[status]}
                            variant="outline"
                            tt="none"
                            styles={{
                              root: { maxWidth: 'none', flexShrink: 0 },
                              label: { overflow: 'visible' },
                            }}
                          >
                            {t(`status.${status}`)}
                          </Badge>
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          {connection?.pageInfo.hasNextPage && (
            <LoadMore
              shown={conventions.length}
              total={connection.totalCount}
              hasNextPage
              loading={loading}
              onLoadMore={() => void loadMore()}
            />
          )}
        </Stack>
      </Card>
      {can(role, 'convention.create') && <CreateConventionForm />}
      {running.length === 1 && <RunningConvention id={running[0].id} />}
    </Page>
  );
}

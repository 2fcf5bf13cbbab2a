import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Group, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { can } from '../../auth/permissions';
import { useUser } from '../../auth/session';
import { Loading } from '../../components/Loading';
import { LoadMore } from '../../components/LoadMore';
import { Page } from '../../components/Page';
import { appendPage } from '../../components/pagination';
import { QueryErrors } from '../../components/QueryErrors';
import { graphql } from '../../gql';
import type { ApplicationFilter } from '../../gql/graphql';
import { useCount } from '../../i18n/counts';
import { MatchingSettingsPanel } from '../matching/MatchingSettingsPanel';
import { AwaitingFilters, type AwaitingFilterValues, TARGET_PUBLICS, TYPOLOGIES } from './AwaitingFilters';
import { AwaitingTable } from './AwaitingTable';

// One page of applications READY_FOR_COMMISSION, each row as the table asks for it (AwaitingRow).
const AWAITING = graphql(`
  query AwaitingCommissionList(
    $filter: ApplicationFilter!
    $first: Int!
    $after: String
    $withTargetPublic: Boolean!
  ) {
    applications(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...AwaitingRow
        }
      }
    }
  }
`);

const PAGE_SIZE = 20;

/** URL parameters of the filters (repeated for several values). */
const PARAMS: Record<keyof AwaitingFilterValues, string> = {
  targetPublics: 'public',
  communes: 'commune',
  typologies: 'typologie',
};

function known<T extends string>(values: string[], allowed: readonly T[]): T[] {
  return values.filter((value): value is T => (allowed as readonly string[]).includes(value));
}

/** Ménages en attente de commission: who is ready, what they want, and the dwellings that fit best. */
export default function AwaitingCommissionView() {
  const { t } = useTranslation('awaiting');
  const count = useCount();
  const user = useUser();
  const withTargetPublic = can(user.role, 'household.targetPublic');
  const [searchParams, setSearchParams] = useSearchParams();
  const values: AwaitingFilterValues = {
    targetPublics: withTargetPublic ? known(searchParams.getAll(PARAMS.targetPublics), TARGET_PUBLICS) : [],
    communes: searchParams.getAll(PARAMS.communes),
    typologies: known(searchParams.getAll(PARAMS.typologies), TYPOLOGIES),
  };

  const filter: ApplicationFilter = {
    statuses: ['READY_FOR_COMMISSION'],
    ...(values.targetPublics.length ? { targetPublics: values.targetPublics } : {}),
    ...(values.communes.length ? { communes: values.communes } : {}),
    ...(values.typologies.length ? { typologies: values.typologies } : {}),
  };
  const { data, error, loading, fetchMore, networkStatus } = useQuery(AWAITING, {
    variables: { filter, first: PAGE_SIZE, withTargetPublic },
  });

  const setFilter = (name: keyof AwaitingFilterValues, chosen: string[]) => {
    const next = new URLSearchParams(searchParams);
    next.delete(PARAMS[name]);
    for (const value of chosen) next.append(PARAMS[name], value);
    setSearchParams(next, { replace: true });
  };
  const resetFilters = () => {
    const next = new URLSearchParams(searchParams);
    for (const name of Object.values(PARAMS)) next.delete(name);
    setSearchParams(next, { replace: true });
  };

  const connection = data?.applications;
  const loadMore = () =>
    fetchMore({
      variables: { after: connection?.pageInfo.endCursor },
      updateQuery: appendPage('applications'),
    });

  return (
    <Page title={t('common:nav.awaitingCommission')} description={t('list.description')}>
      <MatchingSettingsPanel />
      <AwaitingFilters
        values={values}
        withTargetPublic={withTargetPublic}
        onChange={setFilter}
        onReset={resetFilters}
      />
      <Stack component="section" aria-labelledby="awaiting-heading" gap="sm">
        <Group justify="space-between" align="baseline">
          <Title order={2} size="h3" id="awaiting-heading">
            {t('list.heading')}
          </Title>
          {connection && (
            <Text size="sm" c="gray.7" data-testid="awaiting-total" aria-live="polite">
              {t('list.total', { households: count('household', connection.totalCount) })}
            </Text>
          )}
        </Group>
        <QueryErrors error={error} />
        {loading && !connection && <Loading />}
        {connection && connection.edges.length === 0 && <Text c="gray.7">{t('list.empty')}</Text>}
        {connection && connection.edges.length > 0 && (
          <>
            <ScrollArea type="auto">
              <AwaitingTable
                applications={connection.edges.map((edge) => edge.node)}
                withTargetPublic={withTargetPublic}
              />
            </ScrollArea>
            <LoadMore
              shown={connection.edges.length}
              total={connection.totalCount}
              hasNextPage={connection.pageInfo.hasNextPage}
              loading={networkStatus === NetworkStatus.fetchMore}
              onLoadMore={() => void loadMore()}
            />
          </>
        )}
      </Stack>
    </Page>
  );
}

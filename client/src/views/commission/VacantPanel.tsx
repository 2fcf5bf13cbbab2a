import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Card, Group, MultiSelect, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/Loading';
import { LoadMore } from '../../components/LoadMore';
import { appendPage } from '../../components/pagination';
import { QueryErrors } from '../../components/QueryErrors';
import type { DwellingFilter, Typology } from '../../gql/graphql';
import { useCount } from '../../i18n/counts';
import { COMMUNES, PARAMS, Session, TYPOLOGIES, VACANT, VACANT_PAGE_SIZE } from './commission';

import { VacantDwellingCard } from './VacantDwellingCard';

export function VacantPanel({
  session,
  canDecide,
  communes,
  typologies,
  onFilter,
}: {
  session: Session | undefined;
  canDecide: boolean;
  communes: string[];
  typologies: Typology[];
  onFilter: (name: string, values: string[]) => void;
}) {
  const { t } = useTranslation('commission');
  const count = useCount();
  const filter: DwellingFilter = {
    statuses: ['VACANT'],
    ...(communes.length ? { communes } : {}),
    ...(typologies.length ? { typologies } : {}),
  };
  const { data, error, loading, fetchMore, networkStatus } = useQuery(VACANT, {
    variables: { filter, first: VACANT_PAGE_SIZE },
  });
  const communeList = useQuery(COMMUNES);
  const communeOptions = useMemo(() => {
    const all = new Set(communes);
    for (const edge of communeList.data?.residences.edges ?? []) all.add(edge.node.commune);
    return [...all].sort((a, b) => a.localeCompare(b, 'fr'));
  }, [communeList.data, communes]);
  const onSession = useMemo(() => new Set(session?.candidacies.map((c) => c.dwelling?.id)), [session]);

  const connection = data?.dwellings;
  const loadMore = () =>
    fetchMore({
      variables: { after: connection?.pageInfo.endCursor },
      updateQuery: appendPage('dwellings'),
    });

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="vacant-heading">
      <Stack gap="sm">
        <Group justify="space-between" align="baseline">
          <Title order={2} size="h3" id="vacant-heading">
            {t('vacant.heading')}
          </Title>
          {connection && (
            <Text size="sm" c="gray.7" data-testid="vacant-total">
              {t('vacant.total', { dwellings: count('vacantDwelling', connection.totalCount) })}
            </Text>
          )}
        </Group>
        <Group align="flex-end" gap="md" role="group" aria-label={t('vacant.filters')}>
          <MultiSelect
            label={t('vacant.communes')}
            placeholder={communes.length ? undefined : t('vacant.all')}
            data={communeOptions}
            value={communes}
            onChange={(values) => onFilter(PARAMS.commune, values)}
            searchable
            clearable
            w={320}
          />
          <MultiSelect
            label={t('vacant.typologies')}
            placeholder={typologies.length ? undefined : t('vacant.all')}
            data={TYPOLOGIES.map((value) => ({ value, label: t(`common:enums.Typology.${value}`) }))}
            value={typologies}
            onChange={(values) => onFilter(PARAMS.typology, values)}
            clearable
            w={220}
          />
        </Group>
        <QueryErrors error={communeList.error ?? error} />
        {loading && !connection && <Loading />}
        {connection && connection.edges.length === 0 && <Text c="gray.7">{t('vacant.empty')}</Text>}
        {connection && connection.edges.length > 0 && (
          <Stack gap="md" role="list" aria-label={t('vacant.ariaLabel')} data-testid="vacant-list">
            {connection.edges.map(({ node }) => (
              <VacantDwellingCard
                key={node.id}
                dwelling={node}
                session={session}
                onSession={onSession.has(node.id)}
                canDecide={canDecide}
              />
            ))}
          </Stack>
        )}
        {connection && connection.edges.length > 0 && (
          <LoadMore
            shown={connection.edges.length}
            total={connection.totalCount}
            hasNextPage={connection.pageInfo.hasNextPage}
            loading={networkStatus === NetworkStatus.fetchMore}
            onLoadMore={() => void loadMore()}
          />
        )}
      </Stack>
    </Card>
  );
}

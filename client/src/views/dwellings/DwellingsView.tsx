import { useQuery } from '@apollo/client/react';
import { Button, Card, Group, MultiSelect, NativeSelect, SimpleGrid, Text, Title } from '@mantine/core';
import { IconChevronLeft, IconChevronRight, IconChevronsLeft, IconFilterOff } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { PAGE_SIZES } from '../../components/DataTable';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { QueryErrors } from '../../components/QueryErrors';
import { graphql } from '../../gql';
import type { Contingent, DwellingFilter, DwellingStatus, Typology } from '../../gql/graphql';
import { formatNumber } from '../../i18n/format';
import { StockForms } from '../stock/StockForms';
import { DwellingsTable } from './DwellingsTable';

const _NO_WRAP = { whiteSpace: 'nowrap' } as const;

const DwellingsListQuery = graphql(`
  query DwellingsList($filter: DwellingFilter, $first: Int!, $after: String) {
    dwellings(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          reference
          typology
          surfaceSqm
          rentCents
          serviceChargesCents
          financingCategory
          lowRent
          contingent
          status
          availableFrom
          residence {
            id
            name
            commune
          }
        }
      }
    }
  }
`);

// The communes to filter on are those of the residences (a short list for one agency).
const DwellingsCommunesQuery = graphql(`
  query DwellingsCommunes {
    residences(first: 100) {
      edges {
        node {
          id
          commune
        }
      }
    }
  }
`);

const STATUSES: DwellingStatus[] = ['VACANT', 'NOTICE_GIVEN', 'OFFERED', 'UNDER_WORKS', 'OCCUPIED'];
const TYPOLOGIES: Typology[] = ['T1', 'T2', 'T3', 'T4', 'T5', 'T6'];
const CONTINGENTS: Contingent[] = ['PREFECTURE', 'LANDLORD', 'CITY', 'EMPLOYER'];

/** URL parameters (French, so a bookmarked address reads well). */
const PARAM = {
  statuses: 'statut',
  typologies: 'typologie',
  communes: 'commune',
  contingents: 'contingent',
  after: 'apres',
  page: 'page',
  size: 'taille',
} as const;

const DEFAULT_PAGE_SIZE = 20;

type FilterKey = 'statuses' | 'typologies' | 'communes' | 'contingents';

/** Cursors of the pages before the current one, kept in the history entry (not in the URL). */
interface PagingState {
  previous?: (string | null)[];
}

function allowed<T extends string>(values: string[], known: readonly T[]): T[] {
  return values.filter((v): v is T => (known as readonly string[]).includes(v));
}

export default function DwellingsView() {
  const { t } = useTranslation('dwellings');
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const location = useLocation();
  const previous = (location.state as PagingState | null)?.previous ?? [];

  const selected = {
    statuses: allowed(params.getAll(PARAM.statuses), STATUSES),
    typologies: allowed(params.getAll(PARAM.typologies), TYPOLOGIES),
    communes: params.getAll(PARAM.communes),
    contingents: allowed(params.getAll(PARAM.contingents), CONTINGENTS),
  };
  const askedSize = Number(params.get(PARAM.size));
  const pageSize = PAGE_SIZES.includes(askedSize) ? askedSize : DEFAULT_PAGE_SIZE;
  const after = params.get(PARAM.after);
  const page = Math.max(1, Number(params.get(PARAM.page)) || 1);

  const filter: DwellingFilter = {};
  if (selected.statuses.length) filter.statuses = selected.statuses;
  if (selected.typologies.length) filter.typologies = selected.typologies;
  if (selected.communes.length) filter.communes = selected.communes;
  if (selected.contingents.length) filter.contingents = selected.contingents;

  const { data, error, loading } = useQuery(DwellingsListQuery, {
    variables: { filter, first: pageSize, after },
  });
  const communesResult = useQuery(DwellingsCommunesQuery, { fetchPolicy: 'cache-first' });

  const communes = useMemo(
    () =>
      [...new Set((communesResult.data?.residences.edges ?? []).map((e) => e.node.commune))].sort((a, b) =>
        a.localeCompare(b, 'fr'),
      ),
    [communesResult.data],
  );

  /** A filter change starts again from the first page. */
  const setFilter = (key: FilterKey, values: string[]) => {
    const next = new URLSearchParams(params);
    next.delete(PARAM[key]);
    for (const value of values) next.append(PARAM[key], value);
    next.delete(PARAM.after);
    next.delete(PARAM.page);
    setParams(next);
  };
  const resetFilters = () => setParams(new URLSearchParams());
  const hasFilters = Object.values(selected).some((values) => values.length > 0);

  const goToPage = (cursor: string | null, number: number, stack: (string | null)[]) => {
    const next = new URLSearchParams(params);
    if (cursor) next.set(PARAM.after, cursor);
    else next.delete(PARAM.after);
    if (number > 1) next.set(PARAM.page, String(number));
    else next.delete(PARAM.page);
    navigate({ search: next.toString() }, { state: { previous: stack } satisfies PagingState });
  };

  /** Another page size starts again from the first page. */
  const setPageSize = (size: number) => {
    const next = new URLSearchParams(params);
    next.set(PARAM.size, String(size));
    next.delete(PARAM.after);
    next.delete(PARAM.page);
    setParams(next);
  };

  const connection = data?.dwellings;
  const rows = connection?.edges ?? [];
  const firstShown = (page - 1) * pageSize + 1;
  const pageCount = Math.max(1, Math.ceil((connection?.totalCount ?? 0) / pageSize));

  const options = (enumName: string, values: readonly string[]) =>
    values.map((value) => ({ value, label: t(`common:enums.${enumName}.${value}`) }));

  return (
    <Page title={t('list.title')} description={t('list.description')}>
      <StockForms />
      <Card withBorder component="section" aria-labelledby="dwellings-filters-title">
        <Title order={2} size="h4" id="dwellings-filters-title" mb="sm">
          {t('list.filtersTitle')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
          <MultiSelect
            label={t('list.filters.statuses')}
            placeholder={selected.statuses.length ? undefined : t('list.filters.any')}
            data={options('DwellingStatus', STATUSES)}
            value={selected.statuses}
            onChange={(values) => setFilter('statuses', values)}
            clearable
            data-testid="dwellings-filter-status"
          />
          <MultiSelect
            label={t('list.filters.typologies')}
            placeholder={selected.typologies.length ? undefined : t('list.filters.any')}
            data={options('Typology', TYPOLOGIES)}
            value={selected.typologies}
            onChange={(values) => setFilter('typologies', values)}
            clearable
            data-testid="dwellings-filter-typology"
          />
          <MultiSelect
            label={t('list.filters.communes')}
            placeholder={selected.communes.length ? undefined : t('list.filters.any')}
            data={[...new Set([...communes, ...selected.communes])]}
            value={selected.communes}
            onChange={(values) => setFilter('communes', values)}
            searchable
            clearable
            data-testid="dwellings-filter-commune"
          />
          <MultiSelect
            label={t('list.filters.contingents')}
            placeholder={selected.contingents.length ? undefined : t('list.filters.any')}
            data={options('Contingent', CONTINGENTS)}
            value={selected.contingents}
            onChange={(values) => setFilter('contingents', values)}
            clearable
            data-testid="dwellings-filter-contingent"
          />
        </SimpleGrid>
        {hasFilters && (
          <Group mt="sm">
            <Button
              variant="subtle"
              size="compact-sm"
              leftSection={<IconFilterOff size={16} aria-hidden />}
              onClick={resetFilters}
            >
              {t('list.filters.reset')}
            </Button>
          </Group>
        )}
      </Card>

      <QueryErrors error={error ?? communesResult.error} />

      {connection && (
        <Group justify="space-between" aria-live="polite">
          <Text fw={600} data-testid="dwellings-total">
            {t('list.total', {
              count: connection.totalCount,
              formatted: formatNumber(connection.totalCount),
            })}
          </Text>
          {rows.length > 0 && (
            <Text size="sm" c="dimmed">
              {t('list.range', {
                from: formatNumber(firstShown),
                to: formatNumber(firstShown + rows.length - 1),
              })}
            </Text>
          )}
        </Group>
      )}

      {loading && !connection ? (
        <Loading />
      ) : (
        connection && <DwellingsTable rows={rows.map((edge) => edge.node)} />
      )}

      {connection && connection.totalCount > 0 && (
        <Group component="nav" aria-label={t('list.pagination')} justify="space-between">
          <Group gap="xs">
            <Button
              variant="default"
              leftSection={<IconChevronsLeft size={16} aria-hidden />}
              disabled={!after}
              onClick={() => goToPage(null, 1, [])}
            >
              {t('list.first')}
            </Button>
            <Button
              variant="default"
              leftSection={<IconChevronLeft size={16} aria-hidden />}
              disabled={!after || previous.length === 0}
              onClick={() => goToPage(previous[previous.length - 1] ?? null, page - 1, previous.slice(0, -1))}
            >
              {t('list.previous')}
            </Button>
          </Group>
          <Group gap="sm">
            <Text size="sm" c="dimmed" data-testid="dwellings-page">
              {t('dataTable:pageOf', { page, pages: pageCount })}
            </Text>
            <NativeSelect
              aria-label={t('dataTable:pageSize')}
              size="xs"
              data={PAGE_SIZES.map(String)}
              value={String(pageSize)}
              onChange={(event) => setPageSize(Number(event.currentTarget.value))}
              data-testid="dwellings-page-size"
            />
          </Group>
          <Button
            variant="filled"
            rightSection={<IconChevronRight size={16} aria-hidden />}
            disabled={!connection.pageInfo.hasNextPage || loading}
            onClick={() => goToPage(connection.pageInfo.endCursor ?? null, page + 1, [...previous, after])}
            data-testid="dwellings-next"
          >
            {t('list.next')}
          </Button>
        </Group>
      )}
    </Page>
  );
}

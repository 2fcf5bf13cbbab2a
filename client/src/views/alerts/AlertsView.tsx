import { useQuery } from '@apollo/client/react';
import {
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  MultiSelect,
  Alert as Notice,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { can } from '../../auth/permissions';
import { useUser } from '../../auth/session';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { appendPage } from '../../components/pagination';
import { QueryErrors } from '../../components/QueryErrors';
import { graphql } from '../../gql';
import type { AlertStatus, AlertsRowFragment } from '../../gql/graphql';
import { formatNumber } from '../../i18n/format';
import { AlertsTable } from './AlertsTable';
import { byDeadline, OPEN_STATUSES, parseList, SOURCES, STATUSES } from './alerts';
import { MoveAlertModal } from './MoveAlertModal';

const PAGE_SIZE = 50;
const OVERDUE_PAGE_SIZE = 100;

// Overdue alerts first (their own list), then the others latest raised first. Sensitive fields
// (signs, description, arrears, notes) are not even asked for by roles that may not read them.
const INBOX = graphql(`
  query AlertsInbox(
    $statuses: [AlertStatus!]
    $sources: [AlertSource!]
    $overdueOnly: Boolean!
    $details: Boolean!
    $arrearsAmount: Boolean!
    $overdueFirst: Int!
    $overdueAfter: String
    $first: Int!
    $after: String
  ) {
    overdue: alerts(
      filter: { statuses: $statuses, sources: $sources, overdue: true }
      first: $overdueFirst
      after: $overdueAfter
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...AlertsRow
        }
      }
    }
    others: alerts(
      filter: { statuses: $statuses, sources: $sources, overdue: false }
      first: $first
      after: $after
    ) @skip(if: $overdueOnly) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...AlertsRow
        }
      }
    }
  }
`);

/** Alertes: the inbox of signals, overdue triage first; moving them on for those who handle them. */
export default function AlertsView() {
  const { t } = useTranslation('alerts');
  const user = useUser();
  const details = can(user.role, 'accompaniment.details');
  // Arrears amounts are rent data as well as a sensitive detail (docs/access-policy.md).
  const arrearsAmount = details && can(user.role, 'rent.read');
  const mayMove = can(user.role, 'alert.move');
  const [params, setParams] = useSearchParams();
  const [moving, setMoving] = useState<AlertsRowFragment | null>(null);
  const [moved, setMoved] = useState<AlertStatus>();

  const statusParam = params.get('statut');
  const statuses = statusParam === null ? OPEN_STATUSES : parseList(statusParam, STATUSES);
  const sources = parseList(params.get('source'), SOURCES);
  const overdueOnly = params.get('retard') === '1';

  const setParam = (name: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value === null) next.delete(name);
    else next.set(name, value);
    setParams(next, { replace: true });
  };

  const { data, error, loading, fetchMore } = useQuery(INBOX, {
    variables: {
      statuses: statuses.length ? statuses : null,
      sources: sources.length ? sources : null,
      overdueOnly,
      details,
      arrearsAmount,
      overdueFirst: OVERDUE_PAGE_SIZE,
      first: PAGE_SIZE,
    },
  });

  const overdue = data?.overdue;
  const others = overdueOnly ? undefined : data?.others;
  const rows = [
    ...[...(overdue?.edges ?? [])].map((e) => e.node).sort(byDeadline),
    ...(others?.edges ?? []).map((e) => e.node),
  ];
  const total = (overdue?.totalCount ?? 0) + (others?.totalCount ?? 0);
  const hasMore = Boolean(overdue?.pageInfo.hasNextPage || others?.pageInfo.hasNextPage);

  const loadMore = () => {
    if (overdue?.pageInfo.hasNextPage) {
      return fetchMore({
        variables: { overdueAfter: overdue.pageInfo.endCursor },
        updateQuery: appendPage('overdue'),
      });
    }
    return fetchMore({
      variables: { after: others?.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        ...previous,
        others:
          previous.others && fetchMoreResult.others
            ? {
                ...fetchMoreResult.others,
                edges: [...previous.others.edges, ...fetchMoreResult.others.edges],
              }
            : fetchMoreResult.others,
      }),
    });
  };

  const description = [t('description'), user.role === 'SUPPORT_WORKER' ? t('descriptionCaseload') : null]
    .filter(Boolean)
    .join(' ');

  return (
    <Page title={t('title')} description={description}>
      <Card withBorder component="section" aria-labelledby="alerts-filters-title">
        <Stack gap="sm">
          <Title order={2} size="h4" id="alerts-filters-title">
            {t('filters.title')}
          </Title>
          <Group align="flex-end" gap="md">
            <MultiSelect
              label={t('filters.status')}
              placeholder={statuses.length ? undefined : t('filters.statusPlaceholder')}
              data={STATUSES.map((value) => ({ value, label: t(`common:enums.AlertStatus.${value}`) }))}
              value={statuses}
              onChange={(value) => setParam('statut', value.join(','))}
              clearable
              w={360}
              data-testid="alerts-filter-status"
            />
            <MultiSelect
              label={t('filters.source')}
              placeholder={sources.length ? undefined : t('filters.sourcePlaceholder')}
              data={SOURCES.map((value) => ({ value, label: t(`common:enums.AlertSource.${value}`) }))}
              value={sources}
              onChange={(value) => setParam('source', value.length ? value.join(',') : null)}
              clearable
              w={360}
              data-testid="alerts-filter-source"
            />
            <Checkbox
              label={t('filters.overdueOnly')}
              checked={overdueOnly}
              onChange={(event) => setParam('retard', event.currentTarget.checked ? '1' : null)}
              mb={8}
              data-testid="alerts-filter-overdue"
            />
            {params.toString() !== '' && (
              <Button variant="subtle" onClick={() => setParams(new URLSearchParams(), { replace: true })}>
                {t('filters.reset')}
              </Button>
            )}
          </Group>
        </Stack>
      </Card>

      <Card withBorder component="section" aria-labelledby="alerts-inbox-title">
        <Stack gap="sm">
          <Group justify="space-between" align="baseline">
            <Title order={2} size="h4" id="alerts-inbox-title">
              {t('inbox.title')}
            </Title>
            {data && (
              <Group gap="xs">
                <Badge variant="light" color="gray" tt="none" data-testid="alerts-count">
                  {t('inbox.count', { count: total })}
                </Badge>
                {(overdue?.totalCount ?? 0) > 0 && (
                  <Badge variant="light" color="red" tt="none" data-testid="alerts-overdue-count">
                    {t('inbox.overdueCount', { count: overdue?.totalCount ?? 0 })}
                  </Badge>
                )}
              </Group>
            )}
          </Group>
          <QueryErrors error={error} />
          {moved && (
            <Notice
              color="teal"
              variant="light"
              icon={<IconCheck aria-hidden />}
              role="status"
              withCloseButton
              closeButtonLabel={t('common:state.close')}
              onClose={() => setMoved(undefined)}
              data-testid="move-alert-done"
            >
              {t('move.done', { status: t(`common:enums.AlertStatus.${moved}`) })}
            </Notice>
          )}
          {!details && (
            <Text size="sm" c="gray.7">
              {t('hiddenDetails')}
            </Text>
          )}
          {loading && !data && <Loading />}
          {data && rows.length === 0 && <Text>{t('inbox.empty')}</Text>}
          {rows.length > 0 && (
            <AlertsTable rows={rows} details={details} mayMove={mayMove} onMove={setMoving} />
          )}
          {hasMore && (
            <Group>
              <Button variant="light" onClick={() => void loadMore()} loading={loading}>
                {t('inbox.loadMore')}
              </Button>
              <Text size="sm" c="gray.7">
                {t('common:state.shownOf', {
                  count: rows.length,
                  shown: formatNumber(rows.length),
                  total: formatNumber(total),
                })}
              </Text>
            </Group>
          )}
        </Stack>
      </Card>
      {mayMove && (
        <MoveAlertModal
          alert={moving}
          details={details}
          arrearsAmount={arrearsAmount}
          onClose={() => setMoving(null)}
          onMoved={setMoved}
        />
      )}
    </Page>
  );
}

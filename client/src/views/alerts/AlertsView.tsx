import { useMutation, useQuery } from '@apollo/client/react';
import {
  Anchor,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  Modal,
  MultiSelect,
  Alert as Notice,
  Radio,
  Stack,
  Table,
  Text,
  Textarea,
  Timeline,
  Title,
} from '@mantine/core';
import { IconArrowRight, IconCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { paths } from '../../app/navigation';
import { can } from '../../auth/permissions';
import { useUser } from '../../auth/session';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { usePersonLabel } from '../../components/PersonName';
import { appendPage } from '../../components/pagination';
import { QueryErrors, useMutationErrorMessage } from '../../components/QueryErrors';
import { graphql } from '../../gql';
import type { AlertSource, AlertStatus, AlertsRowFragment } from '../../gql/graphql';
import { formatDate, formatDateTime, formatMoney, formatNumber } from '../../i18n/format';

const PAGE_SIZE = 50;
const OVERDUE_PAGE_SIZE = 100;

const STATUSES: AlertStatus[] = ['NEW', 'SHARED_DIAGNOSIS', 'ACTION_AGREED', 'CLOSED'];
const OPEN_STATUSES: AlertStatus[] = ['NEW', 'SHARED_DIAGNOSIS', 'ACTION_AGREED'];
const SOURCES: AlertSource[] = [
  'TENANT_REQUEST',
  'ARREARS_MEETING',
  'LOCAL_STAFF',
  'NEIGHBOUR',
  'FAMILY',
  'PARTNER',
];

/** The moves the accompaniment service allows (ALERT_TRANSITIONS), the usual next step first. */
const NEXT_STATUSES: Record<AlertStatus, AlertStatus[]> = {
  NEW: ['SHARED_DIAGNOSIS', 'CLOSED'],
  SHARED_DIAGNOSIS: ['ACTION_AGREED', 'CLOSED'],
  ACTION_AGREED: ['CLOSED', 'SHARED_DIAGNOSIS'],
  CLOSED: [],
};

const STATUS_COLOR: Record<AlertStatus, string> = {
  NEW: 'blue.8',
  SHARED_DIAGNOSIS: 'violet.8',
  ACTION_AGREED: 'teal.9',
  CLOSED: 'gray.7',
};

const NOTE_MAX = 2000;

/** Mantine's default error and description greys and reds are below the contrast ratio. */
const READABLE_INPUT = {
  error: { color: 'var(--mantine-color-red-9)' },
  description: { color: 'var(--mantine-color-gray-7)' },
  required: { color: 'var(--mantine-color-red-9)' },
  input: { color: 'var(--mantine-color-text)' },
};

const NO_WRAP = { whiteSpace: 'nowrap' } as const;

graphql(`
  fragment AlertsRow on Alert {
    id
    version
    source
    signs @include(if: $details)
    description @include(if: $details)
    status
    raisedAt
    triageDeadline
    overdue
    arrearsMonths @include(if: $details)
    arrearsCents @include(if: $arrearsAmount)
    household {
      id
      reference
    }
    transitions {
      id
      from
      to
      at
      by
      byUser {
        id
        displayName
      }
      note @include(if: $details)
    }
  }
`);

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

const MOVE_ALERT = graphql(`
  mutation AlertsMoveAlert(
    $id: ID!
    $to: AlertStatus!
    $note: String
    $version: Int
    $details: Boolean!
    $arrearsAmount: Boolean!
  ) {
    moveAlert(id: $id, to: $to, note: $note, version: $version) {
      ...AlertsRow
    }
  }
`);

function parseList<T extends string>(value: string | null, allowed: readonly T[]): T[] {
  if (!value) return [];
  return value.split(',').filter((v): v is T => (allowed as readonly string[]).includes(v));
}

function byDeadline(a: AlertsRowFragment, b: AlertsRowFragment): number {
  return a.triageDeadline.localeCompare(b.triageDeadline) || a.raisedAt.localeCompare(b.raisedAt);
}

function StatusBadge({ status }: { status: AlertStatus }) {
  const { t } = useTranslation('alerts');
  return (
    <Badge color={STATUS_COLOR[status]} variant="outline" tt="none">
      {t(`common:enums.AlertStatus.${status}`)}
    </Badge>
  );
}

function MoveAlertModal({
  alert,
  details,
  arrearsAmount,
  onClose,
  onMoved,
}: {
  alert: AlertsRowFragment | null;
  details: boolean;
  arrearsAmount: boolean;
  onClose: () => void;
  onMoved: (status: AlertStatus) => void;
}) {
  const { t } = useTranslation('alerts');
  const personLabel = usePersonLabel();
  const errorMessage = useMutationErrorMessage();
  const options = alert ? NEXT_STATUSES[alert.status] : [];
  const [to, setTo] = useState<AlertStatus | null>(null);
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string>();
  const [move, { loading, error, reset }] = useMutation(MOVE_ALERT, {
    refetchQueries: ['AlertsInbox'],
    awaitRefetchQueries: true,
  });
  const target = to ?? options[0] ?? null;

  const close = () => {
    setTo(null);
    setNote('');
    setNoteError(undefined);
    reset();
    onClose();
  };

  const submit = async () => {
    if (!alert || !target) return;
    const trimmed = note.trim();
    if (!trimmed) return setNoteError(t('move.noteRequired'));
    if (trimmed.length > NOTE_MAX) return setNoteError(t('move.noteTooLong'));
    setNoteError(undefined);
    try {
      // The version read with the row: someone who moved it meanwhile makes this a CONFLICT, not a silent overwrite.
      await move({
        variables: {
          id: alert.id,
          to: target,
          note: trimmed,
          version: alert.version,
          details,
          arrearsAmount,
        },
      });
      onMoved(target);
      close();
    } catch {
      // The message is shown from `error` below.
    }
  };

  return (
    <Modal
      opened={alert !== null}
      onClose={close}
      title={t('move.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common:state.close') }}
    >
      {alert && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
          data-testid="move-alert-form"
        >
          <Stack gap="md">
            <Text size="sm">
              {t('move.household', {
                reference: alert.household?.reference ?? t('unavailableHousehold'),
                date: formatDate(alert.raisedAt),
              })}
            </Text>
            <Group gap="xs">
              <Text size="sm">{t('move.current')}</Text>
              <StatusBadge status={alert.status} />
            </Group>
            {options.length === 0 ? (
              <Text>{t('move.final')}</Text>
            ) : (
              <>
                <Radio.Group
                  label={t('move.to')}
                  value={target}
                  onChange={(value) => setTo(value as AlertStatus)}
                  withAsterisk
                  styles={READABLE_INPUT}
                >
                  <Group mt="xs">
                    {options.map((status) => (
                      <Radio
                        key={status}
                        value={status}
                        label={t(`common:enums.AlertStatus.${status}`)}
                        data-testid={`move-alert-to-${status}`}
                      />
                    ))}
                  </Group>
                </Radio.Group>
                <Textarea
                  label={t('move.note')}
                  description={t('move.noteDescription')}
                  value={note}
                  onChange={(event) => setNote(event.currentTarget.value)}
                  error={noteError}
                  autosize
                  minRows={3}
                  maxLength={NOTE_MAX}
                  withAsterisk
                  styles={READABLE_INPUT}
                  data-testid="move-alert-note"
                />
              </>
            )}
            {error && (
              <Notice color="red" variant="light" role="alert">
                {errorMessage(error)}
              </Notice>
            )}
            {alert.transitions.length > 0 && (
              <Stack gap="xs">
                <Title order={3} size="h5">
                  {t('move.history')}
                </Title>
                <Timeline bulletSize={14} lineWidth={2} active={alert.transitions.length - 1}>
                  {alert.transitions.map((transition) => (
                    <Timeline.Item
                      key={transition.id}
                      title={
                        <Text size="sm" fw={500}>
                          {transition.from
                            ? t('move.historyItem', {
                                to: t(`common:enums.AlertStatus.${transition.to}`),
                                date: formatDateTime(transition.at),
                                by: personLabel(transition.byUser, transition.by),
                              })
                            : t('move.raised', {
                                date: formatDateTime(transition.at),
                                by: personLabel(transition.byUser, transition.by),
                              })}
                        </Text>
                      }
                    >
                      {transition.note && (
                        <Text size="sm" c="gray.7">
                          {transition.note}
                        </Text>
                      )}
                    </Timeline.Item>
                  ))}
                </Timeline>
              </Stack>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common:state.cancel')}
              </Button>
              {options.length > 0 && (
                <Button type="submit" loading={loading} data-testid="move-alert-submit">
                  {t('move.submit')}
                </Button>
              )}
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}

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
            <Table.ScrollContainer minWidth={960}>
              <Table striped highlightOnHover data-testid="alerts-table">
                <Table.Caption c="gray.7">{t('inbox.caption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('columns.household')}</Table.Th>
                    <Table.Th scope="col">{t('columns.source')}</Table.Th>
                    {details && <Table.Th scope="col">{t('columns.signs')}</Table.Th>}
                    <Table.Th scope="col">{t('columns.status')}</Table.Th>
                    <Table.Th scope="col">{t('columns.raisedAt')}</Table.Th>
                    <Table.Th scope="col">{t('columns.deadline')}</Table.Th>
                    {details && <Table.Th scope="col">{t('columns.arrears')}</Table.Th>}
                    {mayMove && <Table.Th scope="col">{t('columns.actions')}</Table.Th>}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((alert) => (
                    <Table.Tr
                      key={alert.id}
                      data-testid="alert-row"
                      data-alert-id={alert.id}
                      data-overdue={alert.overdue ? 'true' : 'false'}
                      data-status={alert.status}
                    >
                      <Table.Td style={NO_WRAP}>
                        {alert.household ? (
                          <Anchor component={Link} to={paths.household(alert.household.id, 'alertes')}>
                            {alert.household.reference}
                          </Anchor>
                        ) : (
                          <Text size="sm" c="dimmed">
                            {t('unavailableHousehold')}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>{t(`common:enums.AlertSource.${alert.source}`)}</Table.Td>
                      {details && (
                        <Table.Td maw={360}>
                          <Stack gap={4}>
                            {alert.signs?.length ? (
                              <Group gap={4}>
                                {alert.signs.map((sign) => (
                                  <Badge key={sign} variant="outline" color="gray.8" tt="none">
                                    {t(`common:enums.AlertSign.${sign}`)}
                                  </Badge>
                                ))}
                              </Group>
                            ) : (
                              <Text size="sm" c="gray.7">
                                {t('noSigns')}
                              </Text>
                            )}
                            {alert.description && (
                              <Text size="xs" c="gray.7" lineClamp={2} title={alert.description}>
                                {alert.description}
                              </Text>
                            )}
                          </Stack>
                        </Table.Td>
                      )}
                      <Table.Td>
                        <StatusBadge status={alert.status} />
                      </Table.Td>
                      <Table.Td style={NO_WRAP}>{formatDate(alert.raisedAt)}</Table.Td>
                      <Table.Td style={NO_WRAP}>
                        <Group gap={6} wrap="nowrap">
                          <Text
                            size="sm"
                            fw={alert.overdue ? 700 : undefined}
                            c={alert.overdue ? 'red.9' : undefined}
                          >
                            {formatDate(alert.triageDeadline)}
                          </Text>
                          {alert.overdue && (
                            <Badge color="red.9" variant="filled" tt="none">
                              {t('overdue')}
                            </Badge>
                          )}
                        </Group>
                      </Table.Td>
                      {details && (
                        <Table.Td>
                          {alert.arrearsMonths == null && alert.arrearsCents == null ? (
                            '—'
                          ) : (
                            <Stack gap={0}>
                              {alert.arrearsMonths != null && (
                                <Text size="sm">{t('arrearsMonths', { count: alert.arrearsMonths })}</Text>
                              )}
                              {alert.arrearsCents != null && (
                                <Text size="sm">{formatMoney(alert.arrearsCents)}</Text>
                              )}
                            </Stack>
                          )}
                        </Table.Td>
                      )}
                      {mayMove && (
                        <Table.Td>
                          {alert.status !== 'CLOSED' && (
                            <Button
                              size="xs"
                              variant="outline"
                              rightSection={<IconArrowRight size={14} aria-hidden />}
                              onClick={() => setMoving(alert)}
                              aria-label={t('move.buttonLabel', {
                                reference: alert.household?.reference ?? t('unavailableHousehold'),
                              })}
                              data-testid="move-alert"
                            >
                              {t('move.button')}
                            </Button>
                          )}
                        </Table.Td>
                      )}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
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

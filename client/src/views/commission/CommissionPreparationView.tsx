import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  List,
  Loader,
  Modal,
  MultiSelect,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconCalendarPlus, IconCheck, IconRefresh } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { paths } from '../../app/navigation';
import { can } from '../../auth/permissions';
import { useUser } from '../../auth/session';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { appendPage } from '../../components/pagination';
import { QueryErrors, useMutationErrorMessage } from '../../components/QueryErrors';
import { type DocumentType, graphql } from '../../gql';
import type {
  CommissionDecision,
  CommissionPreparationSessionsQuery,
  CommissionPreparationVacantQuery,
  DecisionReason,
  DwellingFilter,
  Typology,
} from '../../gql/graphql';
import { formatDate, formatMoney, formatNumber, today } from '../../i18n/format';

const SESSION_FIELDS = graphql(`
  fragment CommissionPreparationSessionFields on Commission {
    id
    sessionDate
    status
    candidacies {
      id
      rank
      decision
      decisionReason
      withdrawnAt
      insufficientDemand
      dwelling {
        id
        reference
        typology
        status
        residence {
          id
          name
          commune
        }
      }
      application {
        id
        status
        registrationNumber
        household {
          id
          reference
          size
        }
      }
    }
  }
`);

// Sessions for the selector: how many dwellings each has needs only the candidacies' dwelling ids.
const SESSIONS = graphql(`
  query CommissionPreparationSessions {
    commissions(first: 50) {
      totalCount
      edges {
        node {
          id
          sessionDate
          status
          candidacies {
            id
            dwelling {
              id
            }
          }
        }
      }
    }
  }
`);

const SESSION = graphql(`
  query CommissionPreparationSession($id: ID!) {
    commission(id: $id) {
      ...CommissionPreparationSessionFields
    }
  }
`);

// Vacant dwellings with their ranked candidates: households ranks the candidates of the whole page
// at once (one loader call per page), from the matching profile housing gives.
const VACANT = graphql(`
  query CommissionPreparationVacant($filter: DwellingFilter!, $first: Int!, $after: String) {
    dwellings(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          reference
          typology
          surfaceSqm
          rentCents
          serviceChargesCents
          contingent
          status
          residence {
            id
            name
            commune
          }
          candidates(first: 3) {
            score
            reasons
            application {
              id
              registrationNumber
              household {
                id
                reference
                size
              }
            }
          }
        }
      }
    }
  }
`);

const COMMUNES = graphql(`
  query CommissionPreparationCommunes {
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

const CREATE = graphql(`
  mutation CommissionPreparationCreate($input: CreateCommissionInput!) {
    createCommission(input: $input) {
      id
      sessionDate
      status
      candidacies {
        id
      }
    }
  }
`);

const PLACE = graphql(`
  mutation CommissionPreparationPlace($input: PlaceDwellingOnCommissionInput!) {
    placeDwellingOnCommission(input: $input) {
      ...CommissionPreparationSessionFields
    }
  }
`);

const DECIDE = graphql(`
  mutation CommissionPreparationDecide($input: RecordCommissionDecisionInput!) {
    recordCommissionDecision(input: $input) {
      id
      decision
      decisionReason
      withdrawnAt
      application {
        id
        status
      }
      commission {
        id
        status
      }
    }
  }
`);

/** The law expects three candidates per dwelling; fewer only when demand is insufficient. */
const CANDIDATES_PER_DWELLING = 3;
const VACANT_PAGE_SIZE = 10;
const TYPOLOGIES: Typology[] = ['T1', 'T2', 'T3', 'T4', 'T5', 'T6'];
const DECISIONS: CommissionDecision[] = [
  'ALLOCATED',
  'ALLOCATED_UNDER_CONDITION',
  'NOT_ALLOCATED',
  'REJECTED',
];
const ALLOCATIONS: CommissionDecision[] = ['ALLOCATED', 'ALLOCATED_UNDER_CONDITION'];

/**
 * The reasons that fit each decision, as the households subgraph checks them
 * (services/households/src/modules/commission/commission.enums.ts, REASONS_BY_DECISION).
 */
const REASONS_BY_DECISION: Record<CommissionDecision, DecisionReason[]> = {
  ALLOCATED: ['RANKED_FIRST', 'NEXT_IN_RANK', 'PRIORITY_HOUSEHOLD', 'OTHER'],
  ALLOCATED_UNDER_CONDITION: [
    'CONDITION_SUPPORT_REQUIRED',
    'CONDITION_SLIDING_LEASE',
    'CONDITION_MISSING_DOCUMENT',
    'OTHER',
  ],
  NOT_ALLOCATED: [
    'HIGHER_RANKED_ALLOCATED',
    'UNSUITED_TYPOLOGY',
    'RESOURCES_INSUFFICIENT',
    'HOUSEHOLD_REFUSED',
    'OTHER',
  ],
  REJECTED: ['INCOMPLETE_FILE', 'RESOURCES_ABOVE_CEILING', 'INELIGIBLE', 'OTHER'],
};

/** How long, after an allocation, the session is polled until housing shows the dwelling OFFERED. */
const OFFER_POLL_MS = 2_000;
const OFFER_WATCH_MS = 30_000;

const PARAMS = { session: 'seance', commune: 'commune', typology: 'typologie' } as const;

type Session = DocumentType<typeof SESSION_FIELDS>;
type SessionCandidacy = Session['candidacies'][number];
type VacantDwelling = CommissionPreparationVacantQuery['dwellings']['edges'][number]['node'];

/**
 * A failed commission mutation in French: the households subgraph's known refusals (by code and
 * the details it adds to `extensions`) get a precise message, anything else the shared one.
 */
function useCommissionErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation('commission');
  const generic = useMutationErrorMessage();
  return (error) => {
    const first = CombinedGraphQLErrors.is(error) ? error.errors[0] : undefined;
    const details = first?.extensions ?? {};
    if (details.code === 'BAD_USER_INPUT') {
      if (details.field === 'sessionDate') return t('errors.sessionDatePast');
      if (details.field === 'reason') return t('errors.reasonNotFitting');
      if (details.field === 'insufficientDemand') return t('errors.insufficientDemand');
      if (details.field === 'candidates') return t('errors.candidates');
    }
    if (details.code === 'CONFLICT') {
      if (typeof details.status === 'string')
        return t('errors.applicationNotReady', {
          status: t(`common:enums.ApplicationStatus.${details.status}`),
        });
      if (details.decision) return t('errors.alreadyDecided');
      if (details.applicationId && details.dwellingId) return t('errors.allocatedElsewhere');
      if (details.dwellingId) return t('errors.alreadyOnSession');
    }
    return generic(error);
  };
}

function residenceLabel(residence: { name: string; commune: string }, t: TFunction<'commission'>): string {
  return residence.name.includes(residence.commune)
    ? residence.name
    : t('vacant.residence', { name: residence.name, commune: residence.commune });
}

export default function CommissionPreparationView() {
  const { t } = useTranslation('commission');
  const user = useUser();
  const canDecide = can(user.role, 'commission.decide');
  const [searchParams, setSearchParams] = useSearchParams();
  const sessionId = searchParams.get(PARAMS.session);

  const setParams = (change: (next: URLSearchParams) => void) => {
    const next = new URLSearchParams(searchParams);
    change(next);
    setSearchParams(next, { replace: true });
  };
  const selectSession = (id: string | null) =>
    setParams((next) => (id ? next.set(PARAMS.session, id) : next.delete(PARAMS.session)));

  const sessions = useQuery(SESSIONS);
  const sessionList = sessions.data?.commissions.edges.map((edge) => edge.node);

  // Without a session in the URL, the next planned one (else the latest) is selected.
  const defaultSessionId = useMemo(() => {
    if (!sessionList?.length) return undefined;
    const upcoming = sessionList
      .filter((s) => s.status === 'PLANNED' && s.sessionDate >= today())
      .sort((a, b) => a.sessionDate.localeCompare(b.sessionDate))[0];
    return (upcoming ?? sessionList[0]).id;
  }, [sessionList]);
  useEffect(() => {
    if (sessionId || !defaultSessionId) return;
    setSearchParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        next.set(PARAMS.session, defaultSessionId);
        return next;
      },
      { replace: true },
    );
  }, [sessionId, defaultSessionId, setSearchParams]);

  const session = useQuery(SESSION, { variables: { id: sessionId ?? '' }, skip: !sessionId });
  // Only the selected session's data: never the previous one's while the new one loads.
  const loaded = session.data?.commission;
  const selected = loaded && loaded.id === sessionId ? loaded : undefined;

  return (
    <Page
      title={t('common:nav.commissionPreparation')}
      description={
        <Text span inherit c="gray.7">
          {t('description')}
        </Text>
      }
    >
      {!canDecide && (
        <Alert variant="outline" color="gray.8" data-testid="read-only">
          {t('readOnly')}
        </Alert>
      )}
      <SessionsPanel
        sessions={sessionList}
        error={sessions.error}
        loading={sessions.loading}
        selectedId={sessionId}
        onSelect={selectSession}
        canDecide={canDecide}
      />
      {sessionId && (
        <SessionPanel
          session={selected}
          error={session.error}
          loading={session.loading}
          refetch={() => session.refetch()}
          startPolling={session.startPolling}
          stopPolling={session.stopPolling}
          canDecide={canDecide}
        />
      )}
      <VacantPanel
        session={selected}
        canDecide={canDecide}
        communes={searchParams.getAll(PARAMS.commune)}
        typologies={searchParams
          .getAll(PARAMS.typology)
          .filter((value): value is Typology => (TYPOLOGIES as string[]).includes(value))}
        onFilter={(name, values) =>
          setParams((next) => {
            next.delete(name);
            for (const value of values) next.append(name, value);
          })
        }
      />
    </Page>
  );
}

type SessionSummary = CommissionPreparationSessionsQuery['commissions']['edges'][number]['node'];

function SessionsPanel({
  sessions,
  error,
  loading,
  selectedId,
  onSelect,
  canDecide,
}: {
  sessions: SessionSummary[] | undefined;
  error: unknown;
  loading: boolean;
  selectedId: string | null;
  onSelect: (id: string | null) => void;
  canDecide: boolean;
}) {
  const { t } = useTranslation('commission');
  const [creating, setCreating] = useState(false);
  const [confirmation, setConfirmation] = useState<string | null>(null);
  const options = (sessions ?? []).map((session) => ({
    value: session.id,
    label: t('sessions.option', {
      date: formatDate(session.sessionDate),
      status: t(`common:enums.CommissionStatus.${session.status}`),
      dwellings: new Set(session.candidacies.map((c) => c.dwelling.id)).size,
    }),
  }));
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="sessions-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="sessions-heading">
          {t('sessions.heading')}
        </Title>
        <QueryErrors error={error} />
        {loading && !sessions && <Loading />}
        {sessions && sessions.length === 0 && <Text c="gray.7">{t('sessions.none')}</Text>}
        <Group align="flex-end" gap="md">
          {sessions && sessions.length > 0 && (
            <Select
              label={t('sessions.select')}
              placeholder={t('sessions.placeholder')}
              data={options}
              value={selectedId}
              onChange={(value) => {
                setConfirmation(null);
                onSelect(value);
              }}
              allowDeselect={false}
              w={380}
              data-testid="session-select"
            />
          )}
          {canDecide && (
            <Button
              variant="outline"
              leftSection={<IconCalendarPlus size={18} aria-hidden />}
              onClick={() => setCreating(true)}
              data-testid="create-session"
            >
              {t('sessions.new')}
            </Button>
          )}
        </Group>
        {confirmation && (
          <Alert
            variant="outline"
            color="teal.9"
            role="status"
            icon={<IconCheck aria-hidden />}
            data-testid="session-created"
          >
            {confirmation}
          </Alert>
        )}
      </Stack>
      {canDecide && (
        <CreateSessionModal
          opened={creating}
          onClose={() => setCreating(false)}
          onCreated={(id, date) => {
            setCreating(false);
            setConfirmation(t('sessions.created', { date: formatDate(date) }));
            onSelect(id);
          }}
        />
      )}
    </Card>
  );
}

function CreateSessionModal({
  opened,
  onClose,
  onCreated,
}: {
  opened: boolean;
  onClose: () => void;
  onCreated: (id: string, date: string) => void;
}) {
  const { t } = useTranslation('commission');
  const errorMessage = useCommissionErrorMessage();
  const [date, setDate] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [create, { loading }] = useMutation(CREATE, { refetchQueries: ['CommissionPreparationSessions'] });
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('sessions.newTitle')}
      closeButtonProps={{ 'aria-label': t('common:state.close') }}
    >
      <form
        onSubmit={async (event) => {
          event.preventDefault();
          setError(null);
          try {
            const result = await create({ variables: { input: { sessionDate: date } } });
            const created = result.data?.createCommission;
            if (created) {
              setDate('');
              onCreated(created.id, created.sessionDate);
            }
          } catch (e) {
            setError(errorMessage(e));
          }
        }}
      >
        <Stack gap="md">
          <TextInput
            type="date"
            label={t('sessions.date')}
            description={t('sessions.dateHelp')}
            min={today()}
            value={date}
            onChange={(event) => setDate(event.currentTarget.value)}
            required
            data-testid="session-date"
            styles={{ description: { color: 'var(--mantine-color-gray-7)' } }}
          />
          {error && (
            <Alert variant="outline" color="red.9" data-testid="create-session-error">
              {error}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="subtle" onClick={onClose}>
              {t('common:state.cancel')}
            </Button>
            <Button type="submit" loading={loading} disabled={!date} data-testid="create-session-submit">
              {t('sessions.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** A dwelling with an allocation recorded that housing does not show as offered yet. */
function awaitsOffer(candidacies: SessionCandidacy[]): boolean {
  const allocated = candidacies.some((c) => c.decision && ALLOCATIONS.includes(c.decision));
  const status = candidacies[0]?.dwelling.status;
  return allocated && (status === 'VACANT' || status === 'NOTICE_GIVEN');
}

function SessionPanel({
  session,
  error,
  loading,
  refetch,
  startPolling,
  stopPolling,
  canDecide,
}: {
  session: Session | undefined;
  error: unknown;
  loading: boolean;
  refetch: () => void;
  startPolling: (ms: number) => void;
  stopPolling: () => void;
  canDecide: boolean;
}) {
  const { t } = useTranslation('commission');
  const byDwelling = useMemo(() => {
    const groups = new Map<string, SessionCandidacy[]>();
    for (const candidacy of session?.candidacies ?? []) {
      const group = groups.get(candidacy.dwelling.id) ?? [];
      group.push(candidacy);
      groups.set(candidacy.dwelling.id, group);
    }
    return [...groups.values()];
  }, [session]);

  // After an allocation, housing offers the dwelling through an event (a second or two): the
  // session is polled until every allocated dwelling shows OFFERED, for OFFER_WATCH_MS at most.
  const [watchUntil, setWatchUntil] = useState(0);
  const waiting = byDwelling.some(awaitsOffer);
  useEffect(() => {
    if (!waiting || watchUntil <= Date.now()) return;
    startPolling(OFFER_POLL_MS);
    const timer = setTimeout(stopPolling, watchUntil - Date.now());
    return () => {
      clearTimeout(timer);
      stopPolling();
    };
  }, [waiting, watchUntil, startPolling, stopPolling]);

  // When an offer shows, the vacant list is stale: that dwelling is no longer vacant.
  const client = useApolloClient();
  const wasWaiting = useRef(false);
  useEffect(() => {
    if (wasWaiting.current && !waiting)
      void client.refetchQueries({ include: ['CommissionPreparationVacant'] });
    wasWaiting.current = waiting;
  }, [waiting, client]);

  const [confirmation, setConfirmation] = useState<string | null>(null);
  const onRecorded = (decision: CommissionDecision, reference: string) => {
    setConfirmation(
      t('decision.recorded', { decision: t(`common:enums.CommissionDecision.${decision}`), reference }),
    );
    if (ALLOCATIONS.includes(decision)) setWatchUntil(Date.now() + OFFER_WATCH_MS);
  };
  const decided = session?.candidacies.filter((c) => c.decision).length ?? 0;
  return (
    <Card
      withBorder
      padding="md"
      component="section"
      aria-labelledby="session-heading"
      data-testid="session-panel"
    >
      <Stack gap="sm">
        <Group justify="space-between" align="center">
          <Group gap="sm">
            <Title order={2} size="h3" id="session-heading">
              {session
                ? t('session.heading', { date: formatDate(session.sessionDate) })
                : t('session.headingNone')}
            </Title>
            {session && (
              <Badge
                variant={session.status === 'PLANNED' ? 'outline' : 'filled'}
                color={session.status === 'PLANNED' ? 'blue.9' : 'gray.8'}
                data-testid="session-status"
              >
                {t(`common:enums.CommissionStatus.${session.status}`)}
              </Badge>
            )}
          </Group>
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconRefresh size={16} aria-hidden />}
            onClick={refetch}
            data-testid="refresh-session"
          >
            {t('sessions.refresh')}
          </Button>
        </Group>
        <QueryErrors error={error} />
        {loading && !session && <Loading />}
        {session && (
          <>
            <Text size="sm" c="gray.7">
              {t('session.summary', {
                dwellings: byDwelling.length,
                candidacies: session.candidacies.length,
                decided,
              })}
            </Text>
            {session.status === 'HELD' && <Text size="sm">{t('session.held')}</Text>}
            {confirmation && (
              <Alert
                variant="outline"
                color="teal.9"
                role="status"
                icon={<IconCheck aria-hidden />}
                withCloseButton
                closeButtonLabel={t('common:state.close')}
                onClose={() => setConfirmation(null)}
                data-testid="decision-recorded"
              >
                {confirmation}
              </Alert>
            )}
            {byDwelling.length === 0 && <Text c="gray.7">{t('session.empty')}</Text>}
            {byDwelling.length > 0 && (
              <Stack gap="md" role="list" aria-label={t('session.dwellingsLabel')}>
                {byDwelling.map((candidacies) => (
                  <SessionDwelling
                    key={candidacies[0].dwelling.id}
                    commissionId={session.id}
                    candidacies={candidacies}
                    canDecide={canDecide}
                    onRecorded={onRecorded}
                  />
                ))}
              </Stack>
            )}
          </>
        )}
      </Stack>
    </Card>
  );
}

function statusColor(status: string): string {
  if (status === 'OFFERED') return 'teal.9';
  if (status === 'VACANT') return 'blue.9';
  return 'gray.8';
}

function SessionDwelling({
  commissionId,
  candidacies,
  canDecide,
  onRecorded,
}: {
  commissionId: string;
  candidacies: SessionCandidacy[];
  canDecide: boolean;
  onRecorded: (decision: CommissionDecision, reference: string) => void;
}) {
  const { t } = useTranslation('commission');
  const { dwelling } = candidacies[0];
  // Allocated at this session, or no longer free (offered or let after another allocation).
  const allocated =
    candidacies.some((c) => c.decision && ALLOCATIONS.includes(c.decision)) ||
    (dwelling.status !== 'VACANT' && dwelling.status !== 'NOTICE_GIVEN');
  const headingId = `session-dwelling-${dwelling.id}`;
  return (
    <Card
      withBorder
      padding="sm"
      role="listitem"
      aria-labelledby={headingId}
      data-testid="session-dwelling"
      data-dwelling-id={dwelling.id}
      data-reference={dwelling.reference}
    >
      <Stack gap="xs">
        <Group gap="sm" wrap="wrap">
          <Title order={3} size="h5" id={headingId}>
            <Anchor component={Link} to={paths.dwelling(dwelling.id)}>
              {dwelling.reference}
            </Anchor>
          </Title>
          <Text size="sm">
            {t(`common:enums.Typology.${dwelling.typology}`)} · {residenceLabel(dwelling.residence, t)}
          </Text>
          <Badge variant="filled" color={statusColor(dwelling.status)} data-testid="dwelling-status">
            <VisuallyHidden>{t('session.statusLabel')} : </VisuallyHidden>
            {t(`common:enums.DwellingStatus.${dwelling.status}`)}
          </Badge>
          {candidacies[0].insufficientDemand && (
            <Badge variant="outline" color="gray.8">
              {t('session.insufficientDemand')}
            </Badge>
          )}
        </Group>
        {awaitsOffer(candidacies) && (
          <Group gap="xs" role="status">
            <Loader size="xs" aria-hidden />
            <Text size="sm">{t('session.awaitingOffer')}</Text>
          </Group>
        )}
        <Table.ScrollContainer minWidth={700}>
          <Table
            verticalSpacing="xs"
            withTableBorder
            aria-label={t('session.candidaciesCaption', { reference: dwelling.reference })}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col" w={60}>
                  {t('session.rank')}
                </Table.Th>
                <Table.Th scope="col">{t('session.candidate')}</Table.Th>
                <Table.Th scope="col">{t('session.application')}</Table.Th>
                <Table.Th scope="col">{t('session.decision')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {candidacies.map((candidacy) => (
                <Table.Tr
                  key={candidacy.id}
                  data-testid="session-candidacy"
                  data-application-id={candidacy.application.id}
                >
                  <Table.Td>{candidacy.rank}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Anchor component={Link} to={paths.household(candidacy.application.household.id)}>
                      {candidacy.application.household.reference}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{candidacy.application.registrationNumber}</Text>
                    <Text size="xs" c="gray.7">
                      {t(`common:enums.ApplicationStatus.${candidacy.application.status}`)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <CandidacyDecision
                      commissionId={commissionId}
                      candidacy={candidacy}
                      dwellingAllocated={allocated}
                      canDecide={canDecide}
                      onRecorded={onRecorded}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Card>
  );
}

function defaultReason(
  decision: CommissionDecision,
  rank: number,
  dwellingAllocated: boolean,
): DecisionReason | null {
  if (decision === 'ALLOCATED') return rank === 1 ? 'RANKED_FIRST' : 'NEXT_IN_RANK';
  if (decision === 'NOT_ALLOCATED' && dwellingAllocated) return 'HIGHER_RANKED_ALLOCATED';
  return null;
}

function CandidacyDecision({
  commissionId,
  candidacy,
  dwellingAllocated,
  canDecide,
  onRecorded,
}: {
  commissionId: string;
  candidacy: SessionCandidacy;
  dwellingAllocated: boolean;
  canDecide: boolean;
  onRecorded: (decision: CommissionDecision, reference: string) => void;
}) {
  const { t } = useTranslation('commission');
  const errorMessage = useCommissionErrorMessage();
  const [decision, setDecision] = useState<CommissionDecision | null>(null);
  const [reason, setReason] = useState<DecisionReason | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [record, { loading }] = useMutation(DECIDE, {
    refetchQueries: ['CommissionPreparationSession', 'CommissionPreparationSessions'],
  });
  const household = candidacy.application.household.reference;

  if (candidacy.decision) {
    return (
      <Text size="sm" fw={600} data-testid="candidacy-decision" data-decision={candidacy.decision}>
        {candidacy.decisionReason
          ? t('decision.value', {
              decision: t(`common:enums.CommissionDecision.${candidacy.decision}`),
              reason: t(`common:enums.DecisionReason.${candidacy.decisionReason}`),
            })
          : t(`common:enums.CommissionDecision.${candidacy.decision}`)}
      </Text>
    );
  }
  if (candidacy.withdrawnAt) {
    return (
      <Text size="sm" c="gray.7" data-testid="candidacy-withdrawn">
        {t('session.withdrawn', { date: formatDate(candidacy.withdrawnAt) })}
      </Text>
    );
  }
  if (!canDecide) {
    return (
      <Text size="sm" c="gray.7">
        {t('session.pending')}
      </Text>
    );
  }

  const decisions = dwellingAllocated ? DECISIONS.filter((d) => !ALLOCATIONS.includes(d)) : DECISIONS;
  const reasons = decision ? REASONS_BY_DECISION[decision] : [];
  return (
    <Stack
      gap={6}
      role="group"
      aria-label={t('decision.groupLabel', { reference: household })}
      data-testid="decision-form"
    >
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Select
          label={t('decision.decision')}
          placeholder={t('decision.choose')}
          data={decisions.map((value) => ({ value, label: t(`common:enums.CommissionDecision.${value}`) }))}
          value={decision}
          onChange={(value) => {
            const next = value as CommissionDecision | null;
            setDecision(next);
            setReason(next ? defaultReason(next, candidacy.rank, dwellingAllocated) : null);
            setError(null);
          }}
          allowDeselect={false}
          w={180}
          size="sm"
          data-testid="decision-select"
        />
        <Select
          label={t('decision.reason')}
          placeholder={t('decision.choose')}
          data={reasons.map((value) => ({ value, label: t(`common:enums.DecisionReason.${value}`) }))}
          value={reason}
          onChange={(value) => setReason(value as DecisionReason | null)}
          disabled={!decision}
          allowDeselect={false}
          w={230}
          size="sm"
          data-testid="reason-select"
        />
        <Button
          size="sm"
          disabled={!decision || !reason}
          loading={loading}
          onClick={async () => {
            if (!decision || !reason) return;
            setError(null);
            try {
              await record({
                variables: {
                  input: {
                    commissionId,
                    dwellingId: candidacy.dwelling.id,
                    applicationId: candidacy.application.id,
                    decision,
                    reason,
                  },
                },
              });
              onRecorded(decision, household);
            } catch (e) {
              setError(errorMessage(e));
            }
          }}
          data-testid="record-decision"
        >
          {t('decision.record')}
          <VisuallyHidden>{t('decision.recordHidden', { reference: household })}</VisuallyHidden>
        </Button>
      </Group>
      {dwellingAllocated && (
        <Text size="xs" c="gray.7">
          {t('decision.alreadyAllocated')}
        </Text>
      )}
      {error && (
        <Alert variant="outline" color="red.9" data-testid="decision-error">
          {error}
        </Alert>
      )}
    </Stack>
  );
}

function VacantPanel({
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
  const filter: DwellingFilter = {
    statuses: ['VACANT'],
    ...(communes.length ? { communes } : {}),
    ...(typologies.length ? { typologies } : {}),
  };
  const { data, error, loading, fetchMore } = useQuery(VACANT, {
    variables: { filter, first: VACANT_PAGE_SIZE },
  });
  const communeList = useQuery(COMMUNES);
  const communeOptions = useMemo(() => {
    const all = new Set(communes);
    for (const edge of communeList.data?.residences.edges ?? []) all.add(edge.node.commune);
    return [...all].sort((a, b) => a.localeCompare(b, 'fr'));
  }, [communeList.data, communes]);
  const [loadingMore, setLoadingMore] = useState(false);
  const onSession = useMemo(() => new Set(session?.candidacies.map((c) => c.dwelling.id)), [session]);

  const connection = data?.dwellings;
  const loadMore = async () => {
    if (!connection?.pageInfo.endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: connection.pageInfo.endCursor },
        updateQuery: appendPage('dwellings'),
      });
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="vacant-heading">
      <Stack gap="sm">
        <Group justify="space-between" align="baseline">
          <Title order={2} size="h3" id="vacant-heading">
            {t('vacant.heading')}
          </Title>
          {connection && (
            <Text size="sm" c="gray.7" data-testid="vacant-total">
              {t('vacant.total', { total: formatNumber(connection.totalCount) })}
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
          <Group justify="space-between">
            <Text size="sm" c="gray.7">
              {t('common:state.shownOf', {
                shown: formatNumber(connection.edges.length),
                total: formatNumber(connection.totalCount),
              })}
            </Text>
            {connection.pageInfo.hasNextPage && (
              <Button variant="outline" onClick={loadMore} loading={loadingMore} data-testid="load-more">
                {t('common:state.loadMore')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Card>
  );
}

function VacantDwellingCard({
  dwelling,
  session,
  onSession,
  canDecide,
}: {
  dwelling: VacantDwelling;
  session: Session | undefined;
  onSession: boolean;
  canDecide: boolean;
}) {
  const { t } = useTranslation('commission');
  const errorMessage = useCommissionErrorMessage();
  const [error, setError] = useState<string | null>(null);
  const [confirmation, setConfirmation] = useState<string | null>(null);
  const [place, { loading }] = useMutation(PLACE, {
    refetchQueries: ['CommissionPreparationVacant', 'CommissionPreparationSessions'],
  });
  const candidates = dwelling.candidates ?? [];
  const headingId = `vacant-${dwelling.id}`;
  const insufficientDemand = candidates.length < CANDIDATES_PER_DWELLING;
  const planned = session?.status === 'PLANNED';

  const placeOnSession = async () => {
    if (!session) return;
    setError(null);
    setConfirmation(null);
    try {
      await place({
        variables: {
          input: {
            commissionId: session.id,
            dwellingId: dwelling.id,
            candidates: candidates.map((candidate, index) => ({
              applicationId: candidate.application.id,
              rank: index + 1,
            })),
            // Matching found fewer than three candidates: demand is insufficient for this dwelling.
            insufficientDemand,
          },
        },
      });
      setConfirmation(t('vacant.placed', { reference: dwelling.reference, count: candidates.length }));
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <Card
      withBorder
      padding="sm"
      role="listitem"
      aria-labelledby={headingId}
      data-testid="vacant-dwelling"
      data-dwelling-id={dwelling.id}
      data-reference={dwelling.reference}
    >
      <Stack gap="xs">
        <Group gap="sm" wrap="wrap">
          <Title order={3} size="h5" id={headingId}>
            <Anchor component={Link} to={paths.dwelling(dwelling.id)}>
              {dwelling.reference}
            </Anchor>
          </Title>
          <Text size="sm">
            {t(`common:enums.Typology.${dwelling.typology}`)} · {residenceLabel(dwelling.residence, t)} ·{' '}
            {t('vacant.rent', { amount: formatMoney(dwelling.rentCents + dwelling.serviceChargesCents) })} ·{' '}
            {t('vacant.contingent', { label: t(`common:enums.Contingent.${dwelling.contingent}`) })}
          </Text>
          <Badge variant="filled" color={statusColor(dwelling.status)}>
            {t(`common:enums.DwellingStatus.${dwelling.status}`)}
          </Badge>
          {onSession && (
            <Badge variant="outline" color="teal.9" data-testid="on-session">
              {t('vacant.onSession')}
            </Badge>
          )}
        </Group>
        {candidates.length === 0 ? (
          <Text size="sm" c="gray.7">
            {t('vacant.noCandidate')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={600}>
            <Table
              verticalSpacing={4}
              withTableBorder
              aria-label={t('vacant.candidatesCaption', { reference: dwelling.reference })}
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col" w={60}>
                    {t('vacant.rank')}
                  </Table.Th>
                  <Table.Th scope="col" w={150}>
                    {t('vacant.household')}
                  </Table.Th>
                  <Table.Th scope="col" w={80}>
                    {t('vacant.score')}
                  </Table.Th>
                  <Table.Th scope="col">{t('vacant.reasons')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {candidates.map((candidate, index) => (
                  <Table.Tr
                    key={candidate.application.id}
                    data-testid="ranked-candidate"
                    data-application-id={candidate.application.id}
                  >
                    <Table.Td>{index + 1}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Anchor component={Link} to={paths.household(candidate.application.household.id)}>
                        {candidate.application.household.reference}
                      </Anchor>
                      <Text size="xs" c="gray.7">
                        {t('vacant.size', { size: candidate.application.household.size })}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" fw={600}>
                        {t('vacant.scoreValue', { score: candidate.score })}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <List size="xs" spacing={0} data-testid="candidate-reasons">
                        {candidate.reasons.map((reason) => (
                          <List.Item key={reason}>{reason}</List.Item>
                        ))}
                      </List>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {onSession && candidates.length > 0 && (
          <Text size="xs" c="gray.7">
            {t('vacant.onSessionNote')}
          </Text>
        )}
        {canDecide && candidates.length > 0 && (
          <Group gap="sm" align="center">
            <Button
              size="sm"
              onClick={placeOnSession}
              loading={loading}
              disabled={!planned || onSession}
              data-testid="place-on-session"
            >
              {t('vacant.place')}
              <VisuallyHidden>{t('vacant.placeHidden', { reference: dwelling.reference })}</VisuallyHidden>
            </Button>
            {!session && <Text size="sm">{t('vacant.placeNeedsSession')}</Text>}
            {session && !planned && <Text size="sm">{t('vacant.placeHeld')}</Text>}
            {planned && !onSession && insufficientDemand && (
              <Text size="sm" c="gray.7" data-testid="insufficient-demand">
                {t('vacant.insufficientDemand')}
              </Text>
            )}
          </Group>
        )}
        {confirmation && (
          <Alert
            variant="outline"
            color="teal.9"
            role="status"
            icon={<IconCheck aria-hidden />}
            data-testid="placed"
          >
            {confirmation}
          </Alert>
        )}
        {error && (
          <Alert variant="outline" color="red.9" data-testid="place-error">
            {error}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}

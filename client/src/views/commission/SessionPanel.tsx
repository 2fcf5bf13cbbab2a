import { useApolloClient, useMutation } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Loader,
  Select,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconCheck, IconRefresh } from '@tabler/icons-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/navigation';
import { Loading } from '../../components/Loading';
import { QueryErrors } from '../../components/QueryErrors';
import type { CommissionDecision, DecisionReason } from '../../gql/graphql';
import { useCount } from '../../i18n/counts';
import { formatDate } from '../../i18n/format';
import {
  ALLOCATIONS,
  DECIDE,
  DECISIONS,
  isPlaced,
  OFFER_POLL_MS,
  OFFER_WATCH_MS,
  type PlacedCandidacy,
  REASONS_BY_DECISION,
  residenceLabel,
  Session,
  useCommissionErrorMessage,
} from './commission';

function awaitsOffer(candidacies: PlacedCandidacy[]): boolean {
  const allocated = candidacies.some((c) => c.decision && ALLOCATIONS.includes(c.decision));
  const status = candidacies[0]?.dwelling.status;
  return allocated && (status === 'VACANT' || status === 'NOTICE_GIVEN');
}

export function SessionPanel({
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
  const count = useCount();
  const byDwelling = useMemo(() => {
    const groups = new Map<string, PlacedCandidacy[]>();
    for (const candidacy of (session?.candidacies ?? []).filter(isPlaced)) {
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
      data-session-date={session?.sessionDate}
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
                dwellings: count('dwelling', byDwelling.length),
                candidacies: count('candidacy', session.candidacies.length),
                decisions: count('recordedDecision', decided),
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

export function statusColor(status: string): string {
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
  candidacies: PlacedCandidacy[];
  canDecide: boolean;
  onRecorded: (decision: CommissionDecision, reference: string) => void;
}) {
  const { t } = useTranslation('commission');
  const count = useCount();
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
                <Table.Th scope="col">{t('session.public')}</Table.Th>
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
                  <Table.Td>
                    <Anchor component={Link} to={paths.household(candidacy.application.household.id)}>
                      {candidacy.application.household.reference}
                    </Anchor>
                    <Text size="xs" data-testid="candidate-composition">
                      {t('awaiting:household.composition', {
                        people: count('person', candidacy.application.household.size),
                        adults: count('adult', candidacy.application.household.adults),
                        children: count('child', candidacy.application.household.children),
                      })}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <CandidatePublic household={candidacy.application.household} />
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

/** The household's public: which one for the social team, only whether it is a priority for the others. */
function CandidatePublic({ household }: { household: PlacedCandidacy['application']['household'] }) {
  const { t } = useTranslation('commission');
  const labels = [
    household.targetPublic
      ? t(`common:enums.TargetPublic.${household.targetPublic}`)
      : household.priorityPublic
        ? t('session.priorityPublic')
        : null,
    household.dalo ? t('awaiting:household.dalo') : null,
    household.pdalpd ? t('awaiting:household.pdalpd') : null,
  ].filter((label): label is string => label !== null);
  if (!labels.length) return <Text size="xs">—</Text>;
  return (
    <Group gap={4}>
      {labels.map((label) => (
        <Badge key={label} variant="outline" color="grape.9" size="sm">
          {label}
        </Badge>
      ))}
    </Group>
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
  candidacy: PlacedCandidacy;
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

import { useApolloClient } from '@apollo/client/react';
import { Alert, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconCheck, IconRefresh } from '@tabler/icons-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/Loading';
import { QueryErrors } from '../../components/QueryErrors';
import type { CommissionDecision } from '../../gql/graphql';
import { useCount } from '../../i18n/counts';
import { formatDate } from '../../i18n/format';
import {
  ALLOCATIONS,
  awaitsOffer,
  isPlaced,
  OFFER_POLL_MS,
  OFFER_WATCH_MS,
  type PlacedCandidacy,
  Session,
} from './commission';
import { SessionDwelling } from './SessionDwelling';

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

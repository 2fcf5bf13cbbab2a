import { useQuery } from '@apollo/client/react';
import { Alert } from '@mantine/core';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { can } from '../../auth/permissions';
import { useUser } from '../../auth/session';
import { Page } from '../../components/Page';
import type { Typology } from '../../gql/graphql';
import { today } from '../../i18n/format';
import { PARAMS, SESSION, SESSIONS, TYPOLOGIES } from './commission';
import { SessionPanel } from './SessionPanel';
import { SessionsPanel } from './SessionsPanel';
import { VacantPanel } from './VacantPanel';

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

  const session = useQuery(SESSION, {
    variables: { id: sessionId ?? '', withTargetPublic: can(user.role, 'household.targetPublic') },
    skip: !sessionId,
  });
  // Only the selected session's data: never the previous one's while the new one loads.
  const loaded = session.data?.commission;
  const selected = loaded && loaded.id === sessionId ? loaded : undefined;

  return (
    <Page title={t('common:nav.commissionPreparation')} description={t('description')}>
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

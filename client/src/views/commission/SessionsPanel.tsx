import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Group, Modal, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconCalendarPlus, IconCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/Loading';
import { QueryErrors } from '../../components/QueryErrors';
import type { CommissionPreparationSessionsQuery } from '../../gql/graphql';
import { useCount } from '../../i18n/counts';
import { formatDate, today } from '../../i18n/format';
import { CREATE, useCommissionErrorMessage } from './commission';

type SessionSummary = CommissionPreparationSessionsQuery['commissions']['edges'][number]['node'];

export function SessionsPanel({
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
  const count = useCount();
  const [creating, setCreating] = useState(false);
  const [confirmation, setConfirmation] = useState<string | null>(null);
  const options = (sessions ?? []).map((session) => ({
    value: session.id,
    label: t('sessions.option', {
      date: formatDate(session.sessionDate),
      status: t(`common:enums.CommissionStatus.${session.status}`),
      dwellings: count(
        'dwelling',
        new Set(session.candidacies.map((c) => c.dwelling?.id).filter(Boolean)).size,
      ),
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

import { useMutation } from '@apollo/client/react';
import {
  Button,
  Group,
  Modal,
  Alert as Notice,
  Radio,
  Stack,
  Text,
  Textarea,
  Timeline,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePersonLabel } from '../../components/PersonName';
import { useMutationErrorMessage } from '../../components/QueryErrors';
import { graphql } from '../../gql';
import type { AlertStatus, AlertsRowFragment } from '../../gql/graphql';
import { formatDate, formatDateTime } from '../../i18n/format';
import { StatusBadge } from './AlertsTable';
import { NEXT_STATUSES, NOTE_MAX, READABLE_INPUT } from './alerts';

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

export function MoveAlertModal({
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

import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../../auth/permissions';
import { useUser } from '../../../auth/session';
import { FormFeedback, useMutationForm } from '../../../components/forms';
import { graphql } from '../../../gql';
import type { ApplicationStatus } from '../../../gql/graphql';
import { apiReasons, type Problems, RULES } from './rules';

// The steps come from the API (`nextStatuses`: the pipeline, within the caller's role).
const ApplicationStepsQuery = graphql(`
  query ApplicationSteps($id: ID!) {
    application(id: $id) {
      id
      status
      version
      nextStatuses
    }
  }
`);

const MoveApplicationMutation = graphql(`
  mutation MoveApplication($id: ID!, $to: ApplicationStatus!, $note: String, $version: Int) {
    moveApplication(id: $id, to: $to, note: $note, version: $version) {
      id
      status
      version
      statusChangedAt
      stalledSince
      nextStatuses
      transitions {
        id
        from
        to
        at
        by
        note
      }
    }
  }
`);

/** The pipeline's order (the API's ApplicationStatus), to tell a step back from a step forward. */
const PIPELINE: ApplicationStatus[] = [
  'RECEIVED',
  'ORIENTED',
  'SHARED_REVIEW',
  'READY_FOR_COMMISSION',
  'SCHEDULED',
  'DECIDED',
  'LEASE_SIGNED',
  'MOVED_IN',
];
const isBack = (from: ApplicationStatus, to: ApplicationStatus) =>
  PIPELINE.indexOf(to) < PIPELINE.indexOf(from);

/** On an application: one button per step the caller may move it to, each asking for a note. */
export function ApplicationSteps({ applicationId }: { applicationId: string }) {
  const { t } = useTranslation('householdForms');
  const { role } = useUser();
  const mayMove = can(role, 'application.move');
  const [to, setTo] = useState<ApplicationStatus | null>(null);
  const { data } = useQuery(ApplicationStepsQuery, { variables: { id: applicationId }, skip: !mayMove });
  const application = data?.application;
  if (!application?.nextStatuses.length) return null;
  const forward = application.nextStatuses.filter((status) => status !== 'WITHDRAWN');
  const withdraw = application.nextStatuses.includes('WITHDRAWN');

  return (
    <Group gap="sm" mt="md" data-testid="application-steps">
      {forward.map((status) => (
        <Button
          key={status}
          variant={isBack(application.status, status) ? 'default' : 'outline'}
          size="sm"
          rightSection={isBack(application.status, status) ? null : <IconArrowRight size={16} aria-hidden />}
          onClick={() => setTo(status)}
          data-testid="move-application"
          data-to={status}
        >
          {t(isBack(application.status, status) ? 'move.back' : 'move.to', {
            step: t(`common:enums.ApplicationStatus.${status}`),
          })}
        </Button>
      ))}
      {withdraw && (
        <Button
          variant="outline"
          color="red.9"
          size="sm"
          onClick={() => setTo('WITHDRAWN')}
          data-testid="move-application"
          data-to="WITHDRAWN"
        >
          {t('move.withdraw')}
        </Button>
      )}
      {to && <MoveModal application={application} to={to} onClose={() => setTo(null)} />}
    </Group>
  );
}

function MoveModal({
  application,
  to,
  onClose,
}: {
  application: { id: string; status: ApplicationStatus; version: number };
  to: ApplicationStatus;
  onClose: () => void;
}) {
  const { t } = useTranslation('householdForms');
  const [note, setNote] = useState('');
  const form = useMutationForm(apiReasons(t));
  // The mutation's answer updates the application in the cache (status, history); what depends on
  // the step elsewhere in the file (needs, the household's summary) comes with the refetch.
  const [move] = useMutation(MoveApplicationMutation, {
    refetchQueries: ['HouseholdFile', 'HouseholdForEdit'],
    awaitRefetchQueries: true,
  });
  const step = t(`common:enums.ApplicationStatus.${to}`);
  const submit = form.submit(
    async () => {
      await move({
        variables: { id: application.id, to, note: note.trim() || null, version: application.version },
      });
      onClose();
    },
    (): Problems =>
      note.length > RULES.note.max ? { note: t('invalid.tooLong', { count: RULES.note.max }) } : {},
  );

  return (
    <Modal
      opened
      onClose={onClose}
      title={
        to === 'WITHDRAWN'
          ? t('move.withdrawTitle')
          : t(isBack(application.status, to) ? 'move.back' : 'move.title', { step })
      }
      closeButtonProps={{ 'aria-label': t('common:state.close') }}
    >
      <form onSubmit={submit} noValidate data-testid="move-application-form">
        <Stack gap="md">
          <Text size="sm">
            {t('move.from', {
              from: t(`common:enums.ApplicationStatus.${application.status}`),
              to: step,
            })}
          </Text>
          <Textarea
            label={t('move.note')}
            description={t('move.noteHint')}
            value={note}
            onChange={(event) => {
              form.touched();
              setNote(event.currentTarget.value);
            }}
            autosize
            minRows={3}
            maxLength={RULES.note.max}
            error={form.fieldError('note')}
            data-testid="move-application-note"
          />
          <FormFeedback
            refusal={form.refusal}
            saved={form.saved}
            savedText={t('move.saved')}
            testId="move-application"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common:state.cancel')}
            </Button>
            <Button
              type="submit"
              color={to === 'WITHDRAWN' ? 'red.9' : undefined}
              loading={form.saving}
              data-testid="move-application-submit"
            >
              {to === 'WITHDRAWN' ? t('move.withdrawSubmit') : t('move.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

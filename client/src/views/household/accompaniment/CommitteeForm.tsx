import { useMutation } from '@apollo/client/react';
import { Button, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFeedback, readableField, useMutationForm } from '../../../components/forms';
import { graphql } from '../../../gql';
import { today } from '../../../i18n/format';
import type { AccompanimentNode } from '../HouseholdView';
import { dateProblem, refusals } from './checks';

const RecordFollowUpCommitteeMutation = graphql(`
  mutation RecordFollowUpCommittee($input: RecordFollowUpCommitteeInput!) {
    recordFollowUpCommittee(input: $input) {
      id
    }
  }
`);

const MAX_PARTICIPANTS = 50;

/** Records a follow-up committee, who took part (one a line), and its decision about this accompaniment. */
export function CommitteeForm({ accompaniment }: { accompaniment: AccompanimentNode }) {
  const { t } = useTranslation('accompanimentForms');
  const [date, setDate] = useState(today);
  const [participants, setParticipants] = useState('');
  const [decision, setDecision] = useState('');
  const form = useMutationForm(undefined, {
    date: t('date.future'),
    participants: t('committee.participantsRequired'),
    decisions: t('committee.decisionRequired'),
  });
  const [record] = useMutation(RecordFollowUpCommitteeMutation, {
    refetchQueries: ['AccompanimentRecord'],
    awaitRefetchQueries: true,
  });
  const names = [...new Set(participants.split('\n').map((line) => line.trim()))].filter(Boolean);
  const change = (apply: () => void) => {
    form.touched();
    apply();
  };

  const submit = form.submit(
    async () => {
      await record({
        variables: {
          input: {
            date,
            participants: names,
            decisions: [{ accompanimentId: accompaniment.id, decision: decision.trim() }],
          },
        },
      });
      setDecision('');
    },
    () => {
      // A committee may be held before this accompaniment started: only "not in the future" applies.
      const problem = dateProblem(date);
      return refusals({
        date: problem && t(`date.${problem}`),
        participants:
          (names.length === 0 && t('committee.participantsRequired')) ||
          (names.length > MAX_PARTICIPANTS &&
            t('committee.tooManyParticipants', { max: MAX_PARTICIPANTS })) ||
          (names.some((name) => name.length > 200) && t('committee.participantTooLong')),
        decisions: !decision.trim() && t('committee.decisionRequired'),
      });
    },
  );

  return (
    <form onSubmit={submit} noValidate data-testid="committee-form" aria-label={t('committee.formTitle')}>
      <Stack gap="sm">
        <TextInput
          type="date"
          label={t('date.label')}
          value={date}
          max={today()}
          onChange={(event) => {
            const value = event.currentTarget.value;
            change(() => setDate(value));
          }}
          required
          error={form.fieldError('date')}
          styles={readableField}
          data-testid="committee-date"
          maw={260}
        />
        <Textarea
          label={t('committee.participants')}
          description={t('committee.participantsHint')}
          value={participants}
          onChange={(event) => {
            const value = event.currentTarget.value;
            change(() => setParticipants(value));
          }}
          autosize
          minRows={3}
          required
          error={form.fieldError('participants')}
          styles={readableField}
          data-testid="committee-participants"
        />
        <Textarea
          label={t('committee.decision')}
          value={decision}
          onChange={(event) => {
            const value = event.currentTarget.value;
            change(() => setDecision(value));
          }}
          autosize
          minRows={2}
          maxLength={2000}
          required
          error={form.fieldError('decisions') ?? form.fieldError('decisions.0.decision')}
          styles={readableField}
          data-testid="committee-decision-text"
        />
        <FormFeedback
          refusal={form.refusal}
          saved={form.saved}
          savedText={t('committee.saved')}
          testId="committee"
        />
        <Group>
          <Button type="submit" loading={form.saving} data-testid="committee-submit">
            {t('committee.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

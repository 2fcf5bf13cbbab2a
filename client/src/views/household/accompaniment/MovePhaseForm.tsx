import { useMutation } from '@apollo/client/react';
import { Button, Group, Select, SimpleGrid, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../../auth/permissions';
import { useUser } from '../../../auth/session';
import { FormFeedback, readableField, useMutationForm } from '../../../components/forms';
import { graphql } from '../../../gql';
import type { AccompanimentOutcome, AccompanimentPhase } from '../../../gql/graphql';
import type { AccompanimentNode } from '../HouseholdView';
import { NEXT_PHASES, refusals } from './checks';
import { FormToggle } from './FormToggle';

const MoveAccompanimentMutation = graphql(`
  mutation MoveAccompanimentPhase(
    $id: ID!
    $to: AccompanimentPhase!
    $note: String
    $endReason: String
    $outcome: AccompanimentOutcome
  ) {
    moveAccompaniment(id: $id, to: $to, note: $note, endReason: $endReason, outcome: $outcome) {
      id
      phase
      endDate
      endReason
      outcome
    }
  }
`);

/** How an accompaniment may end from the dashboard (a carry-over goes with its convention). */
const OUTCOMES: AccompanimentOutcome[] = [
  'HOUSED',
  'SUSTAINED',
  'EVICTION_AVOIDED',
  'MOVED_OUT',
  'REFUSED',
  'EVICTED',
];

/** Moves a running accompaniment to its next phase, or ends it with its reason and outcome. */
export function MovePhaseForm({ accompaniment }: { accompaniment: AccompanimentNode }) {
  const { t } = useTranslation('accompanimentForms');
  const { role } = useUser();
  const next = NEXT_PHASES[accompaniment.phase];
  const [to, setTo] = useState<AccompanimentPhase>(next[0] ?? 'ENDED');
  const [note, setNote] = useState('');
  const [endReason, setEndReason] = useState('');
  const [outcome, setOutcome] = useState<AccompanimentOutcome | null>(null);
  const form = useMutationForm(undefined, {
    endReason: t('phase.endReasonRequired'),
    outcome: t('phase.outcomeRequired'),
  });
  const [move] = useMutation(MoveAccompanimentMutation, {
    refetchQueries: ['HouseholdAccompaniment', 'AccompanimentRecord'],
    awaitRefetchQueries: true,
  });
  if (!can(role, 'accompaniment.move') || next.length === 0) return null;

  const target = next.includes(to) ? to : next[0];
  const ending = target === 'ENDED';
  const touched = () => form.touched();
  const submit = form.submit(
    async () => {
      await move({
        variables: {
          id: accompaniment.id,
          to: target,
          note: note.trim() || null,
          endReason: ending ? endReason.trim() : null,
          outcome: ending ? outcome : null,
        },
      });
      setNote('');
      setEndReason('');
      setOutcome(null);
    },
    () =>
      refusals({
        endReason: ending && !endReason.trim() && t('phase.endReasonRequired'),
        outcome: ending && !outcome && t('phase.outcomeRequired'),
      }),
  );
  const headingId = `move-phase-${accompaniment.id}`;

  return (
    <section aria-labelledby={headingId}>
      <Title order={4} size="h6" id={headingId} mb="xs">
        {t('phase.title')}
      </Title>
      <FormToggle label={t('phase.open')} testId="move-phase-open">
        <form onSubmit={submit} noValidate data-testid="move-phase-form">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('phase.to')}
              data={next.map((phase) => ({
                value: phase,
                label: t(`common:enums.AccompanimentPhase.${phase}`),
              }))}
              value={target}
              onChange={(value) => {
                if (!value) return;
                touched();
                setTo(value as AccompanimentPhase);
              }}
              allowDeselect={false}
              required
              error={form.fieldError('to')}
              styles={readableField}
              data-testid="move-phase-to"
            />
            {ending && (
              <Select
                label={t('phase.outcome')}
                data={OUTCOMES.map((value) => ({
                  value,
                  label: t(`common:enums.AccompanimentOutcome.${value}`),
                }))}
                value={outcome}
                onChange={(value) => {
                  touched();
                  setOutcome(value as AccompanimentOutcome | null);
                }}
                required
                error={form.fieldError('outcome')}
                styles={readableField}
                data-testid="move-phase-outcome"
              />
            )}
          </SimpleGrid>
          {ending && (
            <TextInput
              mt="sm"
              label={t('phase.endReason')}
              value={endReason}
              onChange={(event) => {
                touched();
                setEndReason(event.currentTarget.value);
              }}
              maxLength={500}
              required
              error={form.fieldError('endReason')}
              styles={readableField}
              data-testid="move-phase-end-reason"
            />
          )}
          <Textarea
            mt="sm"
            label={t('phase.note')}
            value={note}
            onChange={(event) => {
              touched();
              setNote(event.currentTarget.value);
            }}
            autosize
            minRows={2}
            maxLength={2000}
            error={form.fieldError('note')}
            styles={readableField}
            data-testid="move-phase-note"
          />
          <FormFeedback
            refusal={form.refusal}
            saved={form.saved}
            savedText={t('phase.saved')}
            testId="move-phase"
          />
          <Group mt="sm">
            <Button type="submit" loading={form.saving} data-testid="move-phase-submit">
              {t('phase.submit')}
            </Button>
          </Group>
        </form>
      </FormToggle>
    </section>
  );
}

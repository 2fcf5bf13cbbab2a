import { useMutation } from '@apollo/client/react';
import {
  ActionIcon,
  Button,
  Group,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFeedback, readableField, useMutationForm } from '../../../components/forms';
import { graphql } from '../../../gql';
import type { SupportArea } from '../../../gql/graphql';
import { formatDate, today } from '../../../i18n/format';
import type { AccompanimentNode } from '../HouseholdView';
import { dateProblem, refusals } from './checks';

const RecordDiagnosticMutation = graphql(`
  mutation RecordDiagnostic($input: RecordDiagnosticInput!) {
    recordDiagnostic(input: $input) {
      id
    }
  }
`);

const AREAS: SupportArea[] = ['BUDGET', 'HEALTH', 'EMPLOYMENT', 'DAILY_LIFE', 'HOUSING'];
const MAX_GOALS = 20;

interface GoalDraft {
  label: string;
  progress: number | string;
}

/** Records a shared diagnostic: the needs in each area of life looked at, and the goals agreed. */
export function DiagnosticForm({ accompaniment }: { accompaniment: AccompanimentNode }) {
  const { t } = useTranslation('accompanimentForms');
  const [date, setDate] = useState(today);
  const [needs, setNeeds] = useState<Partial<Record<SupportArea, string>>>({});
  const [goals, setGoals] = useState<GoalDraft[]>([{ label: '', progress: 0 }]);
  const dateMessage = (problem: string) =>
    t(`date.${problem}`, { start: formatDate(accompaniment.startDate) });
  const form = useMutationForm(undefined, {
    date: t('date.outside', { start: formatDate(accompaniment.startDate) }),
    areas: t('diagnostic.areasRequired'),
  });
  const [record] = useMutation(RecordDiagnosticMutation, {
    refetchQueries: ['AccompanimentRecord'],
    awaitRefetchQueries: true,
  });
  const change = (apply: () => void) => {
    form.touched();
    apply();
  };
  const areas = AREAS.filter((area) => needs[area]?.trim()).map((area) => ({
    area,
    needs: (needs[area] ?? '').trim(),
  }));
  // A goal row left empty is not a goal.
  const filled = goals.filter((goal) => goal.label.trim() || goal.progress !== 0);
  const goalIndex = (goal: GoalDraft) => filled.indexOf(goal);

  const submit = form.submit(
    async () => {
      await record({
        variables: {
          input: {
            accompanimentId: accompaniment.id,
            date,
            areas,
            goals: filled.map((goal) => ({ label: goal.label.trim(), progress: Number(goal.progress) })),
          },
        },
      });
      setNeeds({});
      setGoals([{ label: '', progress: 0 }]);
    },
    () => {
      const problem = dateProblem(date, accompaniment.startDate);
      return refusals({
        date: problem && dateMessage(problem),
        areas: areas.length === 0 && t('diagnostic.areasRequired'),
        ...Object.fromEntries(
          filled.flatMap((goal, index) => {
            const progress = goal.progress;
            const fits =
              typeof progress === 'number' && Number.isInteger(progress) && progress >= 0 && progress <= 100;
            return [
              [`goals.${index}.label`, !goal.label.trim() && t('diagnostic.goalLabelRequired')],
              [`goals.${index}.progress`, !fits && t('progressRange')],
            ];
          }),
        ),
      });
    },
  );

  return (
    <form onSubmit={submit} noValidate data-testid="diagnostic-form" aria-label={t('diagnostic.formTitle')}>
      <Stack gap="sm">
        <TextInput
          type="date"
          label={t('date.label')}
          description={t('date.hint', { start: formatDate(accompaniment.startDate) })}
          value={date}
          min={accompaniment.startDate ?? undefined}
          max={today()}
          onChange={(event) => change(() => setDate(event.currentTarget.value))}
          required
          error={form.fieldError('date')}
          styles={readableField}
          data-testid="diagnostic-date"
          maw={260}
        />
        <Text size="sm" id={`diagnostic-areas-${accompaniment.id}`}>
          {t('diagnostic.areasHint')}
        </Text>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          {AREAS.map((area) => (
            <Textarea
              key={area}
              label={t('diagnostic.needsIn', { area: t(`common:enums.SupportArea.${area}`) })}
              value={needs[area] ?? ''}
              onChange={(event) => {
                const value = event.currentTarget.value;
                change(() => setNeeds((current) => ({ ...current, [area]: value })));
              }}
              autosize
              minRows={2}
              maxLength={2000}
              error={area === AREAS[0] ? form.fieldError('areas') : undefined}
              styles={readableField}
              data-testid={`diagnostic-needs-${area}`}
            />
          ))}
        </SimpleGrid>
        <Text size="sm" fw={600}>
          {t('diagnostic.goals')}
        </Text>
        {goals.map((goal, row) => {
          const index = goalIndex(goal);
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: goal rows have no id until recorded
            <Group key={row} align="flex-start" gap="sm" wrap="nowrap">
              <TextInput
                style={{ flex: 1 }}
                label={t('diagnostic.goalLabel', { n: row + 1 })}
                value={goal.label}
                onChange={(event) => {
                  const label = event.currentTarget.value;
                  change(() =>
                    setGoals((current) => current.map((g, i) => (i === row ? { ...g, label } : g))),
                  );
                }}
                maxLength={200}
                error={index >= 0 ? form.fieldError(`goals.${index}.label`) : undefined}
                styles={readableField}
                data-testid="diagnostic-goal-label"
              />
              <NumberInput
                w={140}
                label={t('diagnostic.goalProgress', { n: row + 1 })}
                value={goal.progress}
                onChange={(progress) =>
                  change(() =>
                    setGoals((current) => current.map((g, i) => (i === row ? { ...g, progress } : g))),
                  )
                }
                min={0}
                max={100}
                suffix=" %"
                allowDecimal={false}
                allowNegative={false}
                clampBehavior="none"
                error={index >= 0 ? form.fieldError(`goals.${index}.progress`) : undefined}
                styles={readableField}
                data-testid="diagnostic-goal-progress"
              />
              <ActionIcon
                mt={28}
                variant="subtle"
                color="gray"
                aria-label={t('diagnostic.removeGoal', { n: row + 1 })}
                onClick={() => change(() => setGoals((current) => current.filter((_, i) => i !== row)))}
              >
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Group>
          );
        })}
        <Group>
          <Button
            variant="default"
            size="xs"
            disabled={goals.length >= MAX_GOALS}
            onClick={() => change(() => setGoals((current) => [...current, { label: '', progress: 0 }]))}
            data-testid="diagnostic-add-goal"
          >
            {t('diagnostic.addGoal')}
          </Button>
        </Group>
        <FormFeedback
          refusal={form.refusal}
          saved={form.saved}
          savedText={t('diagnostic.saved')}
          testId="diagnostic"
        />
        <Group>
          <Button type="submit" loading={form.saving} data-testid="diagnostic-submit">
            {t('diagnostic.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

import { useMutation } from '@apollo/client/react';
import { Button, Group, NumberInput, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFeedback, readableField, useMutationForm } from '../../../components/forms';
import { graphql } from '../../../gql';
import { formatDate, today } from '../../../i18n/format';
import type { AccompanimentNode } from '../HouseholdView';
import { dateProblem, refusals } from './checks';

const RecordReviewMutation = graphql(`
  mutation RecordReview($input: RecordReviewInput!) {
    recordReview(input: $input) {
      id
    }
  }
`);

/** A goal of the latest diagnostic, as the review reports on it. */
export interface GoalToReview {
  label: string;
  progress: number;
}

/** Records an intermediate review: its summary and the progress on the latest diagnostic's goals. */
export function ReviewForm({
  accompaniment,
  goals: named,
}: {
  accompaniment: AccompanimentNode;
  goals: GoalToReview[];
}) {
  const { t } = useTranslation('accompanimentForms');
  // The API takes each goal once (by its name, whatever the case).
  const goals = named.filter(
    (goal, i) => named.findIndex((other) => other.label.toLowerCase() === goal.label.toLowerCase()) === i,
  );
  const [date, setDate] = useState(today);
  const [summary, setSummary] = useState('');
  const [progress, setProgress] = useState<Record<string, number | string>>({});
  const form = useMutationForm(undefined, {
    date: t('date.outside', { start: formatDate(accompaniment.startDate) }),
    summary: t('review.summaryRequired'),
  });
  const [record] = useMutation(RecordReviewMutation, {
    refetchQueries: ['AccompanimentRecord'],
    awaitRefetchQueries: true,
  });
  const progressOf = (goal: GoalToReview) => progress[goal.label] ?? goal.progress;
  const change = (apply: () => void) => {
    form.touched();
    apply();
  };

  const submit = form.submit(
    async () => {
      await record({
        variables: {
          input: {
            accompanimentId: accompaniment.id,
            date,
            summary: summary.trim(),
            goalProgress: goals.map((goal) => ({ goal: goal.label, progress: Number(progressOf(goal)) })),
          },
        },
      });
      setSummary('');
      setProgress({});
    },
    () => {
      const problem = dateProblem(date, accompaniment.startDate);
      const outOfRange = goals.some((goal) => {
        const value = progressOf(goal);
        return !(typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 100);
      });
      return refusals({
        date: problem && t(`date.${problem}`, { start: formatDate(accompaniment.startDate) }),
        summary: !summary.trim() && t('review.summaryRequired'),
        goalProgress: outOfRange && t('progressRange'),
      });
    },
  );

  return (
    <form onSubmit={submit} noValidate data-testid="review-form" aria-label={t('review.formTitle')}>
      <Stack gap="sm">
        <TextInput
          type="date"
          label={t('date.label')}
          description={t('date.hint', { start: formatDate(accompaniment.startDate) })}
          value={date}
          min={accompaniment.startDate ?? undefined}
          max={today()}
          onChange={(event) => {
            const value = event.currentTarget.value;
            change(() => setDate(value));
          }}
          required
          error={form.fieldError('date')}
          styles={readableField}
          data-testid="review-date"
          maw={260}
        />
        <Textarea
          label={t('review.summary')}
          value={summary}
          onChange={(event) => {
            const value = event.currentTarget.value;
            change(() => setSummary(value));
          }}
          autosize
          minRows={3}
          maxLength={5000}
          required
          error={form.fieldError('summary')}
          styles={readableField}
          data-testid="review-summary"
        />
        {goals.length > 0 ? (
          <>
            <Text size="sm">{t('review.goalsHint')}</Text>
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
              {goals.map((goal) => (
                <NumberInput
                  key={goal.label}
                  label={goal.label}
                  value={progressOf(goal)}
                  onChange={(value) =>
                    change(() => setProgress((current) => ({ ...current, [goal.label]: value })))
                  }
                  min={0}
                  max={100}
                  suffix=" %"
                  allowDecimal={false}
                  allowNegative={false}
                  clampBehavior="none"
                  data-testid="review-goal-progress"
                />
              ))}
            </SimpleGrid>
            {form.fieldError('goalProgress') && (
              <Text size="sm" c="red.9">
                {form.fieldError('goalProgress')}
              </Text>
            )}
          </>
        ) : (
          <Text size="sm">{t('review.noGoal')}</Text>
        )}
        <FormFeedback
          refusal={form.refusal}
          saved={form.saved}
          savedText={t('review.saved')}
          testId="review"
        />
        <Group>
          <Button type="submit" loading={form.saving} data-testid="review-submit">
            {t('review.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

import { Card, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { can } from '../../../auth/permissions';
import { useUser } from '../../../auth/session';
import { graphql } from '../../../gql';
import type { ReviewsPanelFragment } from '../../../gql/graphql';
import { formatDate, formatPercent } from '../../../i18n/format';
import type { AccompanimentNode } from '../HouseholdView';
import { FormToggle } from './FormToggle';
import { type GoalToReview, ReviewForm } from './ReviewForm';

graphql(`
  fragment ReviewsPanel on Accompaniment {
    reviews {
      id
      date
      summary
      goalProgress {
        goal
        progress
      }
    }
  }
`);

type Reviews = NonNullable<ReviewsPanelFragment['reviews']>;

/** The intermediate reviews, latest first, with the progress on each goal; and the form to record one. */
export function ReviewsPanel({
  accompaniment,
  reviews,
  goals,
}: {
  accompaniment: AccompanimentNode;
  reviews: Reviews | null | undefined;
  goals: GoalToReview[];
}) {
  const { t } = useTranslation('accompanimentForms');
  const { role } = useUser();
  const headingId = `reviews-${accompaniment.id}`;
  return (
    <section aria-labelledby={headingId} data-testid="reviews-panel">
      <Title order={4} size="h6" id={headingId} mb="xs">
        {t('review.title')}
      </Title>
      <Stack gap="sm">
        {reviews && reviews.length === 0 && <Text size="sm">{t('review.none')}</Text>}
        {reviews?.map((review) => (
          <Card key={review.id} withBorder padding="sm" data-testid="review">
            <Text size="sm" fw={600}>
              {t('review.of', { date: formatDate(review.date) })}
            </Text>
            <Text size="sm" mt={4} style={{ whiteSpace: 'pre-line' }}>
              {review.summary}
            </Text>
            {review.goalProgress.length > 0 && (
              <List size="sm" mt="xs">
                {review.goalProgress.map((progress) => (
                  <List.Item key={progress.goal}>
                    {t('review.progressLine', {
                      goal: progress.goal,
                      progress: formatPercent(progress.progress / 100),
                    })}
                  </List.Item>
                ))}
              </List>
            )}
          </Card>
        ))}
        {can(role, 'review.record') && accompaniment.phase !== 'ENDED' && (
          <FormToggle label={t('review.formTitle')} testId="review-open">
            <ReviewForm accompaniment={accompaniment} goals={goals} />
          </FormToggle>
        )}
      </Stack>
    </section>
  );
}

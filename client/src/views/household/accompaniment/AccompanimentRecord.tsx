import { useQuery } from '@apollo/client/react';
import { Divider, Stack } from '@mantine/core';
import { can } from '../../../auth/permissions';
import { useUser } from '../../../auth/session';
import { QueryErrors } from '../../../components/QueryErrors';
import { graphql } from '../../../gql';
import type { AccompanimentRecordQuery } from '../../../gql/graphql';
import type { AccompanimentNode } from '../HouseholdView';
import { CommitteesPanel } from './CommitteesPanel';
import { ContactSchedulePanel } from './ContactSchedulePanel';
import { DiagnosticsPanel } from './DiagnosticsPanel';
import { MovePhaseForm } from './MovePhaseForm';
import type { GoalToReview } from './ReviewForm';
import { ReviewsPanel } from './ReviewsPanel';

// What is recorded on the accompaniment beyond its frame (the household file's own query): each
// panel's fragment, asked by the social team only (diagnostics and reviews are theirs to read).
const RecordQuery = graphql(`
  query AccompanimentRecord($id: ID!) {
    accompaniment(id: $id) {
      id
      ...DiagnosticsPanel
      ...ReviewsPanel
      ...CommitteesPanel
      ...ContactScheduleChanges
    }
  }
`);

/**
 * The goals of the latest diagnostic, each at its progress in the latest review since (the
 * diagnostic's own figure before any review), for the next review to start from.
 */
function goalsToReview(data: AccompanimentRecordQuery['accompaniment'] | undefined): GoalToReview[] {
  const diagnostic = data?.diagnostics?.[0];
  if (!diagnostic) return [];
  const review = data?.reviews?.find((r) => r.date >= diagnostic.date);
  return (diagnostic.goals ?? []).map((goal) => ({
    label: goal.label,
    progress:
      review?.goalProgress.find((p) => p.goal.toLowerCase() === goal.label.toLowerCase())?.progress ??
      goal.progress,
  }));
}

/** The work on one accompaniment: its phase, schedule, diagnostics, reviews and committees. */
export function AccompanimentRecord({ accompaniment }: { accompaniment: AccompanimentNode }) {
  const { role } = useUser();
  const details = can(role, 'accompaniment.details');
  const record = useQuery(RecordQuery, {
    variables: { id: accompaniment.id },
    skip: !details,
  });
  if (!details) return null;
  const data = record.data?.accompaniment;
  return (
    <Stack gap="lg" mt="md" data-testid="accompaniment-record">
      <Divider />
      <QueryErrors error={record.error} onRetry={() => void record.refetch()} />
      <MovePhaseForm accompaniment={accompaniment} />
      <ContactSchedulePanel accompaniment={accompaniment} changes={data?.contactScheduleChanges} />
      <DiagnosticsPanel accompaniment={accompaniment} diagnostics={data?.diagnostics} />
      <ReviewsPanel accompaniment={accompaniment} reviews={data?.reviews} goals={goalsToReview(data)} />
      <CommitteesPanel accompaniment={accompaniment} decisions={data?.committeeDecisions} />
    </Stack>
  );
}

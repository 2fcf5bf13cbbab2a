import { Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { can } from '../../../auth/permissions';
import { useUser } from '../../../auth/session';
import { graphql } from '../../../gql';
import type { CommitteesPanelFragment } from '../../../gql/graphql';
import { formatDate } from '../../../i18n/format';
import type { AccompanimentNode } from '../HouseholdView';
import { CommitteeForm } from './CommitteeForm';
import { FormToggle } from './FormToggle';

graphql(`
  fragment CommitteesPanel on Accompaniment {
    committeeDecisions {
      id
      decision
      committee {
        id
        date
        participants
      }
    }
  }
`);

type Decisions = NonNullable<CommitteesPanelFragment['committeeDecisions']>;

/** The follow-up committees' decisions about this accompaniment, latest committee first; and the form. */
export function CommitteesPanel({
  accompaniment,
  decisions,
}: {
  accompaniment: AccompanimentNode;
  decisions: Decisions | null | undefined;
}) {
  const { t } = useTranslation('accompanimentForms');
  const { role } = useUser();
  const headingId = `committees-${accompaniment.id}`;
  const sorted = [...(decisions ?? [])].sort((a, b) => b.committee.date.localeCompare(a.committee.date));
  return (
    <section aria-labelledby={headingId} data-testid="committees-panel">
      <Title order={4} size="h6" id={headingId} mb="xs">
        {t('committee.title')}
      </Title>
      <Stack gap="sm">
        {decisions && decisions.length === 0 && <Text size="sm">{t('committee.none')}</Text>}
        {sorted.map((decision) => (
          <Card key={decision.id} withBorder padding="sm" data-testid="committee-decision">
            <Text size="sm" fw={600}>
              {t('committee.of', { date: formatDate(decision.committee.date) })}
            </Text>
            <Text size="sm" mt={4} style={{ whiteSpace: 'pre-line' }}>
              {decision.decision}
            </Text>
            <Text size="xs" mt={4}>
              {t('committee.participantsLine', { participants: decision.committee.participants.join(', ') })}
            </Text>
          </Card>
        ))}
        {can(role, 'committee.record') && accompaniment.phase !== 'ENDED' && (
          <FormToggle label={t('committee.formTitle')} testId="committee-open">
            <CommitteeForm accompaniment={accompaniment} />
          </FormToggle>
        )}
      </Stack>
    </section>
  );
}

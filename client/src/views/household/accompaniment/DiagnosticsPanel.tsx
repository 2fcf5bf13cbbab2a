import { Card, Group, List, Progress, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { can } from '../../../auth/permissions';
import { useUser } from '../../../auth/session';
import { graphql } from '../../../gql';
import type { DiagnosticsPanelFragment } from '../../../gql/graphql';
import { formatDate, formatPercent } from '../../../i18n/format';
import type { AccompanimentNode } from '../HouseholdView';
import { DiagnosticForm } from './DiagnosticForm';
import { FormToggle } from './FormToggle';

graphql(`
  fragment DiagnosticsPanel on Accompaniment {
    diagnostics {
      id
      date
      areas {
        area
        needs
      }
      goals {
        id
        label
        progress
      }
    }
  }
`);

type Diagnostics = NonNullable<DiagnosticsPanelFragment['diagnostics']>;

/** The shared diagnostics, latest first, with their goals; and the form to record one. */
export function DiagnosticsPanel({
  accompaniment,
  diagnostics,
}: {
  accompaniment: AccompanimentNode;
  diagnostics: Diagnostics | null | undefined;
}) {
  const { t } = useTranslation('accompanimentForms');
  const { role } = useUser();
  const headingId = `diagnostics-${accompaniment.id}`;
  return (
    <section aria-labelledby={headingId} data-testid="diagnostics-panel">
      <Title order={4} size="h6" id={headingId} mb="xs">
        {t('diagnostic.title')}
      </Title>
      <Stack gap="sm">
        {diagnostics && diagnostics.length === 0 && <Text size="sm">{t('diagnostic.none')}</Text>}
        {diagnostics?.map((diagnostic) => (
          <Card key={diagnostic.id} withBorder padding="sm" data-testid="diagnostic">
            <Text size="sm" fw={600}>
              {t('diagnostic.of', { date: formatDate(diagnostic.date) })}
            </Text>
            <List size="sm" mt={4}>
              {diagnostic.areas.map((area) => (
                <List.Item key={area.area}>
                  <Text span size="sm" fw={600}>
                    {t(`common:enums.SupportArea.${area.area}`)}
                  </Text>{' '}
                  : {area.needs}
                </List.Item>
              ))}
            </List>
            {diagnostic.goals && diagnostic.goals.length > 0 && (
              <Stack gap={4} mt="xs">
                <Text size="sm" fw={600}>
                  {t('diagnostic.goalsCount', { count: diagnostic.goals.length })}
                </Text>
                {diagnostic.goals.map((goal) => (
                  <Group key={goal.id} gap="sm" wrap="nowrap" data-testid="diagnostic-goal">
                    <Text size="sm" style={{ flex: 1 }}>
                      {goal.label}
                    </Text>
                    <Progress
                      w={120}
                      value={goal.progress}
                      aria-label={t('diagnostic.progressOf', { goal: goal.label })}
                    />
                    <Text size="sm" w={48} ta="right">
                      {formatPercent(goal.progress / 100)}
                    </Text>
                  </Group>
                ))}
              </Stack>
            )}
          </Card>
        ))}
        {can(role, 'diagnostic.record') && accompaniment.phase !== 'ENDED' && (
          <FormToggle label={t('diagnostic.formTitle')} testId="diagnostic-open">
            <DiagnosticForm accompaniment={accompaniment} />
          </FormToggle>
        )}
      </Stack>
    </section>
  );
}

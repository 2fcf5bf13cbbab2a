import { useQuery } from '@apollo/client/react';
import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../auth/permissions';
import { useUser } from '../../auth/session';
import { QueryErrors } from '../../components/QueryErrors';
import { graphql } from '../../gql';
import type { MatchingSettingsPanelQuery } from '../../gql/graphql';
import { formatDate, formatNumber, formatPercent } from '../../i18n/format';
import { MatchingSettingsForm } from './MatchingSettingsForm';

const MatchingSettingsPanelDocument = graphql(`
  query MatchingSettingsPanel {
    matchingSettings {
      id
      version
      effortRateCeiling
      horizonDays
      typologiesBySize
      history(first: 5) {
        id
        changedAt
        note
      }
    }
  }
`);

export type MatchingSettingsValues = NonNullable<MatchingSettingsPanelQuery['matchingSettings']>;

/** The matching rules in force, and for social management a form to change them, with their effect first. */
export function MatchingSettingsPanel() {
  const { t } = useTranslation('housingForms');
  const { role } = useUser();
  const { data, error } = useQuery(MatchingSettingsPanelDocument);
  const [editing, setEditing] = useState(false);
  const settings = data?.matchingSettings;
  const typologies = (list: readonly string[]) =>
    list.map((value) => t(`common:enums.Typology.${value}`)).join(', ');

  return (
    <Card
      withBorder
      component="section"
      aria-labelledby="matching-settings-title"
      data-testid="matching-settings"
    >
      <Group justify="space-between" align="baseline">
        <Title order={2} size="h4" id="matching-settings-title">
          {t('matching.title')}
        </Title>
        {settings && !editing && can(role, 'matching.settings') && (
          <Button
            variant="outline"
            size="xs"
            onClick={() => setEditing(true)}
            data-testid="matching-settings-open"
          >
            {t('matching.open')}
          </Button>
        )}
      </Group>
      <QueryErrors error={error} />
      {settings && !editing && (
        <Stack gap={4} mt="xs">
          <Text size="sm">
            {t('matching.summary', {
              rate: formatPercent(settings.effortRateCeiling),
              days: t('matching.days', {
                count: settings.horizonDays,
                formatted: formatNumber(settings.horizonDays),
              }),
            })}
          </Text>
          <Text size="sm">
            {settings.typologiesBySize
              .map((list, i) =>
                t('matching.sizeLine', {
                  size: t('matching.persons', { count: i + 1 }),
                  typologies: typologies(list),
                }),
              )
              .join(' · ')}
          </Text>
          {settings.history[0] && (
            <Text size="xs" c="gray.7">
              {t('matching.lastChange', { date: formatDate(settings.history[0].changedAt) })}
              {settings.history[0].note ? ` — ${settings.history[0].note}` : ''}
            </Text>
          )}
        </Stack>
      )}
      {settings && editing && <MatchingSettingsForm settings={settings} onDone={() => setEditing(false)} />}
    </Card>
  );
}

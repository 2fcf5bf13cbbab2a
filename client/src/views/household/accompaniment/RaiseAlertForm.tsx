import { useMutation } from '@apollo/client/react';
import { Button, Card, Checkbox, Group, Select, Stack, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../../auth/permissions';
import { useUser } from '../../../auth/session';
import { FormFeedback, readableField, useMutationForm } from '../../../components/forms';
import { graphql } from '../../../gql';
import type { AlertSign, AlertSource } from '../../../gql/graphql';
import { refusals } from './checks';

const RaiseAlertMutation = graphql(`
  mutation RaiseHouseholdAlert($input: RaiseAlertInput!) {
    raiseAlert(input: $input) {
      id
      status
      triageDeadline
    }
  }
`);

const SOURCES: AlertSource[] = [
  'TENANT_REQUEST',
  'ARREARS_MEETING',
  'LOCAL_STAFF',
  'NEIGHBOUR',
  'FAMILY',
  'PARTNER',
];
const SIGNS: AlertSign[] = [
  'NO_RESPONSE_TO_REMINDERS',
  'HOARDING_OR_NEGLECT',
  'EVICTION_PROCEDURE',
  'ARREARS',
  'NEIGHBOUR_CONFLICT',
];

/**
 * Signals a situation from the household's file: the API attaches it to the household's running
 * accompaniment, so that its workers triage it in the alerts view.
 */
export function RaiseAlertForm({ householdId }: { householdId: string }) {
  const { t } = useTranslation('accompanimentForms');
  const { role } = useUser();
  const [source, setSource] = useState<AlertSource | null>(null);
  const [signs, setSigns] = useState<string[]>([]);
  const [description, setDescription] = useState('');
  const form = useMutationForm(undefined, {
    description: t('alert.descriptionRequired'),
    signs: t('alert.signsRequired'),
  });
  const [raise] = useMutation(RaiseAlertMutation, {
    refetchQueries: ['HouseholdAccompaniment'],
    awaitRefetchQueries: true,
  });
  if (!can(role, 'alert.raise')) return null;
  const change = (apply: () => void) => {
    form.touched();
    apply();
  };

  const submit = form.submit(
    async () => {
      await raise({
        variables: {
          input: {
            householdId,
            source: source as AlertSource,
            signs: signs as AlertSign[],
            description: description.trim(),
          },
        },
      });
      setSource(null);
      setSigns([]);
      setDescription('');
    },
    () =>
      refusals({
        source: !source && t('alert.sourceRequired'),
        signs: signs.length === 0 && t('alert.signsRequired'),
        description: !description.trim() && t('alert.descriptionRequired'),
      }),
  );

  return (
    <Card withBorder component="section" aria-labelledby="raise-alert-title" mt="md">
      <Title order={3} size="h5" id="raise-alert-title" mb="sm">
        {t('alert.title')}
      </Title>
      <form onSubmit={submit} noValidate data-testid="raise-alert-form">
        <Stack gap="sm">
          <Select
            label={t('alert.source')}
            data={SOURCES.map((value) => ({ value, label: t(`common:enums.AlertSource.${value}`) }))}
            value={source}
            onChange={(value) => change(() => setSource(value as AlertSource | null))}
            required
            error={form.fieldError('source')}
            styles={readableField}
            data-testid="raise-alert-source"
            maw={360}
          />
          <Checkbox.Group
            label={t('alert.signs')}
            value={signs}
            onChange={(value) => change(() => setSigns(value))}
            required
            error={form.fieldError('signs')}
            styles={readableField}
            data-testid="raise-alert-signs"
          >
            <Group mt="xs">
              {SIGNS.map((sign) => (
                <Checkbox
                  key={sign}
                  value={sign}
                  label={t(`common:enums.AlertSign.${sign}`)}
                  data-testid={`raise-alert-sign-${sign}`}
                />
              ))}
            </Group>
          </Checkbox.Group>
          <Textarea
            label={t('alert.description')}
            value={description}
            onChange={(event) => {
              const value = event.currentTarget.value;
              change(() => setDescription(value));
            }}
            autosize
            minRows={3}
            maxLength={4000}
            required
            error={form.fieldError('description')}
            styles={readableField}
            data-testid="raise-alert-description"
          />
          <FormFeedback
            refusal={form.refusal}
            saved={form.saved}
            savedText={t('alert.saved')}
            testId="raise-alert"
          />
          <Group>
            <Button type="submit" loading={form.saving} data-testid="raise-alert-submit">
              {t('alert.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

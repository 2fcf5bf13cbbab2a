import { useMutation } from '@apollo/client/react';
import { Button, Card, Checkbox, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFeedback, useMutationForm } from '../../components/forms';
import { graphql } from '../../gql';
import { formatDate, today } from '../../i18n/format';
import { isDate } from './dates';
import { useLeaseReasons } from './reasons';

const RecordMoveInInspectionMutation = graphql(`
  mutation HousingRecordMoveInInspection($input: RecordMoveInInspectionInput!) {
    recordMoveInInspection(input: $input) {
      id
      moveInInspectionDate
      inspectionSocialManagerPresent
      inspectionSupportWorkerPresent
    }
  }
`);

/**
 * The move-in inspection (état des lieux d'entrée) of a running lease and who attended it: it moves
 * the application to "moved in" and the accompaniment into its integration weeks.
 */
export function MoveInInspectionForm({ lease }: { lease: { id: string; startDate: string } }) {
  const { t } = useTranslation('housingForms');
  const [date, setDate] = useState(() => [today(), lease.startDate].sort()[1]);
  const [socialManager, setSocialManager] = useState(true);
  const [supportWorker, setSupportWorker] = useState(true);
  const form = useMutationForm(useLeaseReasons());
  const [record] = useMutation(RecordMoveInInspectionMutation, {
    refetchQueries: ['HouseholdFile', 'HouseholdAccompaniment', 'DwellingDetail'],
    awaitRefetchQueries: true,
  });

  const check = () => ({
    date: !isDate(date)
      ? t('lease.errors.date')
      : date > today()
        ? t('reasons.DATE_IN_FUTURE')
        : date < lease.startDate
          ? t('inspection.errors.beforeStart', { date: formatDate(lease.startDate) })
          : undefined,
  });
  const submit = form.submit(
    () =>
      record({
        variables: {
          input: {
            leaseId: lease.id,
            date,
            socialManagerPresent: socialManager,
            supportWorkerPresent: supportWorker,
          },
        },
      }),
    check,
  );

  return (
    <Card withBorder component="section" aria-labelledby="inspection-title" data-testid="move-in-inspection">
      <Title order={2} size="h4" id="inspection-title" mb="xs">
        {t('inspection.title')}
      </Title>
      <Text size="sm" mb="sm">
        {t('inspection.intro')}
      </Text>
      <form onSubmit={submit} noValidate data-testid="move-in-inspection-form">
        <Stack gap="sm">
          <TextInput
            type="date"
            label={t('inspection.date')}
            value={date}
            min={lease.startDate}
            max={today()}
            onChange={(event) => {
              form.touched();
              setDate(event.currentTarget.value);
            }}
            required
            error={form.fieldError('date')}
            maw={240}
            data-testid="inspection-date"
          />
          <Checkbox
            label={t('inspection.socialManagerPresent')}
            checked={socialManager}
            onChange={(event) => setSocialManager(event.currentTarget.checked)}
            data-testid="inspection-social-manager"
          />
          <Checkbox
            label={t('inspection.supportWorkerPresent')}
            checked={supportWorker}
            onChange={(event) => setSupportWorker(event.currentTarget.checked)}
            data-testid="inspection-support-worker"
          />
          <FormFeedback
            refusal={form.refusal}
            saved={form.saved}
            savedText={t('inspection.recorded')}
            testId="inspection"
          />
          <Group>
            <Button type="submit" loading={form.saving} data-testid="inspection-submit">
              {t('inspection.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

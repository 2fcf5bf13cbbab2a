import { useMutation } from '@apollo/client/react';
import { Alert, Button, Checkbox, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFeedback, useMutationForm } from '../../../components/forms';
import { graphql } from '../../../gql';
import { apiReasons, type Problems, RULES } from './rules';

const EraseHouseholdMutation = graphql(`
  mutation EraseHousehold($householdId: ID!, $reason: String!) {
    eraseHousehold(householdId: $householdId, reason: $reason) {
      householdId
      erasedAt
      membersAnonymised
      applicationsAnonymised
    }
  }
`);

/**
 * The right to erasure, for the API's data subject desk: names, birth dates (the year stays) and
 * registration numbers anonymised in every subgraph, for good. Asks for the reason and an explicit
 * confirmation first.
 */
export function EraseHouseholdModal({
  householdId,
  reference,
  onClose,
}: {
  householdId: string;
  reference: string;
  onClose: () => void;
}) {
  const { t } = useTranslation('householdForms');
  const [reason, setReason] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const form = useMutationForm(apiReasons(t));
  const [erase] = useMutation(EraseHouseholdMutation, {
    refetchQueries: ['HouseholdFile', 'HouseholdForEdit', 'HouseholdAccompaniment'],
    awaitRefetchQueries: true,
  });
  const submit = form.submit(
    async () => {
      await erase({ variables: { householdId, reason: reason.trim() } });
    },
    () => {
      const problems: Problems = {};
      if (!reason.trim()) problems.reason = t('invalid.required');
      else if (reason.trim().length > RULES.erasureReason.max)
        problems.reason = t('invalid.tooLong', { count: RULES.erasureReason.max });
      if (!confirmed) problems.confirmation = t('erase.confirmationRequired');
      return problems;
    },
  );

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('erase.title', { reference })}
      closeButtonProps={{ 'aria-label': t('common:state.close') }}
    >
      <form onSubmit={submit} noValidate data-testid="erase-household-form">
        <Stack gap="md">
          <Alert color="red.9" variant="outline">
            {t('erase.warning')}
          </Alert>
          <Textarea
            label={t('erase.reason')}
            value={reason}
            onChange={(event) => {
              form.touched();
              setReason(event.currentTarget.value);
            }}
            autosize
            minRows={2}
            maxLength={RULES.erasureReason.max}
            withAsterisk
            error={form.fieldError('reason')}
            data-testid="erase-reason"
          />
          <Checkbox
            label={t('erase.confirmation', { reference })}
            checked={confirmed}
            onChange={(event) => setConfirmed(event.currentTarget.checked)}
            error={form.fieldError('confirmation')}
            data-testid="erase-confirmation"
          />
          <FormFeedback
            refusal={form.refusal}
            saved={form.saved}
            savedText={t('erase.saved')}
            testId="erase-household"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {form.saved ? t('common:state.close') : t('common:state.cancel')}
            </Button>
            {!form.saved && (
              <Button type="submit" color="red.9" loading={form.saving} data-testid="erase-household-submit">
                {t('erase.submit')}
              </Button>
            )}
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, MultiSelect, NumberInput, Stack, TagsInput, TextInput } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFeedback, useMutationForm } from '../../../components/forms';
import { graphql } from '../../../gql';
import type { Typology } from '../../../gql/graphql';
import { MONEY } from './HouseholdFields';
import { apiReasons, checkAmount, type Problems, RULES, toCents } from './rules';

const SubmitApplicationMutation = graphql(`
  mutation SubmitApplication($input: SubmitApplicationInput!) {
    submitApplication(input: $input) {
      id
      registrationNumber
      status
      version
      nextStatuses
    }
  }
`);

const TYPOLOGIES: Typology[] = ['T1', 'T2', 'T3', 'T4', 'T5', 'T6'];

interface Draft {
  registrationNumber: string;
  desiredTypologies: Typology[];
  desiredCommunes: string[];
  maxRent: number | string;
}

/** The API's rules (SubmitApplicationInput and the service). */
function check(draft: Draft, t: TFunction): Problems {
  const problems: Problems = {};
  if (!RULES.registrationNumber.test(draft.registrationNumber))
    problems.registrationNumber = t('householdForms:invalid.registrationNumber');
  if (draft.desiredTypologies.length < RULES.typologies.min)
    problems.desiredTypologies = t('householdForms:invalid.atLeastOne');
  const communes = draft.desiredCommunes.map((c) => c.trim());
  if (communes.length < RULES.communes.min) problems.desiredCommunes = t('householdForms:invalid.atLeastOne');
  else if (communes.length > RULES.communes.max)
    problems.desiredCommunes = t('householdForms:invalid.tooMany', { count: RULES.communes.max });
  else if (communes.some((c) => c.length < RULES.commune.min || c.length > RULES.commune.max))
    problems.desiredCommunes = t('householdForms:api.COMMUNE_NAME');
  checkAmount(problems, t, 'maxRentCents', draft.maxRent, true);
  return problems;
}

/** "Déposer une demande": the household's application, received; the file updates without a reload. */
export function SubmitApplicationModal({
  householdId,
  onClose,
}: {
  householdId: string;
  onClose: () => void;
}) {
  const { t } = useTranslation('householdForms');
  const [draft, setDraft] = useState<Draft>({
    registrationNumber: '',
    desiredTypologies: [],
    desiredCommunes: [],
    maxRent: '',
  });
  const form = useMutationForm(apiReasons(t));
  const [submitApplication] = useMutation(SubmitApplicationMutation, {
    refetchQueries: ['HouseholdFile', 'HouseholdForEdit'],
    awaitRefetchQueries: true,
  });
  const set = (change: Partial<Draft>) => {
    form.touched();
    setDraft((current) => ({ ...current, ...change }));
  };
  const submit = form.submit(
    async () => {
      await submitApplication({
        variables: {
          input: {
            householdId,
            registrationNumber: draft.registrationNumber,
            desiredTypologies: draft.desiredTypologies,
            desiredCommunes: draft.desiredCommunes.map((c) => c.trim()),
            maxRentCents: toCents(draft.maxRent) ?? 0,
          },
        },
      });
      onClose();
    },
    () => check(draft, t),
  );

  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={t('submit.title')}
      closeButtonProps={{ 'aria-label': t('common:state.close') }}
    >
      <form onSubmit={submit} noValidate data-testid="submit-application-form">
        <Stack gap="md">
          <TextInput
            label={t('submit.registrationNumber')}
            description={t('submit.registrationNumberHint')}
            value={draft.registrationNumber}
            onChange={(event) => set({ registrationNumber: event.currentTarget.value.toUpperCase().trim() })}
            maxLength={24}
            withAsterisk
            error={form.fieldError('registrationNumber')}
            data-testid="application-registration-number"
          />
          <MultiSelect
            label={t('submit.desiredTypologies')}
            data={TYPOLOGIES.map((value) => ({ value, label: t(`common:enums.Typology.${value}`) }))}
            value={draft.desiredTypologies}
            onChange={(values) => set({ desiredTypologies: values as Typology[] })}
            withAsterisk
            error={form.fieldError('desiredTypologies')}
            data-testid="application-typologies"
          />
          <TagsInput
            label={t('submit.desiredCommunes')}
            description={t('submit.desiredCommunesHint')}
            value={draft.desiredCommunes}
            onChange={(values) => set({ desiredCommunes: values })}
            maxTags={RULES.communes.max}
            withAsterisk
            error={form.fieldError('desiredCommunes')}
            data-testid="application-communes"
          />
          <NumberInput
            {...MONEY}
            label={t('submit.maxRent')}
            description={t('submit.maxRentHint')}
            value={draft.maxRent}
            onChange={(value) => set({ maxRent: value })}
            withAsterisk
            error={form.fieldError('maxRentCents')}
            data-testid="application-max-rent"
          />
          <FormFeedback
            refusal={form.refusal}
            saved={form.saved}
            savedText={t('submit.saved')}
            testId="submit-application"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common:state.cancel')}
            </Button>
            <Button type="submit" loading={form.saving} data-testid="submit-application-submit">
              {t('submit.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

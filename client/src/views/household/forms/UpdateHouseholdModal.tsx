import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFeedback, useMutationForm } from '../../../components/forms';
import { graphql } from '../../../gql';
import type { HouseholdForEditQuery, UpdateHouseholdInput } from '../../../gql/graphql';
import { checkHousehold, FLAGS, type HouseholdDraft, HouseholdFields } from './HouseholdFields';
import { checkMembers, type MemberDraft, MembersFields, membersInput } from './MembersFields';
import { apiReasons, toCents, toEuros } from './rules';

const UpdateHouseholdMutation = graphql(`
  mutation UpdateHousehold($id: ID!, $input: UpdateHouseholdInput!, $withTargetPublic: Boolean!) {
    updateHousehold(id: $id, input: $input) {
      id
      version
      monthlyResourcesCents
      housingBenefitCents
      singleParent
      dalo
      collectiveAgreement
      pdalpd
      stepFreeAccessNeed
      targetPublic @include(if: $withTargetPublic)
      consentToShareDate
      consentToShare
      size
      adults
      children
      members {
        id
        firstName
        lastName
        birthDate
        role
      }
    }
  }
`);

type Editable = NonNullable<HouseholdForEditQuery['household']>;

const draftOf = (household: Editable): HouseholdDraft => ({
  monthlyResources: toEuros(household.monthlyResourcesCents),
  housingBenefit: toEuros(household.housingBenefitCents),
  singleParent: household.singleParent,
  dalo: household.dalo,
  collectiveAgreement: household.collectiveAgreement,
  pdalpd: household.pdalpd,
  stepFreeAccessNeed: household.stepFreeAccessNeed,
  targetPublic: household.targetPublic ?? null,
  consentToShareDate: household.consentToShareDate ?? '',
});

const membersOf = (household: Editable): MemberDraft[] =>
  household.members.map(({ id, firstName, lastName, birthDate, role }) => ({
    key: id,
    id,
    firstName,
    lastName,
    birthDate,
    role,
  }));

/** The changes only (the API changes only the fields given), with the version read. */
function changesOf(
  household: Editable,
  draft: HouseholdDraft,
  members: MemberDraft[],
  withTargetPublic: boolean,
): UpdateHouseholdInput {
  const input: UpdateHouseholdInput = { version: household.version };
  // The whole composition, when it changed.
  const composition = membersInput(members);
  if (JSON.stringify(composition) !== JSON.stringify(membersInput(membersOf(household))))
    input.members = composition;
  const monthly = toCents(draft.monthlyResources);
  if (monthly !== null && monthly !== household.monthlyResourcesCents) input.monthlyResourcesCents = monthly;
  const benefit = toCents(draft.housingBenefit) ?? 0;
  if (benefit !== household.housingBenefitCents) input.housingBenefitCents = benefit;
  for (const flag of FLAGS) if (draft[flag] !== household[flag]) input[flag] = draft[flag];
  if (withTargetPublic && draft.targetPublic !== (household.targetPublic ?? null))
    input.targetPublic = draft.targetPublic;
  if (draft.consentToShareDate !== (household.consentToShareDate ?? ''))
    input.consentToShareDate = draft.consentToShareDate || null;
  return input;
}

/** "Modifier": the household's resources and situation; the file updates without a reload. */
export function UpdateHouseholdModal({
  household,
  withTargetPublic,
  onClose,
}: {
  household: Editable;
  withTargetPublic: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('householdForms');
  const [draft, setDraft] = useState<HouseholdDraft>(() => draftOf(household));
  const [members, setMembers] = useState<MemberDraft[]>(() => membersOf(household));
  const form = useMutationForm(apiReasons(t));
  const [update] = useMutation(UpdateHouseholdMutation, {
    refetchQueries: ['HouseholdFile'],
    awaitRefetchQueries: true,
  });
  const submit = form.submit(
    async () => {
      await update({
        variables: {
          id: household.id,
          input: changesOf(household, draft, members, withTargetPublic),
          withTargetPublic,
        },
      });
      onClose();
    },
    () => ({ ...checkHousehold(draft, t), ...checkMembers(members, t) }),
  );

  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      title={t('update.title', { reference: household.reference })}
      closeButtonProps={{ 'aria-label': t('common:state.close') }}
    >
      <form onSubmit={submit} noValidate data-testid="update-household-form">
        <Stack gap="md">
          <HouseholdFields
            draft={draft}
            onChange={(change) => {
              form.touched();
              setDraft((current) => ({ ...current, ...change }));
            }}
            fieldError={form.fieldError}
            withTargetPublic={withTargetPublic}
          />
          <Title order={3} size="h5">
            {t('update.members')}
          </Title>
          <MembersFields
            members={members}
            onChange={(next) => {
              form.touched();
              setMembers(next);
            }}
            fieldError={form.fieldError}
          />
          <FormFeedback
            refusal={form.refusal}
            saved={form.saved}
            savedText={t('update.saved')}
            testId="update-household"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common:state.cancel')}
            </Button>
            <Button type="submit" loading={form.saving} data-testid="update-household-submit">
              {t('common:state.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

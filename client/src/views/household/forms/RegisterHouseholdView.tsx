import { useMutation } from '@apollo/client/react';
import { Button, Card, Group, Stack, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '../../../app/navigation';
import { can } from '../../../auth/permissions';
import { useUser } from '../../../auth/session';
import { FormFeedback, useMutationForm } from '../../../components/forms';
import { Page } from '../../../components/Page';
import { graphql } from '../../../gql';
import { blankHousehold, checkHousehold, type HouseholdDraft, HouseholdFields } from './HouseholdFields';
import { blankMember, checkMembers, type MemberDraft, MembersFields, membersInput } from './MembersFields';
import { apiReasons, checkText, type Problems, RULES, toCents } from './rules';

const RegisterHouseholdMutation = graphql(`
  mutation RegisterHousehold($input: RegisterHouseholdInput!) {
    registerHousehold(input: $input) {
      id
      reference
      version
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

/** The API's rules on a new household (RegisterHouseholdInput and the service). */
function check(
  reference: string,
  members: MemberDraft[],
  household: HouseholdDraft,
  t: Parameters<typeof checkHousehold>[1],
) {
  const problems: Problems = checkHousehold(household, t);
  checkText(problems, t, 'reference', reference, RULES.reference);
  Object.assign(problems, checkMembers(members, t));
  return problems;
}

/** "Nouveau ménage": a household and its members, then its file. */
export default function RegisterHouseholdView() {
  const { t } = useTranslation('householdForms');
  const { role } = useUser();
  const navigate = useNavigate();
  const withTargetPublic = can(role, 'household.targetPublic');
  const [reference, setReference] = useState('');
  const [members, setMembers] = useState<MemberDraft[]>(() => [blankMember('ADULT')]);
  const [household, setHousehold] = useState<HouseholdDraft>(blankHousehold);
  const form = useMutationForm(apiReasons(t));
  const [register] = useMutation(RegisterHouseholdMutation);

  const submit = form.submit(
    async () => {
      const result = await register({
        variables: {
          input: {
            reference: reference.trim(),
            members: membersInput(members),
            monthlyResourcesCents: toCents(household.monthlyResources) ?? 0,
            housingBenefitCents: toCents(household.housingBenefit) ?? 0,
            singleParent: household.singleParent,
            dalo: household.dalo,
            collectiveAgreement: household.collectiveAgreement,
            pdalpd: household.pdalpd,
            stepFreeAccessNeed: household.stepFreeAccessNeed,
            ...(withTargetPublic && household.targetPublic ? { targetPublic: household.targetPublic } : {}),
            consentToShareDate: household.consentToShareDate || null,
          },
        },
      });
      const id = result.data?.registerHousehold.id;
      if (id) navigate(paths.household(id));
    },
    () => check(reference, members, household, t),
  );

  return (
    <Page title={t('register.title')} description={t('register.description')}>
      <form onSubmit={submit} noValidate data-testid="register-household-form">
        <Stack gap="md">
          <Card withBorder component="section" aria-labelledby="register-identity-title">
            <Title order={2} size="h4" id="register-identity-title" mb="sm">
              {t('register.identity')}
            </Title>
            <TextInput
              label={t('register.reference')}
              description={t('register.referenceHint')}
              value={reference}
              onChange={(event) => {
                form.touched();
                setReference(event.currentTarget.value);
              }}
              maxLength={RULES.reference.max}
              withAsterisk
              maw={360}
              error={form.fieldError('reference')}
              data-testid="register-reference"
            />
          </Card>

          <Card withBorder component="section" aria-labelledby="register-members-title">
            <Title order={2} size="h4" id="register-members-title" mb="sm">
              {t('register.members')}
            </Title>
            <MembersFields
              members={members}
              onChange={(next) => {
                form.touched();
                setMembers(next);
              }}
              fieldError={form.fieldError}
            />
          </Card>

          <Card withBorder component="section" aria-labelledby="register-situation-title">
            <Title order={2} size="h4" id="register-situation-title" mb="sm">
              {t('register.situation')}
            </Title>
            <HouseholdFields
              draft={household}
              onChange={(change) => {
                form.touched();
                setHousehold((current) => ({ ...current, ...change }));
              }}
              fieldError={form.fieldError}
              withTargetPublic={withTargetPublic}
            />
          </Card>

          <FormFeedback
            refusal={form.refusal}
            saved={form.saved}
            savedText={t('register.saved')}
            testId="register-household"
          />
          <Group>
            <Button type="submit" loading={form.saving} data-testid="register-household-submit">
              {t('register.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Page>
  );
}

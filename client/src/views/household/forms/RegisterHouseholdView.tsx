import { useMutation } from '@apollo/client/react';
import { ActionIcon, Button, Card, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '../../../app/navigation';
import { can } from '../../../auth/permissions';
import { useUser } from '../../../auth/session';
import { FormFeedback, useMutationForm } from '../../../components/forms';
import { Page } from '../../../components/Page';
import { graphql } from '../../../gql';
import type { PersonRole } from '../../../gql/graphql';
import { today } from '../../../i18n/format';
import { blankHousehold, checkHousehold, type HouseholdDraft, HouseholdFields } from './HouseholdFields';
import { apiReasons, checkPastDate, checkText, type Problems, RULES, toCents } from './rules';

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

interface MemberDraft {
  key: number;
  firstName: string;
  lastName: string;
  birthDate: string;
  role: PersonRole;
}

let nextKey = 0;
const blankMember = (role: PersonRole): MemberDraft => ({
  key: nextKey++,
  firstName: '',
  lastName: '',
  birthDate: '',
  role,
});

/** The API's rules on a new household (RegisterHouseholdInput and the service). */
function check(
  reference: string,
  members: MemberDraft[],
  household: HouseholdDraft,
  t: Parameters<typeof checkHousehold>[1],
) {
  const problems: Problems = checkHousehold(household, t);
  checkText(problems, t, 'reference', reference, RULES.reference);
  members.forEach((member, index) => {
    checkText(problems, t, `members.${index}.firstName`, member.firstName, RULES.name);
    checkText(problems, t, `members.${index}.lastName`, member.lastName, RULES.name);
    checkPastDate(problems, t, `members.${index}.birthDate`, member.birthDate, true);
  });
  if (!members.some((member) => member.role === 'ADULT')) problems.members = t('householdForms:api.NO_ADULT');
  if (members.length > RULES.members.max)
    problems.members = t('householdForms:invalid.tooMany', { count: RULES.members.max });
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

  const setMember = (key: number, change: Partial<MemberDraft>) => {
    form.touched();
    setMembers((current) => current.map((m) => (m.key === key ? { ...m, ...change } : m)));
  };
  const roles = (['ADULT', 'CHILD'] as const).map((value) => ({
    value,
    label: t(`common:enums.PersonRole.${value}`),
  }));

  const submit = form.submit(
    async () => {
      const result = await register({
        variables: {
          input: {
            reference: reference.trim(),
            members: members.map(({ firstName, lastName, birthDate, role: memberRole }) => ({
              firstName: firstName.trim(),
              lastName: lastName.trim(),
              birthDate,
              role: memberRole,
            })),
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

  const membersError = form.fieldError('members') ?? form.fieldError('birthDate');

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
            <Stack gap="sm" data-testid="register-members">
              {members.map((member, index) => (
                <Group key={member.key} align="flex-start" gap="sm" wrap="wrap" data-testid="register-member">
                  <TextInput
                    label={t('register.firstName', { number: index + 1 })}
                    value={member.firstName}
                    onChange={(event) => setMember(member.key, { firstName: event.currentTarget.value })}
                    maxLength={RULES.name.max}
                    withAsterisk
                    error={form.fieldError(`members.${index}.firstName`)}
                    data-testid="member-first-name"
                  />
                  <TextInput
                    label={t('register.lastName', { number: index + 1 })}
                    value={member.lastName}
                    onChange={(event) => setMember(member.key, { lastName: event.currentTarget.value })}
                    maxLength={RULES.name.max}
                    withAsterisk
                    error={form.fieldError(`members.${index}.lastName`)}
                    data-testid="member-last-name"
                  />
                  <TextInput
                    type="date"
                    label={t('register.birthDate', { number: index + 1 })}
                    value={member.birthDate}
                    max={today()}
                    onChange={(event) => setMember(member.key, { birthDate: event.currentTarget.value })}
                    withAsterisk
                    error={form.fieldError(`members.${index}.birthDate`)}
                    data-testid="member-birth-date"
                  />
                  <Select
                    label={t('register.role', { number: index + 1 })}
                    data={roles}
                    value={member.role}
                    onChange={(value) => value && setMember(member.key, { role: value as PersonRole })}
                    allowDeselect={false}
                    w={140}
                    data-testid="member-role"
                  />
                  {members.length > 1 && (
                    <ActionIcon
                      variant="subtle"
                      color="red.9"
                      mt={26}
                      size="lg"
                      aria-label={t('register.removeMember', { number: index + 1 })}
                      onClick={() => {
                        form.touched();
                        setMembers((current) => current.filter((m) => m.key !== member.key));
                      }}
                      data-testid="remove-member"
                    >
                      <IconTrash size={18} aria-hidden />
                    </ActionIcon>
                  )}
                </Group>
              ))}
              {membersError && (
                <Text size="sm" c="red.9" role="alert" data-testid="register-members-error">
                  {membersError}
                </Text>
              )}
              <Group gap="sm">
                {(['ADULT', 'CHILD'] as const).map((memberRole) => (
                  <Button
                    key={memberRole}
                    variant="outline"
                    leftSection={<IconPlus size={16} aria-hidden />}
                    disabled={members.length >= RULES.members.max}
                    onClick={() => {
                      form.touched();
                      setMembers((current) => [...current, blankMember(memberRole)]);
                    }}
                    data-testid={`add-member-${memberRole}`}
                  >
                    {t(`register.add.${memberRole}`)}
                  </Button>
                ))}
              </Group>
            </Stack>
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

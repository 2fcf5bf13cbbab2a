import { ActionIcon, Button, Fieldset, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { PersonRole } from '../../../gql/graphql';
import { today } from '../../../i18n/format';
import { checkPastDate, checkText, type Problems, RULES } from './rules';

/** A member as edited: `id` for a current member (updateHousehold changes them), none for a new one. */
export interface MemberDraft {
  key: string;
  id?: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  role: PersonRole;
}

const FLEX = { flex: 1, minWidth: 0 };

let nextKey = 0;
export const blankMember = (role: PersonRole): MemberDraft => ({
  key: `new-${nextKey++}`,
  firstName: '',
  lastName: '',
  birthDate: '',
  role,
});

/** The members as the API takes them (PersonInput, MemberInput). */
export const membersInput = (members: MemberDraft[]) =>
  members.map(({ id, firstName, lastName, birthDate, role }) => ({
    ...(id ? { id } : {}),
    firstName: firstName.trim(),
    lastName: lastName.trim(),
    birthDate,
    role,
  }));

/** The API's rules on a composition: 1 to 20 members, an adult at least, names, birth dates. */
export function checkMembers(members: MemberDraft[], t: TFunction): Problems {
  const problems: Problems = {};
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

/** One row per member (first name, last name, birth date, adult or child), add and remove. */
export function MembersFields({
  members,
  onChange,
  fieldError,
}: {
  members: MemberDraft[];
  onChange: (members: MemberDraft[]) => void;
  fieldError: (field: string) => string | undefined;
}) {
  const { t } = useTranslation('householdForms');
  const set = (key: string, change: Partial<MemberDraft>) =>
    onChange(members.map((m) => (m.key === key ? { ...m, ...change } : m)));
  const roles = (['ADULT', 'CHILD'] as const).map((value) => ({
    value,
    label: t(`common:enums.PersonRole.${value}`),
  }));
  const error = fieldError('members') ?? fieldError('birthDate');

  return (
    <Stack gap="sm" data-testid="members-fields">
      {members.map((member, index) => (
        <Fieldset
          key={member.key}
          legend={t('register.person', { number: index + 1 })}
          p="sm"
          data-testid="member-row"
        >
          <Group align="flex-start" gap="sm" wrap="nowrap">
            <TextInput
              label={t('register.firstName')}
              value={member.firstName}
              onChange={(event) => set(member.key, { firstName: event.currentTarget.value })}
              maxLength={RULES.name.max}
              withAsterisk
              style={FLEX}
              error={fieldError(`members.${index}.firstName`)}
              data-testid="member-first-name"
            />
            <TextInput
              label={t('register.lastName')}
              value={member.lastName}
              onChange={(event) => set(member.key, { lastName: event.currentTarget.value })}
              maxLength={RULES.name.max}
              withAsterisk
              style={FLEX}
              error={fieldError(`members.${index}.lastName`)}
              data-testid="member-last-name"
            />
            <TextInput
              type="date"
              label={t('register.birthDate')}
              value={member.birthDate}
              min="1900-01-01"
              max={today()}
              onChange={(event) => set(member.key, { birthDate: event.currentTarget.value })}
              withAsterisk
              style={FLEX}
              error={fieldError(`members.${index}.birthDate`)}
              data-testid="member-birth-date"
            />
            <Select
              label={t('register.role')}
              data={roles}
              value={member.role}
              onChange={(value) => value && set(member.key, { role: value as PersonRole })}
              allowDeselect={false}
              w={150}
              data-testid="member-role"
            />
            {members.length > 1 && (
              <ActionIcon
                variant="subtle"
                color="red.9"
                mt={26}
                size="lg"
                aria-label={t('register.removeMember', { number: index + 1 })}
                onClick={() => onChange(members.filter((m) => m.key !== member.key))}
                data-testid="remove-member"
              >
                <IconTrash size={18} aria-hidden />
              </ActionIcon>
            )}
          </Group>
        </Fieldset>
      ))}
      {error && (
        <Text size="sm" c="red.9" role="alert" data-testid="members-error">
          {error}
        </Text>
      )}
      <Group gap="sm">
        {(['ADULT', 'CHILD'] as const).map((role) => (
          <Button
            key={role}
            variant="outline"
            leftSection={<IconPlus size={16} aria-hidden />}
            disabled={members.length >= RULES.members.max}
            onClick={() => onChange([...members, blankMember(role)])}
            data-testid={`add-member-${role}`}
          >
            {t(`register.add.${role}`)}
          </Button>
        ))}
      </Group>
    </Stack>
  );
}

import { Checkbox, Group, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { TargetPublic } from '../../../gql/graphql';
import { today } from '../../../i18n/format';
import { checkAmount, checkPastDate, type Problems } from './rules';

/** What registration and update share: resources, eligibility, target public, consent. */
export interface HouseholdDraft {
  /** Euros, as typed. */
  monthlyResources: number | string;
  housingBenefit: number | string;
  singleParent: boolean;
  dalo: boolean;
  collectiveAgreement: boolean;
  pdalpd: boolean;
  stepFreeAccessNeed: boolean;
  targetPublic: TargetPublic | null;
  /** YYYY-MM-DD, or '' for no consent. */
  consentToShareDate: string;
}

export const FLAGS = ['singleParent', 'dalo', 'collectiveAgreement', 'pdalpd', 'stepFreeAccessNeed'] as const;
const TARGET_PUBLICS: TargetPublic[] = ['SINGLE_PARENT', 'LEAVING_PRISON', 'ISOLATED_TENANT'];

export const blankHousehold = (): HouseholdDraft => ({
  monthlyResources: '',
  housingBenefit: 0,
  singleParent: false,
  dalo: false,
  collectiveAgreement: false,
  pdalpd: false,
  stepFreeAccessNeed: false,
  targetPublic: null,
  consentToShareDate: '',
});

/** The API's rules on these fields (RegisterHouseholdInput, UpdateHouseholdInput). */
export function checkHousehold(draft: HouseholdDraft, t: TFunction): Problems {
  const problems: Problems = {};
  checkAmount(problems, t, 'monthlyResourcesCents', draft.monthlyResources, true);
  checkAmount(problems, t, 'housingBenefitCents', draft.housingBenefit, false);
  checkPastDate(problems, t, 'consentToShareDate', draft.consentToShareDate, false);
  return problems;
}

export const MONEY = {
  decimalSeparator: ',',
  thousandSeparator: '\u202f',
  decimalScale: 2,
  min: 0,
  suffix: ' €',
  hideControls: true,
} as const;

/**
 * The inputs of a household's resources and situation. The target public only for the roles that
 * read it (`withTargetPublic`): rental management neither reads nor sets it.
 */
export function HouseholdFields({
  draft,
  onChange,
  fieldError,
  withTargetPublic,
}: {
  draft: HouseholdDraft;
  onChange: (change: Partial<HouseholdDraft>) => void;
  fieldError: (field: string) => string | undefined;
  withTargetPublic: boolean;
}) {
  const { t } = useTranslation('householdForms');
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NumberInput
          {...MONEY}
          label={t('household.monthlyResources')}
          description={t('household.monthlyResourcesHint')}
          value={draft.monthlyResources}
          onChange={(value) => onChange({ monthlyResources: value })}
          withAsterisk
          error={fieldError('monthlyResourcesCents')}
          data-testid="household-monthly-resources"
        />
        <NumberInput
          {...MONEY}
          label={t('household.housingBenefit')}
          value={draft.housingBenefit}
          onChange={(value) => onChange({ housingBenefit: value })}
          error={fieldError('housingBenefitCents')}
          data-testid="household-housing-benefit"
        />
        {withTargetPublic && (
          <Select
            label={t('household.targetPublic')}
            placeholder={t('household.noTargetPublic')}
            data={TARGET_PUBLICS.map((value) => ({
              value,
              label: t(`common:enums.TargetPublic.${value}`),
            }))}
            value={draft.targetPublic}
            onChange={(value) => onChange({ targetPublic: value as TargetPublic | null })}
            clearable
            error={fieldError('targetPublic')}
            data-testid="household-target-public-select"
          />
        )}
        <TextInput
          type="date"
          label={t('household.consentToShareDate')}
          description={t('household.consentHint')}
          value={draft.consentToShareDate}
          max={today()}
          onChange={(event) => onChange({ consentToShareDate: event.currentTarget.value })}
          error={fieldError('consentToShareDate')}
          data-testid="household-consent-date"
        />
      </SimpleGrid>
      <Checkbox.Group
        label={t('household.situation')}
        value={FLAGS.filter((flag) => draft[flag])}
        onChange={(values) =>
          onChange(Object.fromEntries(FLAGS.map((flag) => [flag, values.includes(flag)])))
        }
      >
        <Group gap="md" mt={4}>
          {FLAGS.map((flag) => (
            <Checkbox
              key={flag}
              value={flag}
              label={t(`household:flags.${flag}`)}
              data-testid={`household-flag-${flag}`}
            />
          ))}
        </Group>
      </Checkbox.Group>
    </Stack>
  );
}

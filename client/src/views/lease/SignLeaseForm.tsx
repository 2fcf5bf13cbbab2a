import { useMutation } from '@apollo/client/react';
import {
  Button,
  Card,
  Group,
  Input,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFeedback, useMutationForm } from '../../components/forms';
import { graphql } from '../../gql';
import type { LeaseKind } from '../../gql/graphql';
import { formatDate, today } from '../../i18n/format';
import { addYears, isDate } from './dates';
import { useLeaseReasons } from './reasons';

const SignLeaseMutation = graphql(`
  mutation HousingSignLease($input: SignLeaseInput!) {
    signLease(input: $input) {
      id
      kind
      startDate
      intermediaryAssociation
      plannedHandoverDate
      dwelling {
        id
        status
      }
    }
  }
`);

const KINDS: LeaseKind[] = ['ORDINARY', 'SLIDING'];

interface Draft {
  kind: LeaseKind;
  startDate: string;
  intermediaryAssociation: string;
  plannedHandoverDate: string;
}

/**
 * The lease of the dwelling the commission allocated to the household: ordinary, or sliding (held
 * by the association first, with the date it passes to the household). Checked as the API checks it.
 */
export function SignLeaseForm({
  householdId,
  dwelling,
  slidingProposed,
}: {
  householdId: string;
  dwelling: { id: string; reference: string };
  slidingProposed: boolean;
}) {
  const { t } = useTranslation('housingForms');
  const [draft, setDraft] = useState<Draft>({
    kind: slidingProposed ? 'SLIDING' : 'ORDINARY',
    startDate: today(),
    intermediaryAssociation: '',
    plannedHandoverDate: '',
  });
  const form = useMutationForm(useLeaseReasons());
  const [sign] = useMutation(SignLeaseMutation, {
    refetchQueries: ['HouseholdFile', 'HouseholdAccompaniment'],
    awaitRefetchQueries: true,
  });
  const sliding = draft.kind === 'SLIDING';
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    form.touched();
    setDraft((current) => ({ ...current, [key]: value }));
  };

  const check = () => {
    const association = draft.intermediaryAssociation.trim();
    const now = today();
    const startDate = !isDate(draft.startDate)
      ? t('lease.errors.date')
      : draft.startDate < addYears(now, -5) || draft.startDate > addYears(now, 1)
        ? t('lease.errors.startRange', {
            from: formatDate(addYears(now, -5)),
            to: formatDate(addYears(now, 1)),
          })
        : undefined;
    if (!sliding) return { startDate };
    return {
      startDate,
      intermediaryAssociation:
        association.length < 2 || association.length > 200 ? t('lease.errors.association') : undefined,
      plannedHandoverDate: !isDate(draft.plannedHandoverDate)
        ? t('lease.errors.handoverRequired')
        : draft.plannedHandoverDate <= draft.startDate
          ? t('reasons.HANDOVER_BEFORE_START')
          : draft.plannedHandoverDate > addYears(draft.startDate, 5)
            ? t('reasons.HANDOVER_TOO_LATE')
            : undefined,
    };
  };

  const submit = form.submit(
    () =>
      sign({
        variables: {
          input: {
            householdId,
            dwellingId: dwelling.id,
            kind: draft.kind,
            startDate: draft.startDate,
            intermediaryAssociation: sliding ? draft.intermediaryAssociation.trim() : null,
            plannedHandoverDate: sliding ? draft.plannedHandoverDate : null,
          },
        },
      }),
    check,
  );

  return (
    <Card withBorder component="section" aria-labelledby="sign-lease-title" data-testid="sign-lease">
      <Title order={2} size="h4" id="sign-lease-title" mb="xs">
        {t('lease.signTitle')}
      </Title>
      <Text size="sm" mb="sm">
        {t('lease.signIntro', { reference: dwelling.reference })}
      </Text>
      <form onSubmit={submit} noValidate data-testid="sign-lease-form">
        <Stack gap="sm">
          <Stack gap={4}>
            <Input.Label id="lease-kind-label" component="span">
              {t('lease.kind')}
            </Input.Label>
            <SegmentedControl
              aria-labelledby="lease-kind-label"
              data={KINDS.map((value) => ({ value, label: t(`common:enums.LeaseKind.${value}`) }))}
              value={draft.kind}
              onChange={(value) => set('kind', value as LeaseKind)}
              data-testid="lease-kind"
              w="fit-content"
            />
            {slidingProposed && (
              <Text size="xs" c="gray.7">
                {t('lease.slidingProposed')}
              </Text>
            )}
          </Stack>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              type="date"
              label={t('lease.startDate')}
              value={draft.startDate}
              onChange={(event) => set('startDate', event.currentTarget.value)}
              required
              error={form.fieldError('startDate')}
              data-testid="lease-start-date"
            />
            {sliding && (
              <TextInput
                label={t('lease.intermediaryAssociation')}
                description={t('lease.intermediaryHint')}
                value={draft.intermediaryAssociation}
                onChange={(event) => set('intermediaryAssociation', event.currentTarget.value)}
                maxLength={200}
                required
                error={form.fieldError('intermediaryAssociation')}
                data-testid="lease-intermediary"
              />
            )}
            {sliding && (
              <TextInput
                type="date"
                label={t('lease.plannedHandoverDate')}
                description={t('lease.handoverHint')}
                value={draft.plannedHandoverDate}
                min={draft.startDate}
                onChange={(event) => set('plannedHandoverDate', event.currentTarget.value)}
                required
                error={form.fieldError('plannedHandoverDate')}
                data-testid="lease-handover-date"
              />
            )}
          </SimpleGrid>
          <FormFeedback
            refusal={form.refusal}
            saved={form.saved}
            savedText={t('lease.signed')}
            testId="sign-lease"
          />
          <Group>
            <Button type="submit" loading={form.saving} data-testid="sign-lease-submit">
              {t('lease.signSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

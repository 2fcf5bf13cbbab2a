import { useMutation, useQuery } from '@apollo/client/react';
import {
  Button,
  Card,
  Checkbox,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../auth/permissions';
import { useUser } from '../../auth/session';
import { FormFeedback, useMutationForm } from '../../components/forms';
import { centsOf, EURO_INPUT, eurosOf } from '../../components/money';
import { graphql } from '../../gql';
import type { Contingent, DwellingStatus, StockDwellingQuery, UpdateDwellingInput } from '../../gql/graphql';
import { isDate } from '../lease/dates';
import { useLeaseReasons } from '../lease/reasons';
import { CONTINGENTS, MAX_CENTS, manualMoves } from './options';

// Its own read of the dwelling, with the version a change is made against (CONFLICT when stale).
const StockDwellingDocument = graphql(`
  query StockDwelling($id: ID!) {
    dwelling(id: $id) {
      id
      version
      rentCents
      serviceChargesCents
      chargesIncludeColdWater
      chargesIncludeHeating
      lowRent
      stepFreeAccess
      hasLift
      contingent
      status
      availableFrom
    }
  }
`);

const UpdateDwellingMutation = graphql(`
  mutation HousingUpdateDwelling($id: ID!, $input: UpdateDwellingInput!) {
    updateDwelling(id: $id, input: $input) {
      id
      version
      rentCents
      serviceChargesCents
      chargesIncludeColdWater
      chargesIncludeHeating
      lowRent
      stepFreeAccess
      hasLift
      contingent
      status
      availableFrom
    }
  }
`);

type Dwelling = NonNullable<StockDwellingQuery['dwelling']>;
type Flag = 'hasLift' | 'stepFreeAccess' | 'chargesIncludeColdWater' | 'chargesIncludeHeating' | 'lowRent';
const FLAGS: Flag[] = [
  'hasLift',
  'stepFreeAccess',
  'chargesIncludeColdWater',
  'chargesIncludeHeating',
  'lowRent',
];

/** Rental management changes a dwelling: rent and charges, accessibility, contingent, status. */
export function UpdateDwellingForm({ dwellingId }: { dwellingId: string }) {
  const { t } = useTranslation('housingForms');
  const { role } = useUser();
  const allowed = can(role, 'stock.manage');
  const { data } = useQuery(StockDwellingDocument, { variables: { id: dwellingId }, skip: !allowed });
  const [editing, setEditing] = useState(false);
  if (!allowed || !data?.dwelling) return null;
  return (
    <Card
      withBorder
      component="section"
      aria-labelledby="update-dwelling-title"
      data-testid="update-dwelling"
    >
      <Group justify="space-between" align="baseline">
        <Title order={2} size="h4" id="update-dwelling-title">
          {t('stock.update.title')}
        </Title>
        {!editing && (
          <Button variant="outline" onClick={() => setEditing(true)} data-testid="update-dwelling-open">
            {t('stock.update.open')}
          </Button>
        )}
      </Group>
      {editing && (
        <UpdateDwellingFields
          key={data.dwelling.version}
          dwelling={data.dwelling}
          onDone={() => setEditing(false)}
        />
      )}
    </Card>
  );
}

function UpdateDwellingFields({ dwelling, onDone }: { dwelling: Dwelling; onDone: () => void }) {
  const { t } = useTranslation('housingForms');
  const [rent, setRent] = useState<string | number>(eurosOf(dwelling.rentCents));
  const [charges, setCharges] = useState<string | number>(eurosOf(dwelling.serviceChargesCents));
  const [contingent, setContingent] = useState<Contingent>(dwelling.contingent);
  const [status, setStatus] = useState<DwellingStatus>(dwelling.status);
  const [availableFrom, setAvailableFrom] = useState(dwelling.availableFrom ?? '');
  const [flags, setFlags] = useState<Record<Flag, boolean>>(() => ({
    hasLift: dwelling.hasLift,
    stepFreeAccess: dwelling.stepFreeAccess,
    chargesIncludeColdWater: dwelling.chargesIncludeColdWater,
    chargesIncludeHeating: dwelling.chargesIncludeHeating,
    lowRent: dwelling.lowRent,
  }));
  const form = useMutationForm(useLeaseReasons());
  const [update] = useMutation(UpdateDwellingMutation, { refetchQueries: ['DwellingDetail'] });
  const statuses = [dwelling.status, ...manualMoves(dwelling.status)];
  const touched =
    <T,>(setter: (value: T) => void) =>
    (value: T) => {
      form.touched();
      setter(value);
    };

  const money = (value: string | number) => {
    const cents = centsOf(value);
    return cents === null || cents < 0 || cents > MAX_CENTS ? t('stock.errors.amount') : undefined;
  };
  const check = () => ({
    rentCents: money(rent),
    serviceChargesCents: money(charges),
    availableFrom: availableFrom && !isDate(availableFrom) ? t('lease.errors.date') : undefined,
  });
  const submit = form.submit(async () => {
    // Only what changed is sent: the API leaves the rest as it is.
    const input: UpdateDwellingInput = { version: dwelling.version };
    const rentCents = centsOf(rent) as number;
    const serviceChargesCents = centsOf(charges) as number;
    if (rentCents !== dwelling.rentCents) input.rentCents = rentCents;
    if (serviceChargesCents !== dwelling.serviceChargesCents) input.serviceChargesCents = serviceChargesCents;
    if (contingent !== dwelling.contingent) input.contingent = contingent;
    if (status !== dwelling.status) input.status = status;
    if (availableFrom && availableFrom !== dwelling.availableFrom) input.availableFrom = availableFrom;
    for (const flag of FLAGS) if (flags[flag] !== dwelling[flag]) input[flag] = flags[flag];
    await update({ variables: { id: dwelling.id, input } });
    onDone();
  }, check);

  return (
    <form onSubmit={submit} noValidate data-testid="update-dwelling-form">
      <Stack gap="sm" mt="sm">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NumberInput
            {...EURO_INPUT}
            label={t('stock.dwelling.rent')}
            value={rent}
            onChange={touched(setRent)}
            required
            error={form.fieldError('rentCents')}
            data-testid="update-dwelling-rent"
          />
          <NumberInput
            {...EURO_INPUT}
            label={t('stock.dwelling.charges')}
            value={charges}
            onChange={touched(setCharges)}
            required
            error={form.fieldError('serviceChargesCents')}
          />
          <Select
            label={t('stock.dwelling.contingent')}
            data={CONTINGENTS.map((value) => ({ value, label: t(`common:enums.Contingent.${value}`) }))}
            value={contingent}
            onChange={(value) => value && touched(setContingent)(value as Contingent)}
            allowDeselect={false}
            error={form.fieldError('contingent')}
          />
          <Select
            label={t('stock.dwelling.status')}
            description={t('stock.update.statusHint')}
            data={statuses.map((value) => ({ value, label: t(`common:enums.DwellingStatus.${value}`) }))}
            value={status}
            onChange={(value) => value && touched(setStatus)(value as DwellingStatus)}
            allowDeselect={false}
            error={form.fieldError('status')}
            data-testid="update-dwelling-status"
          />
          <TextInput
            type="date"
            label={t('stock.dwelling.availableFrom')}
            value={availableFrom}
            onChange={(event) => touched(setAvailableFrom)(event.currentTarget.value)}
            error={form.fieldError('availableFrom')}
          />
        </SimpleGrid>
        <Group gap="lg">
          {FLAGS.map((flag) => (
            <Checkbox
              key={flag}
              label={t(`stock.dwelling.${flag}`)}
              checked={flags[flag]}
              onChange={(event) => {
                form.touched();
                const checked = event.currentTarget.checked;
                setFlags((current) => ({ ...current, [flag]: checked }));
              }}
            />
          ))}
        </Group>
        <Text size="xs" c="gray.7">
          {t('stock.update.intro')}
        </Text>
        <FormFeedback
          refusal={form.refusal}
          saved={form.saved}
          savedText={t('stock.update.saved')}
          testId="update-dwelling"
        />
        <Group>
          <Button type="submit" loading={form.saving} data-testid="update-dwelling-submit">
            {t('stock.update.submit')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('stock.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

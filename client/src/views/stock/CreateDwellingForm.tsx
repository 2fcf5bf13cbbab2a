import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Checkbox, Group, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '../../app/navigation';
import { FormFeedback, useMutationForm } from '../../components/forms';
import { centsOf, EURO_INPUT } from '../../components/money';
import { graphql } from '../../gql';
import type { Contingent, DwellingStatus, FinancingCategory, Typology } from '../../gql/graphql';
import { isDate } from '../lease/dates';
import { useLeaseReasons } from '../lease/reasons';
import { CONTINGENTS, FINANCING, MAX_CENTS, TYPOLOGIES } from './options';

const StockResidencesQuery = graphql(`
  query StockResidences {
    residences(first: 100) {
      totalCount
      edges {
        node {
          id
          name
          commune
        }
      }
    }
  }
`);

const CreateDwellingMutation = graphql(`
  mutation HousingCreateDwelling($input: CreateDwellingInput!) {
    createDwelling(input: $input) {
      id
      reference
      status
    }
  }
`);

/** A new dwelling starts vacant or under works (it is offered by a commission, let by its lease). */
const STARTS: DwellingStatus[] = ['VACANT', 'UNDER_WORKS'];
type Flag = 'hasLift' | 'stepFreeAccess' | 'chargesIncludeColdWater' | 'chargesIncludeHeating' | 'lowRent';
const FLAGS: Flag[] = [
  'hasLift',
  'stepFreeAccess',
  'chargesIncludeColdWater',
  'chargesIncludeHeating',
  'lowRent',
];

interface ResidenceChoice {
  id: string;
  name: string;
  commune: string;
}

/**
 * A new dwelling in one of the residences (the first hundred by name, and the one just created);
 * its page opens once created.
 */
export function CreateDwellingForm({ created }: { created?: ResidenceChoice }) {
  const { t } = useTranslation('housingForms');
  const navigate = useNavigate();
  const residences = useQuery(StockResidencesQuery);
  const [reference, setReference] = useState('');
  const [residence, setResidence] = useState<string | null>(created?.id ?? null);
  const listed = residences.data?.residences.edges.map(({ node }) => node) ?? [];
  const choices = created && !listed.some((r) => r.id === created.id) ? [created, ...listed] : listed;
  const [typology, setTypology] = useState<Typology>('T3');
  const [surface, setSurface] = useState<string | number>('');
  const [floor, setFloor] = useState<string | number>(0);
  const [rent, setRent] = useState<string | number>('');
  const [charges, setCharges] = useState<string | number>('');
  const [financing, setFinancing] = useState<FinancingCategory>('PLAI');
  const [contingent, setContingent] = useState<Contingent>('LANDLORD');
  const [status, setStatus] = useState<DwellingStatus>('VACANT');
  const [availableFrom, setAvailableFrom] = useState('');
  const [flags, setFlags] = useState<Record<Flag, boolean>>({
    hasLift: false,
    stepFreeAccess: false,
    chargesIncludeColdWater: true,
    chargesIncludeHeating: false,
    lowRent: false,
  });
  const form = useMutationForm(useLeaseReasons());
  const [create] = useMutation(CreateDwellingMutation, {
    refetchQueries: ['DwellingsList', 'DwellingsCommunes'],
  });
  const enumOptions = (name: string, values: readonly string[]) =>
    values.map((value) => ({ value, label: t(`common:enums.${name}.${value}`) }));
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
    reference:
      reference.trim().length < 1 || reference.trim().length > 40 ? t('stock.errors.reference') : undefined,
    residenceId: residence ? undefined : t('stock.errors.residence'),
    surfaceSqm:
      typeof surface === 'number' && surface >= 5 && surface <= 500 ? undefined : t('stock.errors.surface'),
    floor:
      Number.isInteger(floor) && (floor as number) >= -3 && (floor as number) <= 80
        ? undefined
        : t('stock.errors.floor'),
    rentCents: money(rent),
    serviceChargesCents: money(charges),
    availableFrom: availableFrom && !isDate(availableFrom) ? t('lease.errors.date') : undefined,
  });
  const submit = form.submit(async () => {
    const { data } = await create({
      variables: {
        input: {
          reference: reference.trim(),
          residenceId: residence as string,
          typology,
          surfaceSqm: surface as number,
          floor: floor as number,
          rentCents: centsOf(rent) as number,
          serviceChargesCents: centsOf(charges) as number,
          financingCategory: financing,
          contingent,
          status,
          availableFrom: availableFrom || undefined,
          ...flags,
        },
      },
    });
    if (data) navigate(paths.dwelling(data.createDwelling.id));
  }, check);

  return (
    <form onSubmit={submit} noValidate data-testid="create-dwelling-form">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label={t('stock.dwelling.reference')}
            value={reference}
            onChange={(event) => touched(setReference)(event.currentTarget.value)}
            maxLength={40}
            required
            error={form.fieldError('reference')}
            data-testid="dwelling-reference-input"
          />
          <Select
            label={t('stock.dwelling.residence')}
            data={choices.map((choice) => ({
              value: choice.id,
              label: `${choice.name} · ${choice.commune}`,
            }))}
            value={residence}
            onChange={touched(setResidence)}
            searchable
            required
            error={form.fieldError('residenceId')}
            data-testid="dwelling-residence"
          />
          <Select
            label={t('stock.dwelling.typology')}
            data={enumOptions('Typology', TYPOLOGIES)}
            value={typology}
            onChange={(value) => value && touched(setTypology)(value as Typology)}
            allowDeselect={false}
            required
          />
          <NumberInput
            label={t('stock.dwelling.surface')}
            value={surface}
            onChange={touched(setSurface)}
            decimalSeparator=","
            decimalScale={1}
            min={5}
            max={500}
            suffix=" m²"
            hideControls
            required
            error={form.fieldError('surfaceSqm')}
            data-testid="dwelling-surface"
          />
          <NumberInput
            label={t('stock.dwelling.floor')}
            description={t('stock.dwelling.floorHint')}
            value={floor}
            onChange={touched(setFloor)}
            allowDecimal={false}
            min={-3}
            max={80}
            required
            error={form.fieldError('floor')}
          />
          <Select
            label={t('stock.dwelling.status')}
            data={enumOptions('DwellingStatus', STARTS)}
            value={status}
            onChange={(value) => value && touched(setStatus)(value as DwellingStatus)}
            allowDeselect={false}
            required
            error={form.fieldError('status')}
          />
          <NumberInput
            {...EURO_INPUT}
            label={t('stock.dwelling.rent')}
            value={rent}
            onChange={touched(setRent)}
            required
            error={form.fieldError('rentCents')}
            data-testid="dwelling-rent"
          />
          <NumberInput
            {...EURO_INPUT}
            label={t('stock.dwelling.charges')}
            value={charges}
            onChange={touched(setCharges)}
            required
            error={form.fieldError('serviceChargesCents')}
            data-testid="dwelling-charges"
          />
          <TextInput
            type="date"
            label={t('stock.dwelling.availableFrom')}
            value={availableFrom}
            onChange={(event) => touched(setAvailableFrom)(event.currentTarget.value)}
            error={form.fieldError('availableFrom')}
          />
          <Select
            label={t('stock.dwelling.financing')}
            data={enumOptions('FinancingCategory', FINANCING)}
            value={financing}
            onChange={(value) => value && touched(setFinancing)(value as FinancingCategory)}
            allowDeselect={false}
            required
          />
          <Select
            label={t('stock.dwelling.contingent')}
            data={enumOptions('Contingent', CONTINGENTS)}
            value={contingent}
            onChange={(value) => value && touched(setContingent)(value as Contingent)}
            allowDeselect={false}
            required
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
        <FormFeedback
          refusal={form.refusal}
          saved={form.saved}
          savedText={t('stock.dwelling.created')}
          testId="create-dwelling"
        />
        <Group>
          <Button type="submit" loading={form.saving} data-testid="create-dwelling-submit">
            {t('stock.dwelling.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

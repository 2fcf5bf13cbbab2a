import { useMutation } from '@apollo/client/react';
import { Button, Checkbox, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFeedback, useMutationForm } from '../../components/forms';
import { graphql } from '../../gql';

const CreateResidenceMutation = graphql(`
  mutation HousingCreateResidence($input: CreateResidenceInput!) {
    createResidence(input: $input) {
      id
      name
      commune
    }
  }
`);

type TextField = 'name' | 'address' | 'postalCode' | 'commune' | 'district';
/** The API's lengths (housing's CreateResidenceInput). */
const LENGTHS: Record<Exclude<TextField, 'postalCode'>, [number, number]> = {
  name: [2, 120],
  address: [3, 200],
  commune: [2, 80],
  district: [2, 120],
};

/** A new residence of the stock; its dwellings are created next. */
export function CreateResidenceForm({
  onCreated,
}: {
  onCreated: (residence: { id: string; name: string; commune: string }) => void;
}) {
  const { t } = useTranslation('housingForms');
  const [draft, setDraft] = useState<Record<TextField, string>>({
    name: '',
    address: '',
    postalCode: '',
    commune: '',
    district: '',
  });
  const [priorityDistrict, setPriorityDistrict] = useState(false);
  const form = useMutationForm();
  const [create] = useMutation(CreateResidenceMutation, { refetchQueries: ['StockResidences'] });

  const check = () => {
    const problems: Record<string, string | undefined> = {};
    for (const [key, [min, max]] of Object.entries(LENGTHS)) {
      const length = draft[key as TextField].trim().length;
      if (length < min || length > max) problems[key] = t('stock.errors.length', { min, max });
    }
    if (!/^\d{5}$/.test(draft.postalCode.trim())) problems.postalCode = t('stock.errors.postalCode');
    return problems;
  };
  const submit = form.submit(async () => {
    const input = Object.fromEntries(
      Object.entries(draft).map(([key, value]) => [key, value.trim()]),
    ) as Record<TextField, string>;
    const { data } = await create({ variables: { input: { ...input, priorityDistrict } } });
    if (data) onCreated(data.createResidence);
  }, check);

  return (
    <form onSubmit={submit} noValidate data-testid="create-residence-form">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {(['name', 'address', 'postalCode', 'commune', 'district'] as const).map((key) => (
            <TextInput
              key={key}
              label={t(`stock.residence.${key}`)}
              value={draft[key]}
              onChange={(event) => {
                form.touched();
                const value = event.currentTarget.value;
                setDraft((current) => ({ ...current, [key]: value }));
              }}
              maxLength={key === 'postalCode' ? 5 : 200}
              inputMode={key === 'postalCode' ? 'numeric' : undefined}
              required
              error={form.fieldError(key)}
              data-testid={`residence-${key}`}
            />
          ))}
        </SimpleGrid>
        <Checkbox
          label={t('stock.residence.priorityDistrict')}
          checked={priorityDistrict}
          onChange={(event) => setPriorityDistrict(event.currentTarget.checked)}
        />
        <FormFeedback
          refusal={form.refusal}
          saved={form.saved}
          savedText={t('stock.residence.created')}
          testId="create-residence"
        />
        <Group>
          <Button type="submit" loading={form.saving} data-testid="create-residence-submit">
            {t('stock.residence.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

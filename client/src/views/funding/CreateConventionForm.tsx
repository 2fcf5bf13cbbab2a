import { useMutation } from '@apollo/client/react';
import { Button, Card, Group, NumberInput, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '../../app/navigation';
import { FormFeedback, useMutationForm } from '../../components/forms';
import { centsOf, EURO_INPUT } from '../../components/money';
import { graphql } from '../../gql';
import { today } from '../../i18n/format';
import { useFundingReasons } from './reasons';

const CreateConventionMutation = graphql(`
  mutation FinancingCreateConvention($input: CreateConventionInput!) {
    createConvention(input: $input) {
      id
      name
      startYear
      endYear
    }
  }
`);

/** The API's bounds (financing's convention input). */
const MIN_YEAR = 2000;
const MAX_YEAR = 2100;
const MAX_CENTS = 1_000_000_000;

type TextField = 'programme' | 'name' | 'holder' | 'partner';
interface Draft extends Record<TextField, string> {
  startYear: string | number;
  endYear: string | number;
  plannedHouseholdsPerYear: string | number;
  annualCost: string | number;
}

/** A new convention of the programme, for social management; its page opens once created. */
export function CreateConventionForm() {
  const { t } = useTranslation('fundingForms');
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const year = Number(today().slice(0, 4));
  const [draft, setDraft] = useState<Draft>({
    programme: '',
    name: '',
    holder: '',
    partner: '',
    startYear: year,
    endYear: year + 2,
    plannedHouseholdsPerYear: '',
    annualCost: '',
  });
  const form = useMutationForm(useFundingReasons());
  const [create] = useMutation(CreateConventionMutation, { refetchQueries: ['ConventionsList'] });
  const set =
    <K extends keyof Draft>(key: K) =>
    (value: Draft[K]) => {
      form.touched();
      setDraft((current) => ({ ...current, [key]: value }));
    };

  const check = () => {
    const problems: Record<string, string | undefined> = {};
    for (const key of ['programme', 'name', 'holder', 'partner'] as const) {
      const length = draft[key].trim().length;
      if (length < 2 || length > 200) problems[key] = t('convention.errors.text');
    }
    const years = (value: string | number) =>
      !Number.isInteger(value) || (value as number) < MIN_YEAR || (value as number) > MAX_YEAR;
    if (years(draft.startYear))
      problems.startYear = t('convention.errors.year', { min: MIN_YEAR, max: MAX_YEAR });
    if (years(draft.endYear))
      problems.endYear = t('convention.errors.year', { min: MIN_YEAR, max: MAX_YEAR });
    else if (!problems.startYear && (draft.endYear as number) < (draft.startYear as number))
      problems.endYear = t('reasons.END_BEFORE_START');
    const households = draft.plannedHouseholdsPerYear;
    if (!Number.isInteger(households) || (households as number) < 1 || (households as number) > 100_000)
      problems.plannedHouseholdsPerYear = t('convention.errors.households');
    const cost = centsOf(draft.annualCost);
    if (cost === null || cost < 1 || cost > MAX_CENTS) problems.annualCostCents = t('convention.errors.cost');
    return problems;
  };

  const submit = form.submit(async () => {
    const { data } = await create({
      variables: {
        input: {
          programme: draft.programme.trim(),
          name: draft.name.trim(),
          holder: draft.holder.trim(),
          partner: draft.partner.trim(),
          startYear: draft.startYear as number,
          endYear: draft.endYear as number,
          plannedHouseholdsPerYear: draft.plannedHouseholdsPerYear as number,
          annualCostCents: centsOf(draft.annualCost) as number,
        },
      },
    });
    if (data) navigate(paths.convention(data.createConvention.id));
  }, check);

  return (
    <Card
      withBorder
      component="section"
      aria-labelledby="create-convention-title"
      data-testid="create-convention"
    >
      <Group justify="space-between" align="baseline">
        <Title order={2} size="h4" id="create-convention-title">
          {t('convention.title')}
        </Title>
        {!open && (
          <Button variant="outline" onClick={() => setOpen(true)} data-testid="create-convention-open">
            {t('convention.open')}
          </Button>
        )}
      </Group>
      {open && (
        <form onSubmit={submit} noValidate data-testid="create-convention-form">
          <Stack gap="sm" mt="sm">
            <Text size="sm">{t('convention.intro')}</Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {(['programme', 'name', 'holder', 'partner'] as const).map((key) => (
                <TextInput
                  key={key}
                  label={t(`convention.${key}`)}
                  value={draft[key]}
                  onChange={(event) => set(key)(event.currentTarget.value)}
                  maxLength={200}
                  required
                  error={form.fieldError(key)}
                  data-testid={`convention-${key}`}
                />
              ))}
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 4 }}>
              <NumberInput
                label={t('convention.startYear')}
                value={draft.startYear}
                onChange={set('startYear')}
                allowDecimal={false}
                thousandSeparator=""
                required
                error={form.fieldError('startYear')}
                data-testid="convention-start-year"
              />
              <NumberInput
                label={t('convention.endYear')}
                value={draft.endYear}
                onChange={set('endYear')}
                allowDecimal={false}
                thousandSeparator=""
                required
                error={form.fieldError('endYear')}
                data-testid="convention-end-year"
              />
              <NumberInput
                label={t('convention.plannedHouseholdsPerYear')}
                value={draft.plannedHouseholdsPerYear}
                onChange={set('plannedHouseholdsPerYear')}
                allowDecimal={false}
                min={1}
                required
                error={form.fieldError('plannedHouseholdsPerYear')}
                data-testid="convention-households"
              />
              <NumberInput
                {...EURO_INPUT}
                label={t('convention.annualCost')}
                value={draft.annualCost}
                onChange={set('annualCost')}
                required
                error={form.fieldError('annualCostCents')}
                data-testid="convention-annual-cost"
              />
            </SimpleGrid>
            <FormFeedback
              refusal={form.refusal}
              saved={form.saved}
              savedText={t('convention.created')}
              testId="create-convention"
            />
            <Group>
              <Button type="submit" loading={form.saving} data-testid="create-convention-submit">
                {t('convention.submit')}
              </Button>
              <Button variant="default" onClick={() => setOpen(false)}>
                {t('cancel')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Card>
  );
}

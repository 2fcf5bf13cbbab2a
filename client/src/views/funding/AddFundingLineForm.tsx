import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Group, NumberInput, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFeedback, useMutationForm } from '../../components/forms';
import { centsOf, EURO_INPUT } from '../../components/money';
import { graphql } from '../../gql';
import { formatMoney, today } from '../../i18n/format';
import { useFundingReasons } from './reasons';

const FundersQuery = graphql(`
  query FinancingFunders {
    funders {
      id
      name
      kind
    }
  }
`);

const AddFundingLineMutation = graphql(`
  mutation FinancingAddFundingLine($input: AddFundingLineInput!) {
    addFundingLine(input: $input) {
      id
      year
      sharePercent
      status
    }
  }
`);

/** The API's bound on an amount (financing's MAX_CENTS). */
const MAX_CENTS = 1_000_000_000;

interface Convention {
  id: string;
  years: number[];
  annualCostCents: number;
}

/**
 * Requests a funder's share of the convention for one of its years: the percentage of the annual
 * cost, the planned and the requested amounts. The API checks that a year's shares stay within 100 %.
 */
export function AddFundingLineForm({ convention }: { convention: Convention }) {
  const { t } = useTranslation('fundingForms');
  const funders = useQuery(FundersQuery);
  const thisYear = Number(today().slice(0, 4));
  const [open, setOpen] = useState(false);
  const [funderId, setFunderId] = useState<string | null>(null);
  const [year, setYear] = useState<string | null>(
    String(convention.years.includes(thisYear) ? thisYear : convention.years[0]),
  );
  const [share, setShare] = useState<string | number>('');
  const [planned, setPlanned] = useState<string | number>('');
  const [requested, setRequested] = useState<string | number>('');
  const form = useMutationForm(useFundingReasons());
  const [add] = useMutation(AddFundingLineMutation, {
    refetchQueries: ['ConventionDetail', 'ConventionYear'],
    awaitRefetchQueries: true,
  });
  const touched =
    <T,>(setter: (value: T) => void) =>
    (value: T) => {
      form.touched();
      setter(value);
    };

  const amount = (value: string | number) => {
    const cents = centsOf(value);
    return cents === null || cents < 0 || cents > MAX_CENTS ? t('line.errors.amount') : undefined;
  };
  const check = () => ({
    funderId: funderId ? undefined : t('line.errors.funder'),
    year: year && convention.years.includes(Number(year)) ? undefined : t('reasons.YEAR_OUTSIDE_CONVENTION'),
    sharePercent:
      Number.isInteger(share) && (share as number) >= 1 && (share as number) <= 100
        ? undefined
        : t('line.errors.share'),
    plannedCents: amount(planned),
    requestedCents: amount(requested),
  });
  const submit = form.submit(async () => {
    await add({
      variables: {
        input: {
          conventionId: convention.id,
          funderId: funderId as string,
          year: Number(year),
          sharePercent: share as number,
          plannedCents: centsOf(planned) as number,
          requestedCents: centsOf(requested) as number,
        },
      },
    });
    setShare('');
    setPlanned('');
    setRequested('');
  }, check);

  const shareOfCost =
    Number.isInteger(share) && (share as number) > 0
      ? t('line.shareOfCost', { amount: formatMoney((convention.annualCostCents * (share as number)) / 100) })
      : t('line.shareHint');

  return (
    <Card
      withBorder
      component="section"
      aria-labelledby="add-funding-line-title"
      data-testid="add-funding-line"
    >
      <Group justify="space-between" align="baseline">
        <Title order={3} size="h5" id="add-funding-line-title">
          {t('line.title')}
        </Title>
        {!open && (
          <Button
            variant="outline"
            size="xs"
            onClick={() => setOpen(true)}
            data-testid="add-funding-line-open"
          >
            {t('line.open')}
          </Button>
        )}
      </Group>
      {open && (
        <form onSubmit={submit} noValidate data-testid="add-funding-line-form">
          <Stack gap="sm" mt="sm">
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }}>
              <Select
                label={t('line.funder')}
                data={(funders.data?.funders ?? []).map((funder) => ({
                  value: funder.id,
                  label: funder.name,
                }))}
                value={funderId}
                onChange={touched(setFunderId)}
                // Chosen once the funders are known (an empty list would open no choice).
                disabled={!funders.data}
                required
                error={form.fieldError('funderId')}
                data-testid="funding-funder"
              />
              <Select
                label={t('line.year')}
                data={convention.years.map((value) => ({ value: String(value), label: String(value) }))}
                value={year}
                onChange={touched(setYear)}
                allowDeselect={false}
                required
                error={form.fieldError('year')}
                data-testid="funding-year"
              />
              <NumberInput
                label={t('line.share')}
                description={shareOfCost}
                value={share}
                onChange={touched(setShare)}
                allowDecimal={false}
                min={1}
                max={100}
                suffix=" %"
                required
                error={form.fieldError('sharePercent')}
                data-testid="funding-share"
              />
              <NumberInput
                {...EURO_INPUT}
                label={t('line.planned')}
                value={planned}
                onChange={touched(setPlanned)}
                required
                error={form.fieldError('plannedCents')}
                data-testid="funding-planned"
              />
              <NumberInput
                {...EURO_INPUT}
                label={t('line.requested')}
                value={requested}
                onChange={touched(setRequested)}
                required
                error={form.fieldError('requestedCents')}
                data-testid="funding-requested-amount"
              />
            </SimpleGrid>
            <Text size="xs" c="gray.7">
              {t('line.intro')}
            </Text>
            <FormFeedback
              refusal={form.refusal}
              saved={form.saved}
              savedText={t('line.added')}
              testId="add-funding-line"
            />
            <Group>
              <Button type="submit" loading={form.saving} data-testid="add-funding-line-submit">
                {t('line.submit')}
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

import { useMutation } from '@apollo/client/react';
import { Button, Card, Group, NumberInput, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFeedback, useMutationForm } from '../../components/forms';
import { centsOf, EURO_INPUT, eurosOf } from '../../components/money';
import { graphql } from '../../gql';
import { currentMonth, formatMonth } from '../../i18n/format';
import { useLeaseReasons } from './reasons';

const RecordRentPaymentMutation = graphql(`
  mutation HousingRecordRentPayment($input: RecordRentPaymentInput!) {
    recordRentPayment(input: $input) {
      id
      arrearsCents
      monthsInArrears
    }
  }
`);

/** The API's bound on a month of rent and charges (MAX_MONTH_CENTS), in cents. */
const MAX_MONTH_CENTS = 10_000_000;

/**
 * What was charged and paid for one month of the lease (a month already recorded is corrected):
 * the rent account and its arrears follow.
 */
export function RentPaymentForm({
  lease,
}: {
  lease: { id: string; startDate: string; dwelling: { rentCents: number; serviceChargesCents: number } };
}) {
  const { t } = useTranslation('housingForms');
  const monthly = lease.dwelling.rentCents + lease.dwelling.serviceChargesCents;
  const firstMonth = lease.startDate.slice(0, 7);
  const [month, setMonth] = useState(() => [currentMonth(), firstMonth].sort()[1]);
  const [charged, setCharged] = useState<string | number>(eurosOf(monthly));
  const [paid, setPaid] = useState<string | number>(eurosOf(monthly));
  const form = useMutationForm(useLeaseReasons());
  const [record] = useMutation(RecordRentPaymentMutation, {
    refetchQueries: ['HouseholdFile'],
    awaitRefetchQueries: true,
  });

  const amount = (value: string | number) => {
    const cents = centsOf(value);
    if (cents === null) return t('rent.errors.amountRequired');
    if (cents < 0 || cents > MAX_MONTH_CENTS) return t('rent.errors.amountRange');
    return undefined;
  };
  const check = () => ({
    month: !/^\d{4}-(0[1-9]|1[0-2])$/.test(month)
      ? t('rent.errors.month')
      : month > currentMonth()
        ? t('reasons.MONTH_IN_FUTURE')
        : month < firstMonth
          ? t('rent.errors.beforeLease', { month: formatMonth(firstMonth) })
          : undefined,
    chargedCents: amount(charged),
    paidCents: amount(paid),
  });
  const submit = form.submit(
    () =>
      record({
        variables: {
          input: {
            leaseId: lease.id,
            month: `${month}-01`,
            chargedCents: centsOf(charged) as number,
            paidCents: centsOf(paid) as number,
          },
        },
      }),
    check,
  );
  const touched =
    <T,>(setter: (value: T) => void) =>
    (value: T) => {
      form.touched();
      setter(value);
    };

  return (
    <Card withBorder component="section" aria-labelledby="rent-payment-title" data-testid="rent-payment">
      <Title order={2} size="h4" id="rent-payment-title" mb="xs">
        {t('rent.title')}
      </Title>
      <Text size="sm" mb="sm">
        {t('rent.intro')}
      </Text>
      <form onSubmit={submit} noValidate data-testid="rent-payment-form">
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              type="month"
              label={t('rent.month')}
              value={month}
              min={firstMonth}
              max={currentMonth()}
              onChange={(event) => touched(setMonth)(event.currentTarget.value)}
              required
              error={form.fieldError('month')}
              data-testid="rent-month"
            />
            <NumberInput
              {...EURO_INPUT}
              label={t('rent.charged')}
              value={charged}
              onChange={touched(setCharged)}
              required
              error={form.fieldError('chargedCents')}
              data-testid="rent-charged"
            />
            <NumberInput
              {...EURO_INPUT}
              label={t('rent.paid')}
              value={paid}
              onChange={touched(setPaid)}
              required
              error={form.fieldError('paidCents')}
              data-testid="rent-paid"
            />
          </SimpleGrid>
          <FormFeedback
            refusal={form.refusal}
            saved={form.saved}
            savedText={t('rent.recorded')}
            testId="rent"
          />
          <Group>
            <Button type="submit" loading={form.saving} data-testid="rent-submit">
              {t('rent.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

import { useMutation } from '@apollo/client/react';
import { Button, Modal, NumberInput, Select, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFeedback, useMutationForm } from '../../components/forms';
import { centsOf, EURO_INPUT } from '../../components/money';
import { graphql } from '../../gql';
import type { FundingStatus } from '../../gql/graphql';
import { formatMoney } from '../../i18n/format';
import { useFundingReasons } from './reasons';

const MoveFundingLineMutation = graphql(`
  mutation FinancingMoveFundingLine($id: ID!, $to: FundingStatus!, $amountCents: Int, $note: String) {
    moveFundingLine(id: $id, to: $to, amountCents: $amountCents, note: $note) {
      id
      version
      status
      requestedCents
      grantedCents
      paidCents
      grantedAt
      paidAt
    }
  }
`);

/** How a line moves (financing's FUNDING_TRANSITIONS); cancelling is its own action. */
const NEXT: Record<FundingStatus, FundingStatus[]> = {
  REQUESTED: ['TO_BE_REVIEWED', 'GRANTED'],
  TO_BE_REVIEWED: ['GRANTED'],
  GRANTED: ['PAID'],
  PAID: [],
  CANCELLED: [],
};
const MAX_CENTS = 1_000_000_000;

export interface MovableLine {
  id: string;
  year: number;
  status: FundingStatus;
  requestedCents: number;
  grantedCents?: number | null;
  funder: { name: string };
}

/** Moves a funding line one step (requested → to be reviewed → granted → paid), with its amount. */
export function MoveFundingLine({ line }: { line: MovableLine }) {
  const { t } = useTranslation('fundingForms');
  const next = NEXT[line.status];
  const [opened, setOpened] = useState(false);
  const [to, setTo] = useState<FundingStatus>(next[next.length - 1] ?? 'GRANTED');
  const [amount, setAmount] = useState<string | number>('');
  const [note, setNote] = useState('');
  const form = useMutationForm(useFundingReasons());
  const [move] = useMutation(MoveFundingLineMutation, {
    refetchQueries: ['ConventionDetail', 'ConventionYear'],
    awaitRefetchQueries: true,
  });
  if (!next.length) return null;
  const label = t('move.lineLabel', { funder: line.funder.name, year: line.year });

  const check = () => {
    const cents = centsOf(amount);
    if (cents === null)
      return { amountCents: to === 'TO_BE_REVIEWED' ? undefined : t('reasons.AMOUNT_REQUIRED') };
    if (cents < 0 || cents > MAX_CENTS) return { amountCents: t('move.errors.amount') };
    if (to === 'PAID' && cents > (line.grantedCents ?? 0))
      return { amountCents: t('reasons.PAID_OVER_GRANTED') };
    return { note: note.length > 2000 ? t('move.errors.note') : undefined };
  };
  const submit = form.submit(async () => {
    await move({
      variables: { id: line.id, to, amountCents: centsOf(amount), note: note.trim() || null },
    });
    setOpened(false);
    setAmount('');
    setNote('');
  }, check);

  return (
    <>
      <Button
        size="compact-xs"
        variant="outline"
        // Dark enough to read on a hovered row of the striped table (4.5:1).
        color="indigo.9"
        onClick={() => setOpened(true)}
        aria-label={t('move.buttonLabel', { line: label })}
        data-testid="funding-move"
        mb={4}
      >
        {t('move.button')}
      </Button>
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        title={t('move.title', { line: label })}
        closeButtonProps={{ 'aria-label': t('common:state.close') }}
      >
        <form onSubmit={submit} noValidate data-testid="funding-move-form">
          <Stack gap="sm">
            <Text size="sm">
              {t('move.current', {
                status: t(`common:enums.FundingStatus.${line.status}`),
                requested: formatMoney(line.requestedCents),
                granted: formatMoney(line.grantedCents),
              })}
            </Text>
            <Select
              label={t('move.to')}
              data={next.map((value) => ({ value, label: t(`common:enums.FundingStatus.${value}`) }))}
              value={to}
              onChange={(value) => {
                form.touched();
                if (value) setTo(value as FundingStatus);
              }}
              allowDeselect={false}
              required
              comboboxProps={{ withinPortal: false }}
              data-testid="funding-move-to"
            />
            <NumberInput
              {...EURO_INPUT}
              label={t(`move.amount.${to}`)}
              value={amount}
              onChange={(value) => {
                form.touched();
                setAmount(value);
              }}
              required={to !== 'TO_BE_REVIEWED'}
              error={form.fieldError('amountCents')}
              data-testid="funding-move-amount"
            />
            <Textarea
              label={t('move.note')}
              value={note}
              onChange={(event) => setNote(event.currentTarget.value)}
              autosize
              minRows={2}
              maxLength={2000}
              error={form.fieldError('note')}
              data-testid="funding-move-note"
            />
            <FormFeedback
              refusal={form.refusal}
              saved={form.saved}
              savedText={t('move.moved')}
              testId="funding-move"
            />
            <Button type="submit" loading={form.saving} data-testid="funding-move-submit">
              {t('move.submit')}
            </Button>
          </Stack>
        </form>
      </Modal>
    </>
  );
}

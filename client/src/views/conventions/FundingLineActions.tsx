import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, NumberInput, Stack, Text, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutationErrorMessage } from '../../components/QueryErrors';
import { graphql } from '../../gql';
import type { FundingStatus } from '../../gql/graphql';
import { formatMoney } from '../../i18n/format';

const REVISE = graphql(`
  mutation ConventionReviseFundingLine($id: ID!, $requestedCents: Int, $grantedCents: Int, $reason: String!) {
    reviseFundingLine(id: $id, requestedCents: $requestedCents, grantedCents: $grantedCents, reason: $reason) {
      id
      version
      status
      requestedCents
      grantedCents
      paidCents
      history {
        id
        kind
        at
        by
        byUser {
          id
          displayName
        }
        reason
        statusBefore
        statusAfter
        requestedCentsBefore
        requestedCentsAfter
        grantedCentsBefore
        grantedCentsAfter
        paidCentsBefore
        paidCentsAfter
      }
    }
  }
`);

const CANCEL = graphql(`
  mutation ConventionCancelFundingLine($id: ID!, $reason: String!) {
    cancelFundingLine(id: $id, reason: $reason) {
      id
      version
      status
      requestedCents
      grantedCents
      paidCents
      history {
        id
        kind
        at
        by
        byUser {
          id
          displayName
        }
        reason
        statusBefore
        statusAfter
        requestedCentsBefore
        requestedCentsAfter
        grantedCentsBefore
        grantedCentsAfter
        paidCentsBefore
        paidCentsAfter
      }
    }
  }
`);

/** What the actions need of a funding line. */
export interface ActionableLine {
  id: string;
  year: number;
  status: FundingStatus;
  requestedCents: number;
  grantedCents?: number | null;
  funder: { name: string };
}

type Field = 'requestedCents' | 'grantedCents' | 'reason';
type Errors = Partial<Record<Field | 'form', string>>;

/** Euros typed in the form as cents, or null when left empty. */
const toCents = (value: string | number): number | null =>
  value === '' || value === null ? null : Math.round(Number(value) * 100);

/**
 * The API's refusal in French, next to the field it names (`extensions.argument`), or above the
 * form for the rest (a settled line: CONFLICT).
 */
function useFundingErrors(): (error: unknown) => Errors {
  const { t } = useTranslation('conventions');
  const generic = useMutationErrorMessage();
  return (error) => {
    const first = CombinedGraphQLErrors.is(error) ? error.errors[0] : undefined;
    const details = first?.extensions ?? {};
    if (details.code === 'BAD_USER_INPUT') {
      const argument = String(details.argument ?? details.field ?? '');
      if (argument === 'reason') return { reason: t('actions.errors.reason') };
      if (argument === 'grantedCents') return { grantedCents: t('actions.errors.grantedCents') };
      if (argument === 'requestedCents') return { requestedCents: t('actions.errors.requestedCents') };
    }
    if (details.code === 'CONFLICT' && typeof details.status === 'string') {
      return {
        form: t('actions.errors.settled', { status: t(`common:enums.FundingStatus.${details.status}`) }),
      };
    }
    return { form: generic(error) };
  };
}

/**
 * Revise or cancel a funding line, with a reason, for who may manage funding. The answer updates
 * the line (and its history) in the cache: the table follows without a reload.
 */
export function FundingLineActions({ line }: { line: ActionableLine }) {
  const { t } = useTranslation('conventions');
  const [mode, setMode] = useState<'revise' | 'cancel' | null>(null);
  if (line.status === 'PAID' || line.status === 'CANCELLED') return null;
  const label = t('actions.lineLabel', { funder: line.funder.name, year: line.year });
  return (
    <>
      <Group gap={4}>
        <Button
          size="compact-xs"
          variant="outline"
          color="blue.9"
          onClick={() => setMode('revise')}
          aria-label={t('actions.reviseLabel', { line: label })}
          data-testid="funding-revise"
        >
          {t('actions.revise')}
        </Button>
        <Button
          size="compact-xs"
          variant="outline"
          color="red.9"
          onClick={() => setMode('cancel')}
          aria-label={t('actions.cancelLabel', { line: label })}
          data-testid="funding-cancel"
        >
          {t('actions.cancel')}
        </Button>
      </Group>
      <FundingLineModal line={line} label={label} mode={mode} onClose={() => setMode(null)} />
    </>
  );
}

function FundingLineModal({
  line,
  label,
  mode,
  onClose,
}: {
  line: ActionableLine;
  label: string;
  mode: 'revise' | 'cancel' | null;
  onClose: () => void;
}) {
  const { t } = useTranslation('conventions');
  const errorsOf = useFundingErrors();
  const [requested, setRequested] = useState<string | number>('');
  const [granted, setGranted] = useState<string | number>('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const refetch = { refetchQueries: ['ConventionYear'] };
  const [revise, revising] = useMutation(REVISE, refetch);
  const [cancel, cancelling] = useMutation(CANCEL, refetch);
  const close = () => {
    setRequested('');
    setGranted('');
    setReason('');
    setErrors({});
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors({});
    try {
      if (mode === 'revise') {
        await revise({
          variables: {
            id: line.id,
            requestedCents: toCents(requested),
            grantedCents: toCents(granted),
            reason,
          },
        });
      } else {
        await cancel({ variables: { id: line.id, reason } });
      }
      close();
    } catch (error) {
      setErrors(errorsOf(error));
    }
  };

  const money = {
    decimalSeparator: ',',
    thousandSeparator: '\u202f',
    decimalScale: 2,
    min: 0,
    suffix: ' €',
    hideControls: true,
  } as const;
  return (
    <Modal
      opened={mode !== null}
      onClose={close}
      title={
        mode === 'cancel'
          ? t('actions.cancelTitle', { line: label })
          : t('actions.reviseTitle', { line: label })
      }
      closeButtonProps={{ 'aria-label': t('common:state.close') }}
    >
      <form onSubmit={submit} noValidate data-testid="funding-line-form">
        <Stack gap="sm">
          {errors.form && (
            <Alert color="red.9" variant="outline" role="alert" data-testid="funding-line-error">
              {errors.form}
            </Alert>
          )}
          {mode === 'revise' && (
            <>
              <NumberInput
                {...money}
                label={t('actions.requested')}
                description={t('actions.currently', { amount: formatMoney(line.requestedCents) })}
                value={requested}
                onChange={setRequested}
                error={errors.requestedCents}
                data-testid="funding-requested"
              />
              {line.status === 'GRANTED' && (
                <NumberInput
                  {...money}
                  label={t('actions.granted')}
                  description={t('actions.currently', { amount: formatMoney(line.grantedCents) })}
                  value={granted}
                  onChange={setGranted}
                  error={errors.grantedCents}
                  data-testid="funding-granted"
                />
              )}
            </>
          )}
          {mode === 'cancel' && <Text size="sm">{t('actions.cancelWarning')}</Text>}
          <Textarea
            label={t('actions.reason')}
            withAsterisk
            autosize
            minRows={2}
            maxLength={2000}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={errors.reason}
            data-testid="funding-reason"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('actions.back')}
            </Button>
            <Button
              type="submit"
              color={mode === 'cancel' ? 'red.9' : undefined}
              loading={revising.loading || cancelling.loading}
              data-testid="funding-submit"
            >
              {mode === 'cancel' ? t('actions.confirmCancel') : t('actions.confirmRevise')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

import { useTranslation } from 'react-i18next';

/** The housing API's refusal reasons (`extensions.reason`), in French, for the forms of this folder. */
const REASONS = [
  'SLIDING_LEASE_DETAILS',
  'ORDINARY_LEASE_DETAILS',
  'HANDOVER_BEFORE_START',
  'HANDOVER_TOO_LATE',
  'DATE_OUT_OF_RANGE',
  'DWELLING_NOT_OFFERED',
  'ALLOCATED_TO_ANOTHER_HOUSEHOLD',
  'RUNNING_LEASE',
  'DATE_IN_FUTURE',
  'LEASE_ENDED',
  'INSPECTION_RECORDED',
  'INSPECTION_BEFORE_START',
  'MONTH_IN_FUTURE',
  'MONTH_BEFORE_LEASE',
  'NEW_DWELLING_OFFERED',
] as const;

export function useLeaseReasons(): Record<string, string> {
  const { t } = useTranslation('housingForms');
  return Object.fromEntries(REASONS.map((reason) => [reason, t(`reasons.${reason}`)]));
}

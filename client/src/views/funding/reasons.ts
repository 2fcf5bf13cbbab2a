import { useTranslation } from 'react-i18next';

/** The financing API's refusal reasons (`extensions.reason`), in French, for the forms of this folder. */
const REASONS = [
  'END_BEFORE_START',
  'YEAR_OUTSIDE_CONVENTION',
  'FUNDER_ALREADY_FUNDS',
  'SHARES_OVER_100',
  'AMOUNT_REQUIRED',
  'PAID_OVER_GRANTED',
] as const;

export function useFundingReasons(): Record<string, string> {
  const { t } = useTranslation('fundingForms');
  return Object.fromEntries(REASONS.map((reason) => [reason, t(`reasons.${reason}`)]));
}

import { useTranslation } from 'react-i18next';
import { formatNumber } from './format';

/** The counted nouns of the glossary (common.json `counts`), each with its singular and plural. */
export type Counted =
  | 'person'
  | 'adult'
  | 'child'
  | 'household'
  | 'dwelling'
  | 'vacantDwelling'
  | 'candidacy'
  | 'recordedDecision'
  | 'contact'
  | 'week'
  | 'meeting';

/**
 * "1 personne", "0 enfant", "1 522 ménages": a number and its noun, agreed by i18next's plural
 * rules for French (0 and 1 take the singular), the number formatted by Intl.
 */
export function useCount(): (noun: Counted, count: number) => string {
  const { t } = useTranslation('common');
  return (noun, count) => t(`counts.${noun}`, { count, formatted: formatNumber(count) });
}

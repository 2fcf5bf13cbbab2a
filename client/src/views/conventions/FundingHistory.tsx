import { Stack, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type NamedUser, usePersonLabel } from '../../components/PersonName';
import type { FundingLineChangeKind, FundingStatus } from '../../gql/graphql';
import { formatDateTime, formatMoney } from '../../i18n/format';

/** What the history shows of one change of a funding line (ConventionDetail's selection). */
export interface FundingChange {
  id: string;
  kind: FundingLineChangeKind;
  at: string;
  by: string;
  byUser?: NamedUser | null;
  reason?: string | null;
  statusBefore: FundingStatus;
  statusAfter: FundingStatus;
  requestedCentsBefore: number;
  requestedCentsAfter: number;
  grantedCentsBefore?: number | null;
  grantedCentsAfter?: number | null;
  paidCentsBefore?: number | null;
  paidCentsAfter?: number | null;
}

/**
 * A funding line's history, oldest first: who, when, why, and what changed (status and amounts,
 * before → after). Everyone who reads funding reads it.
 */
export function FundingHistory({ history, testId }: { history: readonly FundingChange[]; testId?: string }) {
  const { t } = useTranslation('conventions');
  const personLabel = usePersonLabel();
  if (history.length === 0) {
    return (
      <Text size="sm" c="gray.7" data-testid={testId}>
        {t('history.empty')}
      </Text>
    );
  }
  const status = (value: FundingStatus) => t(`common:enums.FundingStatus.${value}`);
  return (
    <Timeline bulletSize={12} lineWidth={2} active={history.length - 1} data-testid={testId}>
      {history.map((change) => {
        const moves: string[] = [];
        if (change.statusBefore !== change.statusAfter) {
          moves.push(
            t('history.status', { before: status(change.statusBefore), after: status(change.statusAfter) }),
          );
        }
        const amounts: [string, number | null | undefined, number | null | undefined][] = [
          [t('history.requested'), change.requestedCentsBefore, change.requestedCentsAfter],
          [t('history.granted'), change.grantedCentsBefore, change.grantedCentsAfter],
          [t('history.paid'), change.paidCentsBefore, change.paidCentsAfter],
        ];
        for (const [label, before, after] of amounts) {
          if ((before ?? null) !== (after ?? null)) {
            moves.push(
              t('history.amount', { label, before: formatMoney(before), after: formatMoney(after) }),
            );
          }
        }
        return (
          <Timeline.Item
            key={change.id}
            data-testid="funding-change"
            title={
              <Text size="sm" fw={500}>
                {t('history.item', {
                  kind: t(`common:enums.FundingLineChangeKind.${change.kind}`),
                  date: formatDateTime(change.at),
                  by: personLabel(change.byUser, change.by),
                })}
              </Text>
            }
          >
            <Stack gap={0}>
              {moves.map((move) => (
                <Text size="sm" key={move}>
                  {move}
                </Text>
              ))}
              {change.reason && (
                <Text size="sm" c="gray.7">
                  {t('history.reason', { reason: change.reason })}
                </Text>
              )}
            </Stack>
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}

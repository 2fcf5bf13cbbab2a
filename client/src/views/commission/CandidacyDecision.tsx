import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Select, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommissionDecision, DecisionReason } from '../../gql/graphql';
import { formatDate } from '../../i18n/format';
import {
  ALLOCATIONS,
  DECIDE,
  DECISIONS,
  type PlacedCandidacy,
  REASONS_BY_DECISION,
  useCommissionErrorMessage,
} from './commission';

function defaultReason(
  decision: CommissionDecision,
  rank: number,
  dwellingAllocated: boolean,
): DecisionReason | null {
  if (decision === 'ALLOCATED') return rank === 1 ? 'RANKED_FIRST' : 'NEXT_IN_RANK';
  if (decision === 'NOT_ALLOCATED' && dwellingAllocated) return 'HIGHER_RANKED_ALLOCATED';
  return null;
}

export function CandidacyDecision({
  commissionId,
  candidacy,
  dwellingAllocated,
  canDecide,
  onRecorded,
}: {
  commissionId: string;
  candidacy: PlacedCandidacy;
  dwellingAllocated: boolean;
  canDecide: boolean;
  onRecorded: (decision: CommissionDecision, reference: string) => void;
}) {
  const { t } = useTranslation('commission');
  const errorMessage = useCommissionErrorMessage();
  const [decision, setDecision] = useState<CommissionDecision | null>(null);
  const [reason, setReason] = useState<DecisionReason | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [record, { loading }] = useMutation(DECIDE, {
    refetchQueries: ['CommissionPreparationSession', 'CommissionPreparationSessions'],
  });
  const household = candidacy.application.household.reference;

  if (candidacy.decision) {
    return (
      <Text size="sm" fw={600} data-testid="candidacy-decision" data-decision={candidacy.decision}>
        {candidacy.decisionReason
          ? t('decision.value', {
              decision: t(`common:enums.CommissionDecision.${candidacy.decision}`),
              reason: t(`common:enums.DecisionReason.${candidacy.decisionReason}`),
            })
          : t(`common:enums.CommissionDecision.${candidacy.decision}`)}
      </Text>
    );
  }
  if (candidacy.withdrawnAt) {
    return (
      <Text size="sm" c="gray.7" data-testid="candidacy-withdrawn">
        {t('session.withdrawn', { date: formatDate(candidacy.withdrawnAt) })}
      </Text>
    );
  }
  if (!canDecide) {
    return (
      <Text size="sm" c="gray.7">
        {t('session.pending')}
      </Text>
    );
  }

  const decisions = dwellingAllocated ? DECISIONS.filter((d) => !ALLOCATIONS.includes(d)) : DECISIONS;
  const reasons = decision ? REASONS_BY_DECISION[decision] : [];
  return (
    <Stack
      gap={6}
      role="group"
      aria-label={t('decision.groupLabel', { reference: household })}
      data-testid="decision-form"
    >
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Select
          label={t('decision.decision')}
          placeholder={t('decision.choose')}
          data={decisions.map((value) => ({ value, label: t(`common:enums.CommissionDecision.${value}`) }))}
          value={decision}
          onChange={(value) => {
            const next = value as CommissionDecision | null;
            setDecision(next);
            setReason(next ? defaultReason(next, candidacy.rank, dwellingAllocated) : null);
            setError(null);
          }}
          allowDeselect={false}
          w={180}
          size="sm"
          data-testid="decision-select"
        />
        <Select
          label={t('decision.reason')}
          placeholder={t('decision.choose')}
          data={reasons.map((value) => ({ value, label: t(`common:enums.DecisionReason.${value}`) }))}
          value={reason}
          onChange={(value) => setReason(value as DecisionReason | null)}
          disabled={!decision}
          allowDeselect={false}
          w={230}
          size="sm"
          data-testid="reason-select"
        />
        <Button
          size="sm"
          disabled={!decision || !reason}
          loading={loading}
          onClick={async () => {
            if (!decision || !reason) return;
            setError(null);
            try {
              await record({
                variables: {
                  input: {
                    commissionId,
                    dwellingId: candidacy.dwelling.id,
                    applicationId: candidacy.application.id,
                    decision,
                    reason,
                  },
                },
              });
              onRecorded(decision, household);
            } catch (e) {
              setError(errorMessage(e));
            }
          }}
          data-testid="record-decision"
        >
          {t('decision.record')}
          <VisuallyHidden>{t('decision.recordHidden', { reference: household })}</VisuallyHidden>
        </Button>
      </Group>
      {dwellingAllocated && (
        <Text size="xs" c="gray.7">
          {t('decision.alreadyAllocated')}
        </Text>
      )}
      {error && (
        <Alert variant="outline" color="red.9" data-testid="decision-error">
          {error}
        </Alert>
      )}
    </Stack>
  );
}

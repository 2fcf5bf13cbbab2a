import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { Alert, Button, Group } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { GraphQLFormattedError } from 'graphql';
import { useTranslation } from 'react-i18next';

type Part = 'housing' | 'households' | 'accompaniment' | 'financing' | 'unknown';

/** An error of a subgraph that did not answer (the gateway names it in `extensions.subgraph`). */
function unavailablePart(error: GraphQLFormattedError): Part | undefined {
  const extensions = error.extensions ?? {};
  if (extensions.code !== 'SERVICE_UNAVAILABLE') return undefined;
  const name = String(extensions.subgraph ?? extensions.serviceName ?? '');
  return (
    (['housing', 'households', 'accompaniment', 'financing'] as const).find((p) => p === name) ?? 'unknown'
  );
}

export interface ErrorSummary {
  /** Parts of the system that did not answer: the rest of the data is shown. */
  unavailable: Part[];
  /** Fields the role may not read: shown as "not available to your role", never as an error. */
  forbidden: number;
  /** Anything else worth telling (network failure, unexpected error). */
  other: string[];
  network: boolean;
}

export function summarizeErrors(error: unknown): ErrorSummary {
  const summary: ErrorSummary = { unavailable: [], forbidden: 0, other: [], network: false };
  if (!error) return summary;
  if (!CombinedGraphQLErrors.is(error)) {
    summary.network = true;
    return summary;
  }
  for (const e of error.errors) {
    const part = unavailablePart(e);
    if (part) {
      if (!summary.unavailable.includes(part)) summary.unavailable.push(part);
    } else if (e.extensions?.code === 'FORBIDDEN') summary.forbidden += 1;
    else summary.other.push(e.message);
  }
  return summary;
}

/**
 * What a panel says when its query answered partly or not at all: which part of the system is
 * missing, in plain words. Fields refused to the role are not errors for the user.
 */
export function QueryErrors({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const summary = summarizeErrors(error);
  const lines: string[] = [];
  if (summary.network) lines.push(t('errors.network'));
  if (summary.unavailable.length)
    lines.push(
      t('errors.partsUnavailable', {
        parts: summary.unavailable.map((p) => t(`errors.parts.${p}`)).join(', '),
      }),
    );
  for (const message of new Set(summary.other)) lines.push(t('errors.generic', { message }));
  if (!lines.length) return null;
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      title={summary.network ? t('errors.failedTitle') : t('errors.partialTitle')}
      // Orange text on the light orange tint is under 4.5:1: the title in dark text instead.
      styles={{ title: { color: 'var(--mantine-color-dark-7)' } }}
      role="status"
      data-testid="partial-failure"
    >
      {lines.map((line) => (
        <div key={line}>{line}</div>
      ))}
      {onRetry && (
        <Group mt="xs">
          <Button size="xs" variant="outline" color="orange" c="dark.7" onClick={onRetry}>
            {t('errors.retry')}
          </Button>
        </Group>
      )}
    </Alert>
  );
}

/** The message of a failed mutation, by its code (BAD_USER_INPUT, CONFLICT, …), in French. */
export function useMutationErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation();
  return (error) => {
    if (CombinedGraphQLErrors.is(error) && error.errors.length) {
      const first = error.errors[0];
      // A change made on a stale read says so in plain words, rather than the server's message.
      if (first.extensions?.reason === 'STALE_VERSION') return t('errors.reasons.STALE_VERSION');
      const code = String(first.extensions?.code ?? '');
      const key = `errors.codes.${code}`;
      return t(key, {
        message: first.message,
        defaultValue: t('errors.generic', { message: first.message }),
      });
    }
    return t('errors.network');
  };
}

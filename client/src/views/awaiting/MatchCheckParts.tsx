import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { Card, Stack, Text, Title } from '@mantine/core';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryErrors } from '../../components/QueryErrors';

/**
 * NOT_FOUND (a household outside the caller's caseload, a wrong id) is told in the panel in plain
 * French; every other error goes to QueryErrors.
 */
export function splitNotFound(error: unknown): { notFound: boolean; rest: unknown } {
  if (!CombinedGraphQLErrors.is(error)) return { notFound: false, rest: error };
  const others = error.errors.filter((e) => e.extensions?.code !== 'NOT_FOUND');
  if (others.length === error.errors.length) return { notFound: false, rest: error };
  return {
    notFound: true,
    rest: others.length ? new CombinedGraphQLErrors({ data: error.data, errors: others }) : undefined,
  };
}

export function ErrorsOf({ error }: { error: unknown }) {
  const { t } = useTranslation('awaiting');
  const { notFound, rest } = splitNotFound(error);
  return (
    <>
      <QueryErrors error={rest} />
      {notFound && (
        <Text size="sm" data-testid="not-found">
          {t('matchCheck.notFound')}
        </Text>
      )}
    </>
  );
}

export function Panel({ title, testId, children }: { title: string; testId?: string; children: ReactNode }) {
  const id = `panel-${title.replace(/\W+/g, '-')}`;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={id} data-testid={testId}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={id}>
          {title}
        </Title>
        {children}
      </Stack>
    </Card>
  );
}

export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <Text component="dt" size="sm" fw={600}>
        {label}
      </Text>
      <Text component="dd" size="sm" m={0} mb={6}>
        {children}
      </Text>
    </>
  );
}

export interface PanelQuery<T> {
  data: T | undefined;
  error?: unknown;
  loading: boolean;
}

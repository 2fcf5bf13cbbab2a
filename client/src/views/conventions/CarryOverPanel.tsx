import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutationErrorMessage } from '../../components/QueryErrors';
import { graphql } from '../../gql';
import { today } from '../../i18n/format';

const CarryOverState = graphql(`
  query CarryOverState($conventionId: ID!, $nextYear: Int!) {
    conventions(filter: { activeInYear: $nextYear }, first: 20) {
      edges {
        node {
          id
          name
          startYear
        }
      }
    }
    accompaniments(
      filter: { conventionId: $conventionId, phases: [PRE_ALLOCATION, INTEGRATION, FOLLOW_UP] }
      first: 1
    ) {
      totalCount
    }
  }
`);

const CarryOver = graphql(`
  mutation CarryOverAccompaniments($from: ID!, $to: ID!) {
    carryOverAccompaniments(fromConventionId: $from, toConventionId: $to) {
      id
    }
  }
`);

/**
 * Once a convention has ended and the next one (starting the year after) has begun, social
 * management carries the accompaniments still running over to it.
 */
export function CarryOverPanel({ convention }: { convention: { id: string; endYear: number } }) {
  const { t } = useTranslation('conventions');
  const errorMessage = useMutationErrorMessage();
  const nextYear = convention.endYear + 1;
  const { data } = useQuery(CarryOverState, {
    variables: { conventionId: convention.id, nextYear },
    skip: today() < `${nextYear}-01-01`,
  });
  const [carry, { loading }] = useMutation(CarryOver, { refetchQueries: ['CarryOverState'] });
  const [done, setDone] = useState<number>();
  const [failure, setFailure] = useState<string>();
  const next = data?.conventions.edges.map((e) => e.node).find((c) => c.startYear === nextYear);
  const running = data?.accompaniments.totalCount ?? 0;
  if (!next || (!running && done === undefined)) return null;

  const submit = async () => {
    setFailure(undefined);
    try {
      const result = await carry({ variables: { from: convention.id, to: next.id } });
      setDone(result.data?.carryOverAccompaniments.length ?? 0);
    } catch (error) {
      setFailure(errorMessage(error));
    }
  };

  return (
    <Card withBorder component="section" aria-labelledby="carry-over-title" data-testid="carry-over">
      <Stack gap="sm">
        <Title order={2} size="h4" id="carry-over-title">
          {t('carryOver.title')}
        </Title>
        {running > 0 && (
          <>
            <Text size="sm">
              {t('carryOver.running', { count: running, year: nextYear, name: next.name })}
            </Text>
            <div>
              <Button onClick={() => void submit()} loading={loading} data-testid="carry-over-submit">
                {t('carryOver.submit', { count: running })}
              </Button>
            </div>
          </>
        )}
        <div role="status">
          {done !== undefined && <Text size="sm">{t('carryOver.done', { count: done })}</Text>}
        </div>
        {failure && (
          <Alert color="red" role="alert">
            {failure}
          </Alert>
        )}
      </Stack>
    </Card>
  );
}

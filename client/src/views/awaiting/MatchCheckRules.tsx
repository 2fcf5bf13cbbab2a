import { useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Select, Stack, Table, Text } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { paths } from '../../app/navigation';
import { Loading } from '../../components/Loading';
import { graphql } from '../../gql';

import { ErrorsOf, Panel } from './MatchCheckParts';

// Three queries, one per panel: the rules (households asks housing), the household's needs
// (households) and the dwelling (housing) each show even when another part does not answer.
const RULES = graphql(`
  query MatchCheckRules($householdId: ID!, $dwellingId: ID!) {
    household(id: $householdId) {
      id
      matchCheck(dwellingId: $dwellingId) {
        rule
        passed
        detail
      }
    }
  }
`);

// Dwellings that could be let soon in the communes the household wants, to check another one.
const OTHER_DWELLINGS = graphql(`
  query MatchCheckOtherDwellings($filter: DwellingFilter!) {
    dwellings(filter: $filter, first: 100) {
      edges {
        node {
          id
          reference
          typology
          status
          residence {
            id
            commune
          }
        }
      }
    }
  }
`);

export function RulesPanel({ householdId, dwellingId }: { householdId: string; dwellingId: string }) {
  const { t } = useTranslation('awaiting');
  const { data, error, loading } = useQuery(RULES, { variables: { householdId, dwellingId } });
  const checks = data?.household?.matchCheck;
  const failed = checks?.filter((check) => !check.passed).length ?? 0;
  return (
    <Panel title={t('matchCheck.rules')}>
      <ErrorsOf error={error} />
      {loading && !checks && <Loading />}
      {checks && (
        <Stack gap="sm" data-testid="match-check">
          <Alert
            color={failed ? 'red.9' : 'teal.9'}
            variant="outline"
            icon={failed ? <IconX aria-hidden /> : <IconCheck aria-hidden />}
            data-testid="match-verdict"
          >
            <Text size="sm" fw={600}>
              {failed
                ? t('matchCheck.someFailed', { count: failed, total: checks.length })
                : t('matchCheck.allPassed')}
            </Text>
          </Alert>
          <Table striped withTableBorder verticalSpacing="xs" aria-label={t('matchCheck.rulesCaption')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('matchCheck.rule')}</Table.Th>
                <Table.Th scope="col">{t('matchCheck.result')}</Table.Th>
                <Table.Th scope="col">{t('matchCheck.detail')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {checks.map((check) => (
                <Table.Tr
                  key={check.rule}
                  data-testid="rule-check"
                  data-rule={check.rule}
                  data-passed={check.passed}
                >
                  <Table.Th scope="row" fw={500}>
                    {t(`common:enums.MatchRule.${check.rule}`)}
                  </Table.Th>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Group gap={4} wrap="nowrap" c={check.passed ? 'teal.9' : 'red.9'}>
                      {check.passed ? <IconCheck size={16} aria-hidden /> : <IconX size={16} aria-hidden />}
                      <Text size="sm" fw={600} inherit data-testid="rule-result">
                        {check.passed ? t('matchCheck.passed') : t('matchCheck.failed')}
                      </Text>
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{check.detail}</Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      )}
    </Panel>
  );
}

export function OtherDwellingPanel({
  householdId,
  dwellingId,
  communes,
}: {
  householdId: string;
  dwellingId: string;
  communes: string[];
}) {
  const { t } = useTranslation('awaiting');
  const navigate = useNavigate();
  const [chosen, setChosen] = useState<string | null>(null);
  const { data, error } = useQuery(OTHER_DWELLINGS, {
    variables: {
      filter: { statuses: ['VACANT', 'NOTICE_GIVEN'], ...(communes.length ? { communes } : {}) },
    },
  });
  const options =
    data?.dwellings.edges
      .filter(({ node }) => node.id !== dwellingId)
      .map(({ node }) => ({
        value: node.id,
        label: t('matchCheck.otherOption', {
          reference: node.reference,
          typology: t(`common:enums.Typology.${node.typology}`),
          commune: node.residence.commune,
          status: t(`common:enums.DwellingStatus.${node.status}`),
        }),
      })) ?? [];
  return (
    <Panel title={t('matchCheck.other')}>
      <ErrorsOf error={error} />
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (chosen) navigate(paths.matchCheck(householdId, chosen));
        }}
      >
        <Group align="flex-end" gap="sm">
          <Select
            label={t('matchCheck.otherLabel')}
            description={t('matchCheck.otherHelp')}
            placeholder={t('matchCheck.otherPlaceholder')}
            nothingFoundMessage={t('matchCheck.otherNothing')}
            data={options}
            value={chosen}
            onChange={setChosen}
            searchable
            style={{ flex: '1 1 320px' }}
            data-testid="other-dwelling-select"
          />
          <Button type="submit" disabled={!chosen} data-testid="check-other-dwelling">
            {t('matchCheck.check')}
          </Button>
        </Group>
      </form>
    </Panel>
  );
}

import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Card, List, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/navigation';
import { Loading } from '../../components/Loading';
import { QueryErrors } from '../../components/QueryErrors';
import { graphql } from '../../gql';

// Candidates come from the households subgraph: a separate query, so the dwelling shows without it.
const DwellingCandidatesQuery = graphql(`
  query DwellingCandidates($id: ID!, $first: Int!) {
    dwelling(id: $id) {
      id
      candidates(first: $first) {
        score
        reasons
        application {
          id
          registrationNumber
          household {
            id
            reference
            size
          }
        }
      }
    }
  }
`);

/** The applications ready for commission that match the dwelling, best first, with why. */
export function Candidates({ dwellingId }: { dwellingId: string }) {
  const { t } = useTranslation('dwellings');
  const { data, error, loading } = useQuery(DwellingCandidatesQuery, {
    variables: { id: dwellingId, first: 5 },
  });
  const candidates = data?.dwelling.candidates;

  return (
    <Card
      withBorder
      component="section"
      aria-labelledby="dwelling-candidates"
      data-testid="dwelling-candidates"
    >
      <Title order={2} size="h4" id="dwelling-candidates">
        {t('detail.candidates')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('detail.candidatesIntro')}
      </Text>
      <QueryErrors error={error} />
      {loading && !candidates ? (
        <Loading />
      ) : candidates && candidates.length === 0 ? (
        <Text size="sm">{t('detail.noCandidates')}</Text>
      ) : (
        candidates && (
          <Table.ScrollContainer minWidth={700}>
            <Table aria-label={t('detail.candidatesTable')} verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('detail.candidateColumns.rank')}</Table.Th>
                  <Table.Th scope="col">{t('detail.candidateColumns.household')}</Table.Th>
                  <Table.Th scope="col">{t('detail.candidateColumns.application')}</Table.Th>
                  <Table.Th scope="col">{t('detail.candidateColumns.score')}</Table.Th>
                  <Table.Th scope="col">{t('detail.candidateColumns.reasons')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {candidates.map((candidate, index) => (
                  <Table.Tr key={candidate.application.id} data-testid="dwelling-candidate">
                    <Table.Td>{index + 1}</Table.Td>
                    <Table.Th scope="row" fw={500}>
                      <Anchor component={Link} to={paths.household(candidate.application.household.id)}>
                        {candidate.application.household.reference}
                      </Anchor>
                    </Table.Th>
                    <Table.Td>
                      <Text size="sm">{candidate.application.registrationNumber}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light" c="dark.8" color={candidate.score >= 80 ? 'green' : 'blue'}>
                        {t('detail.score', { score: candidate.score })}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <List size="xs" spacing={2}>
                        {candidate.reasons.map((reason) => (
                          <List.Item key={reason}>{reason}</List.Item>
                        ))}
                      </List>
                      <Anchor
                        component={Link}
                        to={paths.matchCheck(candidate.application.household.id, dwellingId)}
                        size="xs"
                      >
                        {t('detail.whyLink', { reference: candidate.application.household.reference })}
                      </Anchor>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )
      )}
    </Card>
  );
}

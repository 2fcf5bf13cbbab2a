import { useQuery } from '@apollo/client/react';
import { Badge, Card, Group, SimpleGrid, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { QueryErrors } from '../../components/QueryErrors';
import { graphql } from '../../gql';
import type { DirectoryQuery } from '../../gql/graphql';
import { formatNumber } from '../../i18n/format';

const DIRECTORY = graphql(`
  query Directory {
    organisations {
      id
      name
      kind
      members {
        userId
        name
        role
        active
      }
    }
  }
`);

type DirectoryOrganisation = DirectoryQuery['organisations'][number];

/** The directory, read-only: each organisation and its members, by name (docs/people.md). */
export default function DirectoryView() {
  const { t } = useTranslation('people');
  const { data, loading, error } = useQuery(DIRECTORY);
  return (
    <Page title={t('directory.title')} description={t('directory.description')}>
      <QueryErrors error={error} />
      {loading && !data && <Loading />}
      {data && (
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md" data-testid="directory">
          {data.organisations.map((organisation) => (
            <OrganisationCard key={organisation.id} organisation={organisation} />
          ))}
        </SimpleGrid>
      )}
    </Page>
  );
}

function OrganisationCard({ organisation }: { organisation: DirectoryOrganisation }) {
  const { t } = useTranslation('people');
  const members = organisation.members ?? [];
  const titleId = `organisation-${organisation.id}`;
  return (
    <Card withBorder component="section" aria-labelledby={titleId} data-testid="directory-organisation">
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <Title order={2} size="h4" id={titleId}>
          {organisation.name}
        </Title>
        <Badge variant="light" color="gray" tt="none">
          {t(`directory.kind.${organisation.kind}`)}
        </Badge>
      </Group>
      {members.length === 0 ? (
        <Text size="sm" c="gray.7">
          {t('directory.noMember')}
        </Text>
      ) : (
        <Table striped>
          <Table.Caption>
            {t('directory.members', { count: members.length, formatted: formatNumber(members.length) })}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('directory.name')}</Table.Th>
              <Table.Th scope="col">{t('directory.role')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {members.map((member) => (
              <Table.Tr key={member.userId} data-testid="directory-member">
                <Table.Td>
                  {member.name}
                  {!member.active && (
                    <Badge ml="xs" variant="light" color="gray" tt="none">
                      {t('directory.inactive')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  {member.role === 'SYSTEM' ? t('directory.system') : t(`common:roles.${member.role}`)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}

import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Grid,
  Group,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconArrowLeft, IconCheck, IconX } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { paths } from '../../app/navigation';
import { can } from '../../auth/permissions';
import { useUser } from '../../auth/session';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { QueryErrors } from '../../components/QueryErrors';
import { graphql } from '../../gql';
import type { MatchCheckDwellingQuery, MatchCheckHouseholdQuery } from '../../gql/graphql';
import { useCount } from '../../i18n/counts';
import { formatDate, formatMoney, formatNumber } from '../../i18n/format';

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

const HOUSEHOLD = graphql(`
  query MatchCheckHousehold($householdId: ID!, $withTargetPublic: Boolean!) {
    household(id: $householdId) {
      id
      reference
      size
      adults
      children
      singleParent
      targetPublic @include(if: $withTargetPublic)
      needs {
        size
        monthlyResourcesCents
        housingBenefitCents
        dalo
        pdalpd
        stepFreeAccessNeed
        desiredTypologies
        desiredCommunes
        maxRentCents
      }
    }
  }
`);

const DWELLING = graphql(`
  query MatchCheckDwelling($dwellingId: ID!) {
    dwelling(id: $dwellingId) {
      id
      reference
      typology
      surfaceSqm
      floor
      hasLift
      stepFreeAccess
      rentCents
      serviceChargesCents
      contingent
      status
      availableFrom
      residence {
        id
        name
        commune
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

export default function MatchCheckView() {
  const { t } = useTranslation('awaiting');
  const { householdId = '', dwellingId = '' } = useParams();
  const user = useUser();
  const withTargetPublic = can(user.role, 'household.targetPublic');
  const household = useQuery(HOUSEHOLD, { variables: { householdId, withTargetPublic } });
  const dwelling = useQuery(DWELLING, { variables: { dwellingId } });
  const reference = household.data?.household?.reference;
  const dwellingReference = dwelling.data?.dwelling?.reference;

  return (
    <Page
      title={t('matchCheck.title')}
      description={
        reference && dwellingReference
          ? t('matchCheck.description', { household: reference, dwelling: dwellingReference })
          : t('matchCheck.descriptionLoading')
      }
      actions={
        <Group gap="md">
          <Anchor component={Link} to="/commission/menages-en-attente" size="sm">
            <Group gap={4} component="span">
              <IconArrowLeft size={16} aria-hidden />
              {t('matchCheck.back')}
            </Group>
          </Anchor>
        </Group>
      }
    >
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="md">
            <RulesPanel householdId={householdId} dwellingId={dwellingId} />
            {household.data?.household && (
              <OtherDwellingPanel
                householdId={householdId}
                dwellingId={dwellingId}
                communes={household.data.household.needs?.desiredCommunes ?? []}
              />
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="md">
            <HouseholdPanel query={household} withTargetPublic={withTargetPublic} />
            <DwellingPanel query={dwelling} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Page>
  );
}

/**
 * NOT_FOUND (a household outside the caller's caseload, a wrong id) is told in the panel in plain
 * French; every other error goes to QueryErrors.
 */
function splitNotFound(error: unknown): { notFound: boolean; rest: unknown } {
  if (!CombinedGraphQLErrors.is(error)) return { notFound: false, rest: error };
  const others = error.errors.filter((e) => e.extensions?.code !== 'NOT_FOUND');
  if (others.length === error.errors.length) return { notFound: false, rest: error };
  return {
    notFound: true,
    rest: others.length ? new CombinedGraphQLErrors({ data: error.data, errors: others }) : undefined,
  };
}

function ErrorsOf({ error }: { error: unknown }) {
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

function Panel({ title, testId, children }: { title: string; testId?: string; children: ReactNode }) {
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

function RulesPanel({ householdId, dwellingId }: { householdId: string; dwellingId: string }) {
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

function Fact({ label, children }: { label: string; children: ReactNode }) {
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

interface PanelQuery<T> {
  data: T | undefined;
  error?: unknown;
  loading: boolean;
}

function HouseholdPanel({
  query,
  withTargetPublic,
}: {
  query: PanelQuery<MatchCheckHouseholdQuery>;
  withTargetPublic: boolean;
}) {
  const { t } = useTranslation('awaiting');
  const count = useCount();
  const { data, error, loading } = query;
  const household = data?.household;
  const needs = household?.needs;
  const priorities = needs
    ? [needs.dalo && t('household.dalo'), needs.pdalpd && t('household.pdalpd')].filter(Boolean).join(', ')
    : '';
  return (
    <Panel title={t('matchCheck.household')} testId="match-check-household">
      <ErrorsOf error={error} />
      {loading && !household && <Loading />}
      {household && (
        <>
          <Group gap="xs">
            <Anchor component={Link} to={paths.household(household.id)} fw={600}>
              {household.reference}
            </Anchor>
            {withTargetPublic && household.targetPublic && (
              <Badge variant="outline" color="grape.9">
                {t(`common:enums.TargetPublic.${household.targetPublic}`)}
              </Badge>
            )}
            {household.singleParent && household.targetPublic !== 'SINGLE_PARENT' && (
              <Badge variant="outline" color="indigo.9">
                {t('household.singleParent')}
              </Badge>
            )}
          </Group>
          <dl style={{ margin: 0 }}>
            <Fact label={t('matchCheck.composition')}>
              {t('household.composition', {
                people: count('person', household.size),
                adults: count('adult', household.adults),
                children: count('child', household.children),
              })}
            </Fact>
            {needs && (
              <>
                <Fact label={t('matchCheck.resources')}>{formatMoney(needs.monthlyResourcesCents)}</Fact>
                <Fact label={t('matchCheck.housingBenefit')}>{formatMoney(needs.housingBenefitCents)}</Fact>
                <Fact label={t('matchCheck.desiredTypologies')}>
                  {needs.desiredTypologies.length
                    ? needs.desiredTypologies
                        .map((typology) => t(`common:enums.Typology.${typology}`))
                        .join(', ')
                    : t('matchCheck.any')}
                </Fact>
                <Fact label={t('matchCheck.desiredCommunes')}>
                  {needs.desiredCommunes.length ? needs.desiredCommunes.join(', ') : t('matchCheck.any')}
                </Fact>
                <Fact label={t('matchCheck.maxRent')}>{formatMoney(needs.maxRentCents)}</Fact>
                <Fact label={t('matchCheck.priorities')}>{priorities || t('matchCheck.none')}</Fact>
                <Fact label={t('matchCheck.stepFreeNeed')}>
                  {needs.stepFreeAccessNeed ? t('matchCheck.needed') : t('matchCheck.notNeeded')}
                </Fact>
              </>
            )}
          </dl>
          {!needs && <Text size="sm">{t('matchCheck.noNeeds')}</Text>}
        </>
      )}
    </Panel>
  );
}

function DwellingPanel({ query }: { query: PanelQuery<MatchCheckDwellingQuery> }) {
  const { t } = useTranslation('awaiting');
  const { data, error, loading } = query;
  const dwelling = data?.dwelling;
  return (
    <Panel title={t('matchCheck.dwelling')} testId="match-check-dwelling">
      <ErrorsOf error={error} />
      {loading && !dwelling && <Loading />}
      {dwelling && (
        <>
          <Group gap="xs">
            <Anchor component={Link} to={paths.dwelling(dwelling.id)} fw={600}>
              {dwelling.reference}
            </Anchor>
            <Badge variant="outline" color="gray.8">
              {t(`common:enums.DwellingStatus.${dwelling.status}`)}
            </Badge>
          </Group>
          <dl style={{ margin: 0 }}>
            <Fact label={t('matchCheck.residence')}>
              {dwelling.residence.name.includes(dwelling.residence.commune)
                ? dwelling.residence.name
                : t('matches.residence', {
                    name: dwelling.residence.name,
                    commune: dwelling.residence.commune,
                  })}
            </Fact>
            <Fact label={t('matchCheck.typology')}>
              {t(`common:enums.Typology.${dwelling.typology}`)},{' '}
              {t('matchCheck.surfaceValue', { value: formatNumber(dwelling.surfaceSqm) })}
            </Fact>
            <Fact label={t('matchCheck.floor')}>
              {formatNumber(dwelling.floor)},{' '}
              {dwelling.hasLift ? t('matchCheck.lift') : t('matchCheck.noLift')}
            </Fact>
            <Fact label={t('matchCheck.stepFreeAccess')}>
              {dwelling.stepFreeAccess ? t('common:state.yes') : t('common:state.no')}
            </Fact>
            <Fact label={t('matchCheck.total')}>
              {formatMoney(dwelling.rentCents + dwelling.serviceChargesCents)} ({t('matchCheck.rent')}{' '}
              {formatMoney(dwelling.rentCents)}, {t('matchCheck.charges')}{' '}
              {formatMoney(dwelling.serviceChargesCents)})
            </Fact>
            <Fact label={t('matchCheck.contingent')}>
              {t(`common:enums.Contingent.${dwelling.contingent}`)}
            </Fact>
            <Fact label={t('matchCheck.availableFrom')}>{formatDate(dwelling.availableFrom)}</Fact>
          </dl>
        </>
      )}
    </Panel>
  );
}

function OtherDwellingPanel({
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

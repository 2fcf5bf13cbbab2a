import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  List,
  MultiSelect,
  SimpleGrid,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconHelpCircle } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { paths } from '../../app/navigation';
import { can } from '../../auth/permissions';
import { useUser } from '../../auth/session';
import { Loading } from '../../components/Loading';
import { LoadMore } from '../../components/LoadMore';
import { Page } from '../../components/Page';
import { appendPage } from '../../components/pagination';
import { QueryErrors } from '../../components/QueryErrors';
import { graphql } from '../../gql';
import type {
  ApplicationFilter,
  AwaitingCommissionListQuery,
  TargetPublic,
  Typology,
} from '../../gql/graphql';
import { formatDate, formatMoney, formatNumber, today } from '../../i18n/format';
import { MatchingSettingsPanel } from '../matching/MatchingSettingsPanel';

// One page of applications READY_FOR_COMMISSION with their household and its best matches: the
// gateway fetches `matchingDwellings` for the whole page in one statement. The target public is
// asked for only when the role may read it, so the gateway never logs a refused read.
const AWAITING = graphql(`
  query AwaitingCommissionList(
    $filter: ApplicationFilter!
    $first: Int!
    $after: String
    $withTargetPublic: Boolean!
  ) {
    applications(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          registrationNumber
          desiredTypologies
          desiredCommunes
          maxRentCents
          submittedAt
          statusChangedAt
          stalledSince
          slidingLeaseProposed
          household {
            id
            reference
            size
            adults
            children
            singleParent
            dalo
            pdalpd
            stepFreeAccessNeed
            targetPublic @include(if: $withTargetPublic)
            matchingDwellings(first: 3) {
              score
              reasons
              dwelling {
                id
                reference
                typology
                status
                availableFrom
                rentCents
                serviceChargesCents
                residence {
                  id
                  name
                  commune
                }
              }
            }
          }
        }
      }
    }
  }
`);

// The communes of the stock, for the commune filter (an agency has well under 100 residences).
const COMMUNES = graphql(`
  query AwaitingCommissionCommunes {
    residences(first: 100) {
      edges {
        node {
          id
          commune
        }
      }
    }
  }
`);

const PAGE_SIZE = 20;
const TYPOLOGIES: Typology[] = ['T1', 'T2', 'T3', 'T4', 'T5', 'T6'];
const TARGET_PUBLICS: TargetPublic[] = ['SINGLE_PARENT', 'LEAVING_PRISON', 'ISOLATED_TENANT'];

/** URL parameters of the filters (repeated for several values). */
const PARAMS = { targetPublic: 'public', commune: 'commune', typology: 'typologie' } as const;

type AwaitingApplication = AwaitingCommissionListQuery['applications']['edges'][number]['node'];
type Match = NonNullable<AwaitingApplication['household']['matchingDwellings']>[number];

function known<T extends string>(values: string[], allowed: readonly T[]): T[] {
  return values.filter((value): value is T => (allowed as readonly string[]).includes(value));
}

export default function AwaitingCommissionView() {
  const { t } = useTranslation('awaiting');
  const user = useUser();
  const withTargetPublic = can(user.role, 'household.targetPublic');
  const [searchParams, setSearchParams] = useSearchParams();
  // A role that may not read the target public may not filter on it either (that would reveal it).
  const targetPublics = withTargetPublic
    ? known(searchParams.getAll(PARAMS.targetPublic), TARGET_PUBLICS)
    : [];
  const communes = searchParams.getAll(PARAMS.commune);
  const typologies = known(searchParams.getAll(PARAMS.typology), TYPOLOGIES);

  const filter: ApplicationFilter = {
    statuses: ['READY_FOR_COMMISSION'],
    ...(targetPublics.length ? { targetPublics } : {}),
    ...(communes.length ? { communes } : {}),
    ...(typologies.length ? { typologies } : {}),
  };
  const { data, error, loading, fetchMore, networkStatus } = useQuery(AWAITING, {
    variables: { filter, first: PAGE_SIZE, withTargetPublic },
  });

  const setFilter = (name: string, values: string[]) => {
    const next = new URLSearchParams(searchParams);
    next.delete(name);
    for (const value of values) next.append(name, value);
    setSearchParams(next, { replace: true });
  };
  const filtered = targetPublics.length + communes.length + typologies.length > 0;

  const connection = data?.applications;
  const loadMore = () =>
    fetchMore({
      variables: { after: connection?.pageInfo.endCursor },
      updateQuery: appendPage('applications'),
    });

  return (
    <Page title={t('common:nav.awaitingCommission')} description={t('list.description')}>
      <MatchingSettingsPanel />
      <Card withBorder padding="md" component="section" aria-label={t('filters.label')}>
        <Group align="flex-end" gap="md">
          {withTargetPublic && (
            <MultiSelect
              label={t('filters.targetPublic')}
              placeholder={targetPublics.length ? undefined : t('filters.all')}
              data={TARGET_PUBLICS.map((value) => ({
                value,
                label: t(`common:enums.TargetPublic.${value}`),
              }))}
              value={targetPublics}
              onChange={(values) => setFilter(PARAMS.targetPublic, values)}
              clearable
              w={320}
              data-testid="filter-target-public"
            />
          )}
          <CommuneFilter value={communes} onChange={(values) => setFilter(PARAMS.commune, values)} />
          <MultiSelect
            label={t('filters.typologies')}
            placeholder={typologies.length ? undefined : t('filters.allFeminine')}
            data={TYPOLOGIES.map((value) => ({ value, label: t(`common:enums.Typology.${value}`) }))}
            value={typologies}
            onChange={(values) => setFilter(PARAMS.typology, values)}
            clearable
            w={220}
            data-testid="filter-typology"
          />
          {filtered && (
            <Button
              variant="subtle"
              onClick={() => {
                const next = new URLSearchParams(searchParams);
                for (const name of Object.values(PARAMS)) next.delete(name);
                setSearchParams(next, { replace: true });
              }}
            >
              {t('filters.reset')}
            </Button>
          )}
        </Group>
      </Card>

      <Stack component="section" aria-labelledby="awaiting-heading" gap="sm">
        <Group justify="space-between" align="baseline">
          <Title order={2} size="h3" id="awaiting-heading">
            {t('list.heading')}
          </Title>
          {connection && (
            <Text size="sm" c="gray.7" data-testid="awaiting-total" aria-live="polite">
              {t('list.total', { total: formatNumber(connection.totalCount) })}
            </Text>
          )}
        </Group>
        <QueryErrors error={error} />
        {loading && !connection && <Loading />}
        {connection && connection.edges.length === 0 && <Text c="gray.7">{t('list.empty')}</Text>}
        {connection && connection.edges.length > 0 && (
          <Stack gap="md" data-testid="awaiting-list" aria-label={t('list.ariaLabel')} role="list">
            {connection.edges.map(({ node }) => (
              <HouseholdCard key={node.id} application={node} withTargetPublic={withTargetPublic} />
            ))}
          </Stack>
        )}
        {connection && connection.edges.length > 0 && (
          <LoadMore
            shown={connection.edges.length}
            total={connection.totalCount}
            hasNextPage={connection.pageInfo.hasNextPage}
            loading={networkStatus === NetworkStatus.fetchMore}
            onLoadMore={() => void loadMore()}
          />
        )}
      </Stack>
    </Page>
  );
}

/** Communes of the stock, plus any chosen in the URL that the stock does not list. */
function CommuneFilter({ value, onChange }: { value: string[]; onChange: (values: string[]) => void }) {
  const { t } = useTranslation('awaiting');
  const { data, error } = useQuery(COMMUNES);
  const options = useMemo(() => {
    const all = new Set(value);
    for (const edge of data?.residences.edges ?? []) all.add(edge.node.commune);
    return [...all].sort((a, b) => a.localeCompare(b, 'fr'));
  }, [data, value]);
  return (
    <Stack gap={4}>
      <QueryErrors error={error} />
      <MultiSelect
        label={t('filters.communes')}
        placeholder={value.length ? undefined : t('filters.allFeminine')}
        data={options}
        value={value}
        onChange={onChange}
        searchable
        clearable
        w={320}
        data-testid="filter-commune"
      />
    </Stack>
  );
}

function HouseholdCard({
  application,
  withTargetPublic,
}: {
  application: AwaitingApplication;
  withTargetPublic: boolean;
}) {
  const { t } = useTranslation('awaiting');
  const { household } = application;
  const headingId = `household-${household.id}`;
  return (
    <Card
      withBorder
      padding="md"
      role="listitem"
      aria-labelledby={headingId}
      data-testid="awaiting-household"
      data-household-id={household.id}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <Stack gap={4} style={{ flex: '1 1 420px' }}>
            <Group gap="xs">
              <Title order={3} size="h4" id={headingId}>
                <Anchor component={Link} to={paths.household(household.id)} data-testid="household-link">
                  {household.reference}
                  <VisuallyHidden> — {t('household.openFile')}</VisuallyHidden>
                </Anchor>
              </Title>
              {withTargetPublic && household.targetPublic && (
                <Badge variant="outline" color="grape.9" data-testid="household-target-public">
                  {t(`common:enums.TargetPublic.${household.targetPublic}`)}
                </Badge>
              )}
              {household.singleParent && household.targetPublic !== 'SINGLE_PARENT' && (
                <Badge variant="outline" color="indigo.9">
                  {t('household.singleParent')}
                </Badge>
              )}
              {household.dalo && (
                <Badge variant="outline" color="red.9">
                  {t('household.dalo')}
                </Badge>
              )}
              {household.pdalpd && (
                <Badge variant="outline" color="red.9">
                  {t('household.pdalpd')}
                </Badge>
              )}
              {household.stepFreeAccessNeed && (
                <Badge variant="outline" color="blue.9">
                  {t('household.stepFreeNeed')}
                </Badge>
              )}
              {application.stalledSince && (
                <Badge
                  variant="outline"
                  color="#a64100"
                  title={t('household.stalledSince', { date: formatDate(application.stalledSince) })}
                >
                  {t('household.stalled')}
                </Badge>
              )}
            </Group>
            <Text size="sm">
              {t('household.composition', {
                size: household.size,
                adults: household.adults,
                children: household.children,
              })}
            </Text>
          </Stack>
          <Stack gap={2} align="flex-end" ml="auto">
            <Text size="sm" fw={500} data-testid="waiting-since">
              {t('household.readySince', { date: formatDate(application.statusChangedAt) })}
            </Text>
            <Text size="xs" c="gray.7">
              {t('household.application', {
                number: application.registrationNumber,
                date: formatDate(application.submittedAt),
              })}
            </Text>
            {application.slidingLeaseProposed && (
              <Text size="xs" c="gray.7">
                {t('household.slidingLease')}
              </Text>
            )}
          </Stack>
        </Group>

        <Text size="sm">
          <Text span fw={600}>
            {t('household.wants')} :{' '}
          </Text>
          {application.desiredTypologies.length
            ? application.desiredTypologies
                .map((typology) => t(`common:enums.Typology.${typology}`))
                .join(', ')
            : t('household.anyTypology')}
          {' · '}
          {application.desiredCommunes.join(', ')}
          {' · '}
          {t('household.maxRent')} {formatMoney(application.maxRentCents, { whole: true })}
        </Text>

        <Stack gap="xs">
          <Title order={4} size="h5">
            {t('matches.heading', { reference: household.reference })}
          </Title>
          {/* null: refused with an error, which the page shows above the list. */}
          {!household.matchingDwellings?.length ? (
            <Text size="sm" c="gray.7" data-testid="no-match">
              {t('matches.none')}
            </Text>
          ) : (
            <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }} spacing="sm">
              {household.matchingDwellings.map((match) => (
                <MatchCard key={match.dwelling.id} match={match} householdId={household.id} />
              ))}
            </SimpleGrid>
          )}
        </Stack>
      </Stack>
    </Card>
  );
}

/** The residence's name, with its commune unless the name already says it. */
function residenceLabel(residence: { name: string; commune: string }, t: TFunction<'awaiting'>): string {
  return residence.name.includes(residence.commune)
    ? residence.name
    : t('matches.residence', { name: residence.name, commune: residence.commune });
}

function MatchCard({ match, householdId }: { match: Match; householdId: string }) {
  const { t } = useTranslation('awaiting');
  const { dwelling } = match;
  return (
    <Card withBorder padding="sm" bg="gray.0" data-testid="dwelling-match" data-dwelling-id={dwelling.id}>
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" wrap="nowrap">
          <Anchor component={Link} to={paths.dwelling(dwelling.id)} fw={600} data-testid="dwelling-link">
            {dwelling.reference}
          </Anchor>
          <Badge variant="filled" color="teal.9" data-testid="match-score">
            {t('matches.score', { score: match.score })}
          </Badge>
        </Group>
        <Text size="sm">
          {t(`common:enums.Typology.${dwelling.typology}`)} · {residenceLabel(dwelling.residence, t)}
        </Text>
        <Text size="sm">
          {t('matches.rent', { amount: formatMoney(dwelling.rentCents + dwelling.serviceChargesCents) })} ·{' '}
          {t(`common:enums.DwellingStatus.${dwelling.status}`)},{' '}
          {!dwelling.availableFrom || dwelling.availableFrom <= today()
            ? t('matches.availableNow')
            : t('matches.availableFrom', { date: formatDate(dwelling.availableFrom) })}
        </Text>
        <Text size="xs" fw={600} c="dark.6">
          {t('matches.reasons')}
        </Text>
        <List size="xs" spacing={2} data-testid="match-reasons" aria-label={t('matches.reasons')}>
          {match.reasons.map((reason) => (
            <List.Item key={reason}>{reason}</List.Item>
          ))}
        </List>
        <Anchor
          component={Link}
          to={paths.matchCheck(householdId, dwelling.id)}
          size="sm"
          data-testid="why-not-link"
        >
          <Group gap={4} wrap="nowrap" component="span">
            <IconHelpCircle size={16} aria-hidden />
            <span>
              {t('matches.whyNot')}
              <VisuallyHidden>{t('matches.whyNotHidden', { reference: dwelling.reference })}</VisuallyHidden>
            </span>
          </Group>
        </Anchor>
      </Stack>
    </Card>
  );
}

import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Card, Group, SimpleGrid, Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { paths } from '../../app/navigation';
import { can } from '../../auth/permissions';
import { useUser } from '../../auth/session';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { PersonName } from '../../components/PersonName';
import { QueryErrors } from '../../components/QueryErrors';
import { graphql } from '../../gql';
import type { HouseholdAccompanimentQuery, HouseholdFileQuery } from '../../gql/graphql';
import { currentMonth, formatDate, formatMoney } from '../../i18n/format';
import { Fact, Facts } from '../dwellings/Facts';
import { HouseholdLeaseForms } from '../lease/HouseholdLeaseForms';
import {
  AccompanimentPanel,
  AlertsPanel,
  ContactsPanel,
  PhaseBadge,
  runningFirst,
} from './AccompanimentPanels';
import { RaiseAlertForm } from './accompaniment/RaiseAlertForm';
import { HouseholdActions } from './forms/HouseholdActions';
import { ApplicationStatusBadge, ApplicationsPanel, CompositionPanel, LeasePanel } from './HouseholdPanels';

// Two queries, so that each part of the file shows whatever the other subgraphs do.
// HouseholdFile: the household (households subgraph) and its lease and rent account (housing).
// It holds no field of the accompaniment subgraph.
const householdFileQuery = graphql(`
  query HouseholdFile(
    $id: ID!
    $withTargetPublic: Boolean!
    $withPriorityPublic: Boolean!
    $withRent: Boolean!
  ) {
    household(id: $id) {
      id
      reference
      size
      adults
      children
      singleParent
      monthlyResourcesCents
      housingBenefitCents
      targetPublic @include(if: $withTargetPublic)
      priorityPublic @include(if: $withPriorityPublic)
      dalo
      collectiveAgreement
      pdalpd
      stepFreeAccessNeed
      consentToShare
      consentToShareDate
      members {
        id
        firstName
        lastName
        birthDate
        age
        role
      }
      applications {
        id
        registrationNumber
        status
        submittedAt
        statusChangedAt
        desiredTypologies
        desiredCommunes
        maxRentCents
        slidingLeaseProposed
        stalledSince
        allocatedDwelling {
          id
          reference
        }
        transitions {
          id
          from
          to
          at
          by
          byUser {
            id
            displayName
          }
          note
        }
      }
      currentLease {
        id
        startDate
        endDate
        kind
        intermediaryAssociation
        plannedHandoverDate
        moveInInspectionDate
        inspectionSocialManagerPresent
        inspectionSupportWorkerPresent
        dwelling {
          id
          reference
          typology
          rentCents
          serviceChargesCents
          residence {
            id
            name
            address
            commune
          }
        }
        rentAccount @include(if: $withRent) {
          id
          arrearsCents
          monthsInArrears
          entries(months: 12) {
            id
            month
            chargedCents
            paidCents
          }
        }
      }
    }
  }
`);

// HouseholdAccompaniment: the accompaniment subgraph alone, from its own root fields (not through
// Household), so it answers even when the households subgraph does not. Details only for the
// social team: a rental manager learns that an accompaniment exists and its phase, nothing more.
const householdAccompanimentQuery = graphql(`
  query HouseholdAccompaniment($householdId: ID!, $details: Boolean!, $month: String!) {
    accompaniments(filter: { householdId: $householdId }, first: 20) {
      totalCount
      edges {
        node {
          id
          phase
          ... on Accompaniment @include(if: $details) {
            kind
            startDate
            endDate
            outcome
            endReason
            capacityOverrideReason
            supportWorkerId
            socialReferentId
            supportWorker {
              id
              displayName
            }
            socialReferent {
              id
              displayName
            }
            moveInInspectionWithoutSupportWorker
            contactSchedule {
              integrationContactsPerWeek
              integrationWeeks
              monthlyInPersonMeetings
            }
            compliance(month: $month) {
              month
              inProgress
              required
              done
              shortfall
            }
            phaseChanges {
              id
              from
              to
              at
              by
              byUser {
                id
                displayName
              }
            }
            contacts(first: 50) {
              id
              date
              kind
              configuration
              timeSlot
              place
              outcome
              note
              recordedBy
              recordedByUser {
                id
                displayName
              }
            }
          }
        }
      }
    }
    alerts(filter: { householdId: $householdId, statuses: [NEW, SHARED_DIAGNOSIS, ACTION_AGREED] }, first: 50) {
      totalCount
      edges {
        node {
          id
          source
          signs @include(if: $details)
          status
          raisedAt
          triageDeadline
          overdue
        }
      }
    }
  }
`);

export type HouseholdFile = NonNullable<HouseholdFileQuery['household']>;
export type AccompanimentData = HouseholdAccompanimentQuery;
export type AccompanimentNode = HouseholdAccompanimentQuery['accompaniments']['edges'][number]['node'];

const TABS = ['menage', 'demande', 'bail', 'accompagnement', 'contacts', 'alertes'] as const;
type Tab = (typeof TABS)[number];

function isNotFound(error: unknown): boolean {
  return (
    CombinedGraphQLErrors.is(error) &&
    error.errors.some((e) => e.extensions?.code === 'NOT_FOUND' && e.path?.length === 1)
  );
}

/** The household's file: a summary always in view, then one tab per part of the file. */
export default function HouseholdView() {
  const { t } = useTranslation('household');
  const { householdId = '' } = useParams();
  const { role } = useUser();
  const [params, setParams] = useSearchParams();
  const details = can(role, 'accompaniment.details');

  const file = useQuery(householdFileQuery, {
    variables: {
      id: householdId,
      withTargetPublic: can(role, 'household.targetPublic'),
      withPriorityPublic: can(role, 'household.priorityPublic') && !can(role, 'household.targetPublic'),
      withRent: can(role, 'rent.read'),
    },
  });
  const support = useQuery(householdAccompanimentQuery, {
    variables: { householdId, details, month: currentMonth() },
  });

  const household = file.data?.household ?? undefined;
  const tabs = TABS.filter((tab) => tab !== 'contacts' || details);
  const requested = params.get('onglet') as Tab | null;
  const tab: Tab = requested && tabs.includes(requested) ? requested : 'menage';
  const selectTab = (value: string | null) => {
    const next = new URLSearchParams(params);
    if (!value || value === 'menage') next.delete('onglet');
    else next.set('onglet', value);
    setParams(next, { replace: true });
  };

  if (!household && isNotFound(file.error)) {
    return (
      <Page title={t('loadingTitle')}>
        <Alert color="gray" data-testid="household-not-found">
          {t('notFound')}
        </Alert>
      </Page>
    );
  }

  const openAlerts = support.data?.alerts.totalCount;

  return (
    <Page title={household ? t('title', { reference: household.reference }) : t('loadingTitle')}>
      <Stack gap="md" data-testid="household-file" data-household-id={householdId}>
        <QueryErrors error={file.error} onRetry={() => void file.refetch()} />
        {!household && file.loading && <Loading />}
        {!household && !file.loading && (
          <Text size="sm" data-testid="household-unavailable">
            {t('unavailable')}
          </Text>
        )}

        {household && <HouseholdActions householdId={householdId} />}
        <SimpleGrid cols={{ base: 1, md: 3 }}>
          {household && <HouseholdSummary household={household} />}
          {household && <LeaseSummary household={household} />}
          <AccompanimentSummary data={support.data} error={support.error} loading={support.loading} />
        </SimpleGrid>

        <Tabs value={tab} onChange={selectTab} keepMounted={false}>
          <Tabs.List aria-label={t('tabsLabel')}>
            {tabs.map((value) => (
              <Tabs.Tab key={value} value={value} data-testid={`household-tab-${value}`}>
                {t(`tabs.${value}`)}
                {value === 'alertes' && openAlerts ? (
                  <Badge size="xs" ml={6} color="red" variant="filled" component="span">
                    {openAlerts}
                  </Badge>
                ) : null}
              </Tabs.Tab>
            ))}
          </Tabs.List>

          <Tabs.Panel value="menage" pt="md">
            {household && <CompositionPanel household={household} />}
          </Tabs.Panel>
          <Tabs.Panel value="demande" pt="md">
            {household && <ApplicationsPanel household={household} />}
          </Tabs.Panel>
          <Tabs.Panel value="bail" pt="md">
            {household && <LeasePanel household={household} />}
            {household && <HouseholdLeaseForms household={household} />}
          </Tabs.Panel>
          <Tabs.Panel value="accompagnement" pt="md">
            <AccompanimentPanel
              householdId={householdId}
              data={support.data}
              error={support.error}
              loading={support.loading}
            />
          </Tabs.Panel>
          {details && (
            <Tabs.Panel value="contacts" pt="md">
              <ContactsPanel data={support.data} error={support.error} loading={support.loading} />
            </Tabs.Panel>
          )}
          <Tabs.Panel value="alertes" pt="md">
            <AlertsPanel data={support.data} error={support.error} loading={support.loading} />
            <RaiseAlertForm householdId={householdId} />
          </Tabs.Panel>
        </Tabs>
      </Stack>
    </Page>
  );
}

function HouseholdSummary({ household }: { household: HouseholdFile }) {
  const { t } = useTranslation('household');
  const { role } = useUser();
  const application = household.applications[0];
  const flags = (['dalo', 'pdalpd', 'singleParent', 'stepFreeAccessNeed'] as const).filter(
    (flag) => household[flag],
  );

  return (
    <Card withBorder component="section" aria-labelledby="household-summary-title">
      <Title order={2} size="h4" id="household-summary-title" mb="sm">
        {t('summary.household')}
      </Title>
      <Facts>
        <Fact label={t('summary.reference')}>
          <span data-testid="household-reference">{household.reference}</span>
        </Fact>
        <Fact label={t('summary.composition')}>
          <CompositionSummary household={household} />
        </Fact>
        <Fact label={t('summary.resources')}>{formatMoney(household.monthlyResourcesCents)}</Fact>
        <Fact label={t('summary.application')}>
          {application ? <ApplicationStatusBadge status={application.status} /> : t('summary.noApplication')}
        </Fact>
        {/* Only the social team is told the target public; rental management whether there is one. */}
        {can(role, 'household.targetPublic') ? (
          <Fact label={t('summary.targetPublic')}>
            <span data-testid="household-target-public">
              {household.targetPublic
                ? t(`common:enums.TargetPublic.${household.targetPublic}`)
                : t('summary.noTargetPublic')}
            </span>
          </Fact>
        ) : (
          household.priorityPublic != null && (
            <Fact label={t('summary.priorityPublic')}>
              <span data-testid="household-priority-public">
                {household.priorityPublic ? t('summary.priorityPublicYes') : t('summary.priorityPublicNo')}
              </span>
            </Fact>
          )
        )}
      </Facts>
      {flags.length > 0 && (
        <Group gap={6} mt="sm">
          {flags.map((flag) => (
            <Badge key={flag} variant="outline" color="gray" c="dark.8">
              {t(`flags.${flag}`)}
            </Badge>
          ))}
        </Group>
      )}
    </Card>
  );
}

export function CompositionSummary({ household }: { household: Pick<HouseholdFile, 'adults' | 'children'> }) {
  const { t } = useTranslation('household');
  return (
    <>
      {t('composition.summary', {
        adults: t('composition.adults', { count: household.adults }),
        children: t('composition.children', { count: household.children }),
      })}
    </>
  );
}

function LeaseSummary({ household }: { household: HouseholdFile }) {
  const { t } = useTranslation('household');
  const { role } = useUser();
  const lease = household.currentLease;
  const account = lease?.rentAccount;

  return (
    <Card
      withBorder
      component="section"
      aria-labelledby="household-lease-title"
      data-testid="household-lease"
    >
      <Title order={2} size="h4" id="household-lease-title" mb="sm">
        {t('summary.lease')}
      </Title>
      {lease ? (
        <Facts>
          <Fact label={t('summary.dwelling')}>
            <Anchor component={Link} to={paths.dwelling(lease.dwelling.id)} size="sm">
              {lease.dwelling.reference}
            </Anchor>
          </Fact>
          <Fact label={t('lease.residence')}>{`${lease.dwelling.residence.name}`}</Fact>
          <Fact label={t('summary.since')}>{formatDate(lease.startDate)}</Fact>
          <Fact label={t('summary.leaseKind')}>{t(`common:enums.LeaseKind.${lease.kind}`)}</Fact>
          <Fact label={t('summary.rent')}>
            {formatMoney(lease.dwelling.rentCents + lease.dwelling.serviceChargesCents)}
          </Fact>
          <Fact label={t('summary.arrears')}>
            {can(role, 'rent.read') &&
              account &&
              (account.arrearsCents > 0 ? (
                <Text span size="sm" fw={600} c="red.9" data-testid="household-arrears">
                  {t('summary.arrearsValue', {
                    amount: formatMoney(account.arrearsCents),
                    months: t('lease.monthsInArrears', { count: account.monthsInArrears }),
                  })}
                </Text>
              ) : (
                t('summary.upToDate')
              ))}
          </Fact>
        </Facts>
      ) : (
        <Text size="sm">{t('summary.noLease')}</Text>
      )}
    </Card>
  );
}

/** From the accompaniment query: shows its own failure, so the rest of the file stays usable. */
function AccompanimentSummary({
  data,
  error,
  loading,
}: {
  data: AccompanimentData | undefined;
  error: unknown;
  loading: boolean;
}) {
  const { t } = useTranslation('household');
  const { role } = useUser();
  const details = can(role, 'accompaniment.details');
  const accompaniments = runningFirst(data?.accompaniments.edges.map((e) => e.node) ?? []);
  const current = accompaniments[0];

  return (
    <Card
      withBorder
      component="section"
      aria-labelledby="household-accompaniment-title"
      data-testid="household-accompaniment"
    >
      <Title order={2} size="h4" id="household-accompaniment-title" mb="sm">
        {t('summary.accompaniment')}
      </Title>
      <QueryErrors error={error} />
      {loading && !data && <Loading />}
      {data && !current && <Text size="sm">{t('summary.noAccompaniment')}</Text>}
      {current && (
        <Stack gap="xs">
          <Facts>
            <Fact label={t('summary.phase')}>
              <PhaseBadge phase={current.phase} />
            </Fact>
            <Fact label={t('summary.kind')}>
              {current.kind && t(`common:enums.AccompanimentKind.${current.kind}`)}
            </Fact>
            <Fact label={t('summary.supportWorker')}>
              <PersonName user={current.supportWorker} id={current.supportWorkerId} />
            </Fact>
            <Fact label={t('summary.thisMonth')}>
              {current.compliance &&
                t('summary.compliance', {
                  done: current.compliance.done,
                  required: current.compliance.required,
                })}
            </Fact>
          </Facts>
          {accompaniments.length > 1 && (
            <Text size="xs">{t('summary.more', { count: accompaniments.length - 1 })}</Text>
          )}
          {!details && (
            <Text size="sm" fs="italic" data-testid="accompaniment-reserved">
              {t('accompaniment.reserved')}
            </Text>
          )}
        </Stack>
      )}
    </Card>
  );
}

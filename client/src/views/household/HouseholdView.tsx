import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useQuery } from '@apollo/client/react';
import { Alert, Badge, SimpleGrid, Stack, Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { can } from '../../auth/permissions';
import { useUser } from '../../auth/session';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { QueryErrors } from '../../components/QueryErrors';
import { graphql } from '../../gql';
import type { HouseholdAccompanimentQuery, HouseholdFileQuery } from '../../gql/graphql';
import { currentMonth } from '../../i18n/format';
import { HouseholdLeaseForms } from '../lease/HouseholdLeaseForms';
import { AccompanimentPanel, AlertsPanel, ContactsPanel } from './AccompanimentPanels';
import { RaiseAlertForm } from './accompaniment/RaiseAlertForm';
import { HouseholdActions } from './forms/HouseholdActions';
import { ApplicationsPanel, CompositionPanel, LeasePanel } from './HouseholdPanels';

import { AccompanimentSummary, HouseholdSummary, LeaseSummary } from './HouseholdSummaries';

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

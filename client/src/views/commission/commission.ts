import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useMutationErrorMessage } from '../../components/QueryErrors';
import { type DocumentType, graphql } from '../../gql';
import type {
  CommissionDecision,
  CommissionPreparationVacantQuery,
  DecisionReason,
  Typology,
} from '../../gql/graphql';

const SESSION_FIELDS = graphql(`
  fragment CommissionPreparationSessionFields on Commission {
    id
    sessionDate
    status
    candidacies {
      id
      rank
      decision
      decisionReason
      withdrawnAt
      insufficientDemand
      dwelling {
        id
        reference
        typology
        status
        residence {
          id
          name
          commune
        }
      }
      application {
        id
        status
        registrationNumber
        household {
          id
          reference
          size
          adults
          children
          dalo
          pdalpd
          priorityPublic
          targetPublic @include(if: $withTargetPublic)
        }
      }
    }
  }
`);

// Sessions for the selector: how many dwellings each has needs only the candidacies' dwelling ids.
export const SESSIONS = graphql(`
  query CommissionPreparationSessions {
    commissions(first: 50) {
      totalCount
      edges {
        node {
          id
          sessionDate
          status
          candidacies {
            id
            dwelling {
              id
            }
          }
        }
      }
    }
  }
`);

export const SESSION = graphql(`
  query CommissionPreparationSession($id: ID!, $withTargetPublic: Boolean!) {
    commission(id: $id) {
      ...CommissionPreparationSessionFields
    }
  }
`);

// Vacant dwellings with their ranked candidates: households ranks the candidates of the whole page
// at once (one loader call per page), from the matching profile housing gives.
export const VACANT = graphql(`
  query CommissionPreparationVacant($filter: DwellingFilter!, $first: Int!, $after: String) {
    dwellings(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          reference
          typology
          surfaceSqm
          rentCents
          serviceChargesCents
          contingent
          status
          residence {
            id
            name
            commune
          }
          openSession {
            id
            sessionDate
          }
          candidates(first: 3) {
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
    }
  }
`);

export const COMMUNES = graphql(`
  query CommissionPreparationCommunes {
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

export const CREATE = graphql(`
  mutation CommissionPreparationCreate($input: CreateCommissionInput!) {
    createCommission(input: $input) {
      id
      sessionDate
      status
      candidacies {
        id
      }
    }
  }
`);

export const PLACE = graphql(`
  mutation CommissionPreparationPlace($input: PlaceDwellingOnCommissionInput!, $withTargetPublic: Boolean!) {
    placeDwellingOnCommission(input: $input) {
      ...CommissionPreparationSessionFields
    }
  }
`);

export const DECIDE = graphql(`
  mutation CommissionPreparationDecide($input: RecordCommissionDecisionInput!) {
    recordCommissionDecision(input: $input) {
      id
      decision
      decisionReason
      withdrawnAt
      application {
        id
        status
      }
      commission {
        id
        status
      }
    }
  }
`);

/** The law expects three candidates per dwelling; fewer only when demand is insufficient. */
export const CANDIDATES_PER_DWELLING = 3;
export const VACANT_PAGE_SIZE = 10;
export const TYPOLOGIES: Typology[] = ['T1', 'T2', 'T3', 'T4', 'T5', 'T6'];
export const DECISIONS: CommissionDecision[] = [
  'ALLOCATED',
  'ALLOCATED_UNDER_CONDITION',
  'NOT_ALLOCATED',
  'REJECTED',
];
export const ALLOCATIONS: CommissionDecision[] = ['ALLOCATED', 'ALLOCATED_UNDER_CONDITION'];

/**
 * The reasons that fit each decision, as the households subgraph checks them
 * (services/households/src/modules/commission/commission.enums.ts, REASONS_BY_DECISION).
 */
export const REASONS_BY_DECISION: Record<CommissionDecision, DecisionReason[]> = {
  ALLOCATED: ['RANKED_FIRST', 'NEXT_IN_RANK', 'PRIORITY_HOUSEHOLD', 'OTHER'],
  ALLOCATED_UNDER_CONDITION: [
    'CONDITION_SUPPORT_REQUIRED',
    'CONDITION_SLIDING_LEASE',
    'CONDITION_MISSING_DOCUMENT',
    'OTHER',
  ],
  NOT_ALLOCATED: [
    'HIGHER_RANKED_ALLOCATED',
    'UNSUITED_TYPOLOGY',
    'RESOURCES_INSUFFICIENT',
    'HOUSEHOLD_REFUSED',
    'OTHER',
  ],
  REJECTED: ['INCOMPLETE_FILE', 'RESOURCES_ABOVE_CEILING', 'INELIGIBLE', 'OTHER'],
};

/** How long, after an allocation, the session is polled until housing shows the dwelling OFFERED. */
export const OFFER_POLL_MS = 2_000;
export const OFFER_WATCH_MS = 30_000;

export const PARAMS = { session: 'seance', commune: 'commune', typology: 'typologie' } as const;

export type Session = DocumentType<typeof SESSION_FIELDS>;
export type SessionCandidacy = Session['candidacies'][number];
/** A candidacy whose dwelling housing answered (it answers null, with an error, for one it cannot give). */
export type PlacedCandidacy = SessionCandidacy & { dwelling: NonNullable<SessionCandidacy['dwelling']> };

export function isPlaced(candidacy: SessionCandidacy): candidacy is PlacedCandidacy {
  return candidacy.dwelling !== null;
}
export type VacantDwelling = CommissionPreparationVacantQuery['dwellings']['edges'][number]['node'];

/**
 * A failed commission mutation in French: the households subgraph's known refusals (by code and
 * the details it adds to `extensions`) get a precise message, anything else the shared one.
 */
export function useCommissionErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation('commission');
  const generic = useMutationErrorMessage();
  return (error) => {
    const first = CombinedGraphQLErrors.is(error) ? error.errors[0] : undefined;
    const details = first?.extensions ?? {};
    if (details.code === 'BAD_USER_INPUT') {
      if (details.field === 'sessionDate') return t('errors.sessionDatePast');
      if (details.field === 'reason') return t('errors.reasonNotFitting');
      if (details.field === 'insufficientDemand') return t('errors.insufficientDemand');
      if (details.field === 'candidates') return t('errors.candidates');
    }
    if (details.code === 'CONFLICT') {
      if (typeof details.status === 'string')
        return t('errors.applicationNotReady', {
          status: t(`common:enums.ApplicationStatus.${details.status}`),
        });
      if (details.decision) return t('errors.alreadyDecided');
      if (details.applicationId && details.dwellingId) return t('errors.allocatedElsewhere');
      if (details.dwellingId) return t('errors.alreadyOnSession');
    }
    return generic(error);
  };
}

export function residenceLabel(
  residence: { name: string; commune: string },
  t: TFunction<'commission'>,
): string {
  return residence.name.includes(residence.commune)
    ? residence.name
    : t('vacant.residence', { name: residence.name, commune: residence.commune });
}

export function awaitsOffer(candidacies: PlacedCandidacy[]): boolean {
  const allocated = candidacies.some((c) => c.decision && ALLOCATIONS.includes(c.decision));
  const status = candidacies[0]?.dwelling.status;
  return allocated && (status === 'VACANT' || status === 'NOTICE_GIVEN');
}

export function statusColor(status: string): string {
  if (status === 'OFFERED') return 'teal.9';
  if (status === 'VACANT') return 'blue.9';
  return 'gray.8';
}

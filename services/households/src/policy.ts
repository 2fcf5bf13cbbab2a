import {
  type Actor,
  AUDITED_FIELDS,
  DATA_SUBJECT_DESK,
  ForbiddenError,
  fields,
  INDICATOR_FIELDS,
  INDICATOR_READERS,
  INDICATOR_SET_KEY_FIELDS,
  mayReadField,
  Role,
  type Rule,
  type SubgraphPolicy,
  sensitive,
} from '@ash/kit';
import { AUDIT_READERS } from './modules/audit/audit.resolver';
import { COMMISSION_DESK } from './modules/commission/commission.service';
import { TargetPublic } from './modules/household/household.enums';
import { APPLICATION_DESK } from './modules/household/household.service';

const { RentalManager, SocialManager, SupportWorker, Evaluator, Integrator, Admin } = Role;

/** Housing's stock, as households extends it: every role reads a dwelling. */
const EVERYONE: Rule = [RentalManager, SocialManager, SupportWorker, Evaluator, Integrator, Admin];
/** Households, their members, applications and commissions: person-level, never for evaluators. */
const PEOPLE: Rule = [RentalManager, SocialManager, SupportWorker, Integrator, Admin];
/**
 * Commission preparation is the landlord's business (rental and social management): a support worker
 * follows their caseload's households, not the allocation committee's sessions.
 */
const ALLOCATION: Rule = [RentalManager, SocialManager, Integrator, Admin];
/** The audit trail. */
const AUDIT: Rule = [...AUDIT_READERS];
const AUDITED = AUDITED_FIELDS;
/** Subject access exports and erasures (right of access, right to erasure). */
const DATA_SUBJECT: Rule = [...DATA_SUBJECT_DESK];

/**
 * The target public tells a justice status when it is LEAVING_PRISON. Rental management reads none
 * of it, whatever the household: a rule that let it read the other values would refuse exactly the
 * households leaving prison, and so tell them apart. It reads `priorityPublic` instead (one of the
 * programme's publics, yes or no), the same for every household.
 */
const TARGET_PUBLIC: Rule = [SocialManager, SupportWorker, Admin];
/** That the household is one of the programme's publics, not which: also rental management's. */
const PRIORITY_PUBLIC: Rule = [RentalManager, SocialManager, SupportWorker, Admin];

/** Who may read what in the households subgraph, and who may change it (docs/access-policy.md). */
export const HOUSEHOLDS_POLICY: SubgraphPolicy = {
  subgraph: 'households',
  scope: 'households:read',
  types: {
    // Aggregates for evaluators, contributed to financing's indicator set (docs/access-policy.md).
    IndicatorSet: {
      read: INDICATOR_READERS,
      fields: fields(INDICATOR_READERS, ...INDICATOR_SET_KEY_FIELDS, 'householdIndicators'),
    },
    Indicator: { read: INDICATOR_READERS, fields: fields(INDICATOR_READERS, ...INDICATOR_FIELDS) },
    Query: {
      read: PEOPLE,
      fields: {
        ...fields(PEOPLE, 'households', 'household', 'applications', 'application'),
        // The header's search, within the caller's scope as the `households` list.
        searchHouseholds: PEOPLE,
        // Counts of the applications their reader may list (evaluators read no application count).
        applicationStatistics: PEOPLE,
        ...fields(ALLOCATION, 'commissions', 'commission'),
        auditTrail: AUDIT,
        subjectAccessExport: DATA_SUBJECT,
      },
    },
    Household: {
      read: PEOPLE,
      fields: {
        ...fields(
          PEOPLE,
          ...AUDITED,
          'reference',
          'singleParent',
          'monthlyResourcesCents',
          'housingBenefitCents',
          'dalo',
          'collectiveAgreement',
          'pdalpd',
          'stepFreeAccessNeed',
          'consentToShareDate',
          'members',
          'size',
          'adults',
          'children',
          'consentToShare',
          'applications',
          'needs',
        ),
        // Justice status.
        targetPublic: sensitive(TARGET_PUBLIC),
        priorityPublic: sensitive(PRIORITY_PUBLIC),
      },
    },
    HouseholdConnection: { read: PEOPLE, fields: fields(PEOPLE, 'edges', 'pageInfo', 'totalCount') },
    HouseholdEdge: { read: PEOPLE, fields: fields(PEOPLE, 'cursor', 'node') },
    Person: {
      read: PEOPLE,
      fields: fields(PEOPLE, ...AUDITED, 'firstName', 'lastName', 'birthDate', 'role', 'age', 'household'),
    },
    HouseholdNeeds: {
      read: PEOPLE,
      fields: fields(
        PEOPLE,
        'size',
        'monthlyResourcesCents',
        'housingBenefitCents',
        'dalo',
        'pdalpd',
        'stepFreeAccessNeed',
        'desiredTypologies',
        'desiredCommunes',
        'maxRentCents',
      ),
    },
    Application: {
      read: PEOPLE,
      fields: fields(
        PEOPLE,
        ...AUDITED,
        'registrationNumber',
        'desiredTypologies',
        'desiredCommunes',
        'maxRentCents',
        'status',
        'submittedAt',
        'statusChangedAt',
        'slidingLeaseProposed',
        'household',
        'allocatedDwelling',
        'stalledSince',
        'transitions',
        'nextStatuses',
      ),
    },
    ApplicationConnection: { read: PEOPLE, fields: fields(PEOPLE, 'edges', 'pageInfo', 'totalCount') },
    ApplicationEdge: { read: PEOPLE, fields: fields(PEOPLE, 'cursor', 'node') },
    ApplicationStatistics: { read: PEOPLE, fields: fields(PEOPLE, 'byStatus') },
    ApplicationStatusCount: { read: PEOPLE, fields: fields(PEOPLE, 'status', 'count') },
    ApplicationTransition: {
      read: PEOPLE,
      fields: fields(PEOPLE, ...AUDITED, 'from', 'to', 'at', 'by', 'byUser', 'note'),
    },
    Commission: {
      read: ALLOCATION,
      fields: fields(ALLOCATION, ...AUDITED, 'sessionDate', 'status', 'candidacies'),
    },
    CommissionConnection: { read: ALLOCATION, fields: fields(ALLOCATION, 'edges', 'pageInfo', 'totalCount') },
    CommissionEdge: { read: ALLOCATION, fields: fields(ALLOCATION, 'cursor', 'node') },
    Candidacy: {
      read: ALLOCATION,
      fields: fields(
        ALLOCATION,
        ...AUDITED,
        'rank',
        'decision',
        'decisionReason',
        'withdrawnAt',
        'insufficientDemand',
        'commission',
        'dwelling',
        'application',
      ),
    },
    // Housing's Dwelling, which every role reads, as households extends it: its ranked candidates.
    Dwelling: {
      read: EVERYONE,
      fields: {
        ...fields(EVERYONE, 'id', 'matchingProfile'),
        candidates: ALLOCATION,
        openSession: ALLOCATION,
      },
    },
    DwellingMatchingProfile: {
      read: EVERYONE,
      fields: fields(
        EVERYONE,
        'typology',
        'rentCents',
        'serviceChargesCents',
        'contingent',
        'stepFreeAccess',
        'commune',
        'status',
        'availableFrom',
        'lowRent',
        'effortRateCeiling',
        'horizonDays',
        'typologiesBySize',
      ),
    },
    CandidateMatch: { read: PEOPLE, fields: fields(PEOPLE, 'application', 'score', 'reasons') },
    PageInfo: { read: PEOPLE, fields: fields(PEOPLE, 'hasNextPage', 'endCursor') },
    AuditEntry: {
      read: AUDIT,
      fields: fields(
        AUDIT,
        'id',
        'at',
        'subgraph',
        'requestId',
        'userId',
        'user',
        'role',
        'action',
        'entityType',
        'entityId',
        'fields',
      ),
    },
    AuditEntryConnection: { read: AUDIT, fields: fields(AUDIT, 'edges', 'pageInfo', 'totalCount') },
    AuditEntryEdge: { read: AUDIT, fields: fields(AUDIT, 'cursor', 'node') },
    // Reading an export is reading everything about people: the audit trail records it.
    SubjectAccessExport: {
      read: DATA_SUBJECT,
      fields: { ...fields(DATA_SUBJECT, 'householdId', 'exportedAt'), households: sensitive(DATA_SUBJECT) },
    },
    // A user id by name (docs/people.md): the key here, the name from the accompaniment directory.
    User: {
      read: [RentalManager, SocialManager, SupportWorker, Evaluator, Integrator, Admin],
      fields: fields([RentalManager, SocialManager, SupportWorker, Evaluator, Integrator, Admin], 'id'),
    },
    ErasureReceipt: {
      read: DATA_SUBJECT,
      fields: fields(
        DATA_SUBJECT,
        'householdId',
        'erasedAt',
        'erasedBy',
        'erasedByUser',
        'membersAnonymised',
        'applicationsAnonymised',
      ),
    },
  },
  mutations: {
    registerHousehold: APPLICATION_DESK,
    updateHousehold: APPLICATION_DESK,
    submitApplication: APPLICATION_DESK,
    moveApplication: APPLICATION_DESK,
    createCommission: COMMISSION_DESK,
    placeDwellingOnCommission: COMMISSION_DESK,
    recordCommissionDecision: COMMISSION_DESK,
    eraseHousehold: DATA_SUBJECT_DESK,
  },
};

/**
 * A filter on the target public would tell what the field hides: FORBIDDEN unless the actor may
 * read every value filtered on.
 */
export function assertTargetPublicFilter(
  actor: Actor,
  targetPublics: readonly TargetPublic[] | null | undefined,
) {
  for (const targetPublic of targetPublics ?? []) {
    if (!mayReadField(HOUSEHOLDS_POLICY, actor, 'Household', 'targetPublic', { targetPublic })) {
      throw new ForbiddenError(`Your role may not filter on the target public ${targetPublic}`);
    }
  }
}

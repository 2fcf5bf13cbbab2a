/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AccompanimentKind =
  | 'ACCESS'
  | 'TENANCY_SUSTAINMENT';

export type AccompanimentOutcome =
  | 'CARRIED_OVER'
  | 'EVICTED'
  | 'EVICTION_AVOIDED'
  | 'HOUSED'
  | 'MOVED_OUT'
  | 'REFUSED'
  | 'SUSTAINED';

/** PRE_ALLOCATION (before the commission), INTEGRATION (first weeks in the dwelling), FOLLOW_UP */
export type AccompanimentPhase =
  | 'ENDED'
  | 'FOLLOW_UP'
  | 'INTEGRATION'
  | 'PRE_ALLOCATION';

export type AddFundingLineInput = {
  conventionId: string | number;
  funderId: string | number;
  plannedCents: number;
  requestedCents: number;
  /** Percent of the annual cost; the shares of a year add up to 100 at most */
  sharePercent: number;
  /** One of the convention's years */
  year: number;
};

export type AlertSign =
  | 'ARREARS'
  | 'EVICTION_PROCEDURE'
  | 'HOARDING_OR_NEGLECT'
  | 'NEIGHBOUR_CONFLICT'
  | 'NO_RESPONSE_TO_REMINDERS';

export type AlertSource =
  | 'ARREARS_MEETING'
  | 'FAMILY'
  | 'LOCAL_STAFF'
  | 'NEIGHBOUR'
  | 'PARTNER'
  | 'TENANT_REQUEST';

export type AlertStatus =
  | 'ACTION_AGREED'
  | 'CLOSED'
  | 'NEW'
  | 'SHARED_DIAGNOSIS';

export type ApplicationFilter = {
  /** Wants at least one of these communes */
  communes?: Array<string> | null | undefined;
  /** true: only stalled applications (see stalledSince); false: none of them */
  stalled?: boolean | null | undefined;
  statuses?: Array<ApplicationStatus> | null | undefined;
  /** The household's target public */
  targetPublics?: Array<TargetPublic> | null | undefined;
  /** Wants at least one of these typologies */
  typologies?: Array<Typology> | null | undefined;
};

export type ApplicationStatus =
  | 'DECIDED'
  | 'LEASE_SIGNED'
  | 'MOVED_IN'
  | 'ORIENTED'
  | 'READY_FOR_COMMISSION'
  | 'RECEIVED'
  | 'SCHEDULED'
  | 'SHARED_REVIEW'
  | 'WITHDRAWN';

export type CandidateInput = {
  /** An application READY_FOR_COMMISSION */
  applicationId: string | number;
  /** 1 is the first candidate */
  rank: number;
};

/** PRIORITY (then next contact due), NEXT_CONTACT_DUE (none owed counts as latest), LAST_CONTACT (never met counts as earliest), OPEN_ALERTS, PHASE (PRE_ALLOCATION, INTEGRATION, FOLLOW_UP); ties by next contact due, earliest first */
export type CaseloadOrder =
  | 'LAST_CONTACT'
  | 'NEXT_CONTACT_DUE'
  | 'OPEN_ALERTS'
  | 'PHASE'
  | 'PRIORITY';

/** What needs doing first, most urgent first: an alert past its triage deadline, a contact overdue, an alert to triage, the integration weeks over (review and move to follow-up), a contact due within 7 days, nothing soon */
export type CaseloadPriority =
  | 'ALERT_TO_TRIAGE'
  | 'ALERT_TRIAGE_OVERDUE'
  | 'CONTACT_DUE_SOON'
  | 'CONTACT_OVERDUE'
  | 'NONE'
  | 'PHASE_REVIEW_DUE';

export type CommissionDecision =
  | 'ALLOCATED'
  | 'ALLOCATED_UNDER_CONDITION'
  | 'NOT_ALLOCATED'
  | 'REJECTED';

export type CommissionStatus =
  | 'HELD'
  | 'PLANNED';

export type CommitteeDecisionInput = {
  /** The accompaniment it is about; none for a general decision */
  accompanimentId?: string | number | null | undefined;
  decision: string;
};

export type ContactConfiguration =
  | 'ASSOCIATION_ALONE'
  | 'LANDLORD_ALONE'
  | 'PAIR';

export type ContactKind =
  | 'HOME_VISIT'
  | 'MOVE_IN_INSPECTION'
  | 'OFFICE'
  | 'OUTREACH_ATTEMPT'
  | 'PHONE';

export type ContactOutcome =
  | 'MET'
  | 'NO_ANSWER'
  | 'REFUSED';

export type ContactPlace =
  | 'HOME'
  | 'NEIGHBOURHOOD'
  | 'OFFICE'
  | 'PARTNER_PREMISES'
  | 'REMOTE';

export type ContactScheduleInput = {
  /** 0 to 14 */
  integrationContactsPerWeek: number;
  /** 0 to 52 */
  integrationWeeks: number;
  /** 0 to 31 */
  monthlyInPersonMeetings: number;
  /** Why the schedule changes */
  reason: string;
};

export type Contingent =
  | 'CITY'
  | 'EMPLOYER'
  | 'LANDLORD'
  | 'PREFECTURE';

export type CreateCommissionInput = {
  /** Today or later */
  sessionDate: string;
};

export type CreateConventionInput = {
  /** In cents */
  annualCostCents: number;
  /** Last year covered, at least startYear */
  endYear: number;
  /** Who carries the project (the landlord) */
  holder: string;
  name: string;
  /** The support association */
  partner: string;
  plannedHouseholdsPerYear: number;
  programme: string;
  startYear: number;
};

export type CreateDwellingInput = {
  availableFrom?: string | null | undefined;
  chargesIncludeColdWater: boolean;
  chargesIncludeHeating: boolean;
  contingent: Contingent;
  financingCategory: FinancingCategory;
  floor: number;
  hasLift: boolean;
  lowRent: boolean;
  reference: string;
  rentCents: number;
  residenceId: string | number;
  serviceChargesCents: number;
  /** Default VACANT */
  status?: DwellingStatus | null | undefined;
  stepFreeAccess: boolean;
  surfaceSqm: number;
  typology: Typology;
};

export type CreateResidenceInput = {
  address: string;
  commune: string;
  district: string;
  name: string;
  postalCode: string;
  priorityDistrict?: boolean | null | undefined;
};

/** Motive of a commission decision; each fits some decisions only */
export type DecisionReason =
  /** ALLOCATED_UNDER_CONDITION: a supporting document to produce */
  | 'CONDITION_MISSING_DOCUMENT'
  /** ALLOCATED_UNDER_CONDITION: sliding lease (bail glissant) */
  | 'CONDITION_SLIDING_LEASE'
  /** ALLOCATED_UNDER_CONDITION: social support in place */
  | 'CONDITION_SUPPORT_REQUIRED'
  /** NOT_ALLOCATED: allocated to a higher-ranked candidate */
  | 'HIGHER_RANKED_ALLOCATED'
  /** NOT_ALLOCATED: the household declined the dwelling */
  | 'HOUSEHOLD_REFUSED'
  /** REJECTED: incomplete file */
  | 'INCOMPLETE_FILE'
  /** REJECTED: regulatory conditions of access not met */
  | 'INELIGIBLE'
  /** ALLOCATED: the candidates ranked above were not retained */
  | 'NEXT_IN_RANK'
  /** Any decision: another motive */
  | 'OTHER'
  /** ALLOCATED: priority household (DALO, PDALPD) */
  | 'PRIORITY_HOUSEHOLD'
  /** ALLOCATED: first in rank */
  | 'RANKED_FIRST'
  /** REJECTED: resources above the social-housing ceilings */
  | 'RESOURCES_ABOVE_CEILING'
  /** NOT_ALLOCATED: effort rate too high for the resources */
  | 'RESOURCES_INSUFFICIENT'
  /** NOT_ALLOCATED: dwelling unsuited to the household */
  | 'UNSUITED_TYPOLOGY';

export type DiagnosticAreaInput = {
  area: SupportArea;
  needs: string;
};

export type DiagnosticGoalInput = {
  label: string;
  /** 0 to 100 (default 0) */
  progress?: number | null | undefined;
};

export type DwellingFilter = {
  communes?: Array<string> | null | undefined;
  contingents?: Array<Contingent> | null | undefined;
  lowRent?: boolean | null | undefined;
  /** Rent plus service charges at most this, in cents */
  maxTotalRentCents?: number | null | undefined;
  residenceId?: string | number | null | undefined;
  statuses?: Array<DwellingStatus> | null | undefined;
  stepFreeAccess?: boolean | null | undefined;
  typologies?: Array<Typology> | null | undefined;
};

export type DwellingStatus =
  | 'NOTICE_GIVEN'
  | 'OCCUPIED'
  | 'OFFERED'
  | 'UNDER_WORKS'
  | 'VACANT';

export type EvaluationLevel =
  | 'DEPARTMENT'
  | 'REGION';

export type FinancingCategory =
  | 'PLAI'
  | 'PLS'
  | 'PLUS';

/** STATE_DEPARTMENT: the State at department level (DDCS); NATIONAL_FUND: e.g. FNAVDL */
export type FunderKind =
  | 'LANDLORD'
  | 'LOCAL_AUTHORITY'
  | 'NATIONAL_FUND'
  | 'OTHER'
  | 'STATE_DEPARTMENT';

/** MOVED: a status move; REVISED: the requested or granted amount changed; CANCELLED */
export type FundingLineChangeKind =
  | 'CANCELLED'
  | 'MOVED'
  | 'REVISED';

export type FundingStatus =
  | 'CANCELLED'
  | 'GRANTED'
  | 'PAID'
  | 'REQUESTED'
  | 'TO_BE_REVIEWED';

export type GoalProgressInput = {
  /** The goal, as the diagnostic names it */
  goal: string;
  /** 0 to 100 % */
  progress: number;
};

export type LeaseKind =
  | 'ORDINARY'
  | 'SLIDING';

/** A rule a dwelling must pass to match a household */
export type MatchRule =
  | 'AVAILABILITY'
  | 'CONTINGENT'
  | 'EFFORT_RATE'
  | 'MAX_RENT'
  | 'STEP_FREE_ACCESS'
  | 'TYPOLOGY_FOR_SIZE'
  | 'WANTED_COMMUNE'
  | 'WANTED_TYPOLOGY';

export type MatchingSettingsInput = {
  /** Highest effort rate after housing benefit, above 0 and at most 1 */
  effortRateCeiling: number;
  /** How far ahead a dwelling may become available, 0–730 days */
  horizonDays: number;
  /** For each household size (1, 2, …, up to 10), the typologies that fit, preferred first */
  typologiesBySize: Array<Array<Typology>>;
};

/** A member in a new composition: with the id of a current member to change them */
export type MemberInput = {
  /** Not in the future */
  birthDate: string;
  firstName: string;
  /** A current member of the household; none: a new member */
  id?: string | number | null | undefined;
  lastName: string;
  role: PersonRole;
};

export type OpenAccompanimentInput = {
  /** Why social management opens it although the convention already funds as many households as it plans (its capacity); without it, opening over capacity is a CONFLICT */
  capacityOverrideReason?: string | null | undefined;
  /** The convention that funds the accompaniment */
  conventionId: string | number;
  householdId: string | number;
  /** ACCESS starts in PRE_ALLOCATION, TENANCY_SUSTAINMENT in FOLLOW_UP */
  kind: AccompanimentKind;
  /** User id of the landlord's social referent */
  socialReferentId: string;
  startDate: string;
  /** User id of the association's support worker */
  supportWorkerId: string;
};

export type OrganisationKind =
  | 'ASSOCIATION'
  | 'LANDLORD'
  | 'PARTNER'
  | 'STATE_SERVICE';

export type PersonInput = {
  /** Not in the future */
  birthDate: string;
  firstName: string;
  lastName: string;
  role: PersonRole;
};

export type PersonRole =
  | 'ADULT'
  | 'CHILD';

export type PlaceDwellingOnCommissionInput = {
  /** Exactly 3, ranked 1 to 3; fewer only with insufficientDemand */
  candidates: Array<CandidateInput>;
  commissionId: string | number;
  /** A dwelling of the housing subgraph */
  dwellingId: string | number;
  /** Fewer than 3 candidates because demand is insufficient (default false) */
  insufficientDemand?: boolean | null | undefined;
};

export type RaiseAlertInput = {
  /** The accompaniment it concerns, if the household has one */
  accompanimentId?: string | number | null | undefined;
  description: string;
  householdId: string | number;
  /** When it was signalled (default now); not in the future */
  raisedAt?: string | null | undefined;
  /** At least one sign */
  signs: Array<AlertSign>;
  source: AlertSource;
};

export type RecordCommissionDecisionInput = {
  /** A candidate placed on this dwelling at this session */
  applicationId: string | number;
  commissionId: string | number;
  decision: CommissionDecision;
  dwellingId: string | number;
  /** Must fit the decision */
  reason: DecisionReason;
};

export type RecordContactInput = {
  accompanimentId: string | number;
  configuration: ContactConfiguration;
  /** Not in the future, within the accompaniment */
  date: string;
  kind: ContactKind;
  note?: string | null | undefined;
  outcome: ContactOutcome;
  place: ContactPlace;
  timeSlot: TimeSlot;
};

export type RecordDiagnosticInput = {
  accompanimentId: string | number;
  /** At least one area, each at most once */
  areas: Array<DiagnosticAreaInput>;
  /** Not in the future */
  date: string;
  goals?: Array<DiagnosticGoalInput>;
};

export type RecordEvaluationInput = {
  conventionId: string | number;
  /** Department level (DDCS, DDT): its opinion */
  departmentOpinion?: string | null | undefined;
  /** Regional level (DREAL) */
  regionalOpinion?: RegionalOpinion | null | undefined;
  /** Department level: relevance to the aims of the call for projects */
  relevance?: string | null | undefined;
  /** Department level */
  reproducibility?: Reproducibility | null | undefined;
  /** Free text (conditions, remarks) */
  text?: string | null | undefined;
};

/** A follow-up committee (comité de suivi) and its decisions */
export type RecordFollowUpCommitteeInput = {
  /** Not in the future */
  date: string;
  decisions?: Array<CommitteeDecisionInput>;
  /** Who took part (organisations or functions), at least one */
  participants: Array<string>;
};

/** The move-in inspection (état des lieux d'entrée) and who attended it */
export type RecordMoveInInspectionInput = {
  date: string;
  leaseId: string | number;
  socialManagerPresent: boolean;
  supportWorkerPresent: boolean;
};

/** What was charged and paid for one month of a lease */
export type RecordRentPaymentInput = {
  chargedCents: number;
  leaseId: string | number;
  /** First day of the month (YYYY-MM-01) */
  month: string;
  paidCents: number;
};

/** An intermediate review (bilan intermédiaire) of an accompaniment */
export type RecordReviewInput = {
  accompanimentId: string | number;
  /** Not in the future, within the accompaniment */
  date: string;
  /** Each goal at most once */
  goalProgress?: Array<GoalProgressInput>;
  summary: string;
};

export type RegionalOpinion =
  | 'FAVOURABLE'
  | 'UNFAVOURABLE';

export type RegisterHouseholdInput = {
  collectiveAgreement?: boolean | null | undefined;
  /** Consent to share data with the association */
  consentToShareDate?: string | null | undefined;
  dalo?: boolean | null | undefined;
  /** Default 0 */
  housingBenefitCents?: number | null | undefined;
  /** At least one ADULT */
  members: Array<PersonInput>;
  monthlyResourcesCents: number;
  pdalpd?: boolean | null | undefined;
  reference: string;
  /** Default false */
  singleParent?: boolean | null | undefined;
  stepFreeAccessNeed?: boolean | null | undefined;
  targetPublic?: TargetPublic | null | undefined;
};

export type Reproducibility =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

/** A lease signed for a dwelling the commission allocated */
export type SignLeaseInput = {
  dwellingId: string | number;
  householdId: string | number;
  /** SLIDING: the association that holds the lease first */
  intermediaryAssociation?: string | null | undefined;
  kind: LeaseKind;
  /** SLIDING: when the lease passes to the household */
  plannedHandoverDate?: string | null | undefined;
  startDate: string;
};

export type SortDirection =
  | 'ASC'
  | 'DESC';

export type StaffRole =
  | 'ADMIN'
  | 'EVALUATOR'
  | 'INTEGRATOR'
  | 'RENTAL_MANAGER'
  | 'SOCIAL_MANAGER'
  | 'SUPPORT_WORKER'
  | 'SYSTEM';

export type SubmitApplicationInput = {
  desiredCommunes: Array<string>;
  desiredTypologies: Array<Typology>;
  householdId: string | number;
  /** Highest monthly rent plus charges, in cents */
  maxRentCents: number;
  /** National registration number (numéro unique) */
  registrationNumber: string;
};

export type SupportArea =
  | 'BUDGET'
  | 'DAILY_LIFE'
  | 'EMPLOYMENT'
  | 'HEALTH'
  | 'HOUSING';

export type TargetPublic =
  | 'ISOLATED_TENANT'
  | 'LEAVING_PRISON'
  | 'SINGLE_PARENT';

export type TimeSlot =
  | 'AFTERNOON'
  | 'EVENING'
  | 'MIDDAY'
  | 'MORNING';

/** Number of main rooms (T3 = three) */
export type Typology =
  | 'T1'
  | 'T2'
  | 'T3'
  | 'T4'
  | 'T5'
  | 'T6';

/** Only the fields given change */
export type UpdateDwellingInput = {
  availableFrom?: string | null | undefined;
  chargesIncludeColdWater?: boolean | null | undefined;
  chargesIncludeHeating?: boolean | null | undefined;
  contingent?: Contingent | null | undefined;
  hasLift?: boolean | null | undefined;
  lowRent?: boolean | null | undefined;
  rentCents?: number | null | undefined;
  serviceChargesCents?: number | null | undefined;
  /** Checked against the allowed status moves */
  status?: DwellingStatus | null | undefined;
  stepFreeAccess?: boolean | null | undefined;
  /** The version of the dwelling you read: a change to one changed since is refused (CONFLICT) */
  version: number;
};

/** Only the fields given change; null on targetPublic or consentToShareDate clears it */
export type UpdateHouseholdInput = {
  collectiveAgreement?: boolean | null | undefined;
  /** null withdraws the consent */
  consentToShareDate?: string | null | undefined;
  dalo?: boolean | null | undefined;
  housingBenefitCents?: number | null | undefined;
  /** The whole composition: a member given with their id is changed, one without is added, a current member left out is removed; at least one ADULT */
  members?: Array<MemberInput> | null | undefined;
  monthlyResourcesCents?: number | null | undefined;
  pdalpd?: boolean | null | undefined;
  singleParent?: boolean | null | undefined;
  stepFreeAccessNeed?: boolean | null | undefined;
  /** null: no longer a target public */
  targetPublic?: TargetPublic | null | undefined;
  /** The version of the household you read: a change to one changed since is refused (CONFLICT) */
  version: number;
};

export type HeaderSearchQueryVariables = Exact<{
  text: string;
  first: number;
  households: boolean;
  dwellings: boolean;
}>;


export type HeaderSearchQuery = { searchHouseholds?: Array<{ id: string, reference: string, members: Array<{ id: string, firstName: string, lastName: string, role: PersonRole }>, applications: Array<{ id: string, registrationNumber: string }> }>, searchDwellings?: Array<{ id: string, reference: string, typology: Typology, residence: { id: string, address: string, postalCode: string, commune: string } }> };

export type SignedInAsQueryVariables = Exact<{ [key: string]: never; }>;


export type SignedInAsQuery = { me: { id: string, displayName: string | null } };

export type AlertsInboxQueryVariables = Exact<{
  statuses?: Array<AlertStatus> | AlertStatus | null | undefined;
  sources?: Array<AlertSource> | AlertSource | null | undefined;
  overdueOnly: boolean;
  details: boolean;
  arrearsAmount: boolean;
  overdueFirst: number;
  overdueAfter?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type AlertsInboxQuery = { overdue: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, version: number, source: AlertSource, signs?: Array<AlertSign> | null, description?: string | null, status: AlertStatus, raisedAt: string, triageDeadline: string, overdue: boolean, arrearsMonths?: number | null, arrearsCents?: number | null, household: { id: string, reference: string } | null, transitions: Array<{ id: string, from: AlertStatus | null, to: AlertStatus, at: string, by: string, note?: string | null, byUser: { id: string, displayName: string | null } }> } }> }, others?: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, version: number, source: AlertSource, signs?: Array<AlertSign> | null, description?: string | null, status: AlertStatus, raisedAt: string, triageDeadline: string, overdue: boolean, arrearsMonths?: number | null, arrearsCents?: number | null, household: { id: string, reference: string } | null, transitions: Array<{ id: string, from: AlertStatus | null, to: AlertStatus, at: string, by: string, note?: string | null, byUser: { id: string, displayName: string | null } }> } }> } };

export type AlertsMoveAlertMutationVariables = Exact<{
  id: string | number;
  to: AlertStatus;
  note?: string | null | undefined;
  version?: number | null | undefined;
  details: boolean;
  arrearsAmount: boolean;
}>;


export type AlertsMoveAlertMutation = { moveAlert: { id: string, version: number, source: AlertSource, signs?: Array<AlertSign> | null, description?: string | null, status: AlertStatus, raisedAt: string, triageDeadline: string, overdue: boolean, arrearsMonths?: number | null, arrearsCents?: number | null, household: { id: string, reference: string } | null, transitions: Array<{ id: string, from: AlertStatus | null, to: AlertStatus, at: string, by: string, note?: string | null, byUser: { id: string, displayName: string | null } }> } };

export type AlertsRowFragment = { id: string, version: number, source: AlertSource, signs?: Array<AlertSign> | null, description?: string | null, status: AlertStatus, raisedAt: string, triageDeadline: string, overdue: boolean, arrearsMonths?: number | null, arrearsCents?: number | null, household: { id: string, reference: string } | null, transitions: Array<{ id: string, from: AlertStatus | null, to: AlertStatus, at: string, by: string, note?: string | null, byUser: { id: string, displayName: string | null } }> };

export type AwaitingCommissionListQueryVariables = Exact<{
  filter: ApplicationFilter;
  first: number;
  after?: string | null | undefined;
  withTargetPublic: boolean;
}>;


export type AwaitingCommissionListQuery = { applications: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, registrationNumber: string, desiredTypologies: Array<Typology>, desiredCommunes: Array<string>, maxRentCents: number, submittedAt: string, statusChangedAt: string, stalledSince: string | null, slidingLeaseProposed: boolean, household: { id: string, reference: string, size: number, adults: number, children: number, singleParent: boolean, dalo: boolean, pdalpd: boolean, stepFreeAccessNeed: boolean, targetPublic?: TargetPublic | null, matchingDwellings: Array<{ score: number, reasons: Array<string>, dwelling: { id: string, reference: string, typology: Typology, status: DwellingStatus, availableFrom: string | null, rentCents: number, serviceChargesCents: number, residence: { id: string, name: string, commune: string } } }> | null } } }> } };

export type AwaitingCommissionCommunesQueryVariables = Exact<{ [key: string]: never; }>;


export type AwaitingCommissionCommunesQuery = { residences: { edges: Array<{ node: { id: string, commune: string } }> } };

export type AwaitingRowFragment = { id: string, registrationNumber: string, desiredTypologies: Array<Typology>, desiredCommunes: Array<string>, maxRentCents: number, submittedAt: string, statusChangedAt: string, stalledSince: string | null, slidingLeaseProposed: boolean, household: { id: string, reference: string, size: number, adults: number, children: number, singleParent: boolean, dalo: boolean, pdalpd: boolean, stepFreeAccessNeed: boolean, targetPublic?: TargetPublic | null, matchingDwellings: Array<{ score: number, reasons: Array<string>, dwelling: { id: string, reference: string, typology: Typology, status: DwellingStatus, availableFrom: string | null, rentCents: number, serviceChargesCents: number, residence: { id: string, name: string, commune: string } } }> | null } };

export type MatchCheckHouseholdQueryVariables = Exact<{
  householdId: string | number;
  withTargetPublic: boolean;
}>;


export type MatchCheckHouseholdQuery = { household: { id: string, reference: string, size: number, adults: number, children: number, singleParent: boolean, targetPublic?: TargetPublic | null, needs: { size: number, monthlyResourcesCents: number, housingBenefitCents: number, dalo: boolean, pdalpd: boolean, stepFreeAccessNeed: boolean, desiredTypologies: Array<Typology>, desiredCommunes: Array<string>, maxRentCents: number | null } | null } };

export type MatchCheckDwellingQueryVariables = Exact<{
  dwellingId: string | number;
}>;


export type MatchCheckDwellingQuery = { dwelling: { id: string, reference: string, typology: Typology, surfaceSqm: number, floor: number, hasLift: boolean, stepFreeAccess: boolean, rentCents: number, serviceChargesCents: number, contingent: Contingent, status: DwellingStatus, availableFrom: string | null, residence: { id: string, name: string, commune: string } } };

export type MatchCheckRulesQueryVariables = Exact<{
  householdId: string | number;
  dwellingId: string | number;
}>;


export type MatchCheckRulesQuery = { household: { id: string, matchCheck: Array<{ rule: MatchRule, passed: boolean, detail: string }> | null } };

export type MatchCheckOtherDwellingsQueryVariables = Exact<{
  filter: DwellingFilter;
}>;


export type MatchCheckOtherDwellingsQuery = { dwellings: { edges: Array<{ node: { id: string, reference: string, typology: Typology, status: DwellingStatus, residence: { id: string, commune: string } } }> } };

export type CommissionPreparationSessionFieldsFragment = { id: string, sessionDate: string, status: CommissionStatus, candidacies: Array<{ id: string, rank: number, decision: CommissionDecision | null, decisionReason: DecisionReason | null, withdrawnAt: string | null, insufficientDemand: boolean, dwelling: { id: string, reference: string, typology: Typology, status: DwellingStatus, residence: { id: string, name: string, commune: string } } | null, application: { id: string, status: ApplicationStatus, registrationNumber: string, household: { id: string, reference: string, size: number, adults: number, children: number, dalo: boolean, pdalpd: boolean, priorityPublic: boolean | null, targetPublic?: TargetPublic | null } } }> };

export type CommissionPreparationSessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type CommissionPreparationSessionsQuery = { commissions: { totalCount: number, edges: Array<{ node: { id: string, sessionDate: string, status: CommissionStatus, candidacies: Array<{ id: string, dwelling: { id: string } | null }> } }> } };

export type CommissionPreparationSessionQueryVariables = Exact<{
  id: string | number;
  withTargetPublic: boolean;
}>;


export type CommissionPreparationSessionQuery = { commission: { id: string, sessionDate: string, status: CommissionStatus, candidacies: Array<{ id: string, rank: number, decision: CommissionDecision | null, decisionReason: DecisionReason | null, withdrawnAt: string | null, insufficientDemand: boolean, dwelling: { id: string, reference: string, typology: Typology, status: DwellingStatus, residence: { id: string, name: string, commune: string } } | null, application: { id: string, status: ApplicationStatus, registrationNumber: string, household: { id: string, reference: string, size: number, adults: number, children: number, dalo: boolean, pdalpd: boolean, priorityPublic: boolean | null, targetPublic?: TargetPublic | null } } }> } };

export type CommissionPreparationVacantQueryVariables = Exact<{
  filter: DwellingFilter;
  first: number;
  after?: string | null | undefined;
}>;


export type CommissionPreparationVacantQuery = { dwellings: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, reference: string, typology: Typology, surfaceSqm: number, rentCents: number, serviceChargesCents: number, contingent: Contingent, status: DwellingStatus, residence: { id: string, name: string, commune: string }, openSession: { id: string, sessionDate: string } | null, candidates: Array<{ score: number, reasons: Array<string>, application: { id: string, registrationNumber: string, household: { id: string, reference: string, size: number } } }> | null } }> } };

export type CommissionPreparationCommunesQueryVariables = Exact<{ [key: string]: never; }>;


export type CommissionPreparationCommunesQuery = { residences: { edges: Array<{ node: { id: string, commune: string } }> } };

export type CommissionPreparationCreateMutationVariables = Exact<{
  input: CreateCommissionInput;
}>;


export type CommissionPreparationCreateMutation = { createCommission: { id: string, sessionDate: string, status: CommissionStatus, candidacies: Array<{ id: string }> } };

export type CommissionPreparationPlaceMutationVariables = Exact<{
  input: PlaceDwellingOnCommissionInput;
  withTargetPublic: boolean;
}>;


export type CommissionPreparationPlaceMutation = { placeDwellingOnCommission: { id: string, sessionDate: string, status: CommissionStatus, candidacies: Array<{ id: string, rank: number, decision: CommissionDecision | null, decisionReason: DecisionReason | null, withdrawnAt: string | null, insufficientDemand: boolean, dwelling: { id: string, reference: string, typology: Typology, status: DwellingStatus, residence: { id: string, name: string, commune: string } } | null, application: { id: string, status: ApplicationStatus, registrationNumber: string, household: { id: string, reference: string, size: number, adults: number, children: number, dalo: boolean, pdalpd: boolean, priorityPublic: boolean | null, targetPublic?: TargetPublic | null } } }> } };

export type CommissionPreparationDecideMutationVariables = Exact<{
  input: RecordCommissionDecisionInput;
}>;


export type CommissionPreparationDecideMutation = { recordCommissionDecision: { id: string, decision: CommissionDecision | null, decisionReason: DecisionReason | null, withdrawnAt: string | null, application: { id: string, status: ApplicationStatus }, commission: { id: string, status: CommissionStatus } } };

export type CarryOverStateQueryVariables = Exact<{
  conventionId: string | number;
  nextYear: number;
}>;


export type CarryOverStateQuery = { conventions: { edges: Array<{ node: { id: string, name: string, startYear: number } }> }, accompaniments: { totalCount: number } };

export type CarryOverAccompanimentsMutationVariables = Exact<{
  from: string | number;
  to: string | number;
}>;


export type CarryOverAccompanimentsMutation = { carryOverAccompaniments: Array<{ id: string }> };

export type ConventionYearQueryVariables = Exact<{
  id: string | number;
  year: number;
}>;


export type ConventionYearQuery = { convention: { id: string, consumption: { year: number, plannedMeasureMonths: number, plannedCostCents: number, unitCostCents: number, consumedMeasureMonths: number, consumedCents: number, projectedMeasureMonths: number, freePlaces: number, shares: Array<{ sharePercent: number, plannedCents: number, requestedCents: number, grantedCents: number | null, paidCents: number | null, dueCents: number, underGranted: boolean, overPaid: boolean, funder: { id: string, name: string } }> } | null, measureMonths: { year: number, total: number, byMonth: Array<number>, projectedByMonth: Array<number> } | null } };

export type ConventionDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type ConventionDetailQuery = { convention: { id: string, name: string, programme: string, holder: string, partner: string, startYear: number, endYear: number, years: Array<number>, plannedHouseholdsPerYear: number, annualCostCents: number, plannedMeasureMonthsPerYear: number, unitCostCents: number, fundingLines: Array<{ id: string, version: number, year: number, sharePercent: number, plannedCents: number, requestedCents: number, grantedCents: number | null, paidCents: number | null, status: FundingStatus, requestedAt: string, grantedAt: string | null, paidAt: string | null, funder: { id: string, name: string, kind: FunderKind }, history: Array<{ id: string, kind: FundingLineChangeKind, at: string, by: string, reason: string | null, statusBefore: FundingStatus, statusAfter: FundingStatus, requestedCentsBefore: number, requestedCentsAfter: number, grantedCentsBefore: number | null, grantedCentsAfter: number | null, paidCentsBefore: number | null, paidCentsAfter: number | null, byUser: { id: string, displayName: string | null } }> }>, evaluations: Array<{ id: string, level: EvaluationLevel, authorOrganisation: string, date: string, departmentOpinion: string | null, relevance: string | null, reproducibility: Reproducibility | null, regionalOpinion: RegionalOpinion | null, text: string }> } };

export type ConventionsListQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type ConventionsListQuery = { conventions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, name: string, programme: string, startYear: number, endYear: number, plannedHouseholdsPerYear: number, annualCostCents: number, fundingLines: Array<{ id: string, funder: { id: string, name: string } }> } }> } };

export type EvaluationLevelQueryVariables = Exact<{ [key: string]: never; }>;


export type EvaluationLevelQuery = { evaluationLevel: EvaluationLevel | null };

export type RecordEvaluationMutationVariables = Exact<{
  input: RecordEvaluationInput;
}>;


export type RecordEvaluationMutation = { recordEvaluation: { id: string, level: EvaluationLevel, authorOrganisation: string, date: string } };

export type ConventionReviseFundingLineMutationVariables = Exact<{
  id: string | number;
  requestedCents?: number | null | undefined;
  grantedCents?: number | null | undefined;
  reason: string;
}>;


export type ConventionReviseFundingLineMutation = { reviseFundingLine: { id: string, version: number, status: FundingStatus, requestedCents: number, grantedCents: number | null, paidCents: number | null, history: Array<{ id: string, kind: FundingLineChangeKind, at: string, by: string, reason: string | null, statusBefore: FundingStatus, statusAfter: FundingStatus, requestedCentsBefore: number, requestedCentsAfter: number, grantedCentsBefore: number | null, grantedCentsAfter: number | null, paidCentsBefore: number | null, paidCentsAfter: number | null, byUser: { id: string, displayName: string | null } }> } };

export type ConventionCancelFundingLineMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type ConventionCancelFundingLineMutation = { cancelFundingLine: { id: string, version: number, status: FundingStatus, requestedCents: number, grantedCents: number | null, paidCents: number | null, history: Array<{ id: string, kind: FundingLineChangeKind, at: string, by: string, reason: string | null, statusBefore: FundingStatus, statusAfter: FundingStatus, requestedCentsBefore: number, requestedCentsAfter: number, grantedCentsBefore: number | null, grantedCentsAfter: number | null, paidCentsBefore: number | null, paidCentsAfter: number | null, byUser: { id: string, displayName: string | null } }> } };

export type ConventionIndicatorsQueryVariables = Exact<{
  id: string | number;
  from: string;
  to: string;
}>;


export type ConventionIndicatorsQuery = { indicators: { conventionId: string, from: string, to: string, supportIndicators: Array<{ key: string, label: string, value: number | null, suppressed: boolean }>, householdIndicators: Array<{ key: string, label: string, value: number | null, suppressed: boolean }>, housingIndicators: Array<{ key: string, label: string, value: number | null, suppressed: boolean }>, financingIndicators: Array<{ key: string, label: string, value: number | null, suppressed: boolean }> } };

export type DwellingCandidatesQueryVariables = Exact<{
  id: string | number;
  first: number;
}>;


export type DwellingCandidatesQuery = { dwelling: { id: string, candidates: Array<{ score: number, reasons: Array<string>, application: { id: string, registrationNumber: string, household: { id: string, reference: string, size: number } } }> | null } };

export type DwellingDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type DwellingDetailQuery = { dwelling: { id: string, reference: string, typology: Typology, surfaceSqm: number, floor: number, hasLift: boolean, stepFreeAccess: boolean, rentCents: number, serviceChargesCents: number, chargesIncludeColdWater: boolean, chargesIncludeHeating: boolean, financingCategory: FinancingCategory, lowRent: boolean, contingent: Contingent, status: DwellingStatus, availableFrom: string | null, residence: { id: string, name: string, address: string, postalCode: string, commune: string, district: string, priorityDistrict: boolean }, currentLease: { id: string, startDate: string, endDate: string | null, kind: LeaseKind, intermediaryAssociation: string | null, plannedHandoverDate: string | null, moveInInspectionDate: string | null, household: { id: string, reference: string } | null } | null } };

export type DwellingsListQueryVariables = Exact<{
  filter?: DwellingFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type DwellingsListQuery = { dwellings: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, reference: string, typology: Typology, surfaceSqm: number, rentCents: number, serviceChargesCents: number, financingCategory: FinancingCategory, lowRent: boolean, contingent: Contingent, status: DwellingStatus, availableFrom: string | null, residence: { id: string, name: string, commune: string } } }> } };

export type DwellingsCommunesQueryVariables = Exact<{ [key: string]: never; }>;


export type DwellingsCommunesQuery = { residences: { edges: Array<{ node: { id: string, commune: string } }> } };

export type FollowUpBelowFrequencyQueryVariables = Exact<{
  month: string;
  first: number;
  after?: string | null | undefined;
}>;


export type FollowUpBelowFrequencyQuery = { accompanimentsBelowFrequency: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: AccompanimentKind, phase: AccompanimentPhase, supportWorkerId: string, supportWorker: { id: string, displayName: string | null }, household: { id: string, reference: string } | null, compliance: { month: string, required: number, done: number, shortfall: number } } }> } };

export type FollowUpInspectionsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type FollowUpInspectionsQuery = { accompaniments: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: AccompanimentKind, phase: AccompanimentPhase, startDate: string, supportWorkerId: string, moveInInspectionWithoutSupportWorker: boolean, supportWorker: { id: string, displayName: string | null }, household: { id: string, reference: string } | null } }> } };

export type FinancingFundersQueryVariables = Exact<{ [key: string]: never; }>;


export type FinancingFundersQuery = { funders: Array<{ id: string, name: string, kind: FunderKind }> };

export type FinancingAddFundingLineMutationVariables = Exact<{
  input: AddFundingLineInput;
}>;


export type FinancingAddFundingLineMutation = { addFundingLine: { id: string, year: number, sharePercent: number, status: FundingStatus } };

export type FinancingCreateConventionMutationVariables = Exact<{
  input: CreateConventionInput;
}>;


export type FinancingCreateConventionMutation = { createConvention: { id: string, name: string, startYear: number, endYear: number } };

export type FinancingMoveFundingLineMutationVariables = Exact<{
  id: string | number;
  to: FundingStatus;
  amountCents?: number | null | undefined;
  note?: string | null | undefined;
}>;


export type FinancingMoveFundingLineMutation = { moveFundingLine: { id: string, version: number, status: FundingStatus, requestedCents: number, grantedCents: number | null, paidCents: number | null, grantedAt: string | null, paidAt: string | null } };

export type HomeApplicationsQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeApplicationsQuery = { applicationStatistics: { byStatus: Array<{ status: ApplicationStatus, count: number }> } };

export type HomeDwellingsQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeDwellingsQuery = { dwellingStatistics: { vacantByTypology: Array<{ typology: Typology, count: number }>, byStatus: Array<{ status: DwellingStatus, count: number }> } };

export type HomeAccompanimentsQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeAccompanimentsQuery = { accompanimentStatistics: { openAlerts: number, overdueAlerts: number, byPhase: Array<{ phase: AccompanimentPhase, count: number }> } };

export type HouseholdRecordContactMutationVariables = Exact<{
  input: RecordContactInput;
}>;


export type HouseholdRecordContactMutation = { recordContact: { id: string, date: string, kind: ContactKind, configuration: ContactConfiguration, timeSlot: TimeSlot, place: ContactPlace, outcome: ContactOutcome, note: string | null, recordedBy: string, recordedByUser: { id: string, displayName: string | null } } };

export type HouseholdFileQueryVariables = Exact<{
  id: string | number;
  withTargetPublic: boolean;
  withPriorityPublic: boolean;
  withRent: boolean;
}>;


export type HouseholdFileQuery = { household: { id: string, reference: string, size: number, adults: number, children: number, singleParent: boolean, monthlyResourcesCents: number, housingBenefitCents: number, targetPublic?: TargetPublic | null, priorityPublic?: boolean | null, dalo: boolean, collectiveAgreement: boolean, pdalpd: boolean, stepFreeAccessNeed: boolean, consentToShare: boolean, consentToShareDate: string | null, members: Array<{ id: string, firstName: string, lastName: string, birthDate: string, age: number, role: PersonRole }>, applications: Array<{ id: string, registrationNumber: string, status: ApplicationStatus, submittedAt: string, statusChangedAt: string, desiredTypologies: Array<Typology>, desiredCommunes: Array<string>, maxRentCents: number, slidingLeaseProposed: boolean, stalledSince: string | null, allocatedDwelling: { id: string, reference: string } | null, transitions: Array<{ id: string, from: ApplicationStatus, to: ApplicationStatus, at: string, by: string, note: string | null, byUser: { id: string, displayName: string | null } }> }>, currentLease: { id: string, startDate: string, endDate: string | null, kind: LeaseKind, intermediaryAssociation: string | null, plannedHandoverDate: string | null, moveInInspectionDate: string | null, inspectionSocialManagerPresent: boolean, inspectionSupportWorkerPresent: boolean, dwelling: { id: string, reference: string, typology: Typology, rentCents: number, serviceChargesCents: number, residence: { id: string, name: string, address: string, commune: string } }, rentAccount?: { id: string, arrearsCents: number, monthsInArrears: number, entries: Array<{ id: string, month: string, chargedCents: number, paidCents: number }> } | null } | null } };

export type HouseholdAccompanimentQueryVariables = Exact<{
  householdId: string | number;
  details: boolean;
  month: string;
}>;


export type HouseholdAccompanimentQuery = { accompaniments: { totalCount: number, edges: Array<{ node: { id: string, phase: AccompanimentPhase } & { kind?: AccompanimentKind, startDate?: string, endDate?: string | null, outcome?: AccompanimentOutcome | null, endReason?: string | null, capacityOverrideReason?: string | null, supportWorkerId?: string, socialReferentId?: string, moveInInspectionWithoutSupportWorker?: boolean, supportWorker?: { id: string, displayName: string | null }, socialReferent?: { id: string, displayName: string | null }, contactSchedule?: { integrationContactsPerWeek: number, integrationWeeks: number, monthlyInPersonMeetings: number }, compliance?: { month: string, inProgress: boolean, required: number, done: number, shortfall: number }, phaseChanges?: Array<{ id: string, from: AccompanimentPhase | null, to: AccompanimentPhase, at: string, by: string, byUser: { id: string, displayName: string | null } }>, contacts?: Array<{ id: string, date: string, kind: ContactKind, configuration: ContactConfiguration, timeSlot: TimeSlot, place: ContactPlace, outcome: ContactOutcome, note: string | null, recordedBy: string, recordedByUser: { id: string, displayName: string | null } }> } }> }, alerts: { totalCount: number, edges: Array<{ node: { id: string, source: AlertSource, signs?: Array<AlertSign> | null, status: AlertStatus, raisedAt: string, triageDeadline: string, overdue: boolean } }> } };

export type OpenAccompanimentChoicesQueryVariables = Exact<{
  year: number;
}>;


export type OpenAccompanimentChoicesQuery = { conventions: { edges: Array<{ node: { id: string, name: string, startYear: number, endYear: number } }> }, supportWorkers: Array<{ userId: string, name: string, active: boolean }>, socialManagers: Array<{ userId: string, name: string, active: boolean }> };

export type OpenAccompanimentMutationVariables = Exact<{
  input: OpenAccompanimentInput;
}>;


export type OpenAccompanimentMutation = { openAccompaniment: { id: string, capacityOverrideReason: string | null } };

export type AccompanimentRecordQueryVariables = Exact<{
  id: string | number;
}>;


export type AccompanimentRecordQuery = { accompaniment: { id: string, diagnostics: Array<{ id: string, date: string, areas: Array<{ area: SupportArea, needs: string }>, goals: Array<{ id: string, label: string, progress: number }> }> | null, reviews: Array<{ id: string, date: string, summary: string, goalProgress: Array<{ goal: string, progress: number }> }> | null, committeeDecisions: Array<{ id: string, decision: string, committee: { id: string, date: string, participants: Array<string> } }> | null, contactScheduleChanges: Array<{ id: string, at: string, by: string, reason: string | null, byUser: { id: string, displayName: string | null }, before: { integrationContactsPerWeek: number, integrationWeeks: number, monthlyInPersonMeetings: number }, after: { integrationContactsPerWeek: number, integrationWeeks: number, monthlyInPersonMeetings: number } }> | null } };

export type RecordFollowUpCommitteeMutationVariables = Exact<{
  input: RecordFollowUpCommitteeInput;
}>;


export type RecordFollowUpCommitteeMutation = { recordFollowUpCommittee: { id: string } };

export type CommitteesPanelFragment = { committeeDecisions: Array<{ id: string, decision: string, committee: { id: string, date: string, participants: Array<string> } }> | null };

export type ContactScheduleChangesFragment = { contactScheduleChanges: Array<{ id: string, at: string, by: string, reason: string | null, byUser: { id: string, displayName: string | null }, before: { integrationContactsPerWeek: number, integrationWeeks: number, monthlyInPersonMeetings: number }, after: { integrationContactsPerWeek: number, integrationWeeks: number, monthlyInPersonMeetings: number } }> | null };

export type SetContactScheduleMutationVariables = Exact<{
  accompanimentId: string | number;
  input: ContactScheduleInput;
}>;


export type SetContactScheduleMutation = { setContactSchedule: { id: string, contactSchedule: { integrationContactsPerWeek: number, integrationWeeks: number, monthlyInPersonMeetings: number } } };

export type RecordDiagnosticMutationVariables = Exact<{
  input: RecordDiagnosticInput;
}>;


export type RecordDiagnosticMutation = { recordDiagnostic: { id: string } };

export type DiagnosticsPanelFragment = { diagnostics: Array<{ id: string, date: string, areas: Array<{ area: SupportArea, needs: string }>, goals: Array<{ id: string, label: string, progress: number }> }> | null };

export type MoveAccompanimentPhaseMutationVariables = Exact<{
  id: string | number;
  to: AccompanimentPhase;
  note?: string | null | undefined;
  endReason?: string | null | undefined;
  outcome?: AccompanimentOutcome | null | undefined;
}>;


export type MoveAccompanimentPhaseMutation = { moveAccompaniment: { id: string, phase: AccompanimentPhase, endDate: string | null, endReason: string | null, outcome: AccompanimentOutcome | null } };

export type RaiseHouseholdAlertMutationVariables = Exact<{
  input: RaiseAlertInput;
}>;


export type RaiseHouseholdAlertMutation = { raiseAlert: { id: string, status: AlertStatus, triageDeadline: string } };

export type RecordReviewMutationVariables = Exact<{
  input: RecordReviewInput;
}>;


export type RecordReviewMutation = { recordReview: { id: string } };

export type ReviewsPanelFragment = { reviews: Array<{ id: string, date: string, summary: string, goalProgress: Array<{ goal: string, progress: number }> }> | null };

export type ApplicationStepsQueryVariables = Exact<{
  id: string | number;
}>;


export type ApplicationStepsQuery = { application: { id: string, status: ApplicationStatus, version: number, nextStatuses: Array<ApplicationStatus> } };

export type MoveApplicationMutationVariables = Exact<{
  id: string | number;
  to: ApplicationStatus;
  note?: string | null | undefined;
  version?: number | null | undefined;
}>;


export type MoveApplicationMutation = { moveApplication: { id: string, status: ApplicationStatus, version: number, statusChangedAt: string, stalledSince: string | null, nextStatuses: Array<ApplicationStatus>, transitions: Array<{ id: string, from: ApplicationStatus, to: ApplicationStatus, at: string, by: string, note: string | null }> } };

export type EraseHouseholdMutationVariables = Exact<{
  householdId: string | number;
  reason: string;
}>;


export type EraseHouseholdMutation = { eraseHousehold: { householdId: string, erasedAt: string, membersAnonymised: number, applicationsAnonymised: number } };

export type HouseholdForEditQueryVariables = Exact<{
  id: string | number;
  withTargetPublic: boolean;
}>;


export type HouseholdForEditQuery = { household: { id: string, reference: string, version: number, monthlyResourcesCents: number, housingBenefitCents: number, singleParent: boolean, dalo: boolean, collectiveAgreement: boolean, pdalpd: boolean, stepFreeAccessNeed: boolean, targetPublic?: TargetPublic | null, consentToShareDate: string | null, members: Array<{ id: string, firstName: string, lastName: string, birthDate: string, role: PersonRole }>, applications: Array<{ id: string, status: ApplicationStatus }> } };

export type RegisterHouseholdMutationVariables = Exact<{
  input: RegisterHouseholdInput;
}>;


export type RegisterHouseholdMutation = { registerHousehold: { id: string, reference: string, version: number, size: number, adults: number, children: number, members: Array<{ id: string, firstName: string, lastName: string, birthDate: string, role: PersonRole }> } };

export type SubmitApplicationMutationVariables = Exact<{
  input: SubmitApplicationInput;
}>;


export type SubmitApplicationMutation = { submitApplication: { id: string, registrationNumber: string, status: ApplicationStatus, version: number, nextStatuses: Array<ApplicationStatus> } };

export type UpdateHouseholdMutationVariables = Exact<{
  id: string | number;
  input: UpdateHouseholdInput;
  withTargetPublic: boolean;
}>;


export type UpdateHouseholdMutation = { updateHousehold: { id: string, version: number, monthlyResourcesCents: number, housingBenefitCents: number, singleParent: boolean, dalo: boolean, collectiveAgreement: boolean, pdalpd: boolean, stepFreeAccessNeed: boolean, targetPublic?: TargetPublic | null, consentToShareDate: string | null, consentToShare: boolean, size: number, adults: number, children: number, members: Array<{ id: string, firstName: string, lastName: string, birthDate: string, role: PersonRole }> } };

export type HousingRecordMoveInInspectionMutationVariables = Exact<{
  input: RecordMoveInInspectionInput;
}>;


export type HousingRecordMoveInInspectionMutation = { recordMoveInInspection: { id: string, moveInInspectionDate: string | null, inspectionSocialManagerPresent: boolean, inspectionSupportWorkerPresent: boolean } };

export type HousingRecordRentPaymentMutationVariables = Exact<{
  input: RecordRentPaymentInput;
}>;


export type HousingRecordRentPaymentMutation = { recordRentPayment: { id: string, arrearsCents: number, monthsInArrears: number } };

export type HousingSignLeaseMutationVariables = Exact<{
  input: SignLeaseInput;
}>;


export type HousingSignLeaseMutation = { signLease: { id: string, kind: LeaseKind, startDate: string, intermediaryAssociation: string | null, plannedHandoverDate: string | null, dwelling: { id: string, status: DwellingStatus } } };

export type MatchingSettingsImpactQueryVariables = Exact<{
  settings: MatchingSettingsInput;
}>;


export type MatchingSettingsImpactQuery = { matchingImpact: { householdsConsidered: number, householdsGaining: number, householdsLosing: number, matchesBefore: number, matchesAfter: number } };

export type HousingUpdateMatchingSettingsMutationVariables = Exact<{
  input: MatchingSettingsInput;
  note?: string | null | undefined;
}>;


export type HousingUpdateMatchingSettingsMutation = { updateMatchingSettings: { id: string, version: number, effortRateCeiling: number, horizonDays: number, typologiesBySize: Array<Array<Typology>> } };

export type MatchingSettingsPanelQueryVariables = Exact<{ [key: string]: never; }>;


export type MatchingSettingsPanelQuery = { matchingSettings: { id: string, version: number, effortRateCeiling: number, horizonDays: number, typologiesBySize: Array<Array<Typology>>, history: Array<{ id: string, changedAt: string, note: string | null }> } };

export type MyHouseholdsQueryVariables = Exact<{
  supportWorker?: string | number | null | undefined;
  first: number;
  after?: string | null | undefined;
  orderBy: CaseloadOrder;
  direction: SortDirection;
}>;


export type MyHouseholdsQuery = { caseload: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { phase: AccompanimentPhase, lastContactDate: string | null, nextContactDue: string | null, contactOverdue: boolean, openAlerts: number, overdueAlerts: number, priority: CaseloadPriority, accompaniment: { id: string, kind: AccompanimentKind }, household: { id: string, reference: string, members: Array<{ firstName: string, lastName: string, role: PersonRole }> } | null } }> } };

export type MyHouseholdsSupportWorkersQueryVariables = Exact<{ [key: string]: never; }>;


export type MyHouseholdsSupportWorkersQuery = { staffMembers: Array<{ userId: string, name: string, active: boolean }> };

export type OutreachEffectivenessQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type OutreachEffectivenessQuery = { outreachEffectiveness: Array<{ configuration: ContactConfiguration, timeSlot: TimeSlot, place: ContactPlace, attempts: number, meetings: number, rate: number }> };

export type DirectoryQueryVariables = Exact<{ [key: string]: never; }>;


export type DirectoryQuery = { organisations: Array<{ id: string, name: string, kind: OrganisationKind, members: Array<{ userId: string, name: string, role: StaffRole, active: boolean }> | null }> };

export type StockResidencesQueryVariables = Exact<{ [key: string]: never; }>;


export type StockResidencesQuery = { residences: { totalCount: number, edges: Array<{ node: { id: string, name: string, commune: string } }> } };

export type HousingCreateDwellingMutationVariables = Exact<{
  input: CreateDwellingInput;
}>;


export type HousingCreateDwellingMutation = { createDwelling: { id: string, reference: string, status: DwellingStatus } };

export type HousingCreateResidenceMutationVariables = Exact<{
  input: CreateResidenceInput;
}>;


export type HousingCreateResidenceMutation = { createResidence: { id: string, name: string, commune: string } };

export type StockDwellingQueryVariables = Exact<{
  id: string | number;
}>;


export type StockDwellingQuery = { dwelling: { id: string, version: number, rentCents: number, serviceChargesCents: number, chargesIncludeColdWater: boolean, chargesIncludeHeating: boolean, lowRent: boolean, stepFreeAccess: boolean, hasLift: boolean, contingent: Contingent, status: DwellingStatus, availableFrom: string | null } };

export type HousingUpdateDwellingMutationVariables = Exact<{
  id: string | number;
  input: UpdateDwellingInput;
}>;


export type HousingUpdateDwellingMutation = { updateDwelling: { id: string, version: number, rentCents: number, serviceChargesCents: number, chargesIncludeColdWater: boolean, chargesIncludeHeating: boolean, lowRent: boolean, stepFreeAccess: boolean, hasLift: boolean, contingent: Contingent, status: DwellingStatus, availableFrom: string | null } };

export const AlertsRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertsRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"signs"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"details"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"description"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"details"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"triageDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"arrearsMonths"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"details"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"arrearsCents"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"arrearsAmount"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"byUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"details"}}}]}]}]}}]}}]} as unknown as DocumentNode<AlertsRowFragment, unknown>;
export const AwaitingRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AwaitingRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"desiredTypologies"}},{"kind":"Field","name":{"kind":"Name","value":"desiredCommunes"}},{"kind":"Field","name":{"kind":"Name","value":"maxRentCents"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stalledSince"}},{"kind":"Field","name":{"kind":"Name","value":"slidingLeaseProposed"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"adults"}},{"kind":"Field","name":{"kind":"Name","value":"children"}},{"kind":"Field","name":{"kind":"Name","value":"singleParent"}},{"kind":"Field","name":{"kind":"Name","value":"dalo"}},{"kind":"Field","name":{"kind":"Name","value":"pdalpd"}},{"kind":"Field","name":{"kind":"Name","value":"stepFreeAccessNeed"}},{"kind":"Field","name":{"kind":"Name","value":"targetPublic"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withTargetPublic"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"matchingDwellings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"dwelling"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"typology"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"availableFrom"}},{"kind":"Field","name":{"kind":"Name","value":"rentCents"}},{"kind":"Field","name":{"kind":"Name","value":"serviceChargesCents"}},{"kind":"Field","name":{"kind":"Name","value":"residence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"commune"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AwaitingRowFragment, unknown>;
export const CommissionPreparationSessionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommissionPreparationSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"candidacies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"insufficientDemand"}},{"kind":"Field","name":{"kind":"Name","value":"dwelling"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"typology"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"residence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"commune"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"adults"}},{"kind":"Field","name":{"kind":"Name","value":"children"}},{"kind":"Field","name":{"kind":"Name","value":"dalo"}},{"kind":"Field","name":{"kind":"Name","value":"pdalpd"}},{"kind":"Field","name":{"kind":"Name","value":"priorityPublic"}},{"kind":"Field","name":{"kind":"Name","value":"targetPublic"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withTargetPublic"}}}]}]}]}}]}}]}}]}}]} as unknown as DocumentNode<CommissionPreparationSessionFieldsFragment, unknown>;
export const CommitteesPanelFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommitteesPanel"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Accompaniment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"committeeDecisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"committee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}}]}}]}}]}}]} as unknown as DocumentNode<CommitteesPanelFragment, unknown>;
export const ContactScheduleChangesFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactScheduleChanges"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Accompaniment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactScheduleChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"byUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"integrationContactsPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"integrationWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyInPersonMeetings"}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"integrationContactsPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"integrationWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyInPersonMeetings"}}]}}]}}]}}]} as unknown as DocumentNode<ContactScheduleChangesFragment, unknown>;
export const DiagnosticsPanelFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DiagnosticsPanel"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Accompaniment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diagnostics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}}]}}]}}]}}]} as unknown as DocumentNode<DiagnosticsPanelFragment, unknown>;
export const ReviewsPanelFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewsPanel"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Accompaniment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"goalProgress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewsPanelFragment, unknown>;
export const HeaderSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HeaderSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"households"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dwellings"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchHouseholds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"households"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"searchDwellings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dwellings"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"typology"}},{"kind":"Field","name":{"kind":"Name","value":"residence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"commune"}}]}}]}}]}}]} as unknown as DocumentNode<HeaderSearchQuery, HeaderSearchQueryVariables>;
export const SignedInAsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignedInAs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<SignedInAsQuery, SignedInAsQueryVariables>;
export const AlertsInboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AlertsInbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AlertStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sources"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AlertSource"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"overdueOnly"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"details"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"arrearsAmount"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"overdueFirst"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"overdueAfter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"overdue"},"name":{"kind":"Name","value":"alerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"sources"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sources"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"overdue"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"overdueFirst"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"overdueAfter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertsRow"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"others"},"name":{"kind":"Name","value":"alerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"sources"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sources"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"overdue"},"value":{"kind":"BooleanValue","value":false}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"skip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"overdueOnly"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertsRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertsRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"signs"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"details"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"description"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"details"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"triageDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"arrearsMonths"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"details"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"arrearsCents"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"arrearsAmount"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"byUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"details"}}}]}]}]}}]}}]} as unknown as DocumentNode<AlertsInboxQuery, AlertsInboxQueryVariables>;
export const AlertsMoveAlertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AlertsMoveAlert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AlertStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"details"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"arrearsAmount"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AlertsRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AlertsRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Alert"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"signs"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"details"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"description"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"details"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"triageDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"arrearsMonths"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"details"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"arrearsCents"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"arrearsAmount"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"byUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"details"}}}]}]}]}}]}}]} as unknown as DocumentNode<AlertsMoveAlertMutation, AlertsMoveAlertMutationVariables>;
export const AwaitingCommissionListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AwaitingCommissionList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withTargetPublic"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AwaitingRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AwaitingRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"desiredTypologies"}},{"kind":"Field","name":{"kind":"Name","value":"desiredCommunes"}},{"kind":"Field","name":{"kind":"Name","value":"maxRentCents"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stalledSince"}},{"kind":"Field","name":{"kind":"Name","value":"slidingLeaseProposed"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"adults"}},{"kind":"Field","name":{"kind":"Name","value":"children"}},{"kind":"Field","name":{"kind":"Name","value":"singleParent"}},{"kind":"Field","name":{"kind":"Name","value":"dalo"}},{"kind":"Field","name":{"kind":"Name","value":"pdalpd"}},{"kind":"Field","name":{"kind":"Name","value":"stepFreeAccessNeed"}},{"kind":"Field","name":{"kind":"Name","value":"targetPublic"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withTargetPublic"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"matchingDwellings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"dwelling"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"typology"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"availableFrom"}},{"kind":"Field","name":{"kind":"Name","value":"rentCents"}},{"kind":"Field","name":{"kind":"Name","value":"serviceChargesCents"}},{"kind":"Field","name":{"kind":"Name","value":"residence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"commune"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AwaitingCommissionListQuery, AwaitingCommissionListQueryVariables>;
export const AwaitingCommissionCommunesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AwaitingCommissionCommunes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"commune"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AwaitingCommissionCommunesQuery, AwaitingCommissionCommunesQueryVariables>;
export const MatchCheckHouseholdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatchCheckHousehold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"householdId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withTargetPublic"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"household"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"householdId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"adults"}},{"kind":"Field","name":{"kind":"Name","value":"children"}},{"kind":"Field","name":{"kind":"Name","value":"singleParent"}},{"kind":"Field","name":{"kind":"Name","value":"targetPublic"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withTargetPublic"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"needs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyResourcesCents"}},{"kind":"Field","name":{"kind":"Name","value":"housingBenefitCents"}},{"kind":"Field","name":{"kind":"Name","value":"dalo"}},{"kind":"Field","name":{"kind":"Name","value":"pdalpd"}},{"kind":"Field","name":{"kind":"Name","value":"stepFreeAccessNeed"}},{"kind":"Field","name":{"kind":"Name","value":"desiredTypologies"}},{"kind":"Field","name":{"kind":"Name","value":"desiredCommunes"}},{"kind":"Field","name":{"kind":"Name","value":"maxRentCents"}}]}}]}}]}}]} as unknown as DocumentNode<MatchCheckHouseholdQuery, MatchCheckHouseholdQueryVariables>;
export const MatchCheckDwellingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatchCheckDwelling"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dwellingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dwelling"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dwellingId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"typology"}},{"kind":"Field","name":{"kind":"Name","value":"surfaceSqm"}},{"kind":"Field","name":{"kind":"Name","value":"floor"}},{"kind":"Field","name":{"kind":"Name","value":"hasLift"}},{"kind":"Field","name":{"kind":"Name","value":"stepFreeAccess"}},{"kind":"Field","name":{"kind":"Name","value":"rentCents"}},{"kind":"Field","name":{"kind":"Name","value":"serviceChargesCents"}},{"kind":"Field","name":{"kind":"Name","value":"contingent"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"availableFrom"}},{"kind":"Field","name":{"kind":"Name","value":"residence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"commune"}}]}}]}}]}}]} as unknown as DocumentNode<MatchCheckDwellingQuery, MatchCheckDwellingQueryVariables>;
export const MatchCheckRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatchCheckRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"householdId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dwellingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"household"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"householdId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"matchCheck"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"dwellingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dwellingId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}}]}}]} as unknown as DocumentNode<MatchCheckRulesQuery, MatchCheckRulesQueryVariables>;
export const MatchCheckOtherDwellingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatchCheckOtherDwellings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DwellingFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dwellings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"typology"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"residence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"commune"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MatchCheckOtherDwellingsQuery, MatchCheckOtherDwellingsQueryVariables>;
export const CommissionPreparationSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommissionPreparationSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commissions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"candidacies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dwelling"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CommissionPreparationSessionsQuery, CommissionPreparationSessionsQueryVariables>;
export const CommissionPreparationSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommissionPreparationSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withTargetPublic"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commission"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommissionPreparationSessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommissionPreparationSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"candidacies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"insufficientDemand"}},{"kind":"Field","name":{"kind":"Name","value":"dwelling"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"typology"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"residence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"commune"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"adults"}},{"kind":"Field","name":{"kind":"Name","value":"children"}},{"kind":"Field","name":{"kind":"Name","value":"dalo"}},{"kind":"Field","name":{"kind":"Name","value":"pdalpd"}},{"kind":"Field","name":{"kind":"Name","value":"priorityPublic"}},{"kind":"Field","name":{"kind":"Name","value":"targetPublic"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withTargetPublic"}}}]}]}]}}]}}]}}]}}]} as unknown as DocumentNode<CommissionPreparationSessionQuery, CommissionPreparationSessionQueryVariables>;
export const CommissionPreparationVacantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommissionPreparationVacant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DwellingFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dwellings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"typology"}},{"kind":"Field","name":{"kind":"Name","value":"surfaceSqm"}},{"kind":"Field","name":{"kind":"Name","value":"rentCents"}},{"kind":"Field","name":{"kind":"Name","value":"serviceChargesCents"}},{"kind":"Field","name":{"kind":"Name","value":"contingent"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"residence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"commune"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CommissionPreparationVacantQuery, CommissionPreparationVacantQueryVariables>;
export const CommissionPreparationCommunesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommissionPreparationCommunes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"commune"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CommissionPreparationCommunesQuery, CommissionPreparationCommunesQueryVariables>;
export const CommissionPreparationCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommissionPreparationCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCommissionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCommission"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"candidacies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CommissionPreparationCreateMutation, CommissionPreparationCreateMutationVariables>;
export const CommissionPreparationPlaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommissionPreparationPlace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlaceDwellingOnCommissionInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withTargetPublic"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"placeDwellingOnCommission"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommissionPreparationSessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommissionPreparationSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commission"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sessionDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"candidacies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"insufficientDemand"}},{"kind":"Field","name":{"kind":"Name","value":"dwelling"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"typology"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"residence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"commune"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"adults"}},{"kind":"Field","name":{"kind":"Name","value":"children"}},{"kind":"Field","name":{"kind":"Name","value":"dalo"}},{"kind":"Field","name":{"kind":"Name","value":"pdalpd"}},{"kind":"Field","name":{"kind":"Name","value":"priorityPublic"}},{"kind":"Field","name":{"kind":"Name","value":"targetPublic"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withTargetPublic"}}}]}]}]}}]}}]}}]}}]} as unknown as DocumentNode<CommissionPreparationPlaceMutation, CommissionPreparationPlaceMutationVariables>;
export const CommissionPreparationDecideDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommissionPreparationDecide"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordCommissionDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCommissionDecision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<CommissionPreparationDecideMutation, CommissionPreparationDecideMutationVariables>;
export const CarryOverStateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CarryOverState"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"conventionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nextYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conventions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"activeInYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nextYear"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startYear"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"accompaniments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"conventionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"conventionId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"phases"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PRE_ALLOCATION"},{"kind":"EnumValue","value":"INTEGRATION"},{"kind":"EnumValue","value":"FOLLOW_UP"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<CarryOverStateQuery, CarryOverStateQueryVariables>;
export const CarryOverAccompanimentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CarryOverAccompaniments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"carryOverAccompaniments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromConventionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"toConventionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CarryOverAccompanimentsMutation, CarryOverAccompanimentsMutationVariables>;
export const ConventionYearDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConventionYear"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"convention"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"consumption"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"plannedMeasureMonths"}},{"kind":"Field","name":{"kind":"Name","value":"plannedCostCents"}},{"kind":"Field","name":{"kind":"Name","value":"unitCostCents"}},{"kind":"Field","name":{"kind":"Name","value":"consumedMeasureMonths"}},{"kind":"Field","name":{"kind":"Name","value":"consumedCents"}},{"kind":"Field","name":{"kind":"Name","value":"projectedMeasureMonths"}},{"kind":"Field","name":{"kind":"Name","value":"freePlaces"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"funder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharePercent"}},{"kind":"Field","name":{"kind":"Name","value":"plannedCents"}},{"kind":"Field","name":{"kind":"Name","value":"requestedCents"}},{"kind":"Field","name":{"kind":"Name","value":"grantedCents"}},{"kind":"Field","name":{"kind":"Name","value":"paidCents"}},{"kind":"Field","name":{"kind":"Name","value":"dueCents"}},{"kind":"Field","name":{"kind":"Name","value":"underGranted"}},{"kind":"Field","name":{"kind":"Name","value":"overPaid"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"measureMonths"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"byMonth"}},{"kind":"Field","name":{"kind":"Name","value":"projectedByMonth"}}]}}]}}]}}]} as unknown as DocumentNode<ConventionYearQuery, ConventionYearQueryVariables>;
export const ConventionDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConventionDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"convention"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"programme"}},{"kind":"Field","name":{"kind":"Name","value":"holder"}},{"kind":"Field","name":{"kind":"Name","value":"partner"}},{"kind":"Field","name":{"kind":"Name","value":"startYear"}},{"kind":"Field","name":{"kind":"Name","value":"endYear"}},{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"plannedHouseholdsPerYear"}},{"kind":"Field","name":{"kind":"Name","value":"annualCostCents"}},{"kind":"Field","name":{"kind":"Name","value":"plannedMeasureMonthsPerYear"}},{"kind":"Field","name":{"kind":"Name","value":"unitCostCents"}},{"kind":"Field","name":{"kind":"Name","value":"fundingLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"sharePercent"}},{"kind":"Field","name":{"kind":"Name","value":"plannedCents"}},{"kind":"Field","name":{"kind":"Name","value":"requestedCents"}},{"kind":"Field","name":{"kind":"Name","value":"grantedCents"}},{"kind":"Field","name":{"kind":"Name","value":"paidCents"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"funder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"byUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"statusBefore"}},{"kind":"Field","name":{"kind":"Name","value":"statusAfter"}},{"kind":"Field","name":{"kind":"Name","value":"requestedCentsBefore"}},{"kind":"Field","name":{"kind":"Name","value":"requestedCentsAfter"}},{"kind":"Field","name":{"kind":"Name","value":"grantedCentsBefore"}},{"kind":"Field","name":{"kind":"Name","value":"grantedCentsAfter"}},{"kind":"Field","name":{"kind":"Name","value":"paidCentsBefore"}},{"kind":"Field","name":{"kind":"Name","value":"paidCentsAfter"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"authorOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"departmentOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"relevance"}},{"kind":"Field","name":{"kind":"Name","value":"reproducibility"}},{"kind":"Field","name":{"kind":"Name","value":"regionalOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<ConventionDetailQuery, ConventionDetailQueryVariables>;
export const ConventionsListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConventionsList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conventions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"programme"}},{"kind":"Field","name":{"kind":"Name","value":"startYear"}},{"kind":"Field","name":{"kind":"Name","value":"endYear"}},{"kind":"Field","name":{"kind":"Name","value":"plannedHouseholdsPerYear"}},{"kind":"Field","name":{"kind":"Name","value":"annualCostCents"}},{"kind":"Field","name":{"kind":"Name","value":"fundingLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"funder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConventionsListQuery, ConventionsListQueryVariables>;
export const EvaluationLevelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvaluationLevel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluationLevel"}}]}}]} as unknown as DocumentNode<EvaluationLevelQuery, EvaluationLevelQueryVariables>;
export const RecordEvaluationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordEvaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordEvaluationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordEvaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"authorOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]} as unknown as DocumentNode<RecordEvaluationMutation, RecordEvaluationMutationVariables>;
export const ConventionReviseFundingLineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConventionReviseFundingLine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestedCents"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"grantedCents"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviseFundingLine"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"requestedCents"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestedCents"}}},{"kind":"Argument","name":{"kind":"Name","value":"grantedCents"},"value":{"kind":"Variable","name":{"kind":"Name","value":"grantedCents"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedCents"}},{"kind":"Field","name":{"kind":"Name","value":"grantedCents"}},{"kind":"Field","name":{"kind":"Name","value":"paidCents"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"byUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"statusBefore"}},{"kind":"Field","name":{"kind":"Name","value":"statusAfter"}},{"kind":"Field","name":{"kind":"Name","value":"requestedCentsBefore"}},{"kind":"Field","name":{"kind":"Name","value":"requestedCentsAfter"}},{"kind":"Field","name":{"kind":"Name","value":"grantedCentsBefore"}},{"kind":"Field","name":{"kind":"Name","value":"grantedCentsAfter"}},{"kind":"Field","name":{"kind":"Name","value":"paidCentsBefore"}},{"kind":"Field","name":{"kind":"Name","value":"paidCentsAfter"}}]}}]}}]}}]} as unknown as DocumentNode<ConventionReviseFundingLineMutation, ConventionReviseFundingLineMutationVariables>;
export const ConventionCancelFundingLineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConventionCancelFundingLine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelFundingLine"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedCents"}},{"kind":"Field","name":{"kind":"Name","value":"grantedCents"}},{"kind":"Field","name":{"kind":"Name","value":"paidCents"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"byUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"statusBefore"}},{"kind":"Field","name":{"kind":"Name","value":"statusAfter"}},{"kind":"Field","name":{"kind":"Name","value":"requestedCentsBefore"}},{"kind":"Field","name":{"kind":"Name","value":"requestedCentsAfter"}},{"kind":"Field","name":{"kind":"Name","value":"grantedCentsBefore"}},{"kind":"Field","name":{"kind":"Name","value":"grantedCentsAfter"}},{"kind":"Field","name":{"kind":"Name","value":"paidCentsBefore"}},{"kind":"Field","name":{"kind":"Name","value":"paidCentsAfter"}}]}}]}}]}}]} as unknown as DocumentNode<ConventionCancelFundingLineMutation, ConventionCancelFundingLineMutationVariables>;
export const ConventionIndicatorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConventionIndicators"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"conventionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conventionId"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"supportIndicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"householdIndicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"housingIndicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"financingIndicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]}}]}}]} as unknown as DocumentNode<ConventionIndicatorsQuery, ConventionIndicatorsQueryVariables>;
export const DwellingCandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DwellingCandidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dwelling"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"candidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"size"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DwellingCandidatesQuery, DwellingCandidatesQueryVariables>;
export const DwellingDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DwellingDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dwelling"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"typology"}},{"kind":"Field","name":{"kind":"Name","value":"surfaceSqm"}},{"kind":"Field","name":{"kind":"Name","value":"floor"}},{"kind":"Field","name":{"kind":"Name","value":"hasLift"}},{"kind":"Field","name":{"kind":"Name","value":"stepFreeAccess"}},{"kind":"Field","name":{"kind":"Name","value":"rentCents"}},{"kind":"Field","name":{"kind":"Name","value":"serviceChargesCents"}},{"kind":"Field","name":{"kind":"Name","value":"chargesIncludeColdWater"}},{"kind":"Field","name":{"kind":"Name","value":"chargesIncludeHeating"}},{"kind":"Field","name":{"kind":"Name","value":"financingCategory"}},{"kind":"Field","name":{"kind":"Name","value":"lowRent"}},{"kind":"Field","name":{"kind":"Name","value":"contingent"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"availableFrom"}},{"kind":"Field","name":{"kind":"Name","value":"residence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"commune"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"priorityDistrict"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentLease"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"intermediaryAssociation"}},{"kind":"Field","name":{"kind":"Name","value":"plannedHandoverDate"}},{"kind":"Field","name":{"kind":"Name","value":"moveInInspectionDate"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DwellingDetailQuery, DwellingDetailQueryVariables>;
export const DwellingsListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DwellingsList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DwellingFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dwellings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"typology"}},{"kind":"Field","name":{"kind":"Name","value":"surfaceSqm"}},{"kind":"Field","name":{"kind":"Name","value":"rentCents"}},{"kind":"Field","name":{"kind":"Name","value":"serviceChargesCents"}},{"kind":"Field","name":{"kind":"Name","value":"financingCategory"}},{"kind":"Field","name":{"kind":"Name","value":"lowRent"}},{"kind":"Field","name":{"kind":"Name","value":"contingent"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"availableFrom"}},{"kind":"Field","name":{"kind":"Name","value":"residence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"commune"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DwellingsListQuery, DwellingsListQueryVariables>;
export const DwellingsCommunesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DwellingsCommunes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"commune"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DwellingsCommunesQuery, DwellingsCommunesQueryVariables>;
export const FollowUpBelowFrequencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FollowUpBelowFrequency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accompanimentsBelowFrequency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"supportWorkerId"}},{"kind":"Field","name":{"kind":"Name","value":"supportWorker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"compliance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"shortfall"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FollowUpBelowFrequencyQuery, FollowUpBelowFrequencyQueryVariables>;
export const FollowUpInspectionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FollowUpInspections"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accompaniments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"phases"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"INTEGRATION"},{"kind":"EnumValue","value":"FOLLOW_UP"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"supportWorkerId"}},{"kind":"Field","name":{"kind":"Name","value":"supportWorker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"moveInInspectionWithoutSupportWorker"}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FollowUpInspectionsQuery, FollowUpInspectionsQueryVariables>;
export const FinancingFundersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FinancingFunders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"funders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<FinancingFundersQuery, FinancingFundersQueryVariables>;
export const FinancingAddFundingLineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FinancingAddFundingLine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddFundingLineInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addFundingLine"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"sharePercent"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<FinancingAddFundingLineMutation, FinancingAddFundingLineMutationVariables>;
export const FinancingCreateConventionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FinancingCreateConvention"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateConventionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createConvention"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startYear"}},{"kind":"Field","name":{"kind":"Name","value":"endYear"}}]}}]}}]} as unknown as DocumentNode<FinancingCreateConventionMutation, FinancingCreateConventionMutationVariables>;
export const FinancingMoveFundingLineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FinancingMoveFundingLine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FundingStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"amountCents"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveFundingLine"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"amountCents"},"value":{"kind":"Variable","name":{"kind":"Name","value":"amountCents"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedCents"}},{"kind":"Field","name":{"kind":"Name","value":"grantedCents"}},{"kind":"Field","name":{"kind":"Name","value":"paidCents"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}}]}}]}}]} as unknown as DocumentNode<FinancingMoveFundingLineMutation, FinancingMoveFundingLineMutationVariables>;
export const HomeApplicationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomeApplications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applicationStatistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<HomeApplicationsQuery, HomeApplicationsQueryVariables>;
export const HomeDwellingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomeDwellings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dwellingStatistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vacantByTypology"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"typology"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<HomeDwellingsQuery, HomeDwellingsQueryVariables>;
export const HomeAccompanimentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HomeAccompaniments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accompanimentStatistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"byPhase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openAlerts"}},{"kind":"Field","name":{"kind":"Name","value":"overdueAlerts"}}]}}]}}]} as unknown as DocumentNode<HomeAccompanimentsQuery, HomeAccompanimentsQueryVariables>;
export const HouseholdRecordContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HouseholdRecordContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"configuration"}},{"kind":"Field","name":{"kind":"Name","value":"timeSlot"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<HouseholdRecordContactMutation, HouseholdRecordContactMutationVariables>;
export const HouseholdFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HouseholdFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withTargetPublic"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withPriorityPublic"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withRent"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"household"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"adults"}},{"kind":"Field","name":{"kind":"Name","value":"children"}},{"kind":"Field","name":{"kind":"Name","value":"singleParent"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyResourcesCents"}},{"kind":"Field","name":{"kind":"Name","value":"housingBenefitCents"}},{"kind":"Field","name":{"kind":"Name","value":"targetPublic"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withTargetPublic"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"priorityPublic"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withPriorityPublic"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"dalo"}},{"kind":"Field","name":{"kind":"Name","value":"collectiveAgreement"}},{"kind":"Field","name":{"kind":"Name","value":"pdalpd"}},{"kind":"Field","name":{"kind":"Name","value":"stepFreeAccessNeed"}},{"kind":"Field","name":{"kind":"Name","value":"consentToShare"}},{"kind":"Field","name":{"kind":"Name","value":"consentToShareDate"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"age"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"desiredTypologies"}},{"kind":"Field","name":{"kind":"Name","value":"desiredCommunes"}},{"kind":"Field","name":{"kind":"Name","value":"maxRentCents"}},{"kind":"Field","name":{"kind":"Name","value":"slidingLeaseProposed"}},{"kind":"Field","name":{"kind":"Name","value":"stalledSince"}},{"kind":"Field","name":{"kind":"Name","value":"allocatedDwelling"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"byUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentLease"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"intermediaryAssociation"}},{"kind":"Field","name":{"kind":"Name","value":"plannedHandoverDate"}},{"kind":"Field","name":{"kind":"Name","value":"moveInInspectionDate"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionSocialManagerPresent"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionSupportWorkerPresent"}},{"kind":"Field","name":{"kind":"Name","value":"dwelling"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"typology"}},{"kind":"Field","name":{"kind":"Name","value":"rentCents"}},{"kind":"Field","name":{"kind":"Name","value":"serviceChargesCents"}},{"kind":"Field","name":{"kind":"Name","value":"residence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"commune"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rentAccount"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withRent"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"arrearsCents"}},{"kind":"Field","name":{"kind":"Name","value":"monthsInArrears"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"months"},"value":{"kind":"IntValue","value":"12"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"chargedCents"}},{"kind":"Field","name":{"kind":"Name","value":"paidCents"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<HouseholdFileQuery, HouseholdFileQueryVariables>;
export const HouseholdAccompanimentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HouseholdAccompaniment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"householdId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"details"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"month"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accompaniments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"householdId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"householdId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Accompaniment"}},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"details"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"capacityOverrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"supportWorkerId"}},{"kind":"Field","name":{"kind":"Name","value":"socialReferentId"}},{"kind":"Field","name":{"kind":"Name","value":"supportWorker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"socialReferent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"moveInInspectionWithoutSupportWorker"}},{"kind":"Field","name":{"kind":"Name","value":"contactSchedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"integrationContactsPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"integrationWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyInPersonMeetings"}}]}},{"kind":"Field","name":{"kind":"Name","value":"compliance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"month"},"value":{"kind":"Variable","name":{"kind":"Name","value":"month"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"done"}},{"kind":"Field","name":{"kind":"Name","value":"shortfall"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phaseChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"byUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"configuration"}},{"kind":"Field","name":{"kind":"Name","value":"timeSlot"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"recordedByUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"alerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"householdId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"householdId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"NEW"},{"kind":"EnumValue","value":"SHARED_DIAGNOSIS"},{"kind":"EnumValue","value":"ACTION_AGREED"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"signs"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"details"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"triageDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HouseholdAccompanimentQuery, HouseholdAccompanimentQueryVariables>;
export const OpenAccompanimentChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpenAccompanimentChoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conventions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"activeInYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startYear"}},{"kind":"Field","name":{"kind":"Name","value":"endYear"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"supportWorkers"},"name":{"kind":"Name","value":"staffMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"EnumValue","value":"SUPPORT_WORKER"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"socialManagers"},"name":{"kind":"Name","value":"staffMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"EnumValue","value":"SOCIAL_MANAGER"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<OpenAccompanimentChoicesQuery, OpenAccompanimentChoicesQueryVariables>;
export const OpenAccompanimentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenAccompaniment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenAccompanimentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openAccompaniment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"capacityOverrideReason"}}]}}]}}]} as unknown as DocumentNode<OpenAccompanimentMutation, OpenAccompanimentMutationVariables>;
export const AccompanimentRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccompanimentRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accompaniment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DiagnosticsPanel"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewsPanel"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommitteesPanel"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactScheduleChanges"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DiagnosticsPanel"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Accompaniment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diagnostics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"area"}},{"kind":"Field","name":{"kind":"Name","value":"needs"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewsPanel"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Accompaniment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"goalProgress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"goal"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommitteesPanel"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Accompaniment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"committeeDecisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"committee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactScheduleChanges"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Accompaniment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactScheduleChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"byUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"before"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"integrationContactsPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"integrationWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyInPersonMeetings"}}]}},{"kind":"Field","name":{"kind":"Name","value":"after"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"integrationContactsPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"integrationWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyInPersonMeetings"}}]}}]}}]}}]} as unknown as DocumentNode<AccompanimentRecordQuery, AccompanimentRecordQueryVariables>;
export const RecordFollowUpCommitteeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordFollowUpCommittee"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordFollowUpCommitteeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordFollowUpCommittee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordFollowUpCommitteeMutation, RecordFollowUpCommitteeMutationVariables>;
export const SetContactScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetContactSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accompanimentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactScheduleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setContactSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accompanimentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accompanimentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"contactSchedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"integrationContactsPerWeek"}},{"kind":"Field","name":{"kind":"Name","value":"integrationWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyInPersonMeetings"}}]}}]}}]}}]} as unknown as DocumentNode<SetContactScheduleMutation, SetContactScheduleMutationVariables>;
export const RecordDiagnosticDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordDiagnostic"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordDiagnosticInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDiagnostic"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordDiagnosticMutation, RecordDiagnosticMutationVariables>;
export const MoveAccompanimentPhaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveAccompanimentPhase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccompanimentPhase"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"endReason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AccompanimentOutcome"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveAccompaniment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}},{"kind":"Argument","name":{"kind":"Name","value":"endReason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"endReason"}}},{"kind":"Argument","name":{"kind":"Name","value":"outcome"},"value":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"endReason"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]} as unknown as DocumentNode<MoveAccompanimentPhaseMutation, MoveAccompanimentPhaseMutationVariables>;
export const RaiseHouseholdAlertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RaiseHouseholdAlert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RaiseAlertInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"raiseAlert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"triageDeadline"}}]}}]}}]} as unknown as DocumentNode<RaiseHouseholdAlertMutation, RaiseHouseholdAlertMutationVariables>;
export const RecordReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RecordReviewMutation, RecordReviewMutationVariables>;
export const ApplicationStepsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApplicationSteps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"application"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"nextStatuses"}}]}}]}}]} as unknown as DocumentNode<ApplicationStepsQuery, ApplicationStepsQueryVariables>;
export const MoveApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}},{"kind":"Field","name":{"kind":"Name","value":"stalledSince"}},{"kind":"Field","name":{"kind":"Name","value":"nextStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"transitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]} as unknown as DocumentNode<MoveApplicationMutation, MoveApplicationMutationVariables>;
export const EraseHouseholdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EraseHousehold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"householdId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eraseHousehold"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"householdId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"householdId"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdId"}},{"kind":"Field","name":{"kind":"Name","value":"erasedAt"}},{"kind":"Field","name":{"kind":"Name","value":"membersAnonymised"}},{"kind":"Field","name":{"kind":"Name","value":"applicationsAnonymised"}}]}}]}}]} as unknown as DocumentNode<EraseHouseholdMutation, EraseHouseholdMutationVariables>;
export const HouseholdForEditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HouseholdForEdit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withTargetPublic"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"household"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyResourcesCents"}},{"kind":"Field","name":{"kind":"Name","value":"housingBenefitCents"}},{"kind":"Field","name":{"kind":"Name","value":"singleParent"}},{"kind":"Field","name":{"kind":"Name","value":"dalo"}},{"kind":"Field","name":{"kind":"Name","value":"collectiveAgreement"}},{"kind":"Field","name":{"kind":"Name","value":"pdalpd"}},{"kind":"Field","name":{"kind":"Name","value":"stepFreeAccessNeed"}},{"kind":"Field","name":{"kind":"Name","value":"targetPublic"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withTargetPublic"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"consentToShareDate"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"applications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<HouseholdForEditQuery, HouseholdForEditQueryVariables>;
export const RegisterHouseholdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterHousehold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterHouseholdInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerHousehold"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"adults"}},{"kind":"Field","name":{"kind":"Name","value":"children"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterHouseholdMutation, RegisterHouseholdMutationVariables>;
export const SubmitApplicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"nextStatuses"}}]}}]}}]} as unknown as DocumentNode<SubmitApplicationMutation, SubmitApplicationMutationVariables>;
export const UpdateHouseholdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateHousehold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateHouseholdInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withTargetPublic"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateHousehold"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"monthlyResourcesCents"}},{"kind":"Field","name":{"kind":"Name","value":"housingBenefitCents"}},{"kind":"Field","name":{"kind":"Name","value":"singleParent"}},{"kind":"Field","name":{"kind":"Name","value":"dalo"}},{"kind":"Field","name":{"kind":"Name","value":"collectiveAgreement"}},{"kind":"Field","name":{"kind":"Name","value":"pdalpd"}},{"kind":"Field","name":{"kind":"Name","value":"stepFreeAccessNeed"}},{"kind":"Field","name":{"kind":"Name","value":"targetPublic"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withTargetPublic"}}}]}]},{"kind":"Field","name":{"kind":"Name","value":"consentToShareDate"}},{"kind":"Field","name":{"kind":"Name","value":"consentToShare"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"adults"}},{"kind":"Field","name":{"kind":"Name","value":"children"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateHouseholdMutation, UpdateHouseholdMutationVariables>;
export const HousingRecordMoveInInspectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HousingRecordMoveInInspection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordMoveInInspectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMoveInInspection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"moveInInspectionDate"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionSocialManagerPresent"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionSupportWorkerPresent"}}]}}]}}]} as unknown as DocumentNode<HousingRecordMoveInInspectionMutation, HousingRecordMoveInInspectionMutationVariables>;
export const HousingRecordRentPaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HousingRecordRentPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordRentPaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordRentPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"arrearsCents"}},{"kind":"Field","name":{"kind":"Name","value":"monthsInArrears"}}]}}]}}]} as unknown as DocumentNode<HousingRecordRentPaymentMutation, HousingRecordRentPaymentMutationVariables>;
export const HousingSignLeaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HousingSignLease"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignLeaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signLease"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"intermediaryAssociation"}},{"kind":"Field","name":{"kind":"Name","value":"plannedHandoverDate"}},{"kind":"Field","name":{"kind":"Name","value":"dwelling"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<HousingSignLeaseMutation, HousingSignLeaseMutationVariables>;
export const MatchingSettingsImpactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatchingSettingsImpact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"settings"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MatchingSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchingImpact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"settings"},"value":{"kind":"Variable","name":{"kind":"Name","value":"settings"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdsConsidered"}},{"kind":"Field","name":{"kind":"Name","value":"householdsGaining"}},{"kind":"Field","name":{"kind":"Name","value":"householdsLosing"}},{"kind":"Field","name":{"kind":"Name","value":"matchesBefore"}},{"kind":"Field","name":{"kind":"Name","value":"matchesAfter"}}]}}]}}]} as unknown as DocumentNode<MatchingSettingsImpactQuery, MatchingSettingsImpactQueryVariables>;
export const HousingUpdateMatchingSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HousingUpdateMatchingSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MatchingSettingsInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMatchingSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effortRateCeiling"}},{"kind":"Field","name":{"kind":"Name","value":"horizonDays"}},{"kind":"Field","name":{"kind":"Name","value":"typologiesBySize"}}]}}]}}]} as unknown as DocumentNode<HousingUpdateMatchingSettingsMutation, HousingUpdateMatchingSettingsMutationVariables>;
export const MatchingSettingsPanelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatchingSettingsPanel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchingSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effortRateCeiling"}},{"kind":"Field","name":{"kind":"Name","value":"horizonDays"}},{"kind":"Field","name":{"kind":"Name","value":"typologiesBySize"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]} as unknown as DocumentNode<MatchingSettingsPanelQuery, MatchingSettingsPanelQueryVariables>;
export const MyHouseholdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyHouseholds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"supportWorker"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseloadOrder"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"direction"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SortDirection"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"supportWorker"},"value":{"kind":"Variable","name":{"kind":"Name","value":"supportWorker"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"direction"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accompaniment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"household"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"lastContactDate"}},{"kind":"Field","name":{"kind":"Name","value":"nextContactDue"}},{"kind":"Field","name":{"kind":"Name","value":"contactOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"openAlerts"}},{"kind":"Field","name":{"kind":"Name","value":"overdueAlerts"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyHouseholdsQuery, MyHouseholdsQueryVariables>;
export const MyHouseholdsSupportWorkersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyHouseholdsSupportWorkers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"EnumValue","value":"SUPPORT_WORKER"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<MyHouseholdsSupportWorkersQuery, MyHouseholdsSupportWorkersQueryVariables>;
export const OutreachEffectivenessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutreachEffectiveness"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outreachEffectiveness"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"configuration"}},{"kind":"Field","name":{"kind":"Name","value":"timeSlot"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"meetings"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}}]}}]} as unknown as DocumentNode<OutreachEffectivenessQuery, OutreachEffectivenessQueryVariables>;
export const DirectoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Directory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]} as unknown as DocumentNode<DirectoryQuery, DirectoryQueryVariables>;
export const StockResidencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StockResidences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"commune"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StockResidencesQuery, StockResidencesQueryVariables>;
export const HousingCreateDwellingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HousingCreateDwelling"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDwellingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDwelling"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<HousingCreateDwellingMutation, HousingCreateDwellingMutationVariables>;
export const HousingCreateResidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HousingCreateResidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateResidenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createResidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"commune"}}]}}]}}]} as unknown as DocumentNode<HousingCreateResidenceMutation, HousingCreateResidenceMutationVariables>;
export const StockDwellingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StockDwelling"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dwelling"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"rentCents"}},{"kind":"Field","name":{"kind":"Name","value":"serviceChargesCents"}},{"kind":"Field","name":{"kind":"Name","value":"chargesIncludeColdWater"}},{"kind":"Field","name":{"kind":"Name","value":"chargesIncludeHeating"}},{"kind":"Field","name":{"kind":"Name","value":"lowRent"}},{"kind":"Field","name":{"kind":"Name","value":"stepFreeAccess"}},{"kind":"Field","name":{"kind":"Name","value":"hasLift"}},{"kind":"Field","name":{"kind":"Name","value":"contingent"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"availableFrom"}}]}}]}}]} as unknown as DocumentNode<StockDwellingQuery, StockDwellingQueryVariables>;
export const HousingUpdateDwellingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HousingUpdateDwelling"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDwellingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDwelling"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"rentCents"}},{"kind":"Field","name":{"kind":"Name","value":"serviceChargesCents"}},{"kind":"Field","name":{"kind":"Name","value":"chargesIncludeColdWater"}},{"kind":"Field","name":{"kind":"Name","value":"chargesIncludeHeating"}},{"kind":"Field","name":{"kind":"Name","value":"lowRent"}},{"kind":"Field","name":{"kind":"Name","value":"stepFreeAccess"}},{"kind":"Field","name":{"kind":"Name","value":"hasLift"}},{"kind":"Field","name":{"kind":"Name","value":"contingent"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"availableFrom"}}]}}]}}]} as unknown as DocumentNode<HousingUpdateDwellingMutation, HousingUpdateDwellingMutationVariables>;
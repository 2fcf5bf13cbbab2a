import {
  AUDITED_FIELDS,
  DATA_SUBJECT_DESK,
  fields,
  INDICATOR_FIELDS,
  INDICATOR_READERS,
  INDICATOR_SET_KEY_FIELDS,
  Role,
  type Rule,
  type SubgraphPolicy,
  sensitive,
} from '@ash/kit';
import { ACCOMPANIMENT_OPENERS, CASE_WORKERS } from './modules/accompaniment/accompaniment.service';
import { ALERT_HANDLERS, ALERT_RAISERS } from './modules/alert/alert.service';
import { CASELOAD_READERS } from './modules/caseload/caseload.service';
import { COMMITTEE_WRITERS } from './modules/committee/committee.service';
import { OUTREACH_READERS } from './modules/outreach/outreach.service';
import { REVIEW_WRITERS } from './modules/review/review.service';
import { STAFF_WRITERS } from './modules/staff/staff.service';

const { RentalManager, SocialManager, SupportWorker, Evaluator, Integrator, Admin } = Role;

/** Aggregates (measure-months): no person in them, every role reads them. */
const EVERYONE: Rule = [RentalManager, SocialManager, SupportWorker, Evaluator, Integrator, Admin];
/**
 * That a household is accompanied, by whom, in which phase; that an alert exists, its status and
 * deadline: rental management works with it. Never evaluators.
 */
const FRAME: Rule = [RentalManager, SocialManager, SupportWorker, Integrator, Admin];
/** The social side of the work (notes, reviews, committees): not rental management. */
const SOCIAL: Rule = [SocialManager, SupportWorker, Integrator, Admin];
/** Diagnostics, health, contact notes, alert details: sensitive, so never integrators either. */
const CASE: Rule = [SocialManager, SupportWorker, Admin];
/** What a household owes (arrears amounts): social management only. */
const ARREARS_AMOUNT: Rule = [SocialManager, Admin];
const AUDITED = AUDITED_FIELDS;
/** Subject access exports (right of access). */
const DATA_SUBJECT: Rule = [...DATA_SUBJECT_DESK];
/** Outreach figures: aggregates (no person), for the association's and social management's work only. */
const OUTREACH: Rule = [...OUTREACH_READERS];
/** "Mes ménages": a support worker's own caseload, or anyone's for social management (the service says FORBIDDEN otherwise). */
const CASELOAD: Rule = [...CASELOAD_READERS];

/** Who may read what in the accompaniment subgraph, and who may change it (docs/access-policy.md). */
export const ACCOMPANIMENT_POLICY: SubgraphPolicy = {
  subgraph: 'accompaniment',
  scope: 'accompaniment:read',
  types: {
    // Aggregates for evaluators, contributed to financing's indicator set (docs/access-policy.md).
    IndicatorSet: {
      read: INDICATOR_READERS,
      fields: fields(
        INDICATOR_READERS,
        ...INDICATOR_SET_KEY_FIELDS,
        'supportIndicators',
        // Raw aggregates that financing requires for its cost per household.
        'supportedHouseholds',
        'measureMonths',
      ),
    },
    Indicator: { read: INDICATOR_READERS, fields: fields(INDICATOR_READERS, ...INDICATOR_FIELDS) },
    // Every field narrows it: evaluators reach only `me`.
    Query: {
      read: EVERYONE,
      fields: {
        ...fields(
          FRAME,
          'accompaniments',
          'accompaniment',
          'alerts',
          'alert',
          'accompanimentsBelowFrequency',
          // Counts of the accompaniments and alerts above, with the same caseload scope.
          'accompanimentStatistics',
        ),
        outreachEffectiveness: OUTREACH,
        staffMembers: FRAME,
        organisations: FRAME,
        me: EVERYONE,
        caseload: CASELOAD,
      },
    },
    CaseloadConnection: { read: CASELOAD, fields: fields(CASELOAD, 'edges', 'pageInfo', 'totalCount') },
    CaseloadEdge: { read: CASELOAD, fields: fields(CASELOAD, 'cursor', 'node') },
    CaseloadEntry: {
      read: CASELOAD,
      fields: fields(
        CASELOAD,
        'accompaniment',
        'household',
        'phase',
        'lastContactDate',
        'nextContactDue',
        'contactOverdue',
        'openAlerts',
        'overdueAlerts',
        'priority',
      ),
    },
    // Who may follow households: names and roles of the staff, no one's data.
    StaffMember: {
      read: FRAME,
      fields: fields(FRAME, 'userId', 'name', 'role', 'organisation', 'active', 'memberOf'),
    },
    // The directory's organisations: no one's data.
    Organisation: { read: EVERYONE, fields: { ...fields(EVERYONE, 'id', 'name', 'kind'), members: FRAME } },
    // A user id by name (docs/people.md): whoever may read an id may read the name beside it, so
    // every subgraph's `…User` field has its id field's rule, and the name itself is for everyone.
    User: { read: EVERYONE, fields: fields(EVERYONE, 'id', 'displayName', 'role', 'organisation') },
    Accompaniment: {
      read: FRAME,
      fields: {
        ...fields(
          FRAME,
          ...AUDITED,
          'kind',
          'supportWorkerId',
          'socialReferentId',
          'supportWorker',
          'socialReferent',
          'startDate',
          'endDate',
          'outcome',
          'phase',
          'household',
          'convention',
          'phaseChanges',
          'contacts',
          'alerts',
          'contactSchedule',
          'compliance',
          'moveInInspectionWithoutSupportWorker',
        ),
        ...fields(
          SOCIAL,
          'endReason',
          'capacityOverrideReason',
          'carriedOverFromId',
          'committeeDecisions',
          'contactScheduleChanges',
        ),
        ...fields(CASE, 'diagnostics', 'reviews'),
      },
    },
    ContactSchedule: {
      read: FRAME,
      fields: fields(FRAME, 'integrationContactsPerWeek', 'integrationWeeks', 'monthlyInPersonMeetings'),
    },
    // Why a schedule changed is free text about the household's situation: as sensitive as a contact note.
    ContactScheduleChange: {
      read: SOCIAL,
      fields: {
        ...fields(SOCIAL, ...AUDITED, 'at', 'by', 'byUser', 'before', 'after'),
        reason: sensitive(CASE),
      },
    },
    ContactCompliance: {
      read: FRAME,
      fields: fields(FRAME, 'month', 'inProgress', 'required', 'done', 'shortfall'),
    },
    OutreachGroup: {
      read: OUTREACH,
      fields: fields(OUTREACH, 'configuration', 'timeSlot', 'place', 'attempts', 'meetings', 'rate'),
    },
    AccompanimentConnection: { read: FRAME, fields: fields(FRAME, 'edges', 'pageInfo', 'totalCount') },
    AccompanimentEdge: { read: FRAME, fields: fields(FRAME, 'cursor', 'node') },
    PhaseChange: {
      read: FRAME,
      fields: { ...fields(FRAME, ...AUDITED, 'from', 'to', 'at', 'by', 'byUser'), note: SOCIAL },
    },
    Contact: {
      read: FRAME,
      fields: {
        ...fields(
          FRAME,
          ...AUDITED,
          'date',
          'kind',
          'configuration',
          'timeSlot',
          'place',
          'outcome',
          'recordedBy',
          'recordedByUser',
          'accompaniment',
        ),
        note: sensitive(CASE),
      },
    },
    Diagnostic: {
      read: CASE,
      fields: {
        ...fields(CASE, ...AUDITED, 'date', 'accompaniment'),
        ...fields(sensitive(CASE), 'areas', 'goals'),
      },
    },
    // Health among the areas of life.
    DiagnosticArea: { read: CASE, fields: fields(sensitive(CASE), 'area', 'needs') },
    Goal: {
      read: CASE,
      fields: { ...fields(CASE, ...AUDITED), ...fields(sensitive(CASE), 'label', 'progress') },
    },
    // A review reports on the diagnostic's goals: as sensitive as they are.
    Review: {
      read: CASE,
      fields: {
        ...fields(CASE, ...AUDITED, 'date', 'accompaniment'),
        ...fields(sensitive(CASE), 'summary', 'goalProgress'),
      },
    },
    GoalProgress: { read: CASE, fields: fields(sensitive(CASE), 'goal', 'progress') },
    Alert: {
      read: FRAME,
      fields: {
        ...fields(
          FRAME,
          ...AUDITED,
          'source',
          'status',
          'raisedAt',
          'triageDeadline',
          'overdue',
          'household',
          'accompaniment',
          'transitions',
        ),
        ...fields(sensitive(CASE), 'signs', 'description', 'arrearsMonths'),
        // The amount owed: for social management, not the support worker (who reads the months).
        arrearsCents: sensitive(ARREARS_AMOUNT),
      },
    },
    AccompanimentStatistics: {
      read: FRAME,
      fields: fields(FRAME, 'byPhase', 'openAlerts', 'overdueAlerts'),
    },
    AccompanimentPhaseCount: { read: FRAME, fields: fields(FRAME, 'phase', 'count') },
    AlertConnection: { read: FRAME, fields: fields(FRAME, 'edges', 'pageInfo', 'totalCount') },
    AlertEdge: { read: FRAME, fields: fields(FRAME, 'cursor', 'node') },
    AlertTransition: {
      read: FRAME,
      fields: { ...fields(FRAME, ...AUDITED, 'from', 'to', 'at', 'by', 'byUser'), note: sensitive(CASE) },
    },
    FollowUpCommittee: {
      read: SOCIAL,
      fields: fields(SOCIAL, ...AUDITED, 'date', 'participants', 'decisions'),
    },
    CommitteeDecision: {
      read: SOCIAL,
      fields: fields(SOCIAL, ...AUDITED, 'decision', 'committee', 'accompaniment'),
    },
    // The households subgraph's Household, as accompaniment extends it.
    Household: { read: FRAME, fields: fields(FRAME, 'id', 'accompaniments', 'openAlerts') },
    // Financing's Convention, as accompaniment extends it: an aggregate evaluators read.
    Convention: { read: EVERYONE, fields: fields(EVERYONE, 'id', 'measureMonths', 'measureMonthsByYear') },
    MeasureMonthCount: {
      read: EVERYONE,
      fields: fields(EVERYONE, 'year', 'total', 'byMonth', 'projectedTotal', 'projectedByMonth'),
    },
    PageInfo: { read: FRAME, fields: fields(FRAME, 'hasNextPage', 'endCursor') },
    // The households subgraph's export, as accompaniment adds its part: reading it is audited.
    SubjectAccessExport: {
      read: DATA_SUBJECT,
      fields: {
        ...fields(DATA_SUBJECT, 'householdId', 'accompanimentConventionIds'),
        accompaniment: sensitive(DATA_SUBJECT),
      },
    },
  },
  mutations: {
    openAccompaniment: ACCOMPANIMENT_OPENERS,
    carryOverAccompaniments: ACCOMPANIMENT_OPENERS,
    moveAccompaniment: CASE_WORKERS,
    recordContact: CASE_WORKERS,
    recordDiagnostic: CASE_WORKERS,
    raiseAlert: ALERT_RAISERS,
    moveAlert: ALERT_HANDLERS,
    setContactSchedule: CASE_WORKERS,
    recordReview: REVIEW_WRITERS,
    recordFollowUpCommittee: COMMITTEE_WRITERS,
    recordStaffMember: STAFF_WRITERS,
    recordOrganisation: STAFF_WRITERS,
  },
};

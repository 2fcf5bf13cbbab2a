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
import { FINANCING_WRITERS } from './modules/convention/convention.service';
import { EVALUATION_WRITERS } from './modules/evaluation/evaluation.service';

const { RentalManager, SocialManager, SupportWorker, Evaluator, Integrator, Admin } = Role;

/**
 * Conventions, funders, funding and evaluations hold no person's data: every role reads them
 * (evaluators first of all), integrators with the `financing:read` scope.
 */
const EVERYONE: Rule = [RentalManager, SocialManager, SupportWorker, Evaluator, Integrator, Admin];
const AUDITED = AUDITED_FIELDS;
/** Subject access exports (right of access). */
const DATA_SUBJECT: Rule = [...DATA_SUBJECT_DESK];

/** Who may read what in the financing subgraph, and who may change it (docs/access-policy.md). */
export const FINANCING_POLICY: SubgraphPolicy = {
  subgraph: 'financing',
  scope: 'financing:read',
  types: {
    Query: {
      read: EVERYONE,
      fields: {
        ...fields(EVERYONE, 'conventions', 'convention', 'funders', 'funder'),
        ...fields(INDICATOR_READERS, 'indicators'),
        ...fields(EVALUATION_WRITERS, 'evaluationLevel'),
      },
    },
    // Aggregates for evaluators (docs/access-policy.md "Indicators").
    IndicatorSet: {
      read: INDICATOR_READERS,
      fields: fields(
        INDICATOR_READERS,
        ...INDICATOR_SET_KEY_FIELDS,
        'financingIndicators',
        // Accompaniment's, as financing requires them.
        'supportedHouseholds',
        'measureMonths',
      ),
    },
    Indicator: { read: INDICATOR_READERS, fields: fields(INDICATOR_READERS, ...INDICATOR_FIELDS) },
    Convention: {
      read: EVERYONE,
      fields: fields(
        EVERYONE,
        ...AUDITED,
        'programme',
        'name',
        'holder',
        'partner',
        'startYear',
        'endYear',
        'plannedHouseholdsPerYear',
        'annualCostCents',
        'plannedMeasureMonthsPerYear',
        'unitCostCents',
        'years',
        'fundingLines',
        'evaluations',
        // Aggregates (measure-months, cents): evaluators read them too.
        'measureMonthsByYear',
        'consumption',
      ),
    },
    // Accompaniment's value type, as financing requires it.
    MeasureMonthCount: {
      read: EVERYONE,
      fields: fields(EVERYONE, 'year', 'total', 'byMonth', 'projectedTotal', 'projectedByMonth'),
    },
    ConventionConsumption: {
      read: EVERYONE,
      fields: fields(
        EVERYONE,
        'year',
        'plannedMeasureMonths',
        'plannedCostCents',
        'unitCostCents',
        'consumedMeasureMonths',
        'consumedCents',
        'projectedMeasureMonths',
        'projectedCents',
        'freePlaces',
        'shares',
      ),
    },
    FunderShare: {
      read: EVERYONE,
      fields: fields(
        EVERYONE,
        'funder',
        'sharePercent',
        'plannedCents',
        'requestedCents',
        'grantedCents',
        'paidCents',
        'dueCents',
        'projectedDueCents',
        'underGranted',
        'overPaid',
      ),
    },
    ConventionConnection: { read: EVERYONE, fields: fields(EVERYONE, 'edges', 'pageInfo', 'totalCount') },
    ConventionEdge: { read: EVERYONE, fields: fields(EVERYONE, 'cursor', 'node') },
    FundingLine: {
      read: EVERYONE,
      fields: fields(
        EVERYONE,
        ...AUDITED,
        'year',
        'sharePercent',
        'plannedCents',
        'requestedCents',
        'grantedCents',
        'paidCents',
        'status',
        'requestedAt',
        'grantedAt',
        'paidAt',
        'convention',
        'funder',
        'transitions',
        'history',
      ),
    },
    FundingLineChange: {
      read: EVERYONE,
      fields: fields(
        EVERYONE,
        ...AUDITED,
        'kind',
        'at',
        'by',
        'byUser',
        'reason',
        'statusBefore',
        'statusAfter',
        'requestedCentsBefore',
        'requestedCentsAfter',
        'grantedCentsBefore',
        'grantedCentsAfter',
        'paidCentsBefore',
        'paidCentsAfter',
      ),
    },
    FundingLineTransition: {
      read: EVERYONE,
      fields: fields(EVERYONE, ...AUDITED, 'from', 'to', 'at', 'by', 'byUser', 'note'),
    },
    // A user id by name (docs/people.md): the key here, the name from the accompaniment directory.
    User: { read: EVERYONE, fields: fields(EVERYONE, 'id') },
    Funder: { read: EVERYONE, fields: fields(EVERYONE, ...AUDITED, 'name', 'kind') },
    Evaluation: {
      read: EVERYONE,
      fields: fields(
        EVERYONE,
        ...AUDITED,
        'level',
        'authorOrganisation',
        'date',
        'departmentOpinion',
        'relevance',
        'reproducibility',
        'regionalOpinion',
        'text',
        'convention',
      ),
    },
    PageInfo: { read: EVERYONE, fields: fields(EVERYONE, 'hasNextPage', 'endCursor') },
    // The households subgraph's export, as financing adds its part: no person's data, but it tells
    // that the household was supported, so reading it is audited like the other parts.
    SubjectAccessExport: {
      read: DATA_SUBJECT,
      fields: {
        ...fields(DATA_SUBJECT, 'householdId', 'accompanimentConventionIds'),
        financing: sensitive(DATA_SUBJECT),
      },
    },
  },
  mutations: {
    createConvention: FINANCING_WRITERS,
    addFundingLine: FINANCING_WRITERS,
    moveFundingLine: FINANCING_WRITERS,
    reviseFundingLine: FINANCING_WRITERS,
    cancelFundingLine: FINANCING_WRITERS,
    recordEvaluation: EVALUATION_WRITERS,
  },
};

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
import { LEASE_WRITERS } from './modules/lease/lease.service';
import { SETTINGS_WRITERS } from './modules/matching/matching.service';
import { RENT_WRITERS } from './modules/rent-account/rent-account.service';
import { STOCK_WRITERS } from './modules/residence/residence.service';

const { RentalManager, SocialManager, SupportWorker, Evaluator, Integrator, Admin } = Role;

/** The stock and the matching settings: no person in them, every role reads them. */
const STOCK: Rule = [RentalManager, SocialManager, SupportWorker, Evaluator, Integrator, Admin];
/** Leases and the households they house: person-level, never for evaluators. */
const TENANCY: Rule = [RentalManager, SocialManager, SupportWorker, Integrator, Admin];
/** Rent accounts: rental management's business, and social management's (arrears are sensitive). */
const RENT: Rule = [RentalManager, SocialManager, Admin];
/** What a change of the matching rules would do: for who may change them. */
const SETTINGS: Rule = [...SETTINGS_WRITERS];
const AUDITED = AUDITED_FIELDS;
/** Subject access exports (right of access). */
const DATA_SUBJECT: Rule = [...DATA_SUBJECT_DESK];
const MATCHING_PROFILE = [
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
];

/** Who may read what in the housing subgraph, and who may change it (docs/access-policy.md). */
export const HOUSING_POLICY: SubgraphPolicy = {
  subgraph: 'housing',
  scope: 'housing:read',
  types: {
    // Aggregates for evaluators, contributed to financing's indicator set (docs/access-policy.md).
    IndicatorSet: {
      read: INDICATOR_READERS,
      fields: fields(INDICATOR_READERS, ...INDICATOR_SET_KEY_FIELDS, 'housingIndicators'),
    },
    Indicator: { read: INDICATOR_READERS, fields: fields(INDICATOR_READERS, ...INDICATOR_FIELDS) },
    Query: {
      read: STOCK,
      fields: {
        ...fields(
          STOCK,
          'dwellings',
          'dwelling',
          'residences',
          'residence',
          'matchingSettings',
          'dwellingStatistics',
          // The header's search: the stock is no one's caseload.
          'searchDwellings',
        ),
        lease: TENANCY,
        matchingImpact: SETTINGS,
      },
    },
    Residence: {
      read: STOCK,
      fields: fields(
        STOCK,
        ...AUDITED,
        'name',
        'address',
        'postalCode',
        'commune',
        'district',
        'priorityDistrict',
      ),
    },
    ResidenceConnection: { read: STOCK, fields: fields(STOCK, 'edges', 'pageInfo', 'totalCount') },
    ResidenceEdge: { read: STOCK, fields: fields(STOCK, 'cursor', 'node') },
    Dwelling: {
      read: STOCK,
      fields: {
        ...fields(
          STOCK,
          ...AUDITED,
          'reference',
          'typology',
          'surfaceSqm',
          'floor',
          'hasLift',
          'stepFreeAccess',
          'rentCents',
          'serviceChargesCents',
          'chargesIncludeColdWater',
          'chargesIncludeHeating',
          'financingCategory',
          'lowRent',
          'contingent',
          'status',
          'availableFrom',
          'residence',
          'matchingProfile',
        ),
        // Who lives there is person-level.
        currentLease: TENANCY,
      },
    },
    DwellingConnection: { read: STOCK, fields: fields(STOCK, 'edges', 'pageInfo', 'totalCount') },
    DwellingEdge: { read: STOCK, fields: fields(STOCK, 'cursor', 'node') },
    // Counts of the stock (dashboard): as readable as the dwellings they count.
    DwellingStatistics: { read: STOCK, fields: fields(STOCK, 'byStatus', 'vacantByTypology') },
    DwellingStatusCount: { read: STOCK, fields: fields(STOCK, 'status', 'count') },
    TypologyCount: { read: STOCK, fields: fields(STOCK, 'typology', 'count') },
    DwellingMatchingProfile: { read: STOCK, fields: fields(STOCK, ...MATCHING_PROFILE) },
    PageInfo: { read: STOCK, fields: fields(STOCK, 'hasNextPage', 'endCursor') },
    Lease: {
      read: TENANCY,
      fields: {
        ...fields(
          TENANCY,
          ...AUDITED,
          'startDate',
          'endDate',
          'kind',
          'intermediaryAssociation',
          'plannedHandoverDate',
          'moveInInspectionDate',
          'inspectionSocialManagerPresent',
          'inspectionSupportWorkerPresent',
          'dwelling',
          'household',
        ),
        rentAccount: RENT,
      },
    },
    RentAccount: {
      read: RENT,
      fields: {
        ...fields(RENT, ...AUDITED, 'entries'),
        ...fields(sensitive(RENT), 'arrearsCents', 'monthsInArrears'),
      },
    },
    RentEntry: {
      read: RENT,
      fields: {
        ...fields(RENT, ...AUDITED, 'month'),
        ...fields(sensitive(RENT), 'chargedCents', 'paidCents'),
      },
    },
    // The households subgraph's Household, as housing extends it (its lease, its matches).
    Household: {
      read: TENANCY,
      fields: fields(TENANCY, 'id', 'needs', 'currentLease', 'matchingDwellings', 'matchCheck'),
    },
    HouseholdNeeds: {
      read: TENANCY,
      fields: fields(
        TENANCY,
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
    DwellingMatch: { read: TENANCY, fields: fields(TENANCY, 'dwelling', 'score', 'reasons') },
    RuleCheck: { read: TENANCY, fields: fields(TENANCY, 'rule', 'passed', 'detail') },
    MatchingSettingsType: {
      read: STOCK,
      fields: fields(STOCK, ...AUDITED, 'effortRateCeiling', 'horizonDays', 'typologiesBySize', 'history'),
    },
    // A user id by name (docs/people.md): the key here, the name from the accompaniment directory.
    User: { read: STOCK, fields: fields(STOCK, 'id') },
    MatchingSettingsChange: {
      read: STOCK,
      fields: fields(STOCK, 'id', 'changedAt', 'changedBy', 'changedByUser', 'before', 'after', 'note'),
    },
    MatchingSettingsValues: {
      read: STOCK,
      fields: fields(STOCK, 'effortRateCeiling', 'horizonDays', 'typologiesBySize'),
    },
    // The households subgraph's export, as housing adds its part: reading it is audited.
    SubjectAccessExport: {
      read: DATA_SUBJECT,
      fields: { householdId: DATA_SUBJECT, housing: sensitive(DATA_SUBJECT) },
    },
    MatchingImpact: {
      read: SETTINGS,
      fields: fields(
        SETTINGS,
        'householdsConsidered',
        'householdsGaining',
        'householdsLosing',
        'matchesBefore',
        'matchesAfter',
      ),
    },
  },
  mutations: {
    createResidence: STOCK_WRITERS,
    createDwelling: STOCK_WRITERS,
    updateDwelling: STOCK_WRITERS,
    signLease: LEASE_WRITERS,
    recordMoveInInspection: LEASE_WRITERS,
    recordRentPayment: RENT_WRITERS,
    updateMatchingSettings: SETTINGS_WRITERS,
  },
};

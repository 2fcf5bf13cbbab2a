// What each role may use in the dashboard. It mirrors the access policy the subgraphs enforce
// (docs/access-policy.md): hiding a view is a convenience, the API refuses anyway.

export const ROLES = [
  'RENTAL_MANAGER',
  'SOCIAL_MANAGER',
  'SUPPORT_WORKER',
  'EVALUATOR',
  'INTEGRATOR',
  'ADMIN',
] as const;
export type Role = (typeof ROLES)[number];

const MANAGERS: Role[] = ['RENTAL_MANAGER', 'SOCIAL_MANAGER', 'ADMIN'];
const SOCIAL: Role[] = ['SOCIAL_MANAGER', 'SUPPORT_WORKER', 'ADMIN'];
const HOUSEHOLD_READERS: Role[] = [...MANAGERS, 'SUPPORT_WORKER'];

const CAPABILITIES = {
  /** Views */
  'view.home': HOUSEHOLD_READERS,
  'view.awaitingCommission': HOUSEHOLD_READERS,
  'view.commissionPreparation': MANAGERS,
  'view.dwellings': HOUSEHOLD_READERS,
  'view.household': HOUSEHOLD_READERS,
  'view.followUp': HOUSEHOLD_READERS,
  'view.alerts': HOUSEHOLD_READERS,
  'view.outreach': SOCIAL,
  'view.conventions': [...HOUSEHOLD_READERS, 'EVALUATOR'],
  /** "Mes ménages": a support worker's own caseload; social management chooses the worker (accompaniment's CASELOAD_READERS). */
  'view.myHouseholds': SOCIAL,
  /** Data and actions inside views */
  'household.targetPublic': SOCIAL,
  /** One of the programme's publics or not, without which one: what rental management allocates with. */
  'household.priorityPublic': HOUSEHOLD_READERS,
  'accompaniment.details': SOCIAL,
  /** Social management is the association's single contact: it opens accompaniments. */
  'accompaniment.open': ['SOCIAL_MANAGER', 'ADMIN'],
  'contact.record': SOCIAL,
  'alert.move': SOCIAL,
  'commission.manage': MANAGERS,
  /** Create sessions, place dwellings, record decisions: the API's commission desk (households subgraph). */
  'commission.decide': ['SOCIAL_MANAGER', 'ADMIN'],
  'rent.read': MANAGERS,
  'indicators.read': ['SOCIAL_MANAGER', 'EVALUATOR', 'ADMIN'],
  /** The State services give their opinion on a convention (the API checks the organisation's level). */
  'evaluation.record': ['EVALUATOR'],
  /** Revise or cancel a funding line (financing's FINANCING_WRITERS); everyone who reads funding reads its history. */
  'funding.manage': ['SOCIAL_MANAGER', 'ADMIN'],
  /** The signed-in user's name from the directory (accompaniment's `me`): every role with views. */
  'directory.me': [...HOUSEHOLD_READERS, 'EVALUATOR'],
  /** The directory's organisations and members (accompaniment's `organisations`), read-only. */
  'view.directory': MANAGERS,
  /** Accompaniment's CASE_WORKERS: move its phases, set its contact schedule, record a diagnostic (a support worker on their caseload). */
  'accompaniment.move': SOCIAL,
  'contactSchedule.set': SOCIAL,
  'diagnostic.record': SOCIAL,
  /** Accompaniment's REVIEW_WRITERS. */
  'review.record': SOCIAL,
  /** Accompaniment's COMMITTEE_WRITERS: social management holds the follow-up committees. */
  'committee.record': ['SOCIAL_MANAGER', 'ADMIN'],
  /** Accompaniment's ALERT_RAISERS: anyone who meets tenants signals a situation. */
  'alert.raise': HOUSEHOLD_READERS,
  /**
   * Register and update a household, submit and move its application: the API's application desk
   * (households subgraph). Which steps a role may move an application to, the API tells
   * (`Application.nextStatuses`).
   */
  'household.register': ['RENTAL_MANAGER', 'SOCIAL_MANAGER', 'ADMIN'],
  'household.update': ['RENTAL_MANAGER', 'SOCIAL_MANAGER', 'ADMIN'],
  'application.submit': ['RENTAL_MANAGER', 'SOCIAL_MANAGER', 'ADMIN'],
  'application.move': ['RENTAL_MANAGER', 'SOCIAL_MANAGER', 'ADMIN'],
  /** Right to erasure: the API's data subject desk (households subgraph). */
  'household.erase': ['SOCIAL_MANAGER', 'ADMIN'],
  /** The header's search (searchHouseholds, searchDwellings): for who may open what it finds. */
  'search.households': HOUSEHOLD_READERS,
  'search.dwellings': HOUSEHOLD_READERS,
  /** Create a convention (financing's FINANCING_WRITERS: social management negotiates them). */
  'convention.create': ['SOCIAL_MANAGER', 'ADMIN'],
  /** Sign a lease and record its move-in inspection (housing's LEASE_WRITERS). */
  'lease.sign': MANAGERS,
  /** Record what was charged and paid for a month of rent (housing's RENT_WRITERS): rental management keeps rent accounts. */
  'rent.record': ['RENTAL_MANAGER', 'ADMIN'],
  /** Create residences and dwellings, change a dwelling (housing's STOCK_WRITERS): rental management keeps the stock. */
  'stock.manage': ['RENTAL_MANAGER', 'ADMIN'],
  /** Change the matching rules (housing's SETTINGS_WRITERS): social management sets them. */
  'matching.settings': ['SOCIAL_MANAGER', 'ADMIN'],
} satisfies Record<string, Role[]>;

export type Capability = keyof typeof CAPABILITIES;

/**
 * The capability that shows each mutation's form or button in the dashboard. A test
 * (gateway/test/mutation-coverage.test.ts) checks that every mutation of the API is here or listed
 * as meant for integrators or administrators, and that each capability's roles may call it.
 */
export const MUTATION_CAPABILITIES: Record<string, Capability> = {
  openAccompaniment: 'accompaniment.open',
  carryOverAccompaniments: 'accompaniment.open',
  recordContact: 'contact.record',
  moveAlert: 'alert.move',
  createCommission: 'commission.decide',
  placeDwellingOnCommission: 'commission.decide',
  recordCommissionDecision: 'commission.decide',
  recordEvaluation: 'evaluation.record',
  reviseFundingLine: 'funding.manage',
  cancelFundingLine: 'funding.manage',
  moveAccompaniment: 'accompaniment.move',
  setContactSchedule: 'contactSchedule.set',
  recordDiagnostic: 'diagnostic.record',
  recordReview: 'review.record',
  recordFollowUpCommittee: 'committee.record',
  raiseAlert: 'alert.raise',
  registerHousehold: 'household.register',
  updateHousehold: 'household.update',
  submitApplication: 'application.submit',
  moveApplication: 'application.move',
  eraseHousehold: 'household.erase',
  signLease: 'lease.sign',
  recordMoveInInspection: 'lease.sign',
  recordRentPayment: 'rent.record',
  createResidence: 'stock.manage',
  createDwelling: 'stock.manage',
  updateDwelling: 'stock.manage',
  updateMatchingSettings: 'matching.settings',
  createConvention: 'convention.create',
  addFundingLine: 'funding.manage',
  moveFundingLine: 'funding.manage',
};

export function can(role: Role | undefined, capability: Capability): boolean {
  return role !== undefined && (CAPABILITIES[capability] as Role[]).includes(role);
}

/** Where a role lands after signing in. */
export function landingPath(role: Role): string {
  return can(role, 'view.home') ? '/' : '/conventions';
}

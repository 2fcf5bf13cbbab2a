import { randomUUID } from 'node:crypto';
import { buildDemoPlan } from '@ash/demo';
import { Calendar } from '@ash/kit';
import { type GraphQLResponse, startSystem, type TestSystem } from './system';
import { ROLES, type Role, writeMatrix } from './write-matrix';

/*
 * The authorization matrix, through the gateway, for every role. The expected table below is
 * written by hand from the product rules (DESIGN.md "Who uses it" and the privacy issue), not
 * derived from the policy code: if a policy drifts, this test fails.
 *
 * ok: the data comes back; no: FORBIDDEN; hidden: NOT_FOUND (outside a support worker's caseload,
 * so its existence does not leak). The integrator's token has the scopes
 * housing:read and households:read only (demo user int-si-bailleur).
 */

// The plan is the demo of today, at the agency; the system's servers run at noon that day.
const today = new Calendar().today();
const plan = buildDemoPlan({ dwellings: 400, applications: 60, today });
let system: TestSystem;

beforeAll(async () => {
  system = await startSystem(plan);
});

afterAll(async () => {
  await system?.stop();
});

type Outcome = 'ok' | 'no' | 'hidden';
//                                   RM     SM     SW     EV     INT    ADMIN
type Row = [Outcome, Outcome, Outcome, Outcome, Outcome, Outcome];

// The support worker's own caseload (sw-julie-moreau), with consent: what they may see.
const caseload = plan.accompaniments.find(
  (a) =>
    a.supportWorkerId === 'sw-julie-moreau' &&
    a.phase !== 'ENDED' &&
    a.contacts.some((c) => c.note) &&
    plan.leases.some((l) => l.householdId === a.householdId && !l.endDate) &&
    plan.households.find((h) => h.id === a.householdId)?.consentToShareDate,
)!;
const household = plan.households.find((h) => h.id === caseload.householdId)!;
const lease = plan.leases.find((l) => l.householdId === household.id && !l.endDate)!;
const alert = plan.accompaniments
  .flatMap((a) => a.alerts.map((alert) => ({ a, alert })))
  .find(({ a }) => a.supportWorkerId === 'sw-julie-moreau')!;
const application = plan.applications.find((a) =>
  plan.accompaniments.some(
    (c) =>
      c.householdId === a.householdId &&
      c.supportWorkerId === 'sw-julie-moreau' &&
      c.phase !== 'ENDED' &&
      plan.households.find((h) => h.id === a.householdId)?.consentToShareDate,
  ),
)!;
const leavingPrison = plan.households.find((h) => h.targetPublic === 'LEAVING_PRISON')!;
const convention = plan.conventions[1];

/** Each read: a query and the path of the value it reads. */
const READS: Record<string, { query: string; path: (string | number)[]; expected: Row }> = {
  //                                                                                      RM    SM    SW    EV    INT   ADMIN
  Residence: {
    query: `{ residences(first: 1) { edges { node { name } } } }`,
    path: ['residences'],
    expected: ['ok', 'ok', 'ok', 'ok', 'ok', 'ok'],
  },
  Dwelling: {
    query: `{ dwelling(id: "${lease.dwellingId}") { reference rentCents } }`,
    path: ['dwelling'],
    expected: ['ok', 'ok', 'ok', 'ok', 'ok', 'ok'],
  },
  Lease: {
    query: `{ lease(id: "${lease.id}") { startDate } }`,
    path: ['lease'],
    expected: ['ok', 'ok', 'ok', 'no', 'ok', 'ok'],
  },
  'RentAccount.arrearsCents (sensitive)': {
    query: `{ lease(id: "${lease.id}") { rentAccount { arrearsCents } } }`,
    path: ['lease', 'rentAccount'],
    expected: ['ok', 'ok', 'no', 'no', 'no', 'ok'],
  },
  Household: {
    query: `{ household(id: "${household.id}") { reference size } }`,
    path: ['household'],
    expected: ['ok', 'ok', 'ok', 'no', 'ok', 'ok'],
  },
  Person: {
    query: `{ household(id: "${household.id}") { members { firstName birthDate } } }`,
    path: ['household', 'members'],
    expected: ['ok', 'ok', 'ok', 'no', 'ok', 'ok'],
  },
  'Household.targetPublic, LEAVING_PRISON (sensitive)': {
    query: `{ household(id: "${leavingPrison.id}") { targetPublic } }`,
    path: ['household', 'targetPublic'],
    // Not in the support worker's caseload: hidden (NOT_FOUND). Their own caseload is checked below.
    expected: ['no', 'ok', 'hidden', 'no', 'no', 'ok'],
  },
  'Household.priorityPublic, LEAVING_PRISON (sensitive)': {
    query: `{ household(id: "${leavingPrison.id}") { priorityPublic } }`,
    path: ['household', 'priorityPublic'],
    // Rental management learns that there is a priority public, not which (nor that it is this one).
    expected: ['ok', 'ok', 'hidden', 'no', 'no', 'ok'],
  },
  Application: {
    query: `{ application(id: "${application.id}") { status } }`,
    path: ['application'],
    expected: ['ok', 'ok', 'ok', 'no', 'ok', 'ok'],
  },
  Commission: {
    query: `{ commissions(first: 1) { edges { node { sessionDate } } } }`,
    path: ['commissions'],
    expected: ['ok', 'ok', 'no', 'no', 'ok', 'ok'],
  },
  Accompaniment: {
    query: `{ accompaniment(id: "${caseload.id}") { phase kind } }`,
    path: ['accompaniment'],
    expected: ['ok', 'ok', 'ok', 'no', 'no', 'ok'],
  },
  'Diagnostic (sensitive)': {
    query: `{ accompaniment(id: "${caseload.id}") { diagnostics { areas { area needs } } } }`,
    path: ['accompaniment', 'diagnostics'],
    expected: ['no', 'ok', 'ok', 'no', 'no', 'ok'],
  },
  'Contact.note (sensitive)': {
    query: `{ accompaniment(id: "${caseload.id}") { contacts(first: 100) { note } } }`,
    path: ['accompaniment', 'contacts'],
    expected: ['no', 'ok', 'ok', 'no', 'no', 'ok'],
  },
  'Alert.description (sensitive)': {
    query: `{ alert(id: "${alert.alert.id}") { status description } }`,
    path: ['alert', 'description'],
    expected: ['no', 'ok', 'ok', 'no', 'no', 'ok'],
  },
  'Alert status': {
    query: `{ alert(id: "${alert.alert.id}") { status triageDeadline } }`,
    path: ['alert', 'status'],
    expected: ['ok', 'ok', 'ok', 'no', 'no', 'ok'],
  },
  Convention: {
    query: `{ convention(id: "${convention.id}") { name unitCostCents } }`,
    path: ['convention'],
    expected: ['ok', 'ok', 'ok', 'ok', 'no', 'ok'],
  },
  'FundingLine, its history and Funder': {
    query: `{ convention(id: "${convention.id}") { fundingLines { plannedCents funder { name } history { kind by reason } } } }`,
    path: ['convention', 'fundingLines'],
    expected: ['ok', 'ok', 'ok', 'ok', 'no', 'ok'],
  },
  Evaluation: {
    query: `{ convention(id: "${plan.conventions[0].id}") { evaluations { reproducibility } } }`,
    path: ['convention', 'evaluations'],
    expected: ['ok', 'ok', 'ok', 'ok', 'no', 'ok'],
  },
  'Convention.measureMonths (aggregate)': {
    query: `{ convention(id: "${convention.id}") { measureMonths(year: ${Number(today.slice(0, 4))}) { total } } }`,
    path: ['convention', 'measureMonths'],
    expected: ['ok', 'ok', 'ok', 'ok', 'no', 'ok'],
  },
  auditTrail: {
    query: `{ auditTrail(entityId: "${household.id}") { totalCount } }`,
    path: ['auditTrail'],
    expected: ['no', 'ok', 'no', 'no', 'no', 'ok'],
  },
  // Dashboard key figures: counts, as readable as what they count (a support worker counts their caseload).
  dwellingStatistics: {
    query: `{ dwellingStatistics { byStatus { status count } vacantByTypology { typology count } } }`,
    path: ['dwellingStatistics'],
    expected: ['ok', 'ok', 'ok', 'ok', 'ok', 'ok'],
  },
  applicationStatistics: {
    query: `{ applicationStatistics { byStatus { status count } } }`,
    path: ['applicationStatistics'],
    expected: ['ok', 'ok', 'ok', 'no', 'ok', 'ok'],
  },
  accompanimentStatistics: {
    query: `{ accompanimentStatistics { byPhase { phase count } openAlerts overdueAlerts } }`,
    path: ['accompanimentStatistics'],
    expected: ['ok', 'ok', 'ok', 'no', 'no', 'ok'],
  },
  matchingImpact: {
    query: `{ matchingImpact(settings: { effortRateCeiling: 0.33, horizonDays: 90, typologiesBySize: [[T1, T2], [T2, T3], [T3, T2, T4], [T3, T4], [T4, T5], [T5, T6]] }) { householdsGaining } }`,
    path: ['matchingImpact'],
    expected: ['no', 'ok', 'no', 'no', 'no', 'ok'],
  },
  // The header's search: as readable as the lists it searches (the support worker's own household).
  searchHouseholds: {
    query: `{ searchHouseholds(text: "${household.reference}", first: 1) { reference members { lastName } } }`,
    path: ['searchHouseholds', 0],
    expected: ['ok', 'ok', 'ok', 'no', 'ok', 'ok'],
  },
  searchDwellings: {
    query: `{ searchDwellings(text: "${plan.dwellings.find((d) => d.id === lease.dwellingId)?.reference}", first: 1) { reference } }`,
    path: ['searchDwellings', 0],
    expected: ['ok', 'ok', 'ok', 'ok', 'ok', 'ok'],
  },
};

const unknown = randomUUID();
/** Every mutation, with well-formed arguments; allowed roles get past the role check (and then a NOT_FOUND or a validation error). */
const WRITES = writeMatrix(today, unknown);

function at(data: unknown, path: (string | number)[]): unknown {
  return path.reduce<unknown>(
    (value, key) => (value == null ? value : (value as Record<string | number, unknown>)[key]),
    data,
  );
}

function readOutcome(result: GraphQLResponse, path: (string | number)[]): Outcome | string {
  const forbidden = result.errors?.some(
    (e) =>
      e.extensions?.code === 'FORBIDDEN' &&
      (e.path ?? []).slice(0, path.length).every((p, i) => p === path[i] || typeof p === 'number'),
  );
  if (
    forbidden ||
    (result.errors?.some((e) => e.extensions?.code === 'FORBIDDEN') && at(result.data, path) == null)
  )
    return 'no';
  if (result.errors?.some((e) => e.extensions?.code === 'NOT_FOUND')) return 'hidden';
  if (result.errors?.length)
    return `error ${[...new Set(result.errors.map((e) => e.extensions?.code))].join(',')}`;
  return at(result.data, path) != null ? 'ok' : 'null';
}

describe('the authorization matrix', () => {
  it('is the hand-written table for every role, entity type and sensitive field read', async () => {
    const got: Record<string, Record<Role, string>> = {};
    const want: Record<string, Record<Role, string>> = {};
    for (const [name, { query, path, expected }] of Object.entries(READS)) {
      got[name] = {} as Record<Role, string>;
      want[name] = {} as Record<Role, string>;
      for (const [i, role] of ROLES.entries()) {
        got[name][role] = readOutcome(await system.as(role)(query), path);
        want[name][role] = expected[i];
      }
    }
    expect(got).toEqual(want);
  });

  it('is the hand-written table for every role and mutation', async () => {
    const got: Record<string, Record<Role, string>> = {};
    const want: Record<string, Record<Role, string>> = {};
    for (const [name, { query, expected }] of Object.entries(WRITES)) {
      got[name] = {} as Record<Role, string>;
      want[name] = {} as Record<Role, string>;
      for (const [i, role] of ROLES.entries()) {
        const result = await system.as(role)(query);
        const codes = (result.errors ?? []).map((e) => e.extensions?.code);
        // Allowed roles pass the role check and stop at validation or NOT_FOUND: nothing is written.
        got[name][role] = codes.includes('FORBIDDEN') ? 'no' : codes.length > 0 ? 'ok' : 'written';
        want[name][role] = expected[i];
      }
    }
    expect(got).toEqual(want);
  });

  it("shows a support worker their own household's justice status", async () => {
    const result = await system.as('SUPPORT_WORKER')(`{ household(id: "${household.id}") { targetPublic } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.household.targetPublic).toBe(household.targetPublic);
  });
});

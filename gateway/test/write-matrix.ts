/*
 * Who may call each mutation of the supergraph, role by role, written by hand from the product rules
 * (DESIGN.md "Who uses it"): `ok` passes the role check, `no` is FORBIDDEN. The authorization test
 * sends each query as every role through the gateway; the mutation coverage test checks that the
 * dashboard offers each one to roles that may call it, and to no other.
 */

export const ROLES = [
  'RENTAL_MANAGER',
  'SOCIAL_MANAGER',
  'SUPPORT_WORKER',
  'EVALUATOR',
  'INTEGRATOR',
  'ADMIN',
] as const;
export type Role = (typeof ROLES)[number];
export type WriteOutcome = 'ok' | 'no';
//                                         RM            SM            SW            EV            INT           ADMIN
export type WriteRow = [WriteOutcome, WriteOutcome, WriteOutcome, WriteOutcome, WriteOutcome, WriteOutcome];

/** Each mutation with a query that stops after the role check (unknown ids, invalid values). */
export function writeMatrix(
  today: string,
  unknown: string,
): Record<string, { query: string; expected: WriteRow }> {
  return {
    //                                                                                                                  RM    SM    SW    EV    INT   ADMIN
    createResidence: {
      query: `mutation { createResidence(input: { name: "", address: "", postalCode: "x", commune: "", district: "" }) { id } }`,
      expected: ['ok', 'no', 'no', 'no', 'no', 'ok'],
    },
    createDwelling: {
      query: `mutation { createDwelling(input: { reference: "", residenceId: "${unknown}", typology: T3, surfaceSqm: 0, floor: 0, hasLift: false, stepFreeAccess: false, rentCents: -1, serviceChargesCents: 0, chargesIncludeColdWater: true, chargesIncludeHeating: true, financingCategory: PLAI, lowRent: true, contingent: CITY }) { id } }`,
      expected: ['ok', 'no', 'no', 'no', 'no', 'ok'],
    },
    updateDwelling: {
      query: `mutation { updateDwelling(id: "${unknown}", input: { version: 1, rentCents: 1 }) { id } }`,
      expected: ['ok', 'no', 'no', 'no', 'no', 'ok'],
    },
    signLease: {
      query: `mutation { signLease(input: { dwellingId: "${unknown}", householdId: "${unknown}", startDate: "${today}", kind: ORDINARY }) { id } }`,
      expected: ['ok', 'ok', 'no', 'no', 'no', 'ok'],
    },
    recordMoveInInspection: {
      query: `mutation { recordMoveInInspection(input: { leaseId: "${unknown}", date: "${today}", socialManagerPresent: true, supportWorkerPresent: true }) { id } }`,
      expected: ['ok', 'ok', 'no', 'no', 'no', 'ok'],
    },
    updateMatchingSettings: {
      query: `mutation { updateMatchingSettings(input: { effortRateCeiling: 2, horizonDays: 90, typologiesBySize: [[T1]] }) { id } }`,
      expected: ['no', 'ok', 'no', 'no', 'no', 'ok'],
    },
    registerHousehold: {
      query: `mutation { registerHousehold(input: { reference: "", members: [], monthlyResourcesCents: -1 }) { id } }`,
      expected: ['ok', 'ok', 'no', 'no', 'no', 'ok'],
    },
    updateHousehold: {
      query: `mutation { updateHousehold(id: "${unknown}", input: { version: 1, dalo: true }) { id } }`,
      expected: ['ok', 'ok', 'no', 'no', 'no', 'ok'],
    },
    submitApplication: {
      query: `mutation { submitApplication(input: { householdId: "${unknown}", registrationNumber: "X", desiredTypologies: [], desiredCommunes: [], maxRentCents: -1 }) { id } }`,
      expected: ['ok', 'ok', 'no', 'no', 'no', 'ok'],
    },
    moveApplication: {
      query: `mutation { moveApplication(id: "${unknown}", to: ORIENTED) { id } }`,
      expected: ['ok', 'ok', 'no', 'no', 'no', 'ok'],
    },
    createCommission: {
      query: `mutation { createCommission(input: { sessionDate: "2000-01-01" }) { id } }`,
      expected: ['no', 'ok', 'no', 'no', 'no', 'ok'],
    },
    placeDwellingOnCommission: {
      query: `mutation { placeDwellingOnCommission(input: { commissionId: "${unknown}", dwellingId: "${unknown}", candidates: [] }) { id } }`,
      expected: ['no', 'ok', 'no', 'no', 'no', 'ok'],
    },
    recordCommissionDecision: {
      query: `mutation { recordCommissionDecision(input: { commissionId: "${unknown}", dwellingId: "${unknown}", applicationId: "${unknown}", decision: ALLOCATED, reason: RANKED_FIRST }) { id } }`,
      expected: ['no', 'ok', 'no', 'no', 'no', 'ok'],
    },
    openAccompaniment: {
      query: `mutation { openAccompaniment(input: { householdId: "${unknown}", kind: ACCESS, supportWorkerId: "", socialReferentId: "", startDate: "2099-01-01", conventionId: "${unknown}" }) { id } }`,
      expected: ['no', 'ok', 'no', 'no', 'no', 'ok'],
    },
    carryOverAccompaniments: {
      query: `mutation { carryOverAccompaniments(fromConventionId: "${unknown}", toConventionId: "${unknown}") { id } }`,
      expected: ['no', 'ok', 'no', 'no', 'no', 'ok'],
    },
    moveAccompaniment: {
      query: `mutation { moveAccompaniment(id: "${unknown}", to: FOLLOW_UP) { id } }`,
      expected: ['no', 'ok', 'ok', 'no', 'no', 'ok'],
    },
    recordContact: {
      query: `mutation { recordContact(input: { accompanimentId: "${unknown}", date: "${today}", kind: PHONE, configuration: PAIR, timeSlot: MORNING, place: REMOTE, outcome: MET }) { id } }`,
      expected: ['no', 'ok', 'ok', 'no', 'no', 'ok'],
    },
    recordDiagnostic: {
      query: `mutation { recordDiagnostic(input: { accompanimentId: "${unknown}", date: "${today}", areas: [], goals: [] }) { id } }`,
      expected: ['no', 'ok', 'ok', 'no', 'no', 'ok'],
    },
    raiseAlert: {
      query: `mutation { raiseAlert(input: { householdId: "${unknown}", source: NEIGHBOUR, signs: [], description: "" }) { id } }`,
      expected: ['ok', 'ok', 'ok', 'no', 'no', 'ok'],
    },
    moveAlert: {
      query: `mutation { moveAlert(id: "${unknown}", to: CLOSED) { id } }`,
      expected: ['no', 'ok', 'ok', 'no', 'no', 'ok'],
    },
    createConvention: {
      query: `mutation { createConvention(input: { programme: "", name: "", holder: "", partner: "", startYear: 1, endYear: 0, plannedHouseholdsPerYear: 0, annualCostCents: 0 }) { id } }`,
      expected: ['no', 'ok', 'no', 'no', 'no', 'ok'],
    },
    addFundingLine: {
      query: `mutation { addFundingLine(input: { conventionId: "${unknown}", funderId: "${unknown}", year: 2026, sharePercent: 0, plannedCents: -1, requestedCents: -1 }) { id } }`,
      expected: ['no', 'ok', 'no', 'no', 'no', 'ok'],
    },
    eraseHousehold: {
      query: `mutation { eraseHousehold(householdId: "${unknown}", reason: "test") { householdId } }`,
      expected: ['no', 'ok', 'no', 'no', 'no', 'ok'],
    },
    moveFundingLine: {
      query: `mutation { moveFundingLine(id: "${unknown}", to: GRANTED, amountCents: 1) { id } }`,
      expected: ['no', 'ok', 'no', 'no', 'no', 'ok'],
    },
    reviseFundingLine: {
      query: `mutation { reviseFundingLine(id: "${unknown}", requestedCents: 1, reason: "test") { id } }`,
      expected: ['no', 'ok', 'no', 'no', 'no', 'ok'],
    },
    cancelFundingLine: {
      query: `mutation { cancelFundingLine(id: "${unknown}", reason: "test") { id } }`,
      expected: ['no', 'ok', 'no', 'no', 'no', 'ok'],
    },
    recordFollowUpCommittee: {
      query: `mutation { recordFollowUpCommittee(input: { date: "${today}", participants: [], decisions: [{ accompanimentId: "${unknown}", decision: "test" }] }) { id } }`,
      expected: ['no', 'ok', 'no', 'no', 'no', 'ok'],
    },
    setContactSchedule: {
      query: `mutation { setContactSchedule(accompanimentId: "${unknown}", input: { integrationContactsPerWeek: 1, integrationWeeks: 1, monthlyInPersonMeetings: 1, reason: "test" }) { id } }`,
      expected: ['no', 'ok', 'ok', 'no', 'no', 'ok'],
    },
    recordReview: {
      query: `mutation { recordReview(input: { accompanimentId: "${unknown}", date: "${today}", summary: "test" }) { id } }`,
      expected: ['no', 'ok', 'ok', 'no', 'no', 'ok'],
    },
    recordStaffMember: {
      query: `mutation { recordStaffMember(input: { userId: "test", name: " ", role: SUPPORT_WORKER, organisation: "test" }) { userId } }`,
      expected: ['no', 'no', 'no', 'no', 'no', 'ok'],
    },
    // The directory (docs/people.md): operators only; an unknown organisation stops them.
    recordOrganisation: {
      query: `mutation { recordOrganisation(input: { id: "${unknown}", name: "CCAS", kind: PARTNER }) { id } }`,
      expected: ['no', 'no', 'no', 'no', 'no', 'ok'],
    },
    recordEvaluation: {
      query: `mutation { recordEvaluation(input: { conventionId: "${unknown}", text: "test" }) { id } }`,
      expected: ['no', 'no', 'no', 'ok', 'no', 'no'],
    },
    recordRentPayment: {
      query: `mutation { recordRentPayment(input: { leaseId: "${unknown}", month: "${today}", chargedCents: 0, paidCents: 0 }) { id } }`,
      expected: ['ok', 'no', 'no', 'no', 'no', 'ok'],
    },
  };
}

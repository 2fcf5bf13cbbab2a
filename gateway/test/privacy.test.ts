import { buildDemoPlan } from '@ash/demo';
import { Calendar } from '@ash/kit';
import { type Data, eventually, startSystem, type TestSystem } from './system';

// The plan is the demo of today, at the agency; the system's servers run at noon that day.
const today = new Calendar().today();
const year = Number(today.slice(0, 4));
const plan = buildDemoPlan({ dwellings: 400, applications: 60, today });
let system: TestSystem;

beforeAll(async () => {
  system = await startSystem(plan, { events: true });
});

afterAll(async () => {
  await system?.stop();
});

const social = (query: string, variables?: Record<string, unknown>) =>
  system.as('SOCIAL_MANAGER')(query, variables);

async function ok(result: Promise<{ data?: Data | null; errors?: unknown[] }>): Promise<Data> {
  const { data, errors } = await result;
  if (errors?.length) throw new Error(JSON.stringify(errors));
  return data as Data;
}

const occurrences = (text: string, value: string) => text.split(value).length - 1;

// A household known to every subgraph: members and an application, a lease, an accompaniment with
// contact notes, funded by a convention.
const leased = new Set(plan.leases.map((l) => l.householdId));
const applied = new Set(plan.applications.map((a) => a.householdId));
const accompaniment = plan.accompaniments.find(
  (a) => leased.has(a.householdId) && applied.has(a.householdId) && a.contacts.some((c) => c.note),
)!;
const household = plan.households.find((h) => h.id === accompaniment.householdId)!;
const applications = plan.applications.filter((a) => a.householdId === household.id);

const EXPORT = `query($id: ID!) { subjectAccessExport(householdId: $id) {
  householdId exportedAt households housing accompaniment accompanimentConventionIds financing } }`;
const FILE = `query($id: ID!) { household(id: $id) {
  members { firstName lastName birthDate }
  applications { registrationNumber }
  accompaniments { contacts(first: 100) { note } } } }`;
const AGGREGATES = `query($year: Int!, $previous: Int!) {
  dwellings { totalCount }
  households { totalCount }
  conventions(first: 100) { edges { node { id
    current: measureMonths(year: $year) { total }
    previous: measureMonths(year: $previous) { total } } } } }`;

describe('the data subject’s rights through the gateway', () => {
  it('exports everything about a household in one request, then erases it everywhere, indicators intact', async () => {
    expect(accompaniment).toBeDefined();
    const aggregates = await ok(social(AGGREGATES, { year, previous: year - 1 }));

    // Right of access: one request, four parts.
    const exported = (await ok(social(EXPORT, { id: household.id }))).subjectAccessExport;
    expect(exported.householdId).toBe(household.id);
    expect(exported.households.members).toHaveLength(household.members.length);
    expect(exported.housing.leases.length).toBeGreaterThan(0);
    expect(exported.accompaniment.accompaniments.map((a: Data) => a.id)).toContain(accompaniment.id);
    expect(exported.accompanimentConventionIds).toContain(accompaniment.conventionId);
    expect(exported.financing.note).toMatch(/no personal data/);
    expect(exported.financing.conventions.map((c: Data) => c.id)).toContain(accompaniment.conventionId);
    const before = JSON.stringify(exported);
    for (const member of household.members) {
      expect(before).toContain(JSON.stringify(member.lastName));
      expect(before).toContain(JSON.stringify(member.firstName));
    }
    for (const application of applications) expect(before).toContain(application.registrationNumber);

    // The export is an audited read, in every subgraph that answered it.
    await eventually(async () => {
      const trail = await system.as('ADMIN')(
        `query($id: ID!) { auditTrail(entityId: $id, first: 100) { edges { node { action entityType subgraph fields } } } }`,
        { id: household.id },
      );
      const reads = ((trail.data?.auditTrail.edges ?? []) as { node: Data }[])
        .map((e) => e.node)
        .filter((n) => n.entityType === 'SubjectAccessExport' && n.action === 'READ');
      return ['households', 'housing', 'accompaniment', 'financing'].every((s) =>
        reads.some((r) => r.subgraph === s),
      );
    });

    // Right to erasure.
    const receipt = (
      await ok(
        social(
          `mutation($id: ID!) { eraseHousehold(householdId: $id, reason: "Request of the household") {
            householdId erasedBy membersAnonymised } }`,
          { id: household.id },
        ),
      )
    ).eraseHousehold;
    expect(receipt).toMatchObject({ householdId: household.id, membersAnonymised: household.members.length });

    // Once the other subgraphs consumed HouseholdErased, nobody can be recognised anywhere.
    const after = await eventually(async () => {
      const data = (await ok(social(EXPORT, { id: household.id }))).subjectAccessExport;
      const notes = data.accompaniment.accompaniments.flatMap((a: Data) =>
        a.contacts.map((c: Data) => c.note),
      );
      const done = notes.every((note: unknown) => note === null) && data.housing.matchingProjection === null;
      return done ? data : undefined;
    });
    const text = JSON.stringify(after);
    for (const member of household.members) {
      expect(text).not.toContain(JSON.stringify(member.firstName));
      expect(text).not.toContain(JSON.stringify(member.lastName));
      // A birth date may also be the date of something else: only the members' occurrences go.
      const others =
        occurrences(before, member.birthDate) -
        household.members.filter((m) => m.birthDate === member.birthDate).length;
      if (!member.birthDate.endsWith('-01-01')) expect(occurrences(text, member.birthDate)).toBe(others);
    }
    for (const application of applications) expect(text).not.toContain(application.registrationNumber);
    expect(after.households.members).toHaveLength(household.members.length);
    expect(after.housing.leases).toHaveLength(exported.housing.leases.length);

    const file = (await ok(social(FILE, { id: household.id }))).household;
    for (const member of file.members) {
      expect(member).toMatchObject({ firstName: 'Anonyme', lastName: 'Anonyme' });
      expect(member.birthDate).toMatch(/^\d{4}-01-01$/);
    }
    for (const application of file.applications) expect(application.registrationNumber).toMatch(/^ERASED-/);
    const notes = file.accompaniments.flatMap((a: Data) => a.contacts.map((c: Data) => c.note));
    expect(notes.length).toBeGreaterThan(0);
    expect(notes.every((note: unknown) => note === null)).toBe(true);

    // Anonymised, never deleted: the indicators do not move.
    expect(await ok(social(AGGREGATES, { year, previous: year - 1 }))).toEqual(aggregates);

    // A second erasure is refused.
    const again = await social(
      `mutation($id: ID!) { eraseHousehold(householdId: $id, reason: "again") { householdId } }`,
      { id: household.id },
    );
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('refuses the export to rental management', async () => {
    const result = await system.as('RENTAL_MANAGER')(EXPORT, { id: household.id });
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

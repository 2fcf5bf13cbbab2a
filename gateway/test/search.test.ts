import { buildDemoPlan, demoUser } from '@ash/demo';
import { Calendar } from '@ash/kit';
import { type Data, type GraphQLResponse, startSystem, type TestSystem } from './system';

/*
 * The header's search through the gateway: households by a member's name, reference or registration
 * number, dwellings by reference or address; accents and case ignored; within the caller's scope (a
 * support worker finds only their caseload); refused to a role that may not read households, and
 * for fewer than 2 characters or more than 20 results.
 *
 * The fixture is a small demo (200 dwellings in 10 residences of 20, round-robin; 20 applications)
 * with names and an address written by hand below: the demo's own names have no "Hélène", no
 * "Dupré-Lefèvre", no "Lemaître" and no street "de l'Église", so these hand-written values are the
 * only ones those searches can find.
 */

const today = new Calendar().today();
const plan = buildDemoPlan({ dwellings: 200, applications: 20, today });
const worker = demoUser('SUPPORT_WORKER');

const consented = (id: string) => plan.households.find((h) => h.id === id)?.consentToShareDate != null;
const running = plan.accompaniments.filter((a) => a.phase !== 'ENDED' && consented(a.householdId));
// In the worker's caseload (their running accompaniment, consent given), and in someone else's only.
const mine = plan.households.find((h) =>
  running.some((a) => a.householdId === h.id && a.supportWorkerId === worker.userId),
)!;
const theirs = plan.households.find(
  (h) =>
    running.some((a) => a.householdId === h.id) &&
    !running.some((a) => a.householdId === h.id && a.supportWorkerId === worker.userId),
)!;
// Hand-written names: the first adult of each.
Object.assign(mine.members.find((m) => m.role === 'ADULT')!, {
  firstName: 'Hélène',
  lastName: 'Dupré-Lefèvre',
});
Object.assign(theirs.members.find((m) => m.role === 'ADULT')!, { firstName: 'Hélène', lastName: 'Lemaître' });
// A hand-written address for the second residence.
const church = plan.residences[1];
church.address = "7 rue de l'Église";
const churchDwellings = plan.dwellings
  .filter((d) => d.residenceId === church.id)
  .map((d) => d.reference)
  .sort();
// An application of a household in the worker's caseload, for the registration number.
const mineApplication = plan.applications.find((a) => a.householdId === mine.id);

let system: TestSystem;

beforeAll(async () => {
  system = await startSystem(plan);
});

afterAll(async () => {
  await system?.stop();
});

const HOUSEHOLDS = `query($text: String!, $first: Int) { searchHouseholds(text: $text, first: $first) { id reference } }`;
const DWELLINGS = `query($text: String!, $first: Int) { searchDwellings(text: $text, first: $first) { id reference residence { address } } }`;

async function ok(result: Promise<GraphQLResponse>): Promise<Data> {
  const { data, errors } = await result;
  if (errors?.length) throw new Error(JSON.stringify(errors));
  return data as Data;
}
const codes = (result: GraphQLResponse) => result.errors?.map((e) => e.extensions?.code) ?? [];
const households = async (role: Parameters<TestSystem['as']>[0], text: string, first?: number) =>
  (await ok(system.as(role)(HOUSEHOLDS, { text, first }))).searchHouseholds as {
    id: string;
    reference: string;
  }[];
const dwellings = async (text: string, first?: number) =>
  (await ok(system.as('RENTAL_MANAGER')(DWELLINGS, { text, first }))).searchDwellings as {
    id: string;
    reference: string;
    residence: { address: string };
  }[];

describe('households', () => {
  it('finds a name whatever its accents and case', async () => {
    expect(mine.id).not.toBe(theirs.id);
    // Both hand-written Hélènes, and nobody else (no other name of the demo is near "helene").
    const both = [mine.id, theirs.id].sort();
    for (const text of ['Hélène', 'helene', 'HELENE', 'hélène', ' héLÈne ']) {
      expect((await households('SOCIAL_MANAGER', text)).map((h) => h.id).sort()).toEqual(both);
    }
    // Both words must be found: first name and part of the hyphenated last name, without accents.
    expect((await households('SOCIAL_MANAGER', 'helene dupre')).map((h) => h.id)).toEqual([mine.id]);
    expect((await households('SOCIAL_MANAGER', 'LEFEVRE')).map((h) => h.id)).toEqual([mine.id]);
    expect((await households('SOCIAL_MANAGER', 'lemaitre helene')).map((h) => h.id)).toEqual([theirs.id]);
  });

  it('finds a reference, exact first, with or without its dash', async () => {
    // MEN-0000N: "MEN-00001" is only household 1's reference (the others are MEN-00002…).
    const target = plan.households[0].reference;
    for (const text of [target, target.toLowerCase(), target.replace('-', ' '), target.replace('-', '')]) {
      const found = await households('SOCIAL_MANAGER', text);
      expect(found[0].reference).toBe(target);
    }
    // A part of a reference: the code "men0001" is in MEN-00010 … MEN-00019 and in no other
    // reference (MEN-00001 is "men00001"), nor in any registration number (digits only); the demo
    // has more than 19 households, so those 10.
    expect(plan.households.length).toBeGreaterThan(19);
    const part = await households('SOCIAL_MANAGER', 'men-0001', 20);
    expect(part.map((h) => h.reference).sort()).toEqual(
      Array.from({ length: 10 }, (_, i) => `MEN-000${10 + i}`),
    );
  });

  it('finds a registration number', async () => {
    expect(mineApplication).toBeDefined();
    const found = await households('SOCIAL_MANAGER', mineApplication!.registrationNumber);
    expect(found[0].id).toBe(mine.id);
  });

  it('gives a support worker their caseload only', async () => {
    // The social manager finds both Hélènes (above); the worker only theirs.
    expect((await households('SUPPORT_WORKER', 'helene')).map((h) => h.id)).toEqual([mine.id]);
    // Not even by its exact reference: outside the caseload, a household is not found.
    expect(await households('SUPPORT_WORKER', theirs.reference)).toEqual([]);
    expect((await households('SUPPORT_WORKER', mine.reference))[0].id).toBe(mine.id);
  });

  it('is refused to an evaluator, and to bad input', async () => {
    expect(codes(await system.as('EVALUATOR')(HOUSEHOLDS, { text: 'helene' }))).toEqual(['FORBIDDEN']);
    // Fewer than 2 characters (after trimming), more than 20 results, 0 results.
    for (const variables of [
      { text: 'h' },
      { text: '  h  ' },
      { text: 'helene', first: 21 },
      { text: 'helene', first: 0 },
      { text: 'x'.repeat(101) },
    ]) {
      expect(codes(await system.as('SOCIAL_MANAGER')(HOUSEHOLDS, variables))).toEqual(['BAD_USER_INPUT']);
    }
  });
});

describe('dwellings', () => {
  it('finds an address whatever its accents and case', async () => {
    // The residence at 7 rue de l'Église has 20 dwellings (200 round-robin over 10): all of them, by
    // reference (they match alike).
    expect(churchDwellings).toHaveLength(20);
    for (const text of ["rue de l'Église", 'eglise', 'EGLISE 7']) {
      const found = await dwellings(text, 20);
      expect(found.map((d) => d.reference)).toEqual(churchDwellings);
      expect(found[0].residence.address).toBe("7 rue de l'Église");
    }
    expect(await dwellings('église de Paris')).toEqual([]);
  });

  it('finds a reference, exact first', async () => {
    // ICF-<postal code>-000NN: the 12th dwelling's reference ends in 00012.
    const target = plan.dwellings[11].reference;
    expect((await dwellings(target))[0].reference).toBe(target);
    expect((await dwellings(target.toLowerCase().replace(/-/g, ' ')))[0].reference).toBe(target);
  });

  it('is open to every role that reads the stock, evaluators included', async () => {
    const found = await ok(system.as('EVALUATOR')(DWELLINGS, { text: 'eglise', first: 1 }));
    expect(found.searchDwellings).toHaveLength(1);
    expect(codes(await system.as('EVALUATOR')(DWELLINGS, { text: 'e' }))).toEqual(['BAD_USER_INPUT']);
  });
});

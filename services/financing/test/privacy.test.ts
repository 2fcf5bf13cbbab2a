import { buildDemoPlan } from '@ash/demo';
import { migrate, type SubgraphServer } from '@ash/kit';
import {
  actorFor,
  clockOn,
  createTestDatabase,
  errorCode,
  sqlCounter,
  type TestDatabase,
} from '@ash/testkit';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createServer, openOrm, seedFinancing } from '../src';

let db: TestDatabase;
let orm: MikroORM;
let server: SubgraphServer;
const counter = sqlCounter();
const plan = buildDemoPlan({ dwellings: 400, applications: 40, today: '2026-11-15' });
const [first, second] = plan.conventions;
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

const EXPORT = `query($reps: [_Any!]!) { _entities(representations: $reps) {
  ... on SubjectAccessExport { householdId financing } } }`;
const rep = (householdId: string, accompanimentConventionIds: string[]) => ({
  __typename: 'SubjectAccessExport',
  householdId,
  accompanimentConventionIds,
});

beforeAll(async () => {
  db = await createTestDatabase('financing_privacy');
  orm = await openOrm(db.url, counter.onQuery);
  await migrate(orm);
  await seedFinancing(orm, plan);
  server = await createServer({ orm, gatewaySecret: 'test-secret', clock: clockOn(plan.today) });
});

afterAll(async () => {
  await server.stop();
  await orm.close();
  await db.drop();
});

describe('subject access export in financing', () => {
  it('returns the conventions that funded the support, with funding lines and funders, saying it holds no personal data', async () => {
    counter.reset();
    const result = await server.execute(actorFor('ADMIN'), EXPORT, {
      reps: [rep(UNKNOWN, [first.id, UNKNOWN]), rep(UNKNOWN, [first.id, second.id]), rep(UNKNOWN, [])],
    });
    expect(result.errors).toBeUndefined();
    // One statement for every representation (the audit of the read comes on top).
    expect(counter.statements.filter((s) => /convention/.test(s) && /select/i.test(s))).toHaveLength(1);
    const [one, two, none] = (result.data?._entities ?? []) as {
      financing: {
        note: string;
        conventions: { id: string; fundingLines: { funder: { name: string } }[] }[];
      };
    }[];
    expect(one.financing.note).toMatch(/no personal data/);
    expect(one.financing.conventions.map((c) => c.id)).toEqual([first.id]);
    expect(one.financing.conventions[0].fundingLines[0].funder.name).toEqual(expect.any(String));
    expect(two.financing.conventions.map((c) => c.id).sort()).toEqual([first.id, second.id].sort());
    expect(none.financing.conventions).toEqual([]);
  });

  it.each(['RENTAL_MANAGER', 'SUPPORT_WORKER', 'EVALUATOR', 'INTEGRATOR'] as const)(
    'refuses it to %s',
    async (role) => {
      const result = await server.execute(actorFor(role), EXPORT, { reps: [rep(UNKNOWN, [first.id])] });
      expect(errorCode(result)).toBe('FORBIDDEN');
    },
  );
});

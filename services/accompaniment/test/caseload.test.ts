import { randomUUID } from 'node:crypto';
import { buildDemoPlan, stableId } from '@ash/demo';
import { applyOnce, type EventEnvelope, migrate, type SubgraphServer } from '@ash/kit';
import {
  actorFor,
  clockOn,
  createTestDatabase,
  errorCode,
  knowReferences,
  type TestDatabase,
} from '@ash/testkit';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createServer, eventHandlers, openOrm, seedAccompaniment } from '../src';

let db: TestDatabase;
let orm: MikroORM;
let server: SubgraphServer;
const plan = buildDemoPlan({ dwellings: 300, applications: 40, today: '2026-11-15' });
const worker = actorFor('SUPPORT_WORKER');
const social = actorFor('SOCIAL_MANAGER');
const consented = (householdId: string) =>
  plan.households.find((h) => h.id === householdId)?.consentToShareDate != null;
const mine = plan.accompaniments.find(
  (a) =>
    a.supportWorkerId === worker.userId &&
    a.phase !== 'ENDED' &&
    consented(a.householdId) &&
    a.alerts.length > 0,
)!;
const theirs = plan.accompaniments.find((a) => a.supportWorkerId !== worker.userId && a.phase !== 'ENDED')!;

const FILE = `query($id: ID!) { accompaniment(id: $id) { id contacts(first: 1) { id } alerts { id } } }`;
const HOUSEHOLD = `query($reps: [_Any!]!) { _entities(representations: $reps) {
  ... on Household { id accompaniments { id } openAlerts { id } }
} }`;

beforeAll(async () => {
  db = await createTestDatabase('accompaniment_caseload');
  orm = await openOrm(db.url);
  await migrate(orm);
  await seedAccompaniment(orm, plan);
  server = await createServer({ orm, gatewaySecret: 'test-secret', clock: clockOn(plan.today) });
});

afterAll(async () => {
  await server.stop();
  await orm.close();
  await db.drop();
});

const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []) =>
  orm.em.fork().getConnection().execute(query, params) as Promise<T[]>;

function consentChanged(householdId: string, consentToShare: boolean): EventEnvelope<'ConsentChanged'> {
  return {
    id: randomUUID(),
    type: 'ConsentChanged',
    payload: { householdId, consentToShare },
    actor: social.userId,
    occurredAt: new Date().toISOString(),
  };
}

describe('a support worker’s caseload in the accompaniment subgraph', () => {
  it('gives nothing of another worker’s household through _entities, and their own', async () => {
    const result = await server.execute(worker, HOUSEHOLD, {
      reps: [
        { __typename: 'Household', id: theirs.householdId },
        { __typename: 'Household', id: mine.householdId },
      ],
    });
    expect(result.errors).toBeUndefined();
    type Found = { id: string; accompaniments: { id: string }[]; openAlerts: unknown[] } | null;
    const [other, own] = (result.data?._entities ?? []) as Found[];
    // Whether the household may be read at all is the households subgraph's to say.
    expect(other).toEqual({ id: theirs.householdId, accompaniments: [], openAlerts: [] });
    expect(own?.accompaniments.map((a) => a.id)).toContain(mine.id);
  });

  it('stops everything of a household whose consent is withdrawn, and gives it back with consent', async () => {
    expect(await applyOnce(orm, eventHandlers, consentChanged(mine.householdId, false))).toBe(true);
    expect(errorCode(await server.execute(worker, FILE, { id: mine.id }))).toBe('NOT_FOUND');
    expect(
      errorCode(
        await server.execute(worker, 'query($id: ID!) { alert(id: $id) { id } }', { id: mine.alerts[0].id }),
      ),
    ).toBe('NOT_FOUND');
    const inbox = await server.execute(
      worker,
      'query($h: ID) { alerts(first: 100, filter: { householdId: $h }) { totalCount } }',
      {
        h: mine.householdId,
      },
    );
    expect(inbox.data?.alerts).toEqual({ totalCount: 0 });
    const entities = await server.execute(worker, HOUSEHOLD, {
      reps: [{ __typename: 'Household', id: mine.householdId }],
    });
    expect(entities.data?._entities).toEqual([{ id: mine.householdId, accompaniments: [], openAlerts: [] }]);
    const move = await server.execute(
      worker,
      'mutation($id: ID!) { moveAccompaniment(id: $id, to: ENDED, endReason: "x", outcome: HOUSED) { id } }',
      {
        id: mine.id,
      },
    );
    expect(errorCode(move)).toBe('NOT_FOUND');
    // Social management still sees it: consent limits the association only.
    expect((await server.execute(social, FILE, { id: mine.id })).errors).toBeUndefined();

    await applyOnce(orm, eventHandlers, consentChanged(mine.householdId, true));
    expect((await server.execute(worker, FILE, { id: mine.id })).errors).toBeUndefined();
  });

  it('refuses a support worker an alert on a household outside their caseload', async () => {
    const result = await server.execute(
      worker,
      'mutation($input: RaiseAlertInput!) { raiseAlert(input: $input) { id } }',
      {
        input: {
          householdId: theirs.householdId,
          source: 'LOCAL_STAFF',
          signs: ['ARREARS'],
          description: 'Impayés signalés par la gardienne',
        },
      },
    );
    expect(errorCode(result)).toBe('NOT_FOUND');
  });

  it('tells the other subgraphs the caseload when an accompaniment opens and ends', async () => {
    const householdId = randomUUID();
    await knowReferences(orm, 'Household', [householdId]);
    await knowReferences(orm, 'Convention', [stableId('test', 'convention')]);
    const opened = await server.execute(
      social,
      'mutation($input: OpenAccompanimentInput!) { openAccompaniment(input: $input) { id } }',
      {
        input: {
          householdId,
          kind: 'ACCESS',
          supportWorkerId: worker.userId,
          socialReferentId: social.userId,
          startDate: '2026-01-05',
          conventionId: stableId('test', 'convention'),
        },
      },
    );
    const { id } = (opened.data?.openAccompaniment ?? {}) as { id: string };
    await server.execute(
      social,
      'mutation($id: ID!) { moveAccompaniment(id: $id, to: ENDED, endReason: "Relogé", outcome: HOUSED) { id } }',
      { id },
    );
    const events = await sql<{ payload: unknown }>(
      `select payload from accompaniment.outbox where type = 'CaseloadChanged' and payload->>'householdId' = ? order by occurred_at`,
      [householdId],
    );
    expect(events.map((e) => e.payload)).toEqual([
      { householdId, supportWorkerIds: [worker.userId] },
      { householdId, supportWorkerIds: [] },
    ]);
  });
});

import { randomUUID } from 'node:crypto';
import { buildDemoPlan } from '@ash/demo';
import {
  applyOnce,
  type DomainEvents,
  type EventEnvelope,
  type EventType,
  type SubgraphServer,
} from '@ash/kit';
import { actorFor, errorCode, type TestDatabase } from '@ash/testkit';
import type { MikroORM } from '@mikro-orm/postgresql';
import { eventHandlers } from '../src';
import { startHousing, stopHousing } from './support';

let db: TestDatabase;
let orm: MikroORM;
let server: SubgraphServer;
const plan = buildDemoPlan({ dwellings: 300, applications: 40, today: '2026-11-15' });
const worker = actorFor('SUPPORT_WORKER');
const consented = (householdId: string) =>
  plan.households.find((h) => h.id === householdId)?.consentToShareDate != null;
const followedBy = (householdId: string) =>
  plan.accompaniments.find((a) => a.householdId === householdId && a.phase !== 'ENDED')?.supportWorkerId;
const running = plan.leases.filter((l) => !l.endDate && consented(l.householdId));
const mine = running.find((l) => followedBy(l.householdId) === worker.userId)!;
const theirs = running.find((l) => followedBy(l.householdId) && followedBy(l.householdId) !== worker.userId)!;

const LEASE = 'query($id: ID!) { lease(id: $id) { id household { id } } }';
const DWELLING = 'query($id: ID!) { dwelling(id: $id) { reference currentLease { id } } }';
const ENTITIES = `query($reps: [_Any!]!) { _entities(representations: $reps) {
  ... on Household { id currentLease { id } } ... on Lease { id }
} }`;

beforeAll(async () => {
  ({ db, orm, server } = await startHousing('housing_caseload', plan));
});

afterAll(() => stopHousing({ db, orm, server }));

function event<T extends EventType>(type: T, payload: DomainEvents[T]): EventEnvelope<T> {
  return { id: randomUUID(), type, payload, actor: 'test', occurredAt: new Date().toISOString() };
}

describe('a support worker’s caseload in the housing subgraph', () => {
  it('shows a support worker the stock, and the lease of their own caseload household', async () => {
    const own = await server.execute(worker, LEASE, { id: mine.id });
    expect(own.data?.lease).toEqual({ id: mine.id, household: { id: mine.householdId } });
    const dwelling = await server.execute(worker, DWELLING, { id: mine.dwellingId });
    expect(dwelling.data?.dwelling).toMatchObject({ currentLease: { id: mine.id } });
  });

  it('hides another worker’s lease: NOT_FOUND by id, null from its dwelling and through _entities', async () => {
    expect(errorCode(await server.execute(worker, LEASE, { id: theirs.id }))).toBe('NOT_FOUND');
    const dwelling = await server.execute(worker, DWELLING, { id: theirs.dwellingId });
    expect(dwelling.errors).toBeUndefined();
    expect(dwelling.data?.dwelling).toMatchObject({ currentLease: null });
    const entities = await server.execute(worker, ENTITIES, {
      reps: [
        { __typename: 'Household', id: theirs.householdId },
        { __typename: 'Lease', id: theirs.id },
        { __typename: 'Household', id: mine.householdId },
      ],
    });
    // Their lease is not found; their household is the households subgraph's to refuse: here, it
    // has no lease the worker may read.
    expect(entities.data?._entities).toEqual([
      { id: theirs.householdId, currentLease: null },
      null,
      { id: mine.householdId, currentLease: { id: mine.id } },
    ]);
    expect(entities.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([
      [['_entities', 1], 'NOT_FOUND'],
    ]);
  });

  it('follows CaseloadChanged and ConsentChanged', async () => {
    await applyOnce(
      orm,
      eventHandlers,
      event('ConsentChanged', { householdId: mine.householdId, consentToShare: false }),
    );
    expect(errorCode(await server.execute(worker, LEASE, { id: mine.id }))).toBe('NOT_FOUND');
    await applyOnce(
      orm,
      eventHandlers,
      event('ConsentChanged', { householdId: mine.householdId, consentToShare: true }),
    );
    expect(errorCode(await server.execute(worker, LEASE, { id: mine.id }))).toBeUndefined();

    await applyOnce(
      orm,
      eventHandlers,
      event('CaseloadChanged', { householdId: theirs.householdId, supportWorkerIds: [worker.userId] }),
    );
    expect(errorCode(await server.execute(worker, LEASE, { id: theirs.id }))).toBeUndefined();
    await applyOnce(
      orm,
      eventHandlers,
      event('CaseloadChanged', { householdId: theirs.householdId, supportWorkerIds: [] }),
    );
    expect(errorCode(await server.execute(worker, LEASE, { id: theirs.id }))).toBe('NOT_FOUND');
  });

  it('keeps an older event from undoing a newer one', async () => {
    const newer = event('ConsentChanged', { householdId: mine.householdId, consentToShare: true });
    const older = {
      ...event('ConsentChanged', { householdId: mine.householdId, consentToShare: false }),
      occurredAt: '2020-01-01T00:00:00.000Z',
    };
    await applyOnce(orm, eventHandlers, newer);
    await applyOnce(orm, eventHandlers, older);
    expect(errorCode(await server.execute(worker, LEASE, { id: mine.id }))).toBeUndefined();
  });
});

import { randomUUID } from 'node:crypto';
import { buildDemoPlan } from '@ash/demo';
import { applyOnce, type DomainEvents, type EventEnvelope, type EventType } from '@ash/kit';
import { actorFor } from '@ash/testkit';
import { eventHandlers } from '../src';
import { type Subgraph, startSubgraph, stopSubgraph, UNKNOWN_ID } from './support';

const plan = buildDemoPlan({ dwellings: 400, applications: 60, today: '2026-11-15' });
// Housing's rental manager signs leases and records move-ins.
const housingUser = actorFor('RENTAL_MANAGER').userId;

function envelope<T extends EventType>(
  type: T,
  payload: DomainEvents[T],
  occurredAt = new Date(),
): EventEnvelope<T> {
  return { id: randomUUID(), type, payload, actor: housingUser, occurredAt: occurredAt.toISOString() };
}

const leaseSigned = (householdId: string, dwellingId: string) =>
  envelope('LeaseSigned', {
    leaseId: randomUUID(),
    householdId,
    dwellingId,
    kind: 'SLIDING',
    startDate: '2026-12-01',
  });
const moveInRecorded = (householdId: string, dwellingId: string) =>
  envelope('MoveInRecorded', {
    leaseId: randomUUID(),
    householdId,
    dwellingId,
    date: '2026-12-01',
    socialManagerPresent: true,
    supportWorkerPresent: true,
  });

describe('events consumed by households', () => {
  let sub: Subgraph;
  let warnings: jest.SpyInstance;
  beforeAll(async () => {
    sub = await startSubgraph('households_events', plan);
  });
  beforeEach(() => {
    warnings = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => warnings.mockRestore());
  afterAll(() => stopSubgraph(sub));

  async function application(id: string) {
    const [row] = await sub.sql<{ status: string; allocated_dwelling_id: string | null; updated_by: string }>(
      'select status, allocated_dwelling_id, updated_by from households.application where id = ?',
      [id],
    );
    return row;
  }
  async function transitions(id: string) {
    return sub.sql<{ from: string; to: string; by: string; note: string; at: string }>(
      `select "from", "to", by, note, at from households.application_transition where application_id = ? order by at`,
      [id],
    );
  }
  async function counts() {
    const [row] = await sub.sql(
      `select (select count(*) from households.application_transition)::int as transitions,
              (select count(*) from households.outbox where type <> 'AuditRecorded')::int as outbox,
              (select count(*) from households.inbox)::int as inbox`,
    );
    return row as { transitions: number; outbox: number; inbox: number };
  }

  it('signs the lease, then records the move-in, each event once however often it is delivered', async () => {
    const decided = plan.applications.find((a) => a.status === 'DECIDED' && a.dwellingId)!;
    const dwellingId = decided.dwellingId as string;
    const before = await counts();

    const signed = leaseSigned(decided.householdId, dwellingId);
    expect(await applyOnce(sub.orm, eventHandlers, signed)).toBe(true);
    expect(await applyOnce(sub.orm, eventHandlers, signed)).toBe(false);
    expect(await application(decided.id)).toEqual({
      status: 'LEASE_SIGNED',
      allocated_dwelling_id: dwellingId,
      updated_by: housingUser,
    });

    const movedIn = moveInRecorded(decided.householdId, dwellingId);
    expect(await applyOnce(sub.orm, eventHandlers, movedIn)).toBe(true);
    expect(await applyOnce(sub.orm, eventHandlers, movedIn)).toBe(false);
    expect((await application(decided.id)).status).toBe('MOVED_IN');

    const history = await transitions(decided.id);
    expect(history.slice(-2)).toEqual([
      {
        from: 'DECIDED',
        to: 'LEASE_SIGNED',
        by: housingUser,
        note: 'Bail glissant signé, début le 2026-12-01',
        at: expect.anything(),
      },
      {
        from: 'LEASE_SIGNED',
        to: 'MOVED_IN',
        by: housingUser,
        note: 'Entrée dans les lieux le 2026-12-01 (état des lieux d’entrée)',
        at: expect.anything(),
      },
    ]);
    expect(new Date(history.at(-2)?.at as string).toISOString()).toBe(signed.occurredAt);
    // Two moves, two inbox rows; the household awaited no dwelling before or after: no needs event.
    expect(await counts()).toEqual({
      transitions: before.transitions + 2,
      outbox: before.outbox,
      inbox: before.inbox + 2,
    });
    expect(warnings).not.toHaveBeenCalled();

    // The same facts sent again as new events: already there, nothing changes.
    const again = await counts();
    expect(await applyOnce(sub.orm, eventHandlers, leaseSigned(decided.householdId, dwellingId))).toBe(true);
    expect(await applyOnce(sub.orm, eventHandlers, moveInRecorded(decided.householdId, dwellingId))).toBe(
      true,
    );
    expect(await counts()).toEqual({ ...again, inbox: again.inbox + 2 });
    expect((await application(decided.id)).status).toBe('MOVED_IN');
    expect(warnings).not.toHaveBeenCalled();
  });

  it('logs and skips an event its application cannot take, without failing', async () => {
    const ready = plan.applications.find((a) => a.status === 'READY_FOR_COMMISSION')!;
    const decided = plan.applications.filter((a) => a.status === 'DECIDED' && a.dwellingId)[1];
    const otherDwelling = plan.dwellings.find((d) => d.id !== decided.dwellingId)!.id;
    const before = await counts();
    for (const event of [
      leaseSigned(ready.householdId, otherDwelling), // not decided yet
      moveInRecorded(decided.householdId, decided.dwellingId as string), // lease not signed yet
      leaseSigned(decided.householdId, otherDwelling), // allocated another dwelling
      leaseSigned(UNKNOWN_ID, otherDwelling), // nobody
    ]) {
      expect(await applyOnce(sub.orm, eventHandlers, event)).toBe(true);
    }
    expect(warnings).toHaveBeenCalledTimes(4);
    expect(String(warnings.mock.calls[0][0])).toContain(`is READY_FOR_COMMISSION, not DECIDED, skipped`);
    expect(await counts()).toEqual({ ...before, inbox: before.inbox + 4 });
    expect((await application(ready.id)).status).toBe('READY_FOR_COMMISSION');
    expect((await application(decided.id)).status).toBe('DECIDED');
  });
});

import { randomUUID } from 'node:crypto';
import { buildDemoPlan } from '@ash/demo';
import { applyOnce, type DomainEvents, type EventEnvelope, type EventType, localDate } from '@ash/kit';
import { actorFor, eventContextOn } from '@ash/testkit';
import { eventHandlers } from '../src';
import { type Subgraph, startSubgraph, stopSubgraph, UNKNOWN_ID } from './support';

const plan = buildDemoPlan({ dwellings: 400, applications: 60, today: '2026-11-15' });
// The consumer's day is the plan's: the steps it records come after the plan's history.
const context = eventContextOn(plan.today);
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
    expect(await applyOnce(sub.orm, eventHandlers, signed, context)).toBe(true);
    expect(await applyOnce(sub.orm, eventHandlers, signed, context)).toBe(false);
    expect(await application(decided.id)).toEqual({
      status: 'LEASE_SIGNED',
      allocated_dwelling_id: dwellingId,
      updated_by: housingUser,
    });

    const movedIn = moveInRecorded(decided.householdId, dwellingId);
    expect(await applyOnce(sub.orm, eventHandlers, movedIn, context)).toBe(true);
    expect(await applyOnce(sub.orm, eventHandlers, movedIn, context)).toBe(false);
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
    // Dated when households applied it, on its own clock (the plan's day).
    expect(localDate(new Date(history.at(-2)?.at as string))).toBe(plan.today);
    // Two moves, two inbox rows; the household awaited no dwelling before or after: no needs event.
    expect(await counts()).toEqual({
      transitions: before.transitions + 2,
      outbox: before.outbox,
      inbox: before.inbox + 2,
    });
    expect(warnings).not.toHaveBeenCalled();

    // The same facts sent again as new events: already there, nothing changes.
    const again = await counts();
    expect(
      await applyOnce(sub.orm, eventHandlers, leaseSigned(decided.householdId, dwellingId), context),
    ).toBe(true);
    expect(
      await applyOnce(sub.orm, eventHandlers, moveInRecorded(decided.householdId, dwellingId), context),
    ).toBe(true);
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
      expect(await applyOnce(sub.orm, eventHandlers, event, context)).toBe(true);
    }
    expect(warnings).toHaveBeenCalledTimes(4);
    expect(String(warnings.mock.calls[0][0])).toContain(`is READY_FOR_COMMISSION, not DECIDED, skipped`);
    expect(await counts()).toEqual({ ...before, inbox: before.inbox + 4 });
    expect((await application(ready.id)).status).toBe('READY_FOR_COMMISSION');
    expect((await application(decided.id)).status).toBe('DECIDED');
  });
});

describe('TenancyChanged in households', () => {
  let sub: Subgraph;
  beforeAll(async () => {
    sub = await startSubgraph('households_tenancy', plan);
  });
  afterAll(() => stopSubgraph(sub));

  const tenancy = async (householdId: string) =>
    sub.sql<{ running_lease: boolean; changed_at: number }>(
      `select running_lease, (extract(epoch from changed_at) * 1000)::float8 as changed_at
         from households.tenancy where household_id = ?`,
      [householdId],
    );
  const tenancyChanged = (householdId: string, runningLease: boolean, occurredAt: Date) =>
    envelope('TenancyChanged', { householdId, runningLease }, occurredAt);

  it('seeds the plan’s tenancies: running while a lease has no end date', async () => {
    const running = new Set(plan.leases.filter((l) => l.endDate === null).map((l) => l.householdId));
    const rows = await sub.sql<{ household_id: string; running_lease: boolean }>(
      'select household_id, running_lease from households.tenancy',
    );
    expect(rows.length).toBe(new Set(plan.leases.map((l) => l.householdId)).size);
    for (const row of rows) expect(row.running_lease).toBe(running.has(row.household_id));
  });

  it('records a running lease once however often the event is delivered, and keeps the newest fact', async () => {
    const withoutLease = plan.households.find((h) => !plan.leases.some((l) => l.householdId === h.id))!;
    expect(await tenancy(withoutLease.id)).toEqual([]);
    const signedAt = new Date(Date.now() + 1000);
    const signed = tenancyChanged(withoutLease.id, true, signedAt);
    expect(await applyOnce(sub.orm, eventHandlers, signed, context)).toBe(true);
    expect(await applyOnce(sub.orm, eventHandlers, signed, context)).toBe(false);
    expect(await tenancy(withoutLease.id)).toEqual([{ running_lease: true, changed_at: signedAt.getTime() }]);

    // An older fact arriving late changes nothing; a newer one wins.
    const stale = tenancyChanged(withoutLease.id, false, new Date(signedAt.getTime() - 60_000));
    expect(await applyOnce(sub.orm, eventHandlers, stale, context)).toBe(true);
    expect(await tenancy(withoutLease.id)).toEqual([{ running_lease: true, changed_at: signedAt.getTime() }]);
    const endedAt = new Date(signedAt.getTime() + 60_000);
    expect(
      await applyOnce(sub.orm, eventHandlers, tenancyChanged(withoutLease.id, false, endedAt), context),
    ).toBe(true);
    expect(await tenancy(withoutLease.id)).toEqual([{ running_lease: false, changed_at: endedAt.getTime() }]);
    const [{ n }] = await sub.sql<{ n: number }>(
      `select count(*)::int as n from households.inbox where type = 'TenancyChanged'`,
    );
    expect(n).toBe(3);
  });
});

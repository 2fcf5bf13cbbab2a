import { randomUUID } from 'node:crypto';
import { buildDemoPlan } from '@ash/demo';
import { applyOnce, Calendar, type DomainEvents, type EventEnvelope, type EventType } from '@ash/kit';
import { actorFor, clockOn, errorCode } from '@ash/testkit';
import {
  ANONYMOUS_NAME,
  eraseInactiveHouseholds,
  eventHandlers,
  RETENTION_ACTOR,
  retentionCutoff,
} from '../src';
import { readConfig } from '../src/config';
import { dataOf, type Subgraph, startSubgraph, stopSubgraph, UNKNOWN_ID } from './support';

const plan = buildDemoPlan({ dwellings: 400, applications: 60, today: '2026-11-15' });
const admin = actorFor('ADMIN');
const social = actorFor('SOCIAL_MANAGER');
const OPEN = (status: string) => status !== 'MOVED_IN' && status !== 'WITHDRAWN';
const occurrences = (text: string, value: string) => text.split(value).length - 1;

const ERASE = `mutation($id: ID!, $reason: String!) {
  eraseHousehold(householdId: $id, reason: $reason) {
    householdId erasedAt erasedBy membersAnonymised applicationsAnonymised } }`;
const EXPORT = `query($id: ID!) { subjectAccessExport(householdId: $id) { householdId exportedAt households } }`;

/** A demo household with an application that has transitions (and so notes). */
function householdWithHistory(skip: string[] = []) {
  const application = plan.applications.find((a) => a.history.length > 1 && !skip.includes(a.householdId));
  if (!application) throw new Error('no application with history in the plan');
  return plan.households.find((h) => h.id === application.householdId)!;
}

describe('eraseHousehold (right to erasure)', () => {
  let sub: Subgraph;
  beforeAll(async () => {
    sub = await startSubgraph('households_erasure', plan);
  });
  afterAll(() => stopSubgraph(sub));

  const counts = async () =>
    (
      await sub.sql<{ households: number; persons: number; applications: number; transitions: number }>(
        `select (select count(*)::int from households.household) as households,
                (select count(*)::int from households.person) as persons,
                (select count(*)::int from households.application) as applications,
                (select count(*)::int from households.application_transition) as transitions`,
      )
    )[0];

  it('anonymises the members, applications and notes of a household, keeping what indicators need', async () => {
    const household = householdWithHistory();
    const before = await counts();
    const statuses = await sub.sql(
      'select id, status, submitted_at, max_rent_cents from households.application where household_id = ? order by id',
      [household.id],
    );
    const receipt = dataOf<Record<string, unknown>>(
      await sub.server.execute(social, ERASE, {
        id: household.id,
        reason: 'Request of the tenant, 2026-11-15',
      }),
      'eraseHousehold',
    );
    expect(receipt).toMatchObject({
      householdId: household.id,
      erasedBy: social.userId,
      membersAnonymised: household.members.length,
    });
    expect(receipt.applicationsAnonymised).toBeGreaterThan(0);

    const members = await sub.sql<{ first_name: string; last_name: string; birth_date: string }>(
      `select first_name, last_name, to_char(birth_date, 'YYYY-MM-DD') as birth_date
         from households.person where household_id = ? order by birth_date`,
      [household.id],
    );
    expect(members).toHaveLength(household.members.length);
    for (const member of members) {
      expect(member.first_name).toBe(ANONYMOUS_NAME);
      expect(member.last_name).toBe(ANONYMOUS_NAME);
      expect(member.birth_date).toMatch(/^\d{4}-01-01$/);
    }
    expect(members.map((m) => m.birth_date.slice(0, 4)).sort()).toEqual(
      household.members.map((m) => m.birthDate.slice(0, 4)).sort(),
    );
    const applications = await sub.sql<{ registration_number: string }>(
      'select registration_number from households.application where household_id = ?',
      [household.id],
    );
    for (const a of applications) expect(a.registration_number).toMatch(/^ERASED-[0-9a-f]{12}$/);
    const notes = await sub.sql<{ n: number }>(
      `select count(*)::int as n from households.application_transition t
         join households.application a on a.id = t.application_id
        where a.household_id = ? and t.note is not null`,
      [household.id],
    );
    expect(notes[0].n).toBe(0);
    const [row] = await sub.sql<Record<string, unknown>>(
      'select consent_to_share_date, erased_at, erased_by, erasure_reason, target_public from households.household where id = ?',
      [household.id],
    );
    expect(row).toMatchObject({
      consent_to_share_date: null,
      erased_by: social.userId,
      erasure_reason: 'Request of the tenant, 2026-11-15',
      target_public: household.targetPublic,
    });
    expect(row.erased_at).not.toBeNull();
    // Anonymised, never deleted: counts, statuses, dates and amounts stay.
    expect(await counts()).toEqual(before);
    expect(
      await sub.sql(
        'select id, status, submitted_at, max_rent_cents from households.application where household_id = ? order by id',
        [household.id],
      ),
    ).toEqual(statuses);
    const events = await sub.sql<{ payload: { householdId: string } }>(
      `select payload from households.outbox where type = 'HouseholdErased'`,
    );
    expect(events.map((e) => e.payload.householdId)).toEqual([household.id]);
  });

  it('refuses a second erasure of the same household with CONFLICT, changing nothing and sending nothing', async () => {
    const household = householdWithHistory();
    const [before] = await sub.sql('select erased_at, erased_by from households.household where id = ?', [
      household.id,
    ]);
    const again = await sub.server.execute(admin, ERASE, { id: household.id, reason: 'twice' });
    expect(errorCode(again)).toBe('CONFLICT');
    expect(again.errors?.[0].message).toMatch(/already erased/);
    expect(
      await sub.sql('select erased_at, erased_by from households.household where id = ?', [household.id]),
    ).toEqual([before]);
    const events = await sub.sql(`select 1 from households.outbox where type = 'HouseholdErased'`);
    expect(events).toHaveLength(1);
  });

  it.each(['RENTAL_MANAGER', 'SUPPORT_WORKER', 'EVALUATOR'] as const)(
    'refuses the erasure and the export to %s with FORBIDDEN',
    async (role) => {
      const household = householdWithHistory([householdWithHistory().id]);
      const erase = await sub.server.execute(actorFor(role), ERASE, { id: household.id, reason: 'no' });
      expect(errorCode(erase)).toBe('FORBIDDEN');
      const exported = await sub.server.execute(actorFor(role), EXPORT, { id: household.id });
      expect(errorCode(exported)).toBe('FORBIDDEN');
      const [row] = await sub.sql<{ erased_at: unknown }>(
        'select erased_at from households.household where id = ?',
        [household.id],
      );
      expect(row.erased_at).toBeNull();
    },
  );

  it('answers NOT_FOUND for an unknown household, BAD_USER_INPUT for a blank reason', async () => {
    expect(errorCode(await sub.server.execute(admin, ERASE, { id: UNKNOWN_ID, reason: 'x' }))).toBe(
      'NOT_FOUND',
    );
    expect(errorCode(await sub.server.execute(admin, ERASE, { id: 'not-a-uuid', reason: 'x' }))).toBe(
      'NOT_FOUND',
    );
    expect(errorCode(await sub.server.execute(admin, EXPORT, { id: UNKNOWN_ID }))).toBe('NOT_FOUND');
    const household = householdWithHistory([householdWithHistory().id]);
    expect(errorCode(await sub.server.execute(admin, ERASE, { id: household.id, reason: '  ' }))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('exports every row of the household as plain JSON, and the export of an erased one names nobody', async () => {
    const household = householdWithHistory([householdWithHistory().id]);
    const application = plan.applications.find((a) => a.householdId === household.id)!;
    const exported = dataOf<{
      householdId: string;
      households: Record<string, unknown[]> & { household: object };
    }>(await sub.server.execute(admin, EXPORT, { id: household.id }), 'subjectAccessExport');
    expect(exported.householdId).toBe(household.id);
    expect(exported.households.household).toMatchObject({ id: household.id, reference: household.reference });
    expect(exported.households.members).toHaveLength(household.members.length);
    expect(exported.households.members[0]).toHaveProperty('birthDate');
    const exportedApplication = exported.households.applications.find(
      (a) => (a as { id: string }).id === application.id,
    ) as { registrationNumber: string; status: string; transitions: unknown[] };
    expect(exportedApplication).toMatchObject({
      registrationNumber: application.registrationNumber,
      status: application.status,
    });
    expect(exportedApplication.transitions.length).toBeGreaterThan(0);
    const text = JSON.stringify(exported);
    for (const member of household.members) expect(text).toContain(JSON.stringify(member.lastName));

    await sub.server.execute(admin, ERASE, { id: household.id, reason: 'Request of the tenant' });
    const after = JSON.stringify(
      dataOf(await sub.server.execute(admin, EXPORT, { id: household.id }), 'subjectAccessExport'),
    );
    for (const member of household.members) {
      expect(after).not.toContain(JSON.stringify(member.firstName));
      expect(after).not.toContain(JSON.stringify(member.lastName));
      // A birth date may also be the date of something else: only the members' occurrences go.
      const others =
        occurrences(text, member.birthDate) -
        household.members.filter((m) => m.birthDate === member.birthDate).length;
      if (!member.birthDate.endsWith('-01-01')) expect(occurrences(after, member.birthDate)).toBe(others);
    }
    expect(after).not.toContain(application.registrationNumber);
  });

  it('records the read of an export in the audit trail', async () => {
    const household = householdWithHistory();
    await sub.server.execute(admin, EXPORT, { id: household.id });
    const records = await sub.sql<{
      payload: { entries: { entityType: string; entityId: string; fields: string[] }[] };
    }>(`select payload from households.outbox where type = 'AuditRecorded'`);
    const reads = records
      .flatMap((r) => r.payload.entries)
      .filter((e) => e.entityType === 'SubjectAccessExport');
    expect(reads).toContainEqual(
      expect.objectContaining({ action: 'READ', entityId: household.id, fields: ['households'] }),
    );
  });
});

describe('retention of inactive households', () => {
  let sub: Subgraph;
  // Retention runs on 15 June 2031: households unchanged since before 15 June 2026 are inactive.
  const calendar = new Calendar(clockOn('2031-06-15', '03:00'));
  beforeAll(async () => {
    sub = await startSubgraph('households_retention', plan);
  });
  afterAll(() => stopSubgraph(sub));

  // Housed (a running lease) or followed (a running accompaniment): never inactive, as the plan seeds them.
  const housed = new Set(plan.leases.filter((l) => l.endDate === null).map((l) => l.householdId));
  const followed = new Set(plan.accompaniments.filter((a) => a.phase !== 'ENDED').map((a) => a.householdId));
  const settled = (h: { id: string }) => !housed.has(h.id) && !followed.has(h.id);
  const closed = plan.households.filter((h) => {
    const applications = plan.applications.filter((a) => a.householdId === h.id);
    return applications.length > 0 && applications.every((a) => !OPEN(a.status));
  });
  const open = plan.households.filter((h) =>
    plan.applications.some((a) => a.householdId === h.id && OPEN(a.status)),
  );
  const withoutApplication = plan.households.filter(
    (h) => settled(h) && !plan.applications.some((a) => a.householdId === h.id),
  );

  function event<T extends EventType>(type: T, payload: DomainEvents[T]): EventEnvelope<T> {
    return { id: randomUUID(), type, payload, actor: admin.userId, occurredAt: new Date().toISOString() };
  }

  /** Makes a household look untouched since `householdAt`, its applications since `applicationsAt`. */
  async function ageHousehold(id: string, householdAt: string, applicationsAt: string) {
    await sub.sql('update households.household set updated_at = ? where id = ?', [householdAt, id]);
    await sub.sql('update households.application set status_changed_at = ? where household_id = ?', [
      applicationsAt,
      id,
    ]);
  }

  it('runs the daily job unless HOUSEHOLDS_RETENTION_JOB is off', () => {
    expect(readConfig({}).retentionJob).toBe(true);
    expect(readConfig({ HOUSEHOLDS_RETENTION_JOB: '' }).retentionJob).toBe(true);
    expect(readConfig({ HOUSEHOLDS_RETENTION_JOB: 'ON' }).retentionJob).toBe(true);
    expect(readConfig({ HOUSEHOLDS_RETENTION_JOB: 'off' }).retentionJob).toBe(false);
    expect(() => readConfig({ HOUSEHOLDS_RETENTION_JOB: 'yes' })).toThrow('HOUSEHOLDS_RETENTION_JOB');
  });

  it('computes the cutoff N years before today', () => {
    expect(retentionCutoff('2031-06-15', 5)).toBe('2026-06-15');
    expect(retentionCutoff('2028-02-29', 1)).toBe('2027-02-28');
  });

  it('erases, as retention-job, only households with nothing open and nothing changed for N years', async () => {
    expect(closed.filter(settled).length).toBeGreaterThanOrEqual(3);
    expect(open.length).toBeGreaterThanOrEqual(1);
    const [inactive, recentApplication, recentHousehold] = closed.filter(settled);
    const [stillOpen] = open;
    const [noApplication] = withoutApplication;
    await ageHousehold(inactive.id, '2025-01-01', '2025-01-01');
    await ageHousehold(recentApplication.id, '2025-01-01', '2027-01-01');
    await ageHousehold(recentHousehold.id, '2027-01-01', '2025-01-01');
    await ageHousehold(stillOpen.id, '2025-01-01', '2025-01-01');
    if (noApplication) await ageHousehold(noApplication.id, '2025-01-01', '2025-01-01');

    const erased = await eraseInactiveHouseholds(sub.orm.em.fork(), { years: 5, calendar });
    const expected = [inactive.id, ...(noApplication ? [noApplication.id] : [])];
    expect(erased.sort()).toEqual(expected.sort());
    const rows = await sub.sql<{ id: string; erased_by: string; last_name: string }>(
      `select h.id, h.erased_by, p.last_name from households.household h join households.person p on p.household_id = h.id
        where h.erased_at is not null`,
    );
    expect(new Set(rows.map((r) => r.id))).toEqual(new Set(expected));
    for (const row of rows) {
      expect(row.erased_by).toBe(RETENTION_ACTOR);
      expect(row.last_name).toBe(ANONYMOUS_NAME);
    }
  });

  it('skips a household with a running lease and one in a caseload until the lease and the accompaniment end', async () => {
    const tenant = closed.find((h) => housed.has(h.id) && !followed.has(h.id))!;
    const [, accompanied, inactive] = withoutApplication;
    expect([tenant, accompanied, inactive].every(Boolean)).toBe(true);
    // An accompaniment starts for a household whose file has not moved in years.
    await applyOnce(
      sub.orm,
      eventHandlers,
      event('CaseloadChanged', { householdId: accompanied.id, supportWorkerIds: ['sw-retention'] }),
    );
    for (const h of [tenant, accompanied, inactive]) await ageHousehold(h.id, '2025-01-01', '2025-01-01');

    expect(await eraseInactiveHouseholds(sub.orm.em.fork(), { years: 5, calendar })).toEqual([inactive.id]);
    const erased = async (id: string) =>
      (
        await sub.sql<{ erased_at: unknown }>('select erased_at from households.household where id = ?', [id])
      )[0].erased_at !== null;
    expect(await erased(tenant.id)).toBe(false);
    expect(await erased(accompanied.id)).toBe(false);

    // The lease ends, the accompaniment ends (no support worker left): both become inactive.
    await applyOnce(
      sub.orm,
      eventHandlers,
      event('TenancyChanged', { householdId: tenant.id, runningLease: false }),
    );
    await applyOnce(
      sub.orm,
      eventHandlers,
      event('CaseloadChanged', { householdId: accompanied.id, supportWorkerIds: [] }),
    );
    expect((await eraseInactiveHouseholds(sub.orm.em.fork(), { years: 5, calendar })).sort()).toEqual(
      [tenant.id, accompanied.id].sort(),
    );
  });

  it('does nothing more on a second run', async () => {
    const sent = async () =>
      (await sub.sql(`select 1 from households.outbox where type = 'HouseholdErased'`)).length;
    const before = await sent();
    expect(before).toBeGreaterThan(0);
    expect(await eraseInactiveHouseholds(sub.orm.em.fork(), { years: 5, calendar })).toEqual([]);
    expect(await sent()).toBe(before);
  });
});

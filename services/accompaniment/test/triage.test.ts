import { randomUUID } from 'node:crypto';
import { buildDemoPlan } from '@ash/demo';
import { applyOnce, migrate, type SubgraphServer } from '@ash/kit';
import { actorFor, clockOn, createTestDatabase, eventContextOn, type TestDatabase } from '@ash/testkit';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createServer, eventHandlersFor, openOrm, seedAccompaniment } from '../src';
import { DEFAULT_TRIAGE_DAYS, parseTriageDays, readConfig } from '../src/config';
import { Alert } from '../src/modules/alert/alert.entity';
import { AlertSource } from '../src/modules/alert/alert.enums';
import { triageDeadline } from '../src/modules/alert/triage';

/** Triage deadlines per alert source (ACCOMPANIMENT_TRIAGE_DAYS), counted in working days. */

describe('ACCOMPANIMENT_TRIAGE_DAYS', () => {
  it('defaults to five working days for every source', () => {
    expect(parseTriageDays(undefined)).toEqual(DEFAULT_TRIAGE_DAYS);
    for (const source of Object.values(AlertSource)) expect(DEFAULT_TRIAGE_DAYS[source]).toBe(5);
    expect(readConfig({}).triageDays).toEqual(DEFAULT_TRIAGE_DAYS);
  });

  it('overrides the sources named, keeps five for the others', () => {
    const days = readConfig({
      ACCOMPANIMENT_TRIAGE_DAYS: 'ARREARS_MEETING=3, NEIGHBOUR=5,FAMILY=10',
    }).triageDays;
    expect(days).toMatchObject({
      ARREARS_MEETING: 3,
      NEIGHBOUR: 5,
      FAMILY: 10,
      PARTNER: 5,
      TENANT_REQUEST: 5,
    });
  });

  it.each([
    'ARREARS=3',
    'ARREARS_MEETING=0',
    'ARREARS_MEETING=21',
    'ARREARS_MEETING=2.5',
    'ARREARS_MEETING',
    'ARREARS_MEETING=3,ARREARS_MEETING=4',
    'arrears_meeting=3',
  ])('refuses %s', (raw) => {
    expect(() => parseTriageDays(raw)).toThrow(/ACCOMPANIMENT_TRIAGE_DAYS/);
  });

  it('counts working days only over weekends, per source', () => {
    const days = parseTriageDays('ARREARS_MEETING=3,NEIGHBOUR=5,FAMILY=10');
    // Thursday 26 November 2026, noon in Rouen.
    const thursday = new Date('2026-11-26T11:00:00Z');
    expect(triageDeadline(thursday, days.ARREARS_MEETING)).toBe('2026-12-01'); // Fri, Mon, Tue
    expect(triageDeadline(thursday, days.NEIGHBOUR)).toBe('2026-12-03');
    expect(triageDeadline(thursday, days.FAMILY)).toBe('2026-12-10');
    // Raised on a Saturday: the first working day counted is Monday.
    const saturday = new Date('2026-11-28T11:00:00Z');
    expect(triageDeadline(saturday, days.ARREARS_MEETING)).toBe('2026-12-02');
    expect(triageDeadline(saturday, days.PARTNER)).toBe('2026-12-04');
    // Late Friday evening in Rouen is still Friday.
    expect(triageDeadline(new Date('2026-11-27T22:30:00Z'), 1)).toBe('2026-11-30');
  });
});

describe('triage deadlines of raised alerts', () => {
  let db: TestDatabase;
  let orm: MikroORM;
  let server: SubgraphServer;
  const plan = buildDemoPlan({ dwellings: 300, applications: 40, today: '2026-11-15' });
  const triageDays = parseTriageDays('ARREARS_MEETING=3,NEIGHBOUR=7');
  const social = actorFor('SOCIAL_MANAGER');
  const household = plan.accompaniments.find((a) => a.phase !== 'ENDED')!.householdId;

  beforeAll(async () => {
    db = await createTestDatabase('accompaniment_triage');
    orm = await openOrm(db.url);
    await migrate(orm);
    await seedAccompaniment(orm, plan);
    server = await createServer({
      orm,
      gatewaySecret: 'test-secret',
      clock: clockOn(plan.today),
      triageDays,
    });
  });

  afterAll(async () => {
    await server?.stop();
    await orm?.close();
    await db?.drop();
  });

  const RAISE = `mutation($input: RaiseAlertInput!) { raiseAlert(input: $input) { raisedAt triageDeadline } }`;

  // Raised on the plan's day, Sunday 15 November 2026: working days count from Monday 16.
  it.each([
    ['NEIGHBOUR', 7, '2026-11-24'], // Mon 16 … Fri 20, Mon 23, Tue 24
    ['TENANT_REQUEST', 5, '2026-11-20'],
  ])('gives a %s alert %i working days', async (source, _days, deadline) => {
    const result = await server.execute(social, RAISE, {
      input: { householdId: household, source, signs: ['NEIGHBOUR_CONFLICT'], description: 'Signalement' },
    });
    expect(result.errors).toBeUndefined();
    const alert = result.data?.raiseAlert as { raisedAt: string; triageDeadline: string };
    expect(alert.triageDeadline).toBe(deadline);
  });

  it('gives an alert raised from arrears the ARREARS_MEETING deadline, once while it is open', async () => {
    const event = () => ({
      id: randomUUID(),
      type: 'ArrearsReached' as const,
      payload: { householdId: household, leaseId: randomUUID(), monthsInArrears: 2, arrearsCents: 123_456 },
      actor: 'rm-test',
      occurredAt: new Date().toISOString(),
    });
    const handlers = eventHandlersFor({ triageDays });
    const context = eventContextOn(plan.today);
    expect(await applyOnce(orm, handlers, event(), context)).toBe(true);
    expect(await applyOnce(orm, handlers, event(), context)).toBe(true);
    const raised = await orm.em
      .fork()
      .find(Alert, { householdId: household, description: 'Impayés ≥ 2 mois' });
    expect(raised).toHaveLength(1);
    expect(raised[0]).toMatchObject({ arrearsMonths: 2, arrearsCents: 123_456 });
    // Three working days from Sunday 15 November: Mon 16, Tue 17, Wed 18.
    expect(raised[0].triageDeadline).toBe('2026-11-18');
    expect(raised[0].raisedAt.toISOString()).toMatch(/^2026-11-15T11:/);
  });
});

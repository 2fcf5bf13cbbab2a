import { randomUUID } from 'node:crypto';
import { buildDemoPlan } from '@ash/demo';
import { applyOnce, ERASED_TEXT, type EventEnvelope, migrate, type SubgraphServer } from '@ash/kit';
import {
  actorFor,
  clockOn,
  createTestDatabase,
  errorCode,
  sqlCounter,
  type TestDatabase,
} from '@ash/testkit';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createServer, eventHandlers, openOrm, seedAccompaniment } from '../src';

let db: TestDatabase;
let orm: MikroORM;
let server: SubgraphServer;
const counter = sqlCounter();
const plan = buildDemoPlan({ dwellings: 400, applications: 40, today: '2026-11-15' });
// The household to erase, with a diagnostic and alerts; another one that must stay untouched.
const [erased, untouched] = plan.accompaniments.filter((a) => a.diagnostic && a.alerts.length > 0);

const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []) =>
  orm.em.fork().getConnection().execute(query, params) as Promise<T[]>;

/** Free texts everywhere about a household, each with its non-free columns. */
async function textsOf(householdId: string) {
  const ofHousehold = 'in (select id from accompaniment.accompaniment where household_id = ?)';
  return {
    accompaniments: await sql(
      'select kind, phase, start_date, end_date, outcome, end_reason from accompaniment.accompaniment where household_id = ? order by id',
      [householdId],
    ),
    phaseChanges: await sql(
      `select from_phase, to_phase, at, note from accompaniment.phase_change where accompaniment_id ${ofHousehold} order by id`,
      [householdId],
    ),
    contacts: await sql(
      `select date, kind, configuration, time_slot, place, outcome, note from accompaniment.contact where accompaniment_id ${ofHousehold} order by id`,
      [householdId],
    ),
    diagnostics: await sql<{ areas: { area: string; needs: string }[] }>(
      `select date, areas from accompaniment.diagnostic where accompaniment_id ${ofHousehold} order by id`,
      [householdId],
    ),
    goals: await sql<{ position: number; label: string; progress: number }>(
      `select g.position, g.label, g.progress from accompaniment.goal g join accompaniment.diagnostic d on d.id = g.diagnostic_id
        where d.accompaniment_id ${ofHousehold} order by g.id`,
      [householdId],
    ),
    reviews: await sql<{ summary: string; goal_progress: { goal: string; progress: number }[] }>(
      `select date, summary, goal_progress from accompaniment.review where accompaniment_id ${ofHousehold} order by id`,
      [householdId],
    ),
    decisions: await sql(
      `select decision from accompaniment.committee_decision where accompaniment_id ${ofHousehold} order by id`,
      [householdId],
    ),
    alerts: await sql(
      'select source, signs, status, raised_at, description from accompaniment.alert where household_id = ? order by id',
      [householdId],
    ),
    alertTransitions: await sql(
      `select from_status, to_status, at, note from accompaniment.alert_transition
        where alert_id in (select id from accompaniment.alert where household_id = ?) order by id`,
      [householdId],
    ),
  };
}

/** Gives the household a note, a review and a committee decision wherever the seed has none. */
async function writeFreeTexts(accompanimentId: string, householdId: string) {
  await sql(`update accompaniment.phase_change set note = 'Mme X. a appelé' where accompaniment_id = ?`, [
    accompanimentId,
  ]);
  await sql(`update accompaniment.contact set note = 'Rencontrée chez sa sœur' where accompaniment_id = ?`, [
    accompanimentId,
  ]);
  await sql(
    `update accompaniment.alert_transition set note = 'Voisin inquiet' where alert_id in (select id from accompaniment.alert where household_id = ?)`,
    [householdId],
  );
  const goals = await sql<{ label: string }>(
    'select g.label from accompaniment.goal g join accompaniment.diagnostic d on d.id = g.diagnostic_id where d.accompaniment_id = ? order by g.position',
    [accompanimentId],
  );
  await sql(
    `insert into accompaniment.review (id, created_by, updated_by, accompaniment_id, date, summary, goal_progress)
     values (?, 'test', 'test', ?, '2026-10-01', 'Reprise du travail chez M. Y.', ?::jsonb)`,
    [randomUUID(), accompanimentId, JSON.stringify(goals.map((g) => ({ goal: g.label, progress: 40 })))],
  );
  const committee = randomUUID();
  await sql(
    `insert into accompaniment.follow_up_committee (id, created_by, updated_by, date, participants)
     values (?, 'test', 'test', '2026-10-02', '{Ensemble,ICF}')`,
    [committee],
  );
  await sql(
    `insert into accompaniment.committee_decision (id, created_by, updated_by, committee_id, accompaniment_id, decision)
     values (?, 'test', 'test', ?, ?, 'Orientation vers un CMP pour Mme X.')`,
    [randomUUID(), committee, accompanimentId],
  );
}

const householdErased = (householdId: string): EventEnvelope<'HouseholdErased'> => ({
  id: randomUUID(),
  type: 'HouseholdErased',
  payload: { householdId, erasedAt: new Date().toISOString() },
  actor: 'sm-thomas-leroy',
  occurredAt: new Date().toISOString(),
});

beforeAll(async () => {
  db = await createTestDatabase('accompaniment_privacy');
  orm = await openOrm(db.url, counter.onQuery);
  await migrate(orm);
  await seedAccompaniment(orm, plan);
  server = await createServer({ orm, gatewaySecret: 'test-secret', clock: clockOn(plan.today) });
  await writeFreeTexts(erased.id, erased.householdId);
  await writeFreeTexts(untouched.id, untouched.householdId);
});

afterAll(async () => {
  await server.stop();
  await orm.close();
  await db.drop();
});

describe('HouseholdErased in accompaniment', () => {
  it('clears every free text about the household and keeps kinds, phases, dates and outcomes', async () => {
    const before = await textsOf(erased.householdId);
    const other = await textsOf(untouched.householdId);
    expect(before.reviews).toHaveLength(1);
    expect(before.contacts.length).toBeGreaterThan(0);

    expect(await applyOnce(orm, eventHandlers, householdErased(erased.householdId))).toBe(true);
    const after = await textsOf(erased.householdId);

    expect(after.accompaniments).toEqual(
      before.accompaniments.map((a) => ({ ...a, end_reason: a.end_reason === null ? null : ERASED_TEXT })),
    );
    expect(after.phaseChanges).toEqual(before.phaseChanges.map((p) => ({ ...p, note: null })));
    expect(after.contacts).toEqual(before.contacts.map((c) => ({ ...c, note: null })));
    expect(after.alertTransitions).toEqual(before.alertTransitions.map((t) => ({ ...t, note: null })));
    expect(after.alerts).toEqual(before.alerts.map((a) => ({ ...a, description: ERASED_TEXT })));
    expect(after.decisions).toEqual(before.decisions.map(() => ({ decision: ERASED_TEXT })));
    for (const diagnostic of after.diagnostics) {
      for (const area of diagnostic.areas) expect(area.needs).toBe(ERASED_TEXT);
    }
    expect(after.diagnostics.map((d) => d.areas.map((a) => a.area))).toEqual(
      before.diagnostics.map((d) => d.areas.map((a) => a.area)),
    );
    expect(after.goals).toEqual(before.goals.map((g) => ({ ...g, label: `Objectif ${g.position + 1}` })));
    // Reviews still follow each goal, by its rank, with its progress.
    expect(after.reviews[0].summary).toBe(ERASED_TEXT);
    expect(after.reviews[0].goal_progress).toEqual(
      [...before.goals]
        .sort((a, b) => a.position - b.position)
        .map((g) => ({
          goal: `Objectif ${g.position + 1}`,
          progress: 40,
        })),
    );
    expect(await textsOf(untouched.householdId)).toEqual(other);
  });

  it('applies a second delivery of the same event once', async () => {
    const event = householdErased(untouched.householdId);
    expect(await applyOnce(orm, eventHandlers, event)).toBe(true);
    const once = await textsOf(untouched.householdId);
    expect(await applyOnce(orm, eventHandlers, event)).toBe(false);
    expect(await textsOf(untouched.householdId)).toEqual(once);
  });

  it('records the writes in the audit trail', async () => {
    const records = await sql<{ payload: { userId: string; entries: { entityType: string }[] } }>(
      `select payload from accompaniment.outbox where type = 'AuditRecorded'`,
    );
    const types = new Set(records.flatMap((r) => r.payload.entries.map((e) => e.entityType)));
    for (const type of ['Contact', 'Alert', 'Diagnostic', 'Goal', 'Review', 'CommitteeDecision']) {
      expect(types).toContain(type);
    }
  });
});

describe('subject access export in accompaniment', () => {
  const EXPORT = `query($reps: [_Any!]!) { _entities(representations: $reps) {
    ... on SubjectAccessExport { householdId accompaniment accompanimentConventionIds } } }`;

  it('returns the accompaniments, alerts and conventions of each household in one statement', async () => {
    const reps = [erased, untouched].map((a) => ({
      __typename: 'SubjectAccessExport',
      householdId: a.householdId,
    }));
    counter.reset();
    const result = await server.execute(actorFor('ADMIN'), EXPORT, { reps });
    expect(result.errors).toBeUndefined();
    expect(counter.statements.filter((s) => /^\s*select/i.test(s.replace(/^\[query\]\s*/, '')))).toHaveLength(
      1,
    );
    const [first, second] = (result.data?._entities ?? []) as {
      householdId: string;
      accompaniment: { accompaniments: { id: string; contacts: unknown[] }[]; alerts: unknown[] };
      accompanimentConventionIds: string[];
    }[];
    expect(first.householdId).toBe(erased.householdId);
    expect(first.accompaniment.accompaniments.map((a) => a.id)).toContain(erased.id);
    expect(first.accompaniment.alerts).toHaveLength(
      plan.accompaniments.filter((a) => a.householdId === erased.householdId).flatMap((a) => a.alerts).length,
    );
    expect(first.accompanimentConventionIds).toContain(erased.conventionId);
    expect(second.accompanimentConventionIds).toContain(untouched.conventionId);
  });

  it.each(['RENTAL_MANAGER', 'SUPPORT_WORKER', 'EVALUATOR'] as const)('refuses it to %s', async (role) => {
    const reps = [{ __typename: 'SubjectAccessExport', householdId: erased.householdId }];
    expect(errorCode(await server.execute(actorFor(role), EXPORT, { reps }))).toBe('FORBIDDEN');
  });
});

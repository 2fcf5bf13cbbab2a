import { randomUUID } from 'node:crypto';
import { applyOnce, type EventEnvelope, migrate } from '@ash/kit';
import { createTestDatabase, type TestDatabase } from '@ash/testkit';
import type { MikroORM } from '@mikro-orm/postgresql';
import { eventHandlers, openOrm } from '../src';

/** Accompaniment's projection of the target public (TargetPublicChanged), for its indicators. */

let db: TestDatabase;
let orm: MikroORM;

beforeAll(async () => {
  db = await createTestDatabase('accompaniment_target_public');
  orm = await openOrm(db.url);
  await migrate(orm);
});

afterAll(async () => {
  await orm?.close();
  await db?.drop();
});

const changed = (
  householdId: string,
  targetPublic: string | null,
  occurredAt: string,
): EventEnvelope<'TargetPublicChanged'> => ({
  id: randomUUID(),
  type: 'TargetPublicChanged',
  payload: { householdId, targetPublic },
  actor: 'sm-test',
  occurredAt,
});

const targetPublicOf = async (householdId: string) => {
  const rows: { target_public: string | null }[] = await orm.em
    .fork()
    .getConnection()
    .execute('select target_public from "accompaniment"."target_public" where household_id = ?', [
      householdId,
    ]);
  return rows[0]?.target_public;
};

describe('TargetPublicChanged', () => {
  it('keeps the newest target public; an older event changes nothing; null clears it', async () => {
    const household = randomUUID();
    expect(
      await applyOnce(orm, eventHandlers, changed(household, 'SINGLE_PARENT', '2026-01-02T10:00:00Z')),
    ).toBe(true);
    expect(await targetPublicOf(household)).toBe('SINGLE_PARENT');
    await applyOnce(orm, eventHandlers, changed(household, 'LEAVING_PRISON', '2026-01-01T10:00:00Z'));
    expect(await targetPublicOf(household)).toBe('SINGLE_PARENT');
    await applyOnce(orm, eventHandlers, changed(household, null, '2026-01-03T10:00:00Z'));
    expect(await targetPublicOf(household)).toBeNull();
  });
});

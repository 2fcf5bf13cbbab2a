import { buildDemoPlan } from '@ash/demo';
import { Calendar } from '@ash/kit';
import { type Data, eventually, startSystem, type TestSystem } from './system';

// The plan is the demo of today, at the agency; the system's servers run at noon that day.
const today = new Calendar().today();
const plan = buildDemoPlan({ dwellings: 400, applications: 40, today });
let system: TestSystem;

beforeAll(async () => {
  system = await startSystem(plan, { events: true });
});

afterAll(async () => {
  await system?.stop();
});

const TRAIL = `query($id: ID!) { auditTrail(entityId: $id, first: 100) { totalCount edges { node { action entityType fields userId role subgraph requestId } } } }`;

async function trail(entityId: string): Promise<Data[]> {
  const result = await system.as('ADMIN')(TRAIL, { id: entityId });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data?.auditTrail.edges.map((e: { node: Data }) => e.node);
}

/** Waits until the relays have nothing left to publish and the audit consumer has caught up. */
async function settled(): Promise<void> {
  await eventually(async () => {
    for (const [name, orm] of Object.entries(system.orms)) {
      const [row] = (await orm.em
        .fork()
        .getConnection()
        .execute(`select count(*)::int as n from "${name}".outbox where published_at is null`)) as {
        n: number;
      }[];
      if (row.n > 0) return false;
    }
    const [pending] = (await system.orms.households.em
      .fork()
      .getConnection()
      .execute(
        `select count(*)::int as n from pgboss.job where name = 'households.events' and state in ('created', 'retry', 'active')`,
      )) as {
      n: number;
    }[];
    return pending.n === 0;
  });
}

describe('the audit trail', () => {
  const household = plan.households.find((h) => h.targetPublic === 'LEAVING_PRISON')!;

  it('records exactly one line when a sensitive field is read, none for ordinary fields', async () => {
    await settled();
    const before = (await trail(household.id)).length;
    const read = await system.as('SOCIAL_MANAGER')(`{ household(id: "${household.id}") { reference size } }`);
    expect(read.errors).toBeUndefined();
    await settled();
    expect((await trail(household.id)).length).toBe(before);

    const sensitive = await system.as('SOCIAL_MANAGER')(
      `{ household(id: "${household.id}") { reference targetPublic } }`,
    );
    expect(sensitive.data?.household.targetPublic).toBe('LEAVING_PRISON');
    await settled();
    const lines = await trail(household.id);
    expect(lines.length).toBe(before + 1);
    expect(lines[0]).toMatchObject({
      action: 'READ',
      entityType: 'Household',
      fields: ['targetPublic'],
      userId: 'sm-nadia-benali',
      role: 'SOCIAL_MANAGER',
      subgraph: 'households',
    });
    expect(lines[0].requestId).toEqual(expect.any(String));
  });

  it('records exactly one line for a write, with the fields written and who wrote them', async () => {
    const dwelling = plan.dwellings.find((d) => d.status === 'VACANT')!;
    await settled();
    const before = (await trail(dwelling.id)).length;
    const write = await system.as('RENTAL_MANAGER')(
      `mutation { updateDwelling(id: "${dwelling.id}", input: { version: 1, rentCents: ${dwelling.rentCents + 100} }) { rentCents } }`,
    );
    expect(write.errors).toBeUndefined();
    await settled();
    const lines = await trail(dwelling.id);
    expect(lines.length).toBe(before + 1);
    expect(lines[0]).toMatchObject({
      action: 'UPDATE',
      entityType: 'Dwelling',
      fields: ['rentCents'],
      userId: 'rm-claire-martin',
      role: 'RENTAL_MANAGER',
      subgraph: 'housing',
    });
  });

  it('is readable by administrators and social managers only', async () => {
    for (const role of ['RENTAL_MANAGER', 'SUPPORT_WORKER', 'EVALUATOR'] as const) {
      const result = await system.as(role)(TRAIL, { id: household.id });
      expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect((await system.as('SOCIAL_MANAGER')(TRAIL, { id: household.id })).errors).toBeUndefined();
  });

  it('cannot be changed or deleted in the database either', async () => {
    const connection = system.orms.households.em.fork().getConnection();
    await expect(connection.execute(`update households.audit_log set role = 'ADMIN'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(connection.execute('delete from households.audit_log')).rejects.toThrow(/append-only/);
  });
});

import { randomUUID } from 'node:crypto';
import { buildDemoPlan, type PlanDwelling } from '@ash/demo';
import { Calendar, type EventEnvelope, queueOf } from '@ash/kit';
import PgBoss from 'pg-boss';
import { type Data, eventually, startSystem, type TestSystem } from './system';

// The plan is the demo of today, at the agency; the system's servers run at noon that day.
const today = new Calendar().today();
const plan = buildDemoPlan({ dwellings: 400, applications: 60, today });
let system: TestSystem;

beforeAll(async () => {
  system = await startSystem(plan, { events: true });
});

afterAll(async () => {
  await system?.stop();
});

const social = (query: string, variables?: Record<string, unknown>) =>
  system.as('SOCIAL_MANAGER')(query, variables);
const rental = (query: string, variables?: Record<string, unknown>) =>
  system.as('RENTAL_MANAGER')(query, variables);

async function ok(result: Promise<{ data?: Data | null; errors?: unknown[] }>): Promise<Data> {
  const { data, errors } = await result;
  if (errors?.length) throw new Error(JSON.stringify(errors));
  return data as Data;
}

const commune = (dwelling: PlanDwelling) =>
  plan.residences.find((r) => r.id === dwelling.residenceId)!.commune;

/** A household made to match `dwelling` by every rule, registered through the gateway. */
async function registerMatchingHousehold(
  dwelling: PlanDwelling,
  reference: string,
): Promise<{ householdId: string; applicationId: string }> {
  const register = await ok(
    social(`mutation($input: RegisterHouseholdInput!) { registerHousehold(input: $input) { id } }`, {
      input: {
        reference,
        singleParent: true,
        monthlyResourcesCents: 250_000,
        housingBenefitCents: 20_000,
        targetPublic: 'SINGLE_PARENT',
        dalo: true,
        collectiveAgreement: false,
        pdalpd: true,
        stepFreeAccessNeed: false,
        consentToShareDate: today,
        members: [
          { firstName: 'Inès', lastName: 'Test', birthDate: '1990-04-02', role: 'ADULT' },
          { firstName: 'Lina', lastName: 'Test', birthDate: '2018-06-10', role: 'CHILD' },
          { firstName: 'Adam', lastName: 'Test', birthDate: '2021-01-15', role: 'CHILD' },
        ],
      },
    }),
  );
  const householdId = register.registerHousehold.id as string;
  const submitted = await ok(
    social(`mutation($input: SubmitApplicationInput!) { submitApplication(input: $input) { id status } }`, {
      input: {
        householdId,
        registrationNumber: `PIPE${reference.replace(/\W/g, '')}`.slice(0, 20),
        desiredTypologies: [dwelling.typology],
        desiredCommunes: [commune(dwelling)],
        maxRentCents: 200_000,
      },
    }),
  );
  expect(submitted.submitApplication.status).toBe('RECEIVED');
  return { householdId, applicationId: submitted.submitApplication.id };
}

describe('the access pathway through the gateway', () => {
  it('takes an application from RECEIVED to MOVED_IN, with the dwelling and the accompaniment following', async () => {
    const dwelling = plan.dwellings.find(
      (d) =>
        d.status === 'VACANT' &&
        d.typology === 'T3' &&
        d.contingent !== 'EMPLOYER' &&
        !plan.commissions.some((c) => c.items.some((i) => i.dwellingId === d.id)),
    )!;
    const { householdId, applicationId } = await registerMatchingHousehold(dwelling, 'MEN-PIPE-1');
    const renewal = plan.conventions[1];
    // Accompaniment learns of the new household from its HouseholdRegistered event, within moments.
    const opened = await eventually(async () => {
      const answer = await social(
        `mutation($input: OpenAccompanimentInput!) { openAccompaniment(input: $input) { id phase } }`,
        {
          input: {
            householdId,
            kind: 'ACCESS',
            supportWorkerId: 'sw-julie-moreau',
            socialReferentId: 'sm-nadia-benali',
            startDate: today,
            conventionId: renewal.id,
          },
        },
      );
      return answer.errors ? undefined : (answer.data as Data);
    });
    expect(opened.openAccompaniment.phase).toBe('PRE_ALLOCATION');

    for (const to of ['ORIENTED', 'SHARED_REVIEW', 'READY_FOR_COMMISSION']) {
      const moved = await ok(
        social(`mutation { moveApplication(id: "${applicationId}", to: ${to}) { status } }`),
      );
      expect(moved.moveApplication.status).toBe(to);
    }

    // The dwelling is proposed to the household, with its reasons.
    const matching = await eventually(async () => {
      const data = await ok(
        social(
          `{ household(id: "${householdId}") { matchingDwellings(first: 20) { dwelling { id } reasons } } }`,
        ),
      );
      return (data.household.matchingDwellings as { dwelling: { id: string }; reasons: string[] }[]).find(
        (m) => m.dwelling.id === dwelling.id,
      );
    });
    expect(matching.reasons.join(' ')).toMatch(/T3 pour 3 personnes/);

    const commission = await ok(
      social(`mutation($input: CreateCommissionInput!) { createCommission(input: $input) { id } }`, {
        input: { sessionDate: today },
      }),
    );
    const commissionId = commission.createCommission.id;
    await ok(
      social(
        `mutation($input: PlaceDwellingOnCommissionInput!) { placeDwellingOnCommission(input: $input) { id } }`,
        {
          input: {
            commissionId,
            dwellingId: dwelling.id,
            candidates: [{ applicationId, rank: 1 }],
            insufficientDemand: true,
          },
        },
      ),
    );
    const decided = await ok(
      social(
        `mutation($input: RecordCommissionDecisionInput!) { recordCommissionDecision(input: $input) { decision } }`,
        {
          input: {
            commissionId,
            dwellingId: dwelling.id,
            applicationId,
            decision: 'ALLOCATED',
            reason: 'RANKED_FIRST',
          },
        },
      ),
    );
    expect(decided.recordCommissionDecision.decision).toBe('ALLOCATED');
    const application = await ok(
      social(`{ application(id: "${applicationId}") { status allocatedDwelling { id } } }`),
    );
    expect(application.application).toEqual({ status: 'DECIDED', allocatedDwelling: { id: dwelling.id } });

    // Housing hears of the allocation.
    await eventually(
      async () =>
        (await ok(social(`{ dwelling(id: "${dwelling.id}") { status } }`))).dwelling.status === 'OFFERED',
    );

    const lease = await ok(
      rental(`mutation($input: SignLeaseInput!) { signLease(input: $input) { id dwelling { status } } }`, {
        input: { dwellingId: dwelling.id, householdId, startDate: today, kind: 'ORDINARY' },
      }),
    );
    expect(lease.signLease.dwelling.status).toBe('OCCUPIED');
    await eventually(
      async () =>
        (await ok(social(`{ application(id: "${applicationId}") { status } }`))).application.status ===
        'LEASE_SIGNED',
    );

    await ok(
      social(
        `mutation($input: RecordMoveInInspectionInput!) { recordMoveInInspection(input: $input) { id } }`,
        {
          input: {
            leaseId: lease.signLease.id,
            date: today,
            socialManagerPresent: true,
            supportWorkerPresent: true,
          },
        },
      ),
    );
    const after = await eventually(async () => {
      const data = await ok(
        social(
          `{ household(id: "${householdId}") { applications { status } accompaniments { phase } currentLease { dwelling { id status } } } }`,
        ),
      );
      const household = data.household;
      return household.applications[0].status === 'MOVED_IN' &&
        household.accompaniments[0].phase === 'INTEGRATION'
        ? household
        : null;
    });
    expect(after.currentLease.dwelling).toEqual({ id: dwelling.id, status: 'OCCUPIED' });
    const steps = await ok(social(`{ application(id: "${applicationId}") { transitions { to } } }`));
    expect(steps.application.transitions.map((t: { to: string }) => t.to)).toEqual(
      expect.arrayContaining([
        'ORIENTED',
        'SHARED_REVIEW',
        'READY_FOR_COMMISSION',
        'SCHEDULED',
        'DECIDED',
        'LEASE_SIGNED',
        'MOVED_IN',
      ]),
    );
  });
});

describe('domain events', () => {
  it('wait while their consumer is down and are applied exactly once when it comes back', async () => {
    const accompaniment = plan.accompaniments.find((a) => a.phase === 'PRE_ALLOCATION')!;
    const household = accompaniment.householdId;
    await system.events.accompaniment?.stop();
    delete system.events.accompaniment;

    const event: EventEnvelope<'MoveInRecorded'> = {
      id: randomUUID(),
      type: 'MoveInRecorded',
      payload: {
        leaseId: randomUUID(),
        householdId: household,
        dwellingId: randomUUID(),
        date: today,
        socialManagerPresent: true,
        supportWorkerPresent: true,
      },
      actor: 'sm-nadia-benali',
      occurredAt: new Date().toISOString(),
    };
    // Written to housing's outbox as housing would; its relay publishes it to the consumers' queues.
    await system.orms.housing.em
      .fork()
      .getConnection()
      .execute(
        `insert into housing.outbox (id, type, payload, actor, occurred_at) values (?, ?, ?, ?, now())`,
        [event.id, event.type, JSON.stringify(event.payload), event.actor],
      );
    const phase = async () =>
      (
        (await system.orms.accompaniment.em
          .fork()
          .getConnection()
          .execute('select phase from accompaniment.accompaniment where id = ?', [accompaniment.id])) as {
          phase: string;
        }[]
      )[0].phase;
    await eventually(async () => {
      const rows = (await system.orms.housing.em
        .fork()
        .getConnection()
        .execute('select published_at from housing.outbox where id = ?', [event.id])) as {
        published_at: Date | null;
      }[];
      return rows[0]?.published_at;
    });
    expect(await phase()).toBe('PRE_ALLOCATION');

    // The same event delivered a second time (a redelivery after a crash, say).
    const boss = new PgBoss({ connectionString: system.db.url, schema: 'pgboss' });
    await boss.start();
    await boss.send(queueOf('accompaniment'), event as unknown as object);
    await boss.stop({ graceful: true, close: true, wait: true });

    await system.startEventsOf('accompaniment');
    await eventually(async () => (await phase()) === 'INTEGRATION');
    const changes = (await system.orms.accompaniment.em
      .fork()
      .getConnection()
      .execute(
        `select count(*)::int as n from accompaniment.phase_change where accompaniment_id = ? and to_phase = 'INTEGRATION'`,
        [accompaniment.id],
      )) as { n: number }[];
    const inbox = (await system.orms.accompaniment.em
      .fork()
      .getConnection()
      .execute('select count(*)::int as n from accompaniment.inbox where event_id = ?', [event.id])) as {
      n: number;
    }[];
    // Give the second delivery time to be consumed, then check nothing was applied twice.
    await eventually(async () => {
      const pending = (await system.orms.accompaniment.em
        .fork()
        .getConnection()
        .execute(
          `select count(*)::int as n from pgboss.job where name = ? and state in ('created', 'retry', 'active')`,
          [queueOf('accompaniment')],
        )) as { n: number }[];
      return pending[0].n === 0;
    });
    const changesAfter = (await system.orms.accompaniment.em
      .fork()
      .getConnection()
      .execute(
        `select count(*)::int as n from accompaniment.phase_change where accompaniment_id = ? and to_phase = 'INTEGRATION'`,
        [accompaniment.id],
      )) as { n: number }[];
    expect(changes[0].n).toBe(1);
    expect(changesAfter[0].n).toBe(1);
    expect(inbox[0].n).toBe(1);
  });
});

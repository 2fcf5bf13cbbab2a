import { buildDemoPlan, type PlanDwelling } from '@ash/demo';
import { addDays, localDate } from '@ash/kit';
import {
  DEFAULT_SETTINGS,
  type HouseholdNeeds,
  type MatchingSettings,
  matches,
  matchReasons,
  matchScore,
} from '@ash/matching';
import { actorFor, errorCode, sqlCounter } from '@ash/testkit';
import { dataOf, type Subgraph, startSubgraph, stopSubgraph, UNKNOWN_ID } from './support';

const plan = buildDemoPlan({ dwellings: 1000, applications: 240, today: '2026-11-15' });
const social = actorFor('SOCIAL_MANAGER');
const admin = actorFor('ADMIN');

const CREATE = `mutation($input: CreateCommissionInput!) { createCommission(input: $input) { id sessionDate status } }`;
const PLACE = `mutation($input: PlaceDwellingOnCommissionInput!) { placeDwellingOnCommission(input: $input) {
  id status candidacies { rank insufficientDemand dwelling { id } application { id status } } } }`;
const DECIDE = `mutation($input: RecordCommissionDecisionInput!) { recordCommissionDecision(input: $input) {
  id decision decisionReason withdrawnAt commission { id status } application { id status allocatedDwelling { id } } } }`;

const ready = plan.applications.filter((a) => a.status === 'READY_FOR_COMMISSION');
const received = plan.applications.find((a) => a.status === 'RECEIVED')!;
// Dwellings no seeded session holds, so each test places fresh ones.
const placed = new Set(plan.commissions.flatMap((c) => c.items.map((item) => item.dwellingId)));
const freeDwellings = plan.dwellings.filter((d) => !placed.has(d.id));

interface Candidacy {
  id: string;
  decision: string | null;
  decisionReason: string | null;
  withdrawnAt: string | null;
  commission: { id: string; status: string };
  application: { id: string; status: string; allocatedDwelling: { id: string } | null };
}

describe('commission (CAL) workflow', () => {
  let sub: Subgraph;
  let nextDwelling = 0;
  const dwelling = () => freeDwellings[nextDwelling++].id;
  beforeAll(async () => {
    // Each test takes applications of its own.
    expect(ready.length).toBeGreaterThanOrEqual(21);
    sub = await startSubgraph('households_commission', plan);
  });
  afterAll(() => stopSubgraph(sub));

  async function createSession(sessionDate = plan.today): Promise<string> {
    return dataOf<{ id: string }>(
      await sub.server.execute(social, CREATE, { input: { sessionDate } }),
      'createCommission',
    ).id;
  }
  const place = (input: Record<string, unknown>, actor = social) =>
    sub.server.execute(actor, PLACE, { input });
  const decide = (input: Record<string, unknown>, actor = social) =>
    sub.server.execute(actor, DECIDE, { input });
  const candidates = (...ids: string[]) => ids.map((applicationId, i) => ({ applicationId, rank: i + 1 }));

  async function statusOf(applicationId: string): Promise<string> {
    const [row] = await sub.sql<{ status: string }>(
      'select status from households.application where id = ?',
      [applicationId],
    );
    return row.status;
  }

  /** Row counts and every status and decision: equal before and after means nothing was written. */
  async function snapshot() {
    const [row] = await sub.sql<{ commissions: number } & Record<string, unknown>>(
      `select (select count(*) from households.candidacy)::int as candidacies,
              (select count(*) from households.application_transition)::int as transitions,
              (select count(*) from households.outbox where type <> 'AuditRecorded')::int as outbox,
              (select count(*) from households.commission)::int as commissions,
              (select md5(string_agg(id || status || coalesce(allocated_dwelling_id::text, ''), ',' order by id))
                 from households.application) as applications,
              (select md5(string_agg(id || coalesce(decision, '') || coalesce(withdrawn_at::text, ''), ',' order by id))
                 from households.candidacy) as decisions,
              (select md5(string_agg(id || status, ',' order by id)) from households.commission) as sessions`,
    );
    return row;
  }

  async function outbox(type: string) {
    return sub.sql<{ payload: Record<string, unknown>; actor: string }>(
      'select payload, actor from households.outbox where type = ? order by occurred_at',
      [type],
    );
  }

  it('plans a session, places three ranked candidates and records every decision', async () => {
    const [first, second, third] = ready;
    const dwellingId = dwelling();
    const sessionDate = addDays(plan.today, 14);
    const created = await sub.server.execute(admin, CREATE, { input: { sessionDate } });
    expect(dataOf(created, 'createCommission')).toMatchObject({ sessionDate, status: 'PLANNED' });
    const commissionId = dataOf<{ id: string }>(created, 'createCommission').id;

    const result = await place({
      commissionId,
      dwellingId,
      candidates: candidates(third.id, first.id, second.id).reverse(),
    });
    const session = dataOf<{
      candidacies: {
        rank: number;
        insufficientDemand: boolean;
        application: { id: string; status: string };
      }[];
    }>(result, 'placeDwellingOnCommission');
    expect(
      session.candidacies.map((c) => [c.rank, c.application.id, c.application.status, c.insufficientDemand]),
    ).toEqual([
      [1, third.id, 'SCHEDULED', false],
      [2, first.id, 'SCHEDULED', false],
      [3, second.id, 'SCHEDULED', false],
    ]);
    const scheduled = await sub.sql(
      `select "from", "to", by, note from households.application_transition
       where application_id = ? order by at desc limit 1`,
      [third.id],
    );
    expect(scheduled[0]).toEqual({
      from: 'READY_FOR_COMMISSION',
      to: 'SCHEDULED',
      by: social.userId,
      note: `Inscrite à la commission du ${sessionDate}, rang 1`,
    });

    // The first candidate is also proposed on another dwelling at a later session.
    expect(
      (
        await sub.server.execute(
          social,
          `mutation { moveApplication(id: "${third.id}", to: READY_FOR_COMMISSION, note: "Aussi proposée ailleurs") { status } }`,
        )
      ).errors,
    ).toBeUndefined();
    const laterId = await createSession(addDays(plan.today, 28));
    const otherDwellingId = dwelling();
    expect(
      (
        await place({
          commissionId: laterId,
          dwellingId: otherDwellingId,
          candidates: candidates(third.id),
          insufficientDemand: true,
        })
      ).errors,
    ).toBeUndefined();

    const allocated = dataOf<Candidacy>(
      await decide({
        commissionId,
        dwellingId,
        applicationId: third.id,
        decision: 'ALLOCATED',
        reason: 'RANKED_FIRST',
      }),
      'recordCommissionDecision',
    );
    expect(allocated).toMatchObject({
      decision: 'ALLOCATED',
      decisionReason: 'RANKED_FIRST',
      withdrawnAt: null,
      commission: { id: commissionId, status: 'PLANNED' },
      application: { id: third.id, status: 'DECIDED', allocatedDwelling: { id: dwellingId } },
    });
    // Its candidacy at the later session is withdrawn, undecided; that session stays planned.
    const later = await sub.server.execute(
      social,
      `{ commission(id: "${laterId}") { status candidacies { decision withdrawnAt application { id } } } }`,
    );
    const laterSession = later.data?.commission as {
      status: string;
      candidacies: { decision: null; withdrawnAt: string; application: { id: string } }[];
    };
    expect(laterSession).toMatchObject({
      status: 'PLANNED',
      candidacies: [{ decision: null, application: { id: third.id } }],
    });
    expect(localDate(new Date(laterSession.candidacies[0].withdrawnAt))).toBe(plan.today);

    for (const other of [first, second]) {
      const decided = dataOf<Candidacy>(
        await decide({
          commissionId,
          dwellingId,
          applicationId: other.id,
          decision: 'NOT_ALLOCATED',
          reason: 'HIGHER_RANKED_ALLOCATED',
        }),
        'recordCommissionDecision',
      );
      expect(decided.application).toEqual({
        id: other.id,
        status: 'READY_FOR_COMMISSION',
        allocatedDwelling: null,
      });
    }
    const held = await sub.server.execute(
      social,
      `{ commission(id: "${commissionId}") { status candidacies { decision decisionReason } } }`,
    );
    expect(held.data?.commission).toEqual({
      status: 'HELD',
      candidacies: [
        { decision: 'ALLOCATED', decisionReason: 'RANKED_FIRST' },
        { decision: 'NOT_ALLOCATED', decisionReason: 'HIGHER_RANKED_ALLOCATED' },
        { decision: 'NOT_ALLOCATED', decisionReason: 'HIGHER_RANKED_ALLOCATED' },
      ],
    });

    const history = await sub.sql<{ from: string; to: string; by: string }>(
      `select "from", "to", by from households.application_transition where application_id = ? and created_by <> 'seed' order by at`,
      [third.id],
    );
    expect(history.map((t) => [t.from, t.to])).toEqual([
      ['READY_FOR_COMMISSION', 'SCHEDULED'],
      ['SCHEDULED', 'READY_FOR_COMMISSION'],
      ['READY_FOR_COMMISSION', 'SCHEDULED'],
      ['SCHEDULED', 'DECIDED'],
    ]);
    const backToQueue = await sub.sql<{ note: string }>(
      `select note from households.application_transition where application_id = ? order by at desc limit 1`,
      [first.id],
    );
    expect(backToQueue[0].note).toBe(
      `Non retenue par la commission du ${sessionDate} (HIGHER_RANKED_ALLOCATED)`,
    );

    expect(await outbox('ApplicationAllocated')).toEqual([
      {
        payload: {
          applicationId: third.id,
          householdId: third.householdId,
          dwellingId,
          commissionId,
          decision: 'ALLOCATED',
        },
        actor: social.userId,
      },
    ]);
    // The allocated household no longer awaits a dwelling; the others still do (no event for them).
    expect((await outbox('HouseholdNeedsChanged')).map((e) => e.payload)).toEqual([
      { householdId: third.householdId, needs: null },
    ]);
  });

  it('refuses a second allocation of a dwelling, at the same session or after an earlier one, and writes nothing', async () => {
    const [e, f, g] = ready.slice(3, 6);
    const commissionId = await createSession();
    const dwellingId = dwelling();
    expect(
      (await place({ commissionId, dwellingId, candidates: candidates(e.id, f.id, g.id) })).errors,
    ).toBeUndefined();
    expect(
      (
        await decide({
          commissionId,
          dwellingId,
          applicationId: e.id,
          decision: 'ALLOCATED_UNDER_CONDITION',
          reason: 'CONDITION_SLIDING_LEASE',
        })
      ).errors,
    ).toBeUndefined();
    let before = await snapshot();
    for (const decision of ['ALLOCATED', 'ALLOCATED_UNDER_CONDITION']) {
      const reason = decision === 'ALLOCATED' ? 'NEXT_IN_RANK' : 'CONDITION_SUPPORT_REQUIRED';
      expect(
        errorCode(await decide({ commissionId, dwellingId, applicationId: f.id, decision, reason })),
      ).toBe('CONFLICT');
    }
    expect(await snapshot()).toEqual(before);

    // A dwelling is on one open session at a time: not on a second while the first decides.
    const [i, j] = ready.slice(6, 8);
    const shared = dwelling();
    const one = await createSession();
    const two = await createSession(addDays(plan.today, 7));
    expect(
      (
        await place({
          commissionId: one,
          dwellingId: shared,
          candidates: candidates(i.id),
          insufficientDemand: true,
        })
      ).errors,
    ).toBeUndefined();
    expect(
      errorCode(
        await place({
          commissionId: two,
          dwellingId: shared,
          candidates: candidates(j.id),
          insufficientDemand: true,
        }),
      ),
    ).toBe('CONFLICT');
    expect(
      (
        await decide({
          commissionId: one,
          dwellingId: shared,
          applicationId: i.id,
          decision: 'ALLOCATED',
          reason: 'RANKED_FIRST',
        })
      ).errors,
    ).toBeUndefined();
    before = await snapshot();
    // Nor can it be placed again while that allocation holds.
    expect(
      errorCode(
        await place({
          commissionId: await createSession(),
          dwellingId: shared,
          candidates: candidates(ready[8].id),
          insufficientDemand: true,
        }),
      ),
    ).toBe('CONFLICT');
    expect(await snapshot()).toMatchObject({
      ...before,
      commissions: before.commissions + 1,
      sessions: expect.any(String),
    });
  });

  it('refuses a decision for a candidate who is not on the session for that dwelling, and writes nothing', async () => {
    const [a, b, c, d] = ready.slice(9, 13);
    const commissionId = await createSession();
    const dwellingId = dwelling();
    const otherDwelling = dwelling();
    expect(
      (await place({ commissionId, dwellingId, candidates: candidates(a.id, b.id, c.id) })).errors,
    ).toBeUndefined();
    expect(
      (
        await place({
          commissionId,
          dwellingId: otherDwelling,
          candidates: candidates(d.id),
          insufficientDemand: true,
        })
      ).errors,
    ).toBeUndefined();
    const before = await snapshot();
    const decision = { decision: 'NOT_ALLOCATED', reason: 'OTHER' };
    for (const input of [
      { commissionId, dwellingId, applicationId: d.id, ...decision }, // on the session, another dwelling
      { commissionId, dwellingId: otherDwelling, applicationId: a.id, ...decision },
      { commissionId, dwellingId, applicationId: ready[0].id, ...decision }, // an earlier session's candidate
      { commissionId, dwellingId, applicationId: UNKNOWN_ID, ...decision },
      { commissionId: UNKNOWN_ID, dwellingId, applicationId: a.id, ...decision },
    ]) {
      expect({ input, code: errorCode(await decide(input)) }).toEqual({ input, code: 'NOT_FOUND' });
    }
    expect(await snapshot()).toEqual(before);

    // A reason must fit its decision; a decision is recorded once.
    for (const [dec, reason] of [
      ['ALLOCATED', 'CONDITION_SUPPORT_REQUIRED'],
      ['ALLOCATED_UNDER_CONDITION', 'RANKED_FIRST'],
      ['NOT_ALLOCATED', 'INCOMPLETE_FILE'],
      ['REJECTED', 'HIGHER_RANKED_ALLOCATED'],
      ['REJECTED', 'NOT_A_REASON'],
    ]) {
      expect(
        errorCode(await decide({ commissionId, dwellingId, applicationId: a.id, decision: dec, reason })),
      ).toBe('BAD_USER_INPUT');
    }
    expect(await snapshot()).toEqual(before);
    const rejected = await decide({
      commissionId,
      dwellingId,
      applicationId: b.id,
      decision: 'REJECTED',
      reason: 'INCOMPLETE_FILE',
    });
    expect(dataOf<Candidacy>(rejected, 'recordCommissionDecision').application.status).toBe(
      'READY_FOR_COMMISSION',
    );
    const afterRejection = await snapshot();
    expect(
      errorCode(
        await decide({
          commissionId,
          dwellingId,
          applicationId: b.id,
          decision: 'NOT_ALLOCATED',
          reason: 'OTHER',
        }),
      ),
    ).toBe('CONFLICT');
    expect(await snapshot()).toEqual(afterRejection);
  });

  it('refuses fewer than three candidates unless demand is insufficient, and badly ranked lists', async () => {
    const [a, b, c] = ready.slice(13, 16);
    const commissionId = await createSession();
    const dwellingId = dwelling();
    const before = await snapshot();
    for (const input of [
      { commissionId, dwellingId, candidates: candidates(a.id, b.id) },
      { commissionId, dwellingId, candidates: candidates(a.id, b.id), insufficientDemand: false },
      { commissionId, dwellingId, candidates: candidates(a.id, b.id, c.id), insufficientDemand: true },
      { commissionId, dwellingId, candidates: [] },
      { commissionId, dwellingId, candidates: candidates(a.id, b.id, c.id, ready[16].id) },
      {
        commissionId,
        dwellingId,
        candidates: [
          { applicationId: a.id, rank: 1 },
          { applicationId: b.id, rank: 3 },
        ],
        insufficientDemand: true,
      },
      {
        commissionId,
        dwellingId,
        candidates: [
          { applicationId: a.id, rank: 1 },
          { applicationId: b.id, rank: 1 },
        ],
        insufficientDemand: true,
      },
      { commissionId, dwellingId, candidates: candidates(a.id, a.id), insufficientDemand: true },
      { commissionId, dwellingId: 'not-a-dwelling', candidates: candidates(a.id), insufficientDemand: true },
    ]) {
      expect({ input, code: errorCode(await place(input)) }).toEqual({ input, code: 'BAD_USER_INPUT' });
    }
    expect(await snapshot()).toEqual(before);
    // With the reason recorded, two candidates are enough.
    const result = await place({
      commissionId,
      dwellingId,
      candidates: candidates(a.id, b.id),
      insufficientDemand: true,
    });
    expect(
      dataOf<{ candidacies: { insufficientDemand: boolean }[] }>(
        result,
        'placeDwellingOnCommission',
      ).candidacies.map((c) => c.insufficientDemand),
    ).toEqual([true, true]);
  });

  it('refuses a candidate that is not READY_FOR_COMMISSION, a dwelling placed twice and a session that is over', async () => {
    const commissionId = await createSession();
    const dwellingId = dwelling();
    const [x, y] = [ready[17], ready[18]];
    const before = await snapshot();
    expect(
      errorCode(await place({ commissionId, dwellingId, candidates: candidates(x.id, y.id, received.id) })),
    ).toBe('CONFLICT');
    expect(
      errorCode(
        await place({
          commissionId,
          dwellingId,
          candidates: candidates(x.id, UNKNOWN_ID),
          insufficientDemand: true,
        }),
      ),
    ).toBe('NOT_FOUND');
    expect(await snapshot()).toEqual(before);
    expect([await statusOf(x.id), await statusOf(y.id), await statusOf(received.id)]).toEqual([
      'READY_FOR_COMMISSION',
      'READY_FOR_COMMISSION',
      'RECEIVED',
    ]);

    expect(
      (await place({ commissionId, dwellingId, candidates: candidates(x.id), insufficientDemand: true }))
        .errors,
    ).toBeUndefined();
    const placedOnce = await snapshot();
    expect(
      errorCode(
        await place({ commissionId, dwellingId, candidates: candidates(y.id), insufficientDemand: true }),
      ),
    ).toBe('CONFLICT');
    // x is SCHEDULED now: not placeable on another dwelling either.
    expect(
      errorCode(
        await place({
          commissionId,
          dwellingId: dwelling(),
          candidates: candidates(x.id),
          insufficientDemand: true,
        }),
      ),
    ).toBe('CONFLICT');
    const heldSession = plan.commissions.find((c) => c.sessionDate < plan.today)!;
    expect(
      errorCode(
        await place({
          commissionId: heldSession.id,
          dwellingId: dwelling(),
          candidates: candidates(y.id),
          insufficientDemand: true,
        }),
      ),
    ).toBe('CONFLICT');
    expect(await snapshot()).toEqual(placedOnce);

    for (const sessionDate of [addDays(plan.today, -1), '2026-02-30', 'tomorrow']) {
      expect(errorCode(await sub.server.execute(social, CREATE, { input: { sessionDate } }))).toBe(
        'BAD_USER_INPUT',
      );
    }
    expect(await snapshot()).toEqual(placedOnce);
  });

  it('withdraws the candidacies of a withdrawn application', async () => {
    const commissionId = await createSession();
    const dwellingId = dwelling();
    const candidate = ready[19];
    expect(
      (
        await place({
          commissionId,
          dwellingId,
          candidates: candidates(candidate.id),
          insufficientDemand: true,
        })
      ).errors,
    ).toBeUndefined();
    const moved = await sub.server.execute(
      social,
      `mutation { moveApplication(id: "${candidate.id}", to: WITHDRAWN, note: "Relogée par ailleurs") { status } }`,
    );
    expect(moved.errors).toBeUndefined();
    const session = await sub.server.execute(
      social,
      `{ commission(id: "${commissionId}") { status candidacies { decision withdrawnAt } } }`,
    );
    const got = session.data?.commission as {
      status: string;
      candidacies: { decision: null; withdrawnAt: string }[];
    };
    expect(got.status).toBe('PLANNED');
    expect(got.candidacies[0].decision).toBeNull();
    expect(localDate(new Date(got.candidacies[0].withdrawnAt))).toBe(plan.today);
    expect(
      errorCode(
        await decide({
          commissionId,
          dwellingId,
          applicationId: candidate.id,
          decision: 'NOT_ALLOCATED',
          reason: 'OTHER',
        }),
      ),
    ).toBe('CONFLICT');
  });

  it('leaves the commission to social management and admins', async () => {
    const commissionId = await createSession();
    const dwellingId = dwelling();
    const before = await snapshot();
    for (const role of ['RENTAL_MANAGER', 'EVALUATOR', 'SUPPORT_WORKER', 'INTEGRATOR'] as const) {
      const actor = actorFor(role);
      expect(errorCode(await sub.server.execute(actor, CREATE, { input: { sessionDate: plan.today } }))).toBe(
        'FORBIDDEN',
      );
      expect(
        errorCode(
          await place(
            { commissionId, dwellingId, candidates: candidates(ready[20].id), insufficientDemand: true },
            actor,
          ),
        ),
      ).toBe('FORBIDDEN');
      expect(
        errorCode(
          await decide(
            {
              commissionId,
              dwellingId,
              applicationId: ready[20].id,
              decision: 'ALLOCATED',
              reason: 'RANKED_FIRST',
            },
            actor,
          ),
        ),
      ).toBe('FORBIDDEN');
    }
    expect(await snapshot()).toEqual(before);
  });

  it('keeps a dwelling on one open session at a time, and frees it once decided there', async () => {
    const dwellingId = dwelling();
    const first = await createSession(addDays(plan.today, 7));
    const second = await createSession(addDays(plan.today, 14));
    expect(
      (
        await place({
          commissionId: first,
          dwellingId,
          candidates: candidates(ready[21].id, ready[22].id, ready[23].id),
        })
      ).errors,
    ).toBeUndefined();
    const before = await snapshot();
    // On a second session while the first still has to decide: refused, nothing written.
    const twice = await place({
      commissionId: second,
      dwellingId,
      candidates: candidates(ready[24].id),
      insufficientDemand: true,
    });
    expect(errorCode(twice)).toBe('CONFLICT');
    expect(twice.errors?.[0].message).toMatch(/already on the session/);
    expect(await snapshot()).toEqual(before);
    // The database holds the rule too, whatever a future code path does.
    await expect(
      sub.sql(
        `insert into households.placement (id, commission_id, dwelling_id, open) values (gen_random_uuid(), ?, ?, true)`,
        [second, dwellingId],
      ),
    ).rejects.toMatchObject({ code: '23505' });
    // Once the first session has decided for every candidate, the dwelling may go to another one.
    for (const [i, application] of [ready[21], ready[22], ready[23]].entries())
      expect(
        (
          await decide({
            commissionId: first,
            dwellingId,
            applicationId: application.id,
            decision: 'NOT_ALLOCATED',
            reason: i === 0 ? 'RESOURCES_INSUFFICIENT' : 'UNSUITED_TYPOLOGY',
          })
        ).errors,
      ).toBeUndefined();
    expect(
      (
        await place({
          commissionId: second,
          dwellingId,
          candidates: candidates(ready[24].id),
          insufficientDemand: true,
        })
      ).errors,
    ).toBeUndefined();
  });
});

/** A plan dwelling as housing would send its matching profile, with some settings. */
function profileOf(dwelling: PlanDwelling, settings: MatchingSettings = DEFAULT_SETTINGS) {
  const residence = plan.residences.find((r) => r.id === dwelling.residenceId)!;
  return {
    typology: dwelling.typology,
    rentCents: dwelling.rentCents,
    serviceChargesCents: dwelling.serviceChargesCents,
    contingent: dwelling.contingent,
    stepFreeAccess: dwelling.stepFreeAccess,
    commune: residence.commune,
    status: dwelling.status,
    availableFrom: dwelling.availableFrom,
    lowRent: dwelling.lowRent,
    ...settings,
  };
}

function needsOf(application: (typeof plan.applications)[number]): HouseholdNeeds {
  const household = plan.households.find((h) => h.id === application.householdId)!;
  return {
    size: household.members.length,
    monthlyResourcesCents: household.monthlyResourcesCents,
    housingBenefitCents: household.housingBenefitCents,
    dalo: household.dalo,
    pdalpd: household.pdalpd,
    stepFreeAccessNeed: household.stepFreeAccessNeed,
    desiredTypologies: application.desiredTypologies,
    desiredCommunes: application.desiredCommunes,
    maxRentCents: application.maxRentCents,
  };
}

/** The reference: every READY_FOR_COMMISSION application tried against the dwelling by the pure rules. */
function bruteForce(profile: ReturnType<typeof profileOf>, first: number, day: string) {
  const settings = {
    effortRateCeiling: profile.effortRateCeiling,
    horizonDays: profile.horizonDays,
    typologiesBySize: profile.typologiesBySize,
  };
  return ready
    .filter((a) => matches(needsOf(a), profile, settings, day))
    .map((a) => ({
      application: { id: a.id },
      score: matchScore(needsOf(a), profile, settings, day),
      reasons: matchReasons(needsOf(a), profile, settings, day),
      submittedAt: a.submittedAt,
    }))
    .sort(
      (x, y) =>
        y.score - x.score ||
        x.submittedAt.localeCompare(y.submittedAt) ||
        x.application.id.localeCompare(y.application.id),
    )
    .slice(0, first)
    .map(({ submittedAt: _s, ...match }) => match);
}

const CANDIDATES = `query($reps: [_Any!]!, $first: Int) { _entities(representations: $reps) {
  ... on Dwelling { id candidates(first: $first) { score reasons application { id } } } } }`;

describe('Dwelling.candidates', () => {
  let sub: Subgraph;
  const counter = sqlCounter();
  const lettable = plan.dwellings.filter((d) => d.status === 'VACANT' || d.status === 'NOTICE_GIVEN');
  const others = plan.dwellings
    .filter((d) => d.status !== 'VACANT' && d.status !== 'NOTICE_GIVEN')
    .slice(0, 10);
  beforeAll(async () => {
    sub = await startSubgraph('households_candidates', plan, { onQuery: counter.onQuery });
  });
  afterAll(() => stopSubgraph(sub));

  const representation = (dwelling: PlanDwelling, settings?: MatchingSettings) => ({
    __typename: 'Dwelling',
    id: dwelling.id,
    matchingProfile: profileOf(dwelling, settings),
  });

  it('ranks the applications a brute-force run of the matching rules finds, with their reasons', async () => {
    const loose: MatchingSettings = { ...DEFAULT_SETTINGS, effortRateCeiling: 0.45, horizonDays: 30 };
    const reps = [
      ...[...lettable, ...others].map((d) => representation(d)),
      ...lettable.map((d) => representation(d, loose)).slice(0, 10),
    ];
    const day = plan.today;
    const result = await sub.server.execute(social, CANDIDATES, { reps, first: 20 });
    const got = dataOf<{ id: string; candidates: { application: { id: string } }[] }[]>(result, '_entities');
    const expected = reps.map((rep) => ({
      id: rep.id,
      candidates: bruteForce(rep.matchingProfile, 20, day),
    }));
    expect(got).toEqual(expected);
    const found = expected.filter((e) => e.candidates.length > 0);
    // The plan gives several dwellings several candidates, and some none.
    expect(found.length).toBeGreaterThanOrEqual(5);
    expect(found.some((e) => e.candidates.length >= 2)).toBe(true);
    expect(expected.length - found.length).toBeGreaterThan(0);
    expect(found[0].candidates[0].reasons.length).toBeGreaterThan(3);
  });

  it('gives three candidates by default and at most first', async () => {
    const day = plan.today;
    const busiest = [...lettable].sort(
      (a, b) => bruteForce(profileOf(b), 20, day).length - bruteForce(profileOf(a), 20, day).length,
    )[0];
    const all = bruteForce(profileOf(busiest), 20, day);
    expect(all.length).toBeGreaterThan(3);
    const byDefault = await sub.server.execute(
      social,
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Dwelling { candidates { application { id } } } } }`,
      { reps: [representation(busiest)] },
    );
    expect(dataOf<{ candidates: unknown[] }[]>(byDefault, '_entities')[0].candidates).toEqual(
      all.slice(0, 3).map((c) => ({ application: c.application })),
    );
    const one = await sub.server.execute(social, CANDIDATES, { reps: [representation(busiest)], first: 1 });
    expect(dataOf<{ candidates: unknown[] }[]>(one, '_entities')[0].candidates).toEqual(all.slice(0, 1));
  });

  it('does not issue more SQL statements for 20 dwellings than for 5', async () => {
    const day = plan.today;
    const withCandidates = lettable.filter((d) => bruteForce(profileOf(d), 3, day).length > 0);
    const five = [withCandidates[0], ...lettable.slice(0, 4)];
    const twenty = [...withCandidates.slice(0, 8), ...lettable.slice(0, 8), ...others.slice(0, 4)];
    expect(twenty).toHaveLength(20);
    const query = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Dwelling {
      candidates(first: 5) { score application { id status household { reference needs { size } } } } } } }`;
    counter.reset();
    expect(
      (await sub.server.execute(social, query, { reps: five.map((d) => representation(d)) })).errors,
    ).toBeUndefined();
    const small = counter.count;
    counter.reset();
    expect(
      (await sub.server.execute(social, query, { reps: twenty.map((d) => representation(d)) })).errors,
    ).toBeUndefined();
    expect(counter.count).toBe(small);
    // candidates, their needs; then households, then the households' needs
    expect(small).toBe(4);
  });

  it('answers no candidates without a profile, and refuses a bad first or a person-data outsider', async () => {
    const [dwelling] = lettable;
    const none = await sub.server.execute(social, CANDIDATES, {
      reps: [{ __typename: 'Dwelling', id: dwelling.id, matchingProfile: null }],
    });
    expect(dataOf<{ candidates: unknown[] }[]>(none, '_entities')[0].candidates).toEqual([]);
    for (const first of [0, 21, -3]) {
      expect(
        errorCode(await sub.server.execute(social, CANDIDATES, { reps: [representation(dwelling)], first })),
      ).toBe('BAD_USER_INPUT');
    }
    const badSettings = {
      ...representation(dwelling),
      matchingProfile: { ...profileOf(dwelling), typologiesBySize: [] },
    };
    expect(errorCode(await sub.server.execute(social, CANDIDATES, { reps: [badSettings] }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      errorCode(
        await sub.server.execute(actorFor('EVALUATOR'), CANDIDATES, { reps: [representation(dwelling)] }),
      ),
    ).toBe('FORBIDDEN');
    expect(
      (await sub.server.execute(actorFor('RENTAL_MANAGER'), CANDIDATES, { reps: [representation(dwelling)] }))
        .errors,
    ).toBeUndefined();
  });
});

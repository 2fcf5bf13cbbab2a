import { randomUUID } from 'node:crypto';
import { buildDemoPlan } from '@ash/demo';
import { applyOnce, type EventEnvelope } from '@ash/kit';
import { actorFor, errorCode } from '@ash/testkit';
import { eventHandlers } from '../src';
import { dataOf, type Subgraph, startSubgraph, stopSubgraph, versionOf } from './support';

const plan = buildDemoPlan({ dwellings: 300, applications: 40, today: '2026-11-15' });
const worker = actorFor('SUPPORT_WORKER');
const social = actorFor('SOCIAL_MANAGER');
const consented = (householdId: string) =>
  plan.households.find((h) => h.id === householdId)?.consentToShareDate != null;
const running = plan.accompaniments.filter((a) => a.phase !== 'ENDED' && consented(a.householdId));
const mine = running.find(
  (a) =>
    a.supportWorkerId === worker.userId && plan.applications.some((ap) => ap.householdId === a.householdId),
)!;
const theirs = running.find(
  (a) =>
    a.supportWorkerId !== worker.userId && plan.applications.some((ap) => ap.householdId === a.householdId),
)!;
const theirApplication = plan.applications.find((a) => a.householdId === theirs.householdId)!;
const myApplication = plan.applications.find((a) => a.householdId === mine.householdId)!;

let sub: Subgraph;

beforeAll(async () => {
  sub = await startSubgraph('households_caseload', plan);
});

afterAll(async () => {
  await stopSubgraph(sub);
});

function caseloadChanged(householdId: string, supportWorkerIds: string[]): EventEnvelope<'CaseloadChanged'> {
  return {
    id: randomUUID(),
    type: 'CaseloadChanged',
    payload: { householdId, supportWorkerIds },
    actor: social.userId,
    occurredAt: new Date().toISOString(),
  };
}

const HOUSEHOLD = 'query($id: ID!) { household(id: $id) { id reference } }';
const ENTITIES = `query($reps: [_Any!]!) { _entities(representations: $reps) {
  ... on Household { id } ... on Application { id } ... on Person { id }
} }`;

describe('a support worker’s caseload in the households subgraph', () => {
  it('shows a support worker a household of their caseload that consented', async () => {
    const result = await sub.server.execute(worker, HOUSEHOLD, { id: mine.householdId });
    expect(dataOf(result, 'household')).toMatchObject({ id: mine.householdId });
  });

  it('answers NOT_FOUND for another worker’s household, by id, by application and by its members', async () => {
    expect(errorCode(await sub.server.execute(worker, HOUSEHOLD, { id: theirs.householdId }))).toBe(
      'NOT_FOUND',
    );
    const application = await sub.server.execute(worker, 'query($id: ID!) { application(id: $id) { id } }', {
      id: theirApplication.id,
    });
    expect(errorCode(application)).toBe('NOT_FOUND');
    const person = plan.households.find((h) => h.id === theirs.householdId)!.members[0];
    const entities = await sub.server.execute(worker, ENTITIES, {
      reps: [
        { __typename: 'Household', id: theirs.householdId },
        { __typename: 'Application', id: theirApplication.id },
        { __typename: 'Person', id: person.id },
        { __typename: 'Household', id: mine.householdId },
        { __typename: 'Application', id: myApplication.id },
      ],
    });
    expect(entities.data?._entities).toEqual([
      null,
      null,
      null,
      { id: mine.householdId },
      { id: myApplication.id },
    ]);
    expect(entities.errors?.map((e) => `${e.path?.join('.')} ${e.extensions?.code}`).sort()).toEqual([
      '_entities.0 NOT_FOUND',
      '_entities.1 NOT_FOUND',
      '_entities.2 NOT_FOUND',
    ]);
  });

  it('lists only the caseload’s households and applications, in the query itself', async () => {
    const caseload = new Set(
      running.filter((a) => a.supportWorkerId === worker.userId).map((a) => a.householdId),
    );
    const households = dataOf<{ totalCount: number; edges: { node: { id: string } }[] }>(
      await sub.server.execute(worker, '{ households(first: 100) { totalCount edges { node { id } } } }'),
      'households',
    );
    expect(households.totalCount).toBe(caseload.size);
    expect(households.edges.map((e) => e.node.id).sort()).toEqual([...caseload].sort());
    const applications = dataOf<{ edges: { node: { household: { id: string } } }[] }>(
      await sub.server.execute(
        worker,
        '{ applications(first: 100) { edges { node { household { id } } } } }',
      ),
      'applications',
    );
    expect(applications.edges.length).toBeGreaterThan(0);
    for (const edge of applications.edges) expect(caseload.has(edge.node.household.id)).toBe(true);
  });

  it('keeps other workers’ candidacies out of a commission', async () => {
    const result = await sub.server.execute(
      worker,
      '{ commissions(first: 100) { edges { node { candidacies { application { household { id } } } } } } }',
    );
    const caseload = new Set(
      running.filter((a) => a.supportWorkerId === worker.userId).map((a) => a.householdId),
    );
    for (const edge of (
      result.data?.commissions as
        | { edges: { node: { candidacies: { application: { household: { id: string } } }[] } }[] }
        | undefined
    )?.edges ?? []) {
      for (const candidacy of edge.node.candidacies)
        expect(caseload.has(candidacy.application.household.id)).toBe(true);
    }
  });

  it('gives a worker the household once CaseloadChanged names them, and takes it back when it no longer does', async () => {
    expect(
      await applyOnce(sub.orm, eventHandlers, caseloadChanged(theirs.householdId, [worker.userId])),
    ).toBe(true);
    expect(
      dataOf(await sub.server.execute(worker, HOUSEHOLD, { id: theirs.householdId }), 'household'),
    ).toMatchObject({
      id: theirs.householdId,
    });
    await applyOnce(sub.orm, eventHandlers, caseloadChanged(theirs.householdId, [theirs.supportWorkerId]));
    expect(errorCode(await sub.server.execute(worker, HOUSEHOLD, { id: theirs.householdId }))).toBe(
      'NOT_FOUND',
    );
  });

  it('hides a household whose consent is withdrawn, and tells the other subgraphs', async () => {
    const UPDATE =
      'mutation($id: ID!, $version: Int!, $date: LocalDate) { updateHousehold(id: $id, input: { version: $version, consentToShareDate: $date }) { consentToShare } }';
    const date = plan.households.find((h) => h.id === mine.householdId)!.consentToShareDate;
    const withdrawn = await sub.server.execute(social, UPDATE, {
      id: mine.householdId,
      version: await versionOf(sub, 'household', mine.householdId),
      date: null,
    });
    expect(dataOf(withdrawn, 'updateHousehold')).toEqual({ consentToShare: false });
    expect(errorCode(await sub.server.execute(worker, HOUSEHOLD, { id: mine.householdId }))).toBe(
      'NOT_FOUND',
    );
    const events = await sub.sql<{ payload: unknown }>(
      `select payload from households.outbox where type = 'ConsentChanged' order by occurred_at`,
    );
    expect(events.map((e) => e.payload)).toEqual([{ householdId: mine.householdId, consentToShare: false }]);

    await sub.server.execute(social, UPDATE, {
      id: mine.householdId,
      version: await versionOf(sub, 'household', mine.householdId),
      date,
    });
    expect(
      dataOf(await sub.server.execute(worker, HOUSEHOLD, { id: mine.householdId }), 'household'),
    ).toMatchObject({
      id: mine.householdId,
    });
    const again = await sub.sql(`select 1 from households.outbox where type = 'ConsentChanged'`);
    expect(again).toHaveLength(2);
  });

  it('tells accompaniment when the target public changes, and only then', async () => {
    const UPDATE =
      'mutation($id: ID!, $version: Int!, $targetPublic: TargetPublic) { updateHousehold(id: $id, input: { version: $version, targetPublic: $targetPublic }) { id } }';
    const events = () =>
      sub.sql<{ payload: unknown }>(
        `select payload from households.outbox where type = 'TargetPublicChanged' order by occurred_at`,
      );
    const before = (await events()).length;
    const current = plan.households.find((h) => h.id === mine.householdId)!.targetPublic;
    const next = current === 'ISOLATED_TENANT' ? 'SINGLE_PARENT' : 'ISOLATED_TENANT';
    const result = await sub.server.execute(social, UPDATE, {
      id: mine.householdId,
      version: await versionOf(sub, 'household', mine.householdId),
      targetPublic: next,
    });
    expect(result.errors).toBeUndefined();
    expect((await events()).slice(before).map((e) => e.payload)).toEqual([
      { householdId: mine.householdId, targetPublic: next },
    ]);
    // The same value again: no event.
    await sub.server.execute(social, UPDATE, {
      id: mine.householdId,
      version: await versionOf(sub, 'household', mine.householdId),
      targetPublic: next,
    });
    await sub.server.execute(social, UPDATE, {
      id: mine.householdId,
      version: await versionOf(sub, 'household', mine.householdId),
      targetPublic: null,
    });
    expect((await events()).slice(before + 1).map((e) => e.payload)).toEqual([
      { householdId: mine.householdId, targetPublic: null },
    ]);
  });
});

import { buildDemoPlan, DEMO_ORGANISATIONS, DEMO_USERS } from '@ash/demo';
import { Calendar } from '@ash/kit';
import { type Data, startSystem, type TestSystem } from './system';

// The plan is the demo of today, at the agency; the system's servers run at noon that day.
const today = new Calendar().today();
const plan = buildDemoPlan({ dwellings: 200, applications: 30, today });
let system: TestSystem;

beforeAll(async () => {
  system = await startSystem(plan);
});

afterAll(async () => {
  await system?.stop();
});

/** The directory's name of a demo user id (the seed writes one entry per demo user). */
const nameOf = (userId: string) => DEMO_USERS.find((u) => u.userId === userId)?.name;

async function ok(role: Parameters<TestSystem['as']>[0], query: string, variables?: Data): Promise<Data> {
  const result = await system.as(role)(query, variables);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data as Data;
}

describe('people by name', () => {
  it("names the caller from the token's subject, whatever the role", async () => {
    // The development tokens are issued for the first demo user of each role (users.ts):
    // Claire Martin (landlord), Nadia Benali (landlord), Julie Moreau (association), Hélène Girard (DDCS 76).
    const expected = {
      RENTAL_MANAGER: ['rm-claire-martin', 'Claire Martin', 'ICF Habitat Atlantique', 'LANDLORD'],
      SOCIAL_MANAGER: ['sm-nadia-benali', 'Nadia Benali', 'ICF Habitat Atlantique', 'LANDLORD'],
      SUPPORT_WORKER: ['sw-julie-moreau', 'Julie Moreau', 'Association Ensemble', 'ASSOCIATION'],
      EVALUATOR: ['ev-ddcs-76', 'Hélène Girard', 'DDCS 76', 'STATE_SERVICE'],
    } as const;
    for (const [role, [id, displayName, organisation, kind]] of Object.entries(expected)) {
      const data = await ok(
        role as keyof typeof expected,
        `{ me { id displayName role organisation { name kind } } }`,
      );
      expect(data.me).toEqual({ id, displayName, role, organisation: { name: organisation, kind } });
    }
  });

  it("gives the name beside every id of a household's file: support worker, referent, contacts, moves, alerts", async () => {
    const accompaniment = plan.accompaniments.find(
      (a) => a.contacts.length > 0 && a.alerts.length > 0 && a.phases.length > 1,
    )!;
    const data = await ok(
      'SOCIAL_MANAGER',
      `query($id: ID!) { accompaniment(id: $id) {
        supportWorkerId supportWorker { id displayName role }
        socialReferentId socialReferent { id displayName role }
        contacts { recordedBy recordedByUser { id displayName } }
        phaseChanges { by byUser { id displayName role } }
        alerts { transitions { by byUser { id displayName } } }
      } }`,
      { id: accompaniment.id },
    );
    const a = data.accompaniment;
    expect(a.supportWorker).toEqual({
      id: accompaniment.supportWorkerId,
      displayName: nameOf(accompaniment.supportWorkerId),
      role: 'SUPPORT_WORKER',
    });
    expect(a.socialReferent).toEqual({
      id: accompaniment.socialReferentId,
      displayName: nameOf(accompaniment.socialReferentId),
      role: 'SOCIAL_MANAGER',
    });
    for (const contact of a.contacts) {
      expect(contact.recordedByUser).toEqual({
        id: contact.recordedBy,
        displayName: nameOf(contact.recordedBy),
      });
    }
    // The seed wrote the phase history: its actor is "seed", named as the data take-over.
    expect(a.phaseChanges[0]).toEqual({
      by: 'seed',
      byUser: { id: 'seed', displayName: 'Reprise de données', role: 'SYSTEM' },
    });
    const moves = a.alerts.flatMap((alert: Data) => alert.transitions);
    expect(moves.length).toBeGreaterThan(0);
    for (const move of moves) {
      expect(move.byUser.id).toBe(move.by);
      expect(move.byUser.displayName).toBe(nameOf(move.by) ?? 'Reprise de données');
    }
  });

  it('names the authors of application and funding-line moves across subgraphs', async () => {
    const application = plan.applications.find((a) => a.history.length > 0)!;
    const moves = (
      await ok(
        'SOCIAL_MANAGER',
        `query($id: ID!) { application(id: $id) { transitions { by byUser { id displayName } } } }`,
        { id: application.id },
      )
    ).application.transitions;
    for (const move of moves) {
      expect(move.byUser).toEqual({ id: move.by, displayName: nameOf(move.by) ?? 'Reprise de données' });
    }

    // Evaluators read funding lines and who moved them (the first social manager manages funding).
    const convention = plan.conventions[0];
    const lines = (
      await ok(
        'EVALUATOR',
        `query($id: ID!) { convention(id: $id) { fundingLines {
          transitions { by byUser { displayName organisation { name } } }
          history { by byUser { displayName } }
        } } }`,
        { id: convention.id },
      )
    ).convention.fundingLines;
    const changes = lines.flatMap((l: Data) => [...l.transitions, ...l.history]);
    expect(changes.length).toBeGreaterThan(0);
    for (const change of changes) expect(change.byUser.displayName).toBe(nameOf(change.by));
    expect(lines.flatMap((l: Data) => l.transitions)[0].byUser.organisation).toEqual({
      name: 'ICF Habitat Atlantique',
    });
  });

  it('reads the directory once per request, whatever the number of names (in this subgraph or through another)', async () => {
    const directoryReads = async (query: string, first: number) => {
      system.counter.reset();
      await ok('SOCIAL_MANAGER', query, { first });
      return system.counter.statements.filter((sql) => sql.includes('"staff_member"')).length;
    };
    const alerts = `query($first: Int!) { alerts(first: $first) { edges { node { transitions { byUser { displayName } } } } } }`;
    const applications = `query($first: Int!) { applications(first: $first) { edges { node { transitions { byUser { displayName } } } } } }`;
    // One batched read of the directory for 2 rows as for 30 (one loader per request).
    for (const query of [alerts, applications]) {
      expect([await directoryReads(query, 2), await directoryReads(query, 30)]).toEqual([1, 1]);
    }
  });

  it('keeps the id and gives no name for a subject the directory does not know', async () => {
    const line = plan.conventions[0].fundingLines.find((l) => l.history.length > 0)!;
    await system.orms.financing.em
      .fork()
      .getConnection()
      .execute(`update financing.funding_line_change set "by" = 'gone-user' where funding_line_id = ?`, [
        line.id,
      ]);
    const data = await system.as('SOCIAL_MANAGER')(
      `query($id: ID!) { convention(id: $id) { fundingLines { id history { by byUser { id displayName role organisation { name } } } } } }`,
      { id: plan.conventions[0].id },
    );
    expect(data.errors).toBeUndefined();
    const history = data.data?.convention.fundingLines.find((l: Data) => l.id === line.id).history;
    expect(history[0]).toEqual({
      by: 'gone-user',
      byUser: { id: 'gone-user', displayName: null, role: null, organisation: null },
    });
  });

  it('lists the organisations with their members; only operators change the directory', async () => {
    const organisations = (
      await ok('SOCIAL_MANAGER', `{ organisations { name kind members { userId name } } }`)
    ).organisations;
    // Seven organisations in the demo (users.ts), by kind then name: landlord first.
    expect(organisations).toHaveLength(DEMO_ORGANISATIONS.length);
    expect(organisations[0]).toMatchObject({ name: 'ICF Habitat Atlantique', kind: 'LANDLORD' });
    const association = organisations.find((o: Data) => o.kind === 'ASSOCIATION');
    expect(association.members.map((m: Data) => m.name)).toEqual([
      'Julie Moreau',
      'Karim Haddad',
      'Sophie Lambert',
    ]);

    // Evaluators read the organisation of a name, not the directory's lists.
    const refused = await system.as('EVALUATOR')(`{ organisations { name } }`);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const add = `mutation($input: OrganisationInput!) { recordOrganisation(input: $input) { id name kind } }`;
    const input = { name: 'CMP Rouen rive gauche', kind: 'PARTNER' };
    const notAdmin = await system.as('SOCIAL_MANAGER')(add, { input });
    expect(notAdmin.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const cmp = (await ok('ADMIN', add, { input })).recordOrganisation;
    expect(cmp).toMatchObject(input);
    const twice = await system.as('ADMIN')(add, { input });
    expect(twice.errors?.[0].extensions?.code).toBe('CONFLICT');

    const record = `mutation($input: StaffMemberInput!) { recordStaffMember(input: $input) { userId name organisation memberOf { name } } }`;
    const nurse = { userId: 'cmp-lea-roux', name: 'Léa Roux', role: 'SUPPORT_WORKER', organisation: 'CMP' };
    const unknown = await system.as('ADMIN')(record, {
      input: { ...nurse, organisationId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(unknown.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const none = await ok('ADMIN', `{ staffMembers { userId } }`);
    expect(none.staffMembers.map((m: Data) => m.userId)).not.toContain('cmp-lea-roux');
    // Linked to the directory's organisation, the recorded name is the organisation's.
    const member = (await ok('ADMIN', record, { input: { ...nurse, organisationId: cmp.id } }))
      .recordStaffMember;
    expect(member).toEqual({
      userId: 'cmp-lea-roux',
      name: 'Léa Roux',
      organisation: 'CMP Rouen rive gauche',
      memberOf: { name: 'CMP Rouen rive gauche' },
    });
  });
});

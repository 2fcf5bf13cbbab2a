import { randomUUID } from 'node:crypto';
import { migrate, SEED_AUDIT, type SubgraphServer } from '@ash/kit';
import {
  actorFor,
  clockOn,
  createTestDatabase,
  errorCode,
  sqlCounter,
  type TestDatabase,
} from '@ash/testkit';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createServer, openOrm } from '../src';
import { Accompaniment, PhaseChange } from '../src/modules/accompaniment/accompaniment.entity';
import { Alert } from '../src/modules/alert/alert.entity';
import { ConsentProjection } from '../src/modules/consent/consent.entity';
import { Contact } from '../src/modules/contact/contact.entity';
import { StaffMember } from '../src/modules/staff/staff.entity';

/*
 * "Mes ménages" on a hand-made caseload, the servers' day frozen on Wednesday 18 November 2026.
 * Every accompaniment keeps the default schedule (2 contacts a week for 4 weeks after the move-in,
 * then 4 in-person meetings a month). In November (30 days) the follow-up owes, as of day n of the
 * month, floor(n × 4 / 30) meetings: the 1st on the 8th, the 2nd on the 15th, the 3rd on the 23rd,
 * the 4th on the 30th. In December (31 days) the 1st on the 8th.
 */
const TODAY = '2026-11-18';
const worker = actorFor('SUPPORT_WORKER');
const social = actorFor('SOCIAL_MANAGER');
const rental = actorFor('RENTAL_MANAGER');
const OTHER_WORKER = 'sw-test-other';
const CONVENTION = randomUUID();
const counter = sqlCounter();

type Kind = 'HOME_VISIT' | 'OFFICE' | 'PHONE' | 'OUTREACH_ATTEMPT';
interface Built {
  id: string;
  kind: 'ACCESS' | 'TENANCY_SUSTAINMENT';
  phase: 'PRE_ALLOCATION' | 'INTEGRATION' | 'FOLLOW_UP' | 'ENDED';
  worker?: string;
  consent?: boolean;
  phases: [string, string][];
  contacts: [string, Kind, 'MET' | 'NO_ANSWER'][];
  /** Status, raised on (noon, Paris), triage deadline. */
  alerts?: ['NEW' | 'SHARED_DIAGNOSIS' | 'CLOSED', string, string][];
}

// Ids in the order of their letter, so ties (same key, same next contact due) fall by id: A before C.
const id = (letter: string) => `00000000-0000-4000-8000-0000000000${letter.charCodeAt(0).toString(16)}`;

// Follow-up all month: met at home on 3 and 10 Nov (2 done), a phone call on 14 Nov (met, the last
// contact, but not in person). Owes a 3rd meeting on 23 Nov: within 7 days → CONTACT_DUE_SOON. A
// closed alert is not counted.
const A: Built = {
  id: id('A'),
  kind: 'TENANCY_SUSTAINMENT',
  phase: 'FOLLOW_UP',
  phases: [['FOLLOW_UP', '2026-06-01']],
  contacts: [
    ['2026-11-03', 'HOME_VISIT', 'MET'],
    ['2026-11-10', 'OFFICE', 'MET'],
    ['2026-11-14', 'PHONE', 'MET'],
  ],
  alerts: [['CLOSED', '2026-11-02', '2026-11-09']],
};
// Met once (2 Nov): owed 2 by 18 Nov, so behind since the 2nd was owed, 15 Nov → CONTACT_OVERDUE,
// which comes before its NEW alert still within its deadline (24 Nov).
const B: Built = {
  id: id('B'),
  kind: 'TENANCY_SUSTAINMENT',
  phase: 'FOLLOW_UP',
  phases: [['FOLLOW_UP', '2026-06-01']],
  contacts: [['2026-11-02', 'HOME_VISIT', 'MET']],
  alerts: [['NEW', '2026-11-17', '2026-11-24']],
};
// Met on 5 and 12 Nov: next due 23 Nov. A NEW alert past its deadline (13 Nov) → ALERT_TRIAGE_OVERDUE;
// with one in shared diagnosis, 2 open.
const C: Built = {
  id: id('C'),
  kind: 'TENANCY_SUSTAINMENT',
  phase: 'FOLLOW_UP',
  phases: [['FOLLOW_UP', '2026-06-01']],
  contacts: [
    ['2026-11-05', 'HOME_VISIT', 'MET'],
    ['2026-11-12', 'HOME_VISIT', 'MET'],
  ],
  alerts: [
    ['NEW', '2026-11-06', '2026-11-13'],
    ['SHARED_DIAGNOSIS', '2026-10-01', '2026-10-08'],
  ],
};
// Not moved in: nothing owed (no next contact due), never met (an unanswered attempt is no contact).
// A NEW alert within its deadline → ALERT_TO_TRIAGE.
const D: Built = {
  id: id('D'),
  kind: 'ACCESS',
  phase: 'PRE_ALLOCATION',
  phases: [['PRE_ALLOCATION', '2026-10-01']],
  contacts: [['2026-11-09', 'OUTREACH_ATTEMPT', 'NO_ANSWER']],
  alerts: [['NEW', '2026-11-16', '2026-11-23']],
};
// Moved in 1 Oct: integration weeks over on 29 Oct (1 Oct + 28 days), still in INTEGRATION →
// PHASE_REVIEW_DUE. Follow-up in November: met 4, 11 and 17 Nov (3 done), 4th owed on 30 Nov.
const E: Built = {
  id: id('E'),
  kind: 'ACCESS',
  phase: 'INTEGRATION',
  phases: [
    ['PRE_ALLOCATION', '2026-09-01'],
    ['INTEGRATION', '2026-10-01'],
  ],
  contacts: [
    ['2026-11-04', 'HOME_VISIT', 'MET'],
    ['2026-11-11', 'HOME_VISIT', 'MET'],
    ['2026-11-17', 'HOME_VISIT', 'MET'],
  ],
};
// Moved in 10 Nov: 2 contacts a week from then, floor(days × 2 / 7) as of a day; met 10 Nov (phone)
// and 13 Nov: 2 done; the 3rd is owed after 11 days (10.5 → 11), on 20 Nov → CONTACT_DUE_SOON.
const F: Built = {
  id: id('F'),
  kind: 'ACCESS',
  phase: 'INTEGRATION',
  phases: [
    ['PRE_ALLOCATION', '2026-09-15'],
    ['INTEGRATION', '2026-11-10'],
  ],
  contacts: [
    ['2026-11-10', 'PHONE', 'MET'],
    ['2026-11-13', 'HOME_VISIT', 'MET'],
  ],
};
// Met in person on 2, 5, 9 and 16 Nov: the 4 November owes are done, so the next is December's 1st,
// owed on 8 Dec: nothing soon → NONE.
const J: Built = {
  id: id('J'),
  kind: 'TENANCY_SUSTAINMENT',
  phase: 'FOLLOW_UP',
  phases: [['FOLLOW_UP', '2026-06-01']],
  contacts: [
    ['2026-11-02', 'HOME_VISIT', 'MET'],
    ['2026-11-05', 'OFFICE', 'MET'],
    ['2026-11-09', 'HOME_VISIT', 'MET'],
    ['2026-11-16', 'HOME_VISIT', 'MET'],
  ],
};
// No consent: out of the support worker's caseload, in social management's. Last met 20 Oct, none in
// November: the 1st was owed on 8 Nov → CONTACT_OVERDUE.
const I: Built = {
  id: id('I'),
  kind: 'TENANCY_SUSTAINMENT',
  phase: 'FOLLOW_UP',
  consent: false,
  phases: [['FOLLOW_UP', '2026-06-01']],
  contacts: [['2026-10-20', 'HOME_VISIT', 'MET']],
};
// Another worker's, and an ended one: in no list here.
const G: Built = { ...B, id: id('G'), worker: OTHER_WORKER, alerts: [] };
const H: Built = { ...B, id: id('H'), phase: 'ENDED', alerts: [] };
const BUILT = [A, B, C, D, E, F, G, H, I, J];
const household = (b: Built) => b.id.replace('-8000-', '-9000-');

let db: TestDatabase;
let orm: MikroORM;
let server: SubgraphServer;

async function insert(): Promise<void> {
  const em = orm.em.fork();
  await em.insertMany(StaffMember, [
    {
      userId: worker.userId,
      name: 'Julie Moreau',
      role: 'SUPPORT_WORKER',
      organisation: 'Ensemble',
      active: true,
    },
    { userId: OTHER_WORKER, name: 'Autre', role: 'SUPPORT_WORKER', organisation: 'Ensemble', active: true },
  ] as never);
  await em.insertMany(
    ConsentProjection,
    BUILT.map((b) => ({
      householdId: household(b),
      consent: b.consent ?? true,
      changedAt: new Date(),
    })) as never,
  );
  await em.insertMany(
    Accompaniment,
    BUILT.map((b) => ({
      id: b.id,
      householdId: household(b),
      kind: b.kind,
      supportWorkerId: b.worker ?? worker.userId,
      socialReferentId: social.userId,
      startDate: b.phases[0][1],
      endDate: b.phase === 'ENDED' ? '2026-11-01' : null,
      endReason: b.phase === 'ENDED' ? 'Fin' : null,
      outcome: b.phase === 'ENDED' ? 'SUSTAINED' : null,
      phase: b.phase,
      conventionId: CONVENTION,
      ...SEED_AUDIT,
    })) as never,
  );
  await em.insertMany(
    PhaseChange,
    BUILT.flatMap((b) =>
      b.phases.map(([to, at], i) => ({
        id: randomUUID(),
        accompaniment: b.id,
        from: i === 0 ? null : b.phases[i - 1][0],
        to,
        at: new Date(`${at}T10:00:00Z`),
        by: 'seed',
        ...SEED_AUDIT,
      })),
    ) as never,
  );
  await em.insertMany(
    Contact,
    BUILT.flatMap((b) =>
      b.contacts.map(([date, kind, outcome]) => ({
        id: randomUUID(),
        accompaniment: b.id,
        date,
        kind,
        configuration: 'PAIR',
        timeSlot: 'MORNING',
        place: kind === 'OFFICE' ? 'OFFICE' : 'HOME',
        outcome,
        recordedBy: worker.userId,
        ...SEED_AUDIT,
      })),
    ) as never,
  );
  await em.insertMany(
    Alert,
    BUILT.flatMap((b) =>
      (b.alerts ?? []).map(([status, raised, deadline]) => ({
        id: randomUUID(),
        householdId: household(b),
        accompaniment: b.id,
        source: 'LOCAL_STAFF',
        signs: ['NO_RESPONSE_TO_REMINDERS'],
        description: 'Test',
        status,
        raisedAt: new Date(`${raised}T11:00:00Z`),
        triageDeadline: deadline,
        ...SEED_AUDIT,
      })),
    ) as never,
  );
}

beforeAll(async () => {
  db = await createTestDatabase('accompaniment_my_households');
  orm = await openOrm(db.url, counter.onQuery);
  await migrate(orm);
  await insert();
  server = await createServer({ orm, gatewaySecret: 'test-secret', clock: clockOn(TODAY) });
});

afterAll(async () => {
  await server.stop();
  await orm.close();
  await db.drop();
});

const CASELOAD = `query($worker: ID, $first: Int, $after: String, $orderBy: CaseloadOrder, $direction: SortDirection) {
  caseload(supportWorker: $worker, first: $first, after: $after, orderBy: $orderBy, direction: $direction) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node {
      accompaniment { id }
      household { id }
      phase lastContactDate nextContactDue contactOverdue openAlerts overdueAlerts priority
    } }
  }
}`;

interface Entry {
  accompaniment: { id: string };
  household: { id: string };
  phase: string;
  lastContactDate: string | null;
  nextContactDue: string | null;
  contactOverdue: boolean;
  openAlerts: number;
  overdueAlerts: number;
  priority: string;
}
interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: Entry }[];
}

const LETTERS = new Map(Object.entries({ A, B, C, D, E, F, G, H, I, J }).map(([k, b]) => [b.id, k]));

async function page(actor: typeof worker, variables: Record<string, unknown>): Promise<Page> {
  const result = await server.execute(actor, CASELOAD, variables);
  expect(result.errors).toBeUndefined();
  return result.data?.caseload as Page;
}

/** The whole list, in pages of `first`, as letters; checks the total on every page. */
async function walk(
  actor: typeof worker,
  variables: Record<string, unknown>,
  first: number,
): Promise<string[]> {
  const letters: string[] = [];
  let after: string | null = null;
  let total: number | null = null;
  for (let i = 0; i < 10; i++) {
    const p: Page = await page(actor, { ...variables, first, after });
    total ??= p.totalCount;
    expect(p.totalCount).toBe(total);
    letters.push(...p.edges.map((e) => LETTERS.get(e.node.accompaniment.id) ?? '?'));
    if (!p.pageInfo.hasNextPage) break;
    after = p.pageInfo.endCursor;
  }
  expect(letters).toHaveLength(total ?? 0);
  return letters;
}

describe('a support worker’s caseload (“Mes ménages”)', () => {
  it('gives each running accompaniment what it needs, as of the frozen day', async () => {
    const result = await page(worker, { first: 100 });
    const byLetter = Object.fromEntries(
      result.edges.map(({ node }) => [LETTERS.get(node.accompaniment.id), node]),
    );
    const row = (e: Omit<Entry, 'accompaniment' | 'household'>) => expect.objectContaining(e);
    // Derivations: see each fixture above.
    expect(byLetter).toEqual({
      A: row({
        phase: 'FOLLOW_UP',
        lastContactDate: '2026-11-14',
        nextContactDue: '2026-11-23',
        contactOverdue: false,
        openAlerts: 0,
        overdueAlerts: 0,
        priority: 'CONTACT_DUE_SOON',
      }),
      B: row({
        phase: 'FOLLOW_UP',
        lastContactDate: '2026-11-02',
        nextContactDue: '2026-11-15',
        contactOverdue: true,
        openAlerts: 1,
        overdueAlerts: 0,
        priority: 'CONTACT_OVERDUE',
      }),
      C: row({
        phase: 'FOLLOW_UP',
        lastContactDate: '2026-11-12',
        nextContactDue: '2026-11-23',
        contactOverdue: false,
        openAlerts: 2,
        overdueAlerts: 1,
        priority: 'ALERT_TRIAGE_OVERDUE',
      }),
      D: row({
        phase: 'PRE_ALLOCATION',
        lastContactDate: null,
        nextContactDue: null,
        contactOverdue: false,
        openAlerts: 1,
        overdueAlerts: 0,
        priority: 'ALERT_TO_TRIAGE',
      }),
      E: row({
        phase: 'INTEGRATION',
        lastContactDate: '2026-11-17',
        nextContactDue: '2026-11-30',
        contactOverdue: false,
        openAlerts: 0,
        overdueAlerts: 0,
        priority: 'PHASE_REVIEW_DUE',
      }),
      F: row({
        phase: 'INTEGRATION',
        lastContactDate: '2026-11-13',
        nextContactDue: '2026-11-20',
        contactOverdue: false,
        openAlerts: 0,
        overdueAlerts: 0,
        priority: 'CONTACT_DUE_SOON',
      }),
      J: row({
        phase: 'FOLLOW_UP',
        lastContactDate: '2026-11-16',
        nextContactDue: '2026-12-08',
        contactOverdue: false,
        openAlerts: 0,
        overdueAlerts: 0,
        priority: 'NONE',
      }),
    });
    expect(byLetter.A.household.id).toBe(household(A));
  });

  // Expected orders, from the table of the fixtures (today 18 Nov; ties by next contact due, then id):
  //        priority               next due  last met  open alerts  phase
  //   A    5 CONTACT_DUE_SOON     23 Nov    14 Nov    0            FOLLOW_UP
  //   B    2 CONTACT_OVERDUE      15 Nov     2 Nov    1            FOLLOW_UP
  //   C    1 ALERT_TRIAGE_OVERDUE 23 Nov    12 Nov    2            FOLLOW_UP
  //   D    3 ALERT_TO_TRIAGE      none      never     1            PRE_ALLOCATION
  //   E    4 PHASE_REVIEW_DUE     30 Nov    17 Nov    0            INTEGRATION
  //   F    5 CONTACT_DUE_SOON     20 Nov    13 Nov    0            INTEGRATION
  //   J    6 NONE                  8 Dec    16 Nov    0            FOLLOW_UP
  //   I    2 CONTACT_OVERDUE       8 Nov    20 Oct    0            FOLLOW_UP (no consent: social management only)
  it.each([
    // By rank; A and F both 5: F due first.
    ['PRIORITY', 'ASC', 'CBDEFAJ'],
    // B, F, then A and C both on 23 Nov (by id), E, J; D owes nothing: last.
    ['NEXT_CONTACT_DUE', 'ASC', 'BFACEJD'],
    // Reversed, but ties stay by id: D, J, E, A, C, F, B.
    ['NEXT_CONTACT_DUE', 'DESC', 'DJEACFB'],
    // Never met first, then the oldest contact.
    ['LAST_CONTACT', 'ASC', 'DBCFAJE'],
    ['LAST_CONTACT', 'DESC', 'EJAFCBD'],
    // C 2; B and D 1 (B due first, D owes nothing); then 0: F (20 Nov), A (23), E (30), J (8 Dec).
    ['OPEN_ALERTS', 'DESC', 'CBDFAEJ'],
    // PRE_ALLOCATION D; INTEGRATION F (20 Nov) then E (30 Nov); FOLLOW_UP B (15 Nov), A and C (23 Nov,
    // by id), J (8 Dec).
    ['PHASE', 'ASC', 'DFEBACJ'],
    ['PHASE', 'DESC', 'BACJFED'],
  ])('sorts by %s %s, the same in one page or in pages of two', async (orderBy, direction, expected) => {
    expect((await walk(worker, { orderBy, direction }, 100)).join('')).toBe(expected);
    expect((await walk(worker, { orderBy, direction }, 2)).join('')).toBe(expected);
  });

  it('gives social management any worker’s caseload, with the households that did not consent', async () => {
    // I (rank 2, due 8 Nov) before B (rank 2, due 15 Nov).
    expect((await walk(social, { worker: worker.userId }, 3)).join('')).toBe('CIBDEFAJ');
    expect((await walk(social, { worker: OTHER_WORKER }, 100)).join('')).toBe('G');
  });

  it('refuses a support worker another’s caseload, and asks whose caseload of the others', async () => {
    expect(errorCode(await server.execute(worker, CASELOAD, { worker: OTHER_WORKER }))).toBe('FORBIDDEN');
    expect((await page(worker, { worker: worker.userId })).totalCount).toBe(7);
    expect(errorCode(await server.execute(rental, CASELOAD, { worker: worker.userId }))).toBe('FORBIDDEN');
    expect(errorCode(await server.execute(social, CASELOAD, {}))).toBe('BAD_USER_INPUT');
    expect(errorCode(await server.execute(social, CASELOAD, { worker: 'nobody' }))).toBe('BAD_USER_INPUT');
    // A cursor of another order is refused, not misread.
    const priority = await page(worker, { first: 1 });
    const misread = await server.execute(worker, CASELOAD, {
      orderBy: 'NEXT_CONTACT_DUE',
      after: priority.pageInfo.endCursor,
    });
    expect(errorCode(misread)).toBe('BAD_USER_INPUT');
  });

  it('reads a page in the same number of statements whatever its size', async () => {
    counter.reset();
    await page(worker, { first: 1 });
    const one = counter.count;
    counter.reset();
    await page(worker, { first: 7 });
    expect(counter.count).toBe(one);
  });
});

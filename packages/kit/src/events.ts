import { randomUUID } from 'node:crypto';
import type { HouseholdNeeds } from '@ash/matching';
import { Entity, type EntityManager, Index, LockMode, PrimaryKey, Property } from '@mikro-orm/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import PgBoss from 'pg-boss';
import type { AuditRecord } from './audit';
import { Calendar, type Clock, systemClock } from './calendar';

/*
 * Domain events between subgraphs: a transactional outbox in each producer's schema, relayed to
 * pg-boss queues (PostgreSQL-backed, retries with backoff, jobs wait while a consumer is down),
 * consumed with an inbox so each event takes effect once, whatever the number of deliveries.
 */

/** Every domain event that crosses a subgraph boundary, with its payload. */
export interface DomainEvents {
  /** households → housing: a commission allocated a dwelling; it becomes OFFERED. */
  ApplicationAllocated: {
    applicationId: string;
    householdId: string;
    dwellingId: string;
    commissionId: string;
    decision: 'ALLOCATED' | 'ALLOCATED_UNDER_CONDITION';
  };
  /** housing → households: the lease is signed; the application moves to LEASE_SIGNED. */
  LeaseSigned: {
    leaseId: string;
    householdId: string;
    dwellingId: string;
    kind: 'ORDINARY' | 'SLIDING';
    startDate: string;
  };
  /**
   * housing → households, accompaniment: the move-in inspection took place; the application moves
   * to MOVED_IN and the household's accompaniment enters INTEGRATION.
   */
  MoveInRecorded: {
    leaseId: string;
    householdId: string;
    dwellingId: string;
    date: string;
    socialManagerPresent: boolean;
    supportWorkerPresent: boolean;
  };
  /**
   * households → housing: what matching needs of a household awaiting a dwelling (null when it no
   * longer awaits one). Housing keeps its own projection for set-wide matching (impact of settings).
   */
  HouseholdNeedsChanged: { householdId: string; needs: HouseholdNeeds | null };
  /** every subgraph → households: writes and sensitive reads, for the append-only audit trail. */
  AuditRecorded: AuditRecord;
  /**
   * accompaniment → households, housing: the support workers of the household's running
   * accompaniments (empty when none), the caseload a support worker may reach.
   */
  CaseloadChanged: { householdId: string; supportWorkerIds: string[] };
  /**
   * households → accompaniment, housing: the household's consent to share its data with the
   * association was recorded or withdrawn; without it no support worker reaches the household.
   */
  ConsentChanged: { householdId: string; consentToShare: boolean };
  /**
   * households → housing, accompaniment: the household was anonymised (right to erasure, or
   * retention); each consumer clears what it holds about its people. Financing holds no person data,
   * so it is not routed there.
   */
  HouseholdErased: { householdId: string; erasedAt: string };
  /**
   * housing → households: whether the household holds a running lease (signed, not ended), sent
   * with every change that may start or end one. Households keeps it so that retention never erases
   * a sitting tenant whose file has not moved.
   */
  TenancyChanged: { householdId: string; runningLease: boolean };
  /**
   * housing → accompaniment: a rent account reached two months or more of arrears (sent when it
   * crosses from under two months to two or more); accompaniment raises an ARREARS alert.
   */
  ArrearsReached: { householdId: string; leaseId: string; monthsInArrears: number; arrearsCents: number };
  /** households → accompaniment, housing: a household was registered; writes there may now name it. */
  HouseholdRegistered: { householdId: string };
  /** financing → accompaniment: a convention was created; accompaniments may now be funded by it. */
  ConventionCreated: {
    conventionId: string;
    startYear: number;
    endYear: number;
    /** Its capacity: households followed at once (absent from announcements made before it was carried). */
    plannedHouseholdsPerYear?: number;
  };
  /** housing → households: a dwelling was created; commissions may now consider it. */
  DwellingCreated: { dwellingId: string };
  /**
   * households → accompaniment: the household's target public was set, changed or cleared (null);
   * accompaniment keeps a projection for its indicators. Erasure keeps the target public.
   */
  TargetPublicChanged: { householdId: string; targetPublic: string | null };
}

export type EventType = keyof DomainEvents;
export type SubgraphQueue = 'housing' | 'households' | 'accompaniment' | 'financing';

/** Which subgraphs consume each event (their queue is `<subgraph>.events`). */
export const EVENT_ROUTES: Readonly<Record<EventType, readonly SubgraphQueue[]>> = {
  ApplicationAllocated: ['housing'],
  LeaseSigned: ['households'],
  MoveInRecorded: ['households', 'accompaniment'],
  HouseholdNeedsChanged: ['housing'],
  AuditRecorded: ['households'],
  CaseloadChanged: ['households', 'housing'],
  ConsentChanged: ['accompaniment', 'housing'],
  HouseholdErased: ['housing', 'accompaniment'],
  TenancyChanged: ['households'],
  ArrearsReached: ['accompaniment'],
  TargetPublicChanged: ['accompaniment'],
  HouseholdRegistered: ['accompaniment', 'housing'],
  ConventionCreated: ['accompaniment'],
  DwellingCreated: ['households'],
};

export const queueOf = (subgraph: SubgraphQueue) => `${subgraph}.events`;

/** An event waiting in (or sent from) the producer's outbox, written in the same transaction as the change. */
@Entity({ tableName: 'outbox' })
@Index({ properties: ['publishedAt', 'occurredAt'] })
export class OutboxEvent {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  type: string;

  @Property({ type: 'jsonb' })
  payload: unknown;

  @Property({ type: 'text' })
  actor: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  occurredAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null = null;
}

/** Events a consumer has applied: the primary key makes a second delivery a no-op. */
@Entity({ tableName: 'inbox' })
export class InboxEvent {
  @PrimaryKey({ type: 'uuid' })
  eventId: string;

  @Property({ type: 'text' })
  type: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  processedAt: Date = new Date();
}

/** What a consumer receives. */
export interface EventEnvelope<T extends EventType = EventType> {
  id: string;
  type: T;
  payload: DomainEvents[T];
  actor: string;
  occurredAt: string;
}

/** Records a domain event in the outbox, inside the caller's transaction. */
export function emitEvent<T extends EventType>(
  em: EntityManager,
  type: T,
  payload: DomainEvents[T],
  actor: string,
): OutboxEvent {
  const event = Object.assign(new OutboxEvent(), { type, payload, actor });
  em.persist(event);
  return event;
}

/** What a consumer receives besides the event: its process's calendar ("today", "now"). */
export interface EventContext {
  calendar: Calendar;
}

export type EventHandlers = {
  [T in EventType]?: (em: EntityManager, event: EventEnvelope<T>, context: EventContext) => Promise<void>;
};

export interface EventsOptions {
  /** The subgraph's ORM: its outbox and inbox live in its schema. */
  orm: MikroORM;
  /** The queue database (pg-boss keeps its tables in the `pgboss` schema there). */
  busUrl: string;
  /** This subgraph: the queue it consumes. */
  subgraph: SubgraphQueue;
  handlers?: EventHandlers;
  /** The clock the handlers read "today" from (the system clock by default). */
  clock?: Clock;
  /** How often the relay looks at the outbox (ms). */
  relayIntervalMs?: number;
  log?: (line: string) => void;
}

export interface EventsRuntime {
  /** Publishes what waits in the outbox now (the relay also does it on its own). */
  relayNow(): Promise<number>;
  stop(): Promise<void>;
}

const RELAY_BATCH = 100;

/** Starts the outbox relay of a subgraph and, if it has handlers, its consumer. */
export async function startEvents(options: EventsOptions): Promise<EventsRuntime> {
  const log = options.log ?? ((line: string) => console.log(line));
  const boss = new PgBoss({
    connectionString: options.busUrl,
    schema: 'pgboss',
    max: 4,
    application_name: `${options.subgraph}-events`,
  });
  boss.on('error', (error) => log(`[events] ${error instanceof Error ? error.message : String(error)}`));
  await boss.start();
  for (const subgraph of new Set(Object.values(EVENT_ROUTES).flat())) {
    // Idempotent; retries with exponential backoff keep an event until its consumer can apply it.
    // Several subgraphs starting at once on a fresh database can deadlock creating the same
    // queue (pg-boss 10): PostgreSQL aborts one of them, which tries again.
    for (let attempt = 1; ; attempt++) {
      try {
        await boss.createQueue(queueOf(subgraph), {
          name: queueOf(subgraph),
          retryLimit: 1000,
          retryDelay: 2,
          retryBackoff: true,
          retentionDays: 14,
        });
        break;
      } catch (error) {
        const deadlock = (error as { code?: string }).code === '40P01';
        if (!deadlock || attempt >= 5) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 * attempt + Math.random() * 200));
      }
    }
  }

  const relayNow = async (): Promise<number> => {
    const em = options.orm.em.fork();
    return em.transactional(async (tx) => {
      const pending = await tx.find(
        OutboxEvent,
        { publishedAt: null },
        // SKIP LOCKED: several replicas of a subgraph may relay side by side.
        { orderBy: { occurredAt: 'asc' }, limit: RELAY_BATCH, lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE },
      );
      for (const event of pending) {
        const envelope: EventEnvelope = {
          id: event.id,
          type: event.type as EventType,
          payload: event.payload as never,
          actor: event.actor,
          occurredAt: event.occurredAt.toISOString(),
        };
        for (const subgraph of EVENT_ROUTES[envelope.type] ?? []) {
          // The job id is the event id (unique per queue): publishing again after a crash inserts nothing.
          await boss.send(queueOf(subgraph), envelope as unknown as object, { id: event.id });
        }
        event.publishedAt = new Date();
      }
      return pending.length;
    });
  };

  let stopped = false;
  let relaying: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    relaying = relaying
      .then(() => (stopped ? 0 : relayNow()))
      .catch((error) => log(`[events] relay: ${String(error)}`));
  }, options.relayIntervalMs ?? 500);

  if (options.handlers && Object.keys(options.handlers).length > 0) {
    const handlers = options.handlers;
    const context: EventContext = { calendar: new Calendar(options.clock ?? systemClock) };
    await boss.work<EventEnvelope>(
      queueOf(options.subgraph),
      { batchSize: 20, pollingIntervalSeconds: 0.5 },
      async (jobs) => {
        for (const job of jobs) await applyOnce(options.orm, handlers, job.data, context);
      },
    );
  }

  return {
    relayNow,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await relaying;
      await boss.stop({ graceful: true, close: true, wait: true, timeout: 5000 });
    },
  };
}

/**
 * Applies an event in one transaction with its inbox row: either both are written or neither,
 * and a second delivery finds the row and does nothing.
 */
export async function applyOnce(
  orm: MikroORM,
  handlers: EventHandlers,
  envelope: EventEnvelope,
  context: EventContext = { calendar: new Calendar(systemClock) },
): Promise<boolean> {
  const handler = handlers[envelope.type] as
    | ((em: EntityManager, event: EventEnvelope, context: EventContext) => Promise<void>)
    | undefined;
  if (!handler) return false;
  return orm.em.fork().transactional(async (em) => {
    const inserted = await em
      .getConnection()
      .execute(
        `insert into "${orm.config.get('schema')}"."inbox" ("event_id", "type", "processed_at") values (?, ?, now()) on conflict do nothing`,
        [envelope.id, envelope.type],
        'run',
        em.getTransactionContext(),
      );
    if ((inserted as { affectedRows?: number }).affectedRows === 0) return false;
    await handler(em, envelope, context);
    return true;
  });
}

/**
 * `changed_at` of the projection rows a seed writes: before any event, so that every event applied
 * after the seed, whatever the clock says, is newer than the seeded state.
 */
export const SEEDED_BEFORE_ANY_EVENT = new Date(0);

/**
 * Sets one column of a projection row keyed by household, in the event handler's transaction. Events
 * may arrive out of order: one older than the stored row changes nothing.
 */
export async function projectLatest(
  em: EntityManager,
  table: string,
  column: string,
  householdId: string,
  value: unknown,
  changedAt: string | Date,
): Promise<void> {
  await em.getConnection().execute(
    `insert into ${table} as p (household_id, ${column}, changed_at) values (?, ?, ?)
     on conflict (household_id) do update set ${column} = excluded.${column}, changed_at = excluded.changed_at
     where p.changed_at <= excluded.changed_at`,
    [householdId, value, changedAt],
    'run',
    em.getTransactionContext(),
  );
}

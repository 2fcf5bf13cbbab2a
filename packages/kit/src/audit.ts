import { AsyncLocalStorage } from 'node:async_hooks';
import type { ApolloServerPlugin } from '@apollo/server';
import { ChangeSetType, type EventSubscriber, type FlushEventArgs } from '@mikro-orm/core';
import type { Actor } from './actor';
import { AuditedEntity } from './audited';
import { OutboxEvent } from './events';

/*
 * The audit trail: every write (any entity changed through the unit of work) and every read of a
 * sensitive field, recorded as `AuditRecorded` domain events in the subgraph's outbox — writes in
 * the same transaction as the change — and kept append-only by the households subgraph.
 */

export type AuditAction = 'CREATE' | 'UPDATE' | 'DELETE' | 'READ';

export interface AuditEntry {
  action: AuditAction;
  entityType: string;
  entityId: string;
  fields: string[];
  at: string;
}

export interface AuditRecord {
  subgraph: string;
  requestId: string | null;
  userId: string;
  role: string;
  entries: AuditEntry[];
}

/** Who is calling in the current request (set by the subgraph server around each request). */
export interface RequestScope {
  actor: Actor;
  requestId: string;
  subgraph: string;
  /** Sensitive reads of the request, recorded once per entity and field, flushed at its end. */
  reads: Map<string, AuditEntry>;
}

export const requestScope = new AsyncLocalStorage<RequestScope>();

/** Records that the current request read a sensitive field of an entity (once per entity and field). */
export function auditRead(entityType: string, entityId: string | undefined, field: string): void {
  const scope = requestScope.getStore();
  if (!scope || !entityId) return;
  const key = `${entityType}:${entityId}`;
  const entry = scope.reads.get(key);
  if (entry) {
    if (!entry.fields.includes(field)) entry.fields.push(field);
    return;
  }
  scope.reads.set(key, {
    action: 'READ',
    entityType,
    entityId,
    fields: [field],
    at: new Date().toISOString(),
  });
}

const ACTIONS: Partial<Record<ChangeSetType, AuditAction>> = {
  [ChangeSetType.CREATE]: 'CREATE',
  [ChangeSetType.UPDATE]: 'UPDATE',
  [ChangeSetType.DELETE]: 'DELETE',
};

/**
 * Adds, to every flush that changes audited entities, one `AuditRecorded` outbox event listing
 * them: written in the same transaction, so no write goes unrecorded.
 */
export class AuditSubscriber implements EventSubscriber {
  constructor(private readonly subgraph: string) {}

  async onFlush(args: FlushEventArgs): Promise<void> {
    const entries: AuditEntry[] = [];
    let writer: string | undefined;
    for (const changeSet of args.uow.getChangeSets()) {
      const action = ACTIONS[changeSet.type];
      const entity = changeSet.entity as AuditedEntity;
      if (!action || !(entity instanceof AuditedEntity)) continue;
      writer ??= entity.updatedBy;
      entries.push({
        action,
        entityType: changeSet.meta.className,
        entityId: entity.id,
        fields: Object.keys(changeSet.payload ?? {}).filter(
          (f) => !['updatedAt', 'updatedBy', 'createdAt', 'createdBy'].includes(f),
        ),
        at: new Date().toISOString(),
      });
    }
    if (entries.length === 0) return;
    const scope = requestScope.getStore();
    const record: AuditRecord = {
      subgraph: this.subgraph,
      requestId: scope?.requestId ?? null,
      userId: scope?.actor.userId ?? writer ?? 'system',
      role: scope?.actor.role ?? 'SYSTEM',
      entries,
    };
    const event = Object.assign(new OutboxEvent(), {
      type: 'AuditRecorded',
      payload: record,
      actor: record.userId,
    });
    args.uow.computeChangeSet(event);
  }
}

/**
 * Apollo plugin: at the end of each request, the sensitive reads it made go to the outbox as one
 * `AuditRecorded` event (one statement, none when nothing sensitive was read).
 */
export function auditReadsPlugin(
  subgraph: string,
  persist: (record: AuditRecord) => Promise<void>,
): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse() {
          const scope = requestScope.getStore();
          if (!scope || scope.reads.size === 0) return;
          const entries = [...scope.reads.values()];
          scope.reads.clear();
          await persist({
            subgraph,
            requestId: scope.requestId,
            userId: scope.actor.userId,
            role: scope.actor.role,
            entries,
          });
        },
      };
    },
  };
}

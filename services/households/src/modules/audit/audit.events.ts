import type { EventEnvelope } from '@ash/kit';
import type { EntityManager } from '@mikro-orm/core';
import { AuditAction, AuditEntry } from './audit.entity';

/** Every subgraph's writes and sensitive reads land here, once each (the inbox guards redelivery). */
export async function onAuditRecorded(
  em: EntityManager,
  event: EventEnvelope<'AuditRecorded'>,
): Promise<void> {
  const record = event.payload;
  if (record.entries.length === 0) return;
  await em.insertMany(
    AuditEntry,
    record.entries.map((entry) =>
      Object.assign(new AuditEntry(), {
        at: new Date(entry.at),
        subgraph: record.subgraph,
        requestId: record.requestId,
        userId: record.userId,
        role: record.role,
        action: entry.action as AuditAction,
        entityType: entry.entityType,
        entityId: entry.entityId,
        fields: entry.fields,
        eventId: event.id,
      }),
    ),
  );
}

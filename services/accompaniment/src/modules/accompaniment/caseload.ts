import { type Actor, Role } from '@ash/kit';
import type { FilterQuery } from '@mikro-orm/core';
import type { Accompaniment } from './accompaniment.entity';

/**
 * A support worker only sees and works on their own caseload: the accompaniments they are assigned
 * to. Other roles allowed to read see every accompaniment. The scope is a filter, so it is applied
 * in the SQL itself, and an accompaniment outside it is simply not found (its existence does not
 * leak).
 */
export function accompanimentScope(actor: Actor): FilterQuery<Accompaniment> {
  return actor.role === Role.SupportWorker ? { supportWorkerId: actor.userId } : {};
}

/** Scope of rows hanging off an accompaniment (contacts, diagnostics, reviews). */
export function childScope(actor: Actor): { accompaniment?: FilterQuery<Accompaniment> } {
  return actor.role === Role.SupportWorker ? { accompaniment: { supportWorkerId: actor.userId } } : {};
}

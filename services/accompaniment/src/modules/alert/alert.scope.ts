import { type Actor, Role } from '@ash/kit';
import type { FilterQuery } from '@mikro-orm/core';
import { accompanimentScope } from '../accompaniment/caseload';
import type { Alert } from './alert.entity';

/**
 * A support worker sees and handles the alerts of their own caseload only, with the household's
 * consent (in the SQL itself).
 */
export function alertScope(actor: Actor): FilterQuery<Alert> {
  return actor.role === Role.SupportWorker ? { accompaniment: accompanimentScope(actor) } : {};
}

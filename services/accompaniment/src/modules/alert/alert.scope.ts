import { type Actor, Role } from '@ash/kit';
import type { FilterQuery } from '@mikro-orm/core';
import { today } from '../../calendar';
import { accompanimentScope } from '../accompaniment/caseload';
import type { Alert } from './alert.entity';
import { AlertStatus } from './alert.enums';

/**
 * A support worker sees and handles the alerts of their own caseload only, with the household's
 * consent (in the SQL itself).
 */
export function alertScope(actor: Actor): FilterQuery<Alert> {
  return actor.role === Role.SupportWorker ? { accompaniment: accompanimentScope(actor) } : {};
}

/** Alerts still being handled: not CLOSED. */
export function openAlerts(): FilterQuery<Alert> {
  return { status: { $ne: AlertStatus.CLOSED } };
}

/** Alerts still NEW after their triage deadline (`Alert.overdue`), at the agency's today. */
export function overdueAlerts(): FilterQuery<Alert> {
  return { status: AlertStatus.NEW, triageDeadline: { $lt: today() } };
}

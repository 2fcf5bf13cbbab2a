import { type Actor, type IsoDate, Role } from '@ash/kit';
import type { FilterQuery } from '@mikro-orm/core';
import { caseloadScope } from '../caseload/caseload.scope';
import type { Alert } from './alert.entity';
import { AlertStatus } from './alert.enums';

/**
 * A support worker sees and handles the alerts of their own caseload only, with the household's
 * consent (in the SQL itself).
 */
export function alertScope(actor: Actor): FilterQuery<Alert> {
  return actor.role === Role.SupportWorker ? { accompaniment: caseloadScope(actor) } : {};
}

/** Alerts still being handled: not CLOSED. */
export function openAlerts(): FilterQuery<Alert> {
  return { status: { $ne: AlertStatus.CLOSED } };
}

/** Alerts still NEW after their triage deadline, as of the agency's `today`. */
export function overdueAlerts(today: IsoDate): FilterQuery<Alert> {
  return { status: AlertStatus.NEW, triageDeadline: { $lt: today } };
}

/** Whether an alert is still NEW after its triage deadline, as of the agency's `today`. */
export function isOverdue(alert: Pick<Alert, 'status' | 'triageDeadline'>, today: IsoDate): boolean {
  return alert.status === AlertStatus.NEW && alert.triageDeadline < today;
}

import {
  type EventContext,
  type EventEnvelope,
  type EventHandlers,
  type EventType,
  referenceHandlers,
} from '@ash/kit';
import { type EntityManager, LockMode } from '@mikro-orm/core';
import { Application } from './modules/application/application.entity';
import { CLOSED_APPLICATION_STATUSES, ApplicationStatus as S } from './modules/application/application.enums';
import { recordTransition } from './modules/application/application.service';
import { onAuditRecorded } from './modules/audit/audit.events';
import { applyCaseloadChanged } from './modules/caseload/caseload.projection';
import { emitNeedsChanges, loadHouseholdNeeds } from './modules/household/household.needs';
import { applyTenancyChanged } from './modules/tenancy/tenancy.projection';

/** Events that do not fit are logged and skipped: retrying them would never succeed. */
const warn = (line: string) => console.warn(`[households events] ${line}`);

// The end of the pipeline, in order: an application further along has already taken the step.
const AFTER_DECISION = [S.DECIDED, S.LEASE_SIGNED, S.MOVED_IN];

interface Step {
  householdId: string;
  dwellingId: string;
  from: S;
  to: S;
  note: string;
}

/**
 * Moves the household's application for the dwelling one step, as housing reports it: a repeat
 * (already there or further) changes nothing, an application elsewhere in the pipeline is skipped.
 */
async function advance(
  em: EntityManager,
  event: EventEnvelope<EventType>,
  { calendar }: EventContext,
  step: Step,
): Promise<void> {
  const applications = await em.find(
    Application,
    { household: step.householdId },
    { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { statusChangedAt: 'desc', id: 'asc' } },
  );
  const application =
    applications.find((a) => a.allocatedDwellingId === step.dwellingId) ??
    applications.find((a) => !CLOSED_APPLICATION_STATUSES.some((closed) => closed === a.status));
  const what = `${event.type} ${event.id} (household ${step.householdId}, dwelling ${step.dwellingId})`;
  if (!application) return warn(`${what}: no application to move to ${step.to}, skipped`);
  const at = AFTER_DECISION.indexOf(application.status);
  if (at >= AFTER_DECISION.indexOf(step.to)) return;
  if (application.status !== step.from) {
    return warn(`${what}: application ${application.id} is ${application.status}, not ${step.from}, skipped`);
  }
  if (application.allocatedDwellingId && application.allocatedDwellingId !== step.dwellingId) {
    return warn(`${what}: application ${application.id} was allocated another dwelling, skipped`);
  }
  const needs = await loadHouseholdNeeds(em, [step.householdId]);
  application.allocatedDwellingId = step.dwellingId;
  recordTransition(em, application, step.to, { userId: event.actor }, step.note, calendar.now());
  await emitNeedsChanges(em, needs, event.actor);
}

/** Domain events this subgraph consumes (see EVENT_ROUTES in the kit), applied once each. */
export const eventHandlers: EventHandlers = {
  AuditRecorded: onAuditRecorded,
  CaseloadChanged: applyCaseloadChanged,
  LeaseSigned: (em, event, context) =>
    advance(em, event, context, {
      householdId: event.payload.householdId,
      dwellingId: event.payload.dwellingId,
      from: S.DECIDED,
      to: S.LEASE_SIGNED,
      note: `Bail ${event.payload.kind === 'SLIDING' ? 'glissant' : 'ordinaire'} signé, début le ${event.payload.startDate}`,
    }),
  MoveInRecorded: (em, event, context) =>
    advance(em, event, context, {
      householdId: event.payload.householdId,
      dwellingId: event.payload.dwellingId,
      from: S.LEASE_SIGNED,
      to: S.MOVED_IN,
      note: `Entrée dans les lieux le ${event.payload.date} (état des lieux d’entrée)`,
    }),
  TenancyChanged: applyTenancyChanged,
  DwellingCreated: referenceHandlers.DwellingCreated,
};

import { ERASED_TEXT, type EventEnvelope, retireReference, stamp } from '@ash/kit';
import type { EntityManager } from '@mikro-orm/core';
import { Accompaniment, PhaseChange } from '../accompaniment/accompaniment.entity';
import { Alert, AlertTransition } from '../alert/alert.entity';
import { CommitteeDecision } from '../committee/committee.entity';
import { Contact } from '../contact/contact.entity';
import { Diagnostic, Goal } from '../diagnostic/diagnostic.entity';
import { Review } from '../review/review.entity';

/** A goal's label once erased: its rank in the diagnostic, so reviews still follow each goal. */
const goalLabel = (position: number) => `Objectif ${position + 1}`;

/**
 * `HouseholdErased`: clears every free text about the household (contact notes, alert descriptions
 * and transition notes, diagnostic needs, goal labels, review summaries and their goal labels,
 * phase-change notes, end reasons, committee decisions about it). Kinds, phases, dates, outcomes,
 * configurations, signs and progress stay: the indicators use them. Through the unit of work, so the
 * audit trail records the writes; a repeat finds nothing more to change.
 */
export async function onHouseholdErased(
  em: EntityManager,
  event: EventEnvelope<'HouseholdErased'>,
): Promise<void> {
  const { householdId } = event.payload;
  const by = { userId: event.actor };
  // Nothing new may be recorded for it here (it stays readable where it is referenced).
  await retireReference(em, 'Household', householdId, new Date(event.payload.erasedAt));
  const accompaniments = await em.find(Accompaniment, { householdId });
  const ids = accompaniments.map((a) => a.id);
  const ofThem = { accompaniment: { $in: ids } };
  // One statement per table, whatever the number of rows (sequential: one transaction, one connection).
  const phaseChanges = await em.find(PhaseChange, { ...ofThem, note: { $ne: null } });
  const contacts = await em.find(Contact, { ...ofThem, note: { $ne: null } });
  const diagnostics = await em.find(Diagnostic, ofThem);
  const goals = await em.find(Goal, { diagnostic: ofThem });
  const reviews = await em.find(Review, ofThem);
  const decisions = await em.find(CommitteeDecision, ofThem);
  const alerts = await em.find(Alert, { householdId });
  const transitions = alerts.length
    ? await em.find(AlertTransition, { alert: { $in: alerts.map((a) => a.id) }, note: { $ne: null } })
    : [];

  for (const accompaniment of accompaniments) {
    // An ended accompaniment keeps a (blank) reason: the database requires one.
    if (accompaniment.endReason !== null) accompaniment.endReason = ERASED_TEXT;
  }
  for (const row of [...phaseChanges, ...contacts, ...transitions]) row.note = null;
  for (const diagnostic of diagnostics) {
    diagnostic.areas = diagnostic.areas.map(({ area }) => ({ area, needs: ERASED_TEXT }));
  }
  const labels = new Map<string, string>();
  for (const goal of goals) {
    labels.set(goal.label, goalLabel(goal.position));
    goal.label = goalLabel(goal.position);
  }
  for (const review of reviews) {
    review.summary = ERASED_TEXT;
    review.goalProgress = review.goalProgress.map(({ goal, progress }) => ({
      goal: labels.get(goal) ?? ERASED_TEXT,
      progress,
    }));
  }
  for (const decision of decisions) decision.decision = ERASED_TEXT;
  for (const alert of alerts) alert.description = ERASED_TEXT;

  const changed = [
    ...accompaniments,
    ...phaseChanges,
    ...contacts,
    ...transitions,
    ...diagnostics,
    ...goals,
    ...reviews,
    ...decisions,
    ...alerts,
  ];
  for (const row of changed) stamp(row, by);
}

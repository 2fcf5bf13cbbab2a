import { type DemoPlan, stableId } from '@ash/demo';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { triageDeadline } from './calendar';
import { Accompaniment, PhaseChange } from './modules/accompaniment/accompaniment.entity';
import { Alert, AlertTransition } from './modules/alert/alert.entity';
import { Contact } from './modules/contact/contact.entity';
import { Diagnostic, Goal } from './modules/diagnostic/diagnostic.entity';

const SEED_ACTOR = 'seed';
const CHUNK = 2000;

async function insertChunked<T extends object>(
  em: EntityManager,
  entity: new () => T,
  rows: Record<string, unknown>[],
) {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await em.insertMany(entity, rows.slice(i, i + CHUNK) as never);
  }
}

const audit = { createdBy: SEED_ACTOR, updatedBy: SEED_ACTOR };

/** The plan dates days; moves and alerts are placed at noon UTC, the same day in the agency. */
function instant(date: string): Date {
  return new Date(`${date}T12:00:00Z`);
}

/**
 * Writes the accompaniment part of the demo plan (accompaniments and their phase history,
 * contacts, diagnostics with goals, alerts with their history) in one transaction.
 */
export async function seedAccompaniment(orm: MikroORM, plan: DemoPlan): Promise<void> {
  const accompaniments = plan.accompaniments;
  await orm.em.fork().transactional(async (em) => {
    await insertChunked(
      em,
      Accompaniment,
      accompaniments.map((a) => ({
        id: a.id,
        householdId: a.householdId,
        kind: a.kind,
        supportWorkerId: a.supportWorkerId,
        socialReferentId: a.socialReferentId,
        startDate: a.startDate,
        endDate: a.endDate,
        endReason: a.endReason,
        outcome: a.outcome,
        phase: a.phase,
        conventionId: a.conventionId,
        ...audit,
      })),
    );
    await insertChunked(
      em,
      PhaseChange,
      accompaniments.flatMap((a) =>
        a.phases.map((step, i) => ({
          id: stableId('phase-change', `${a.id}:${i}`),
          accompaniment: a.id,
          from: i === 0 ? null : a.phases[i - 1].phase,
          to: step.phase,
          at: instant(step.at),
          by: SEED_ACTOR,
          note: null,
          ...audit,
        })),
      ),
    );
    await insertChunked(
      em,
      Contact,
      accompaniments.flatMap((a) =>
        a.contacts.map((c) => ({
          ...c,
          accompaniment: a.id,
          createdBy: c.recordedBy,
          updatedBy: c.recordedBy,
        })),
      ),
    );
    const diagnostics = accompaniments.flatMap((a) => (a.diagnostic ? [{ a, d: a.diagnostic }] : []));
    await insertChunked(
      em,
      Diagnostic,
      diagnostics.map(({ a, d }) => ({
        id: d.id,
        accompaniment: a.id,
        date: d.date,
        areas: d.areas,
        ...audit,
      })),
    );
    await insertChunked(
      em,
      Goal,
      diagnostics.flatMap(({ d }) =>
        d.goals.map((g, i) => ({
          id: stableId('goal', `${d.id}:${i}`),
          diagnostic: d.id,
          position: i,
          label: g.goal,
          progress: g.progress,
          ...audit,
        })),
      ),
    );
    const alerts = accompaniments.flatMap((a) => a.alerts.map((alert) => ({ a, alert })));
    await insertChunked(
      em,
      Alert,
      alerts.map(({ a, alert }) => ({
        id: alert.id,
        householdId: a.householdId,
        accompaniment: a.id,
        source: alert.source,
        signs: alert.signs,
        description: alert.description,
        status: alert.status,
        raisedAt: instant(alert.raisedAt),
        triageDeadline: triageDeadline(instant(alert.raisedAt)),
        ...audit,
      })),
    );
    await insertChunked(
      em,
      AlertTransition,
      alerts.flatMap(({ alert }) => {
        const steps = [{ to: 'NEW', at: alert.raisedAt, by: SEED_ACTOR }, ...alert.history];
        return steps.map((step, i) => ({
          id: stableId('alert-transition', `${alert.id}:${i}`),
          alert: alert.id,
          from: i === 0 ? null : steps[i - 1].to,
          to: step.to,
          at: instant(step.at),
          by: step.by,
          note: null,
          ...audit,
        }));
      }),
    );
  });
}

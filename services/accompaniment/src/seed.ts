import { DEMO_ORGANISATIONS, DEMO_USERS, type DemoPlan, SYSTEM_ACTORS, stableId } from '@ash/demo';
import { insertInChunks, localInstant, SEED_AUDIT, seedReferences } from '@ash/kit';
import type { MikroORM } from '@mikro-orm/postgresql';
import { Accompaniment, PhaseChange } from './modules/accompaniment/accompaniment.entity';
import { Alert, AlertTransition } from './modules/alert/alert.entity';
import { triageDeadline } from './modules/alert/triage';
import { seedConsent } from './modules/consent/consent.projection';
import { Contact } from './modules/contact/contact.entity';
import { seedConventionPeriods } from './modules/convention/convention-period.projection';
import { Diagnostic, Goal } from './modules/diagnostic/diagnostic.entity';
import { Organisation } from './modules/staff/organisation.entity';
import { StaffMember } from './modules/staff/staff.entity';
import { type OrganisationKind, StaffRole } from './modules/staff/staff.enums';
import { seedTargetPublic } from './modules/target-public/target-public.projection';

/** The plan dates days; moves and alerts are placed at 09:00 at the agency that day. */
function instant(date: string): Date {
  return localInstant(date, '09:00');
}

/**
 * Writes the accompaniment part of the demo plan (accompaniments and their phase history,
 * contacts, diagnostics with goals, alerts with their history) in one transaction.
 */
export async function seedAccompaniment(orm: MikroORM, plan: DemoPlan): Promise<void> {
  const accompaniments = plan.accompaniments;
  // Whether the support worker was at the move-in inspection, from the household's latest lease.
  const latestLease = new Map<string, DemoPlan['leases'][number]>();
  for (const lease of plan.leases) {
    const known = latestLease.get(lease.householdId);
    if (!known || known.startDate < lease.startDate) latestLease.set(lease.householdId, lease);
  }
  const supportWorkerPresent = (a: (typeof accompaniments)[number]) =>
    a.phase === 'PRE_ALLOCATION'
      ? null
      : (latestLease.get(a.householdId)?.inspectionSupportWorkerPresent ?? null);
  await orm.em.fork().transactional(async (em) => {
    // The households and conventions accompaniment may name (normally learnt from their events).
    await seedReferences(
      em,
      'Household',
      plan.households.map((h) => h.id),
    );
    await seedReferences(
      em,
      'Convention',
      plan.conventions.map((c) => c.id),
    );
    // The directory: its organisations, every demo user, and the system actors records name.
    await insertInChunks(
      em,
      Organisation,
      DEMO_ORGANISATIONS.map((o) => ({ id: o.id, name: o.name, kind: o.kind as OrganisationKind })),
    );
    const organisationId = new Map(DEMO_ORGANISATIONS.map((o) => [o.name, o.id]));
    await insertInChunks(em, StaffMember, [
      ...DEMO_USERS.map((u) => ({
        userId: u.userId,
        name: u.name,
        role: u.role as StaffRole,
        organisation: u.organisation,
        memberOf: organisationId.get(u.organisation) ?? null,
        active: true,
      })),
      ...SYSTEM_ACTORS.map((a) => ({
        userId: a.userId,
        name: a.name,
        role: StaffRole.SYSTEM,
        organisation: a.organisation,
        memberOf: organisationId.get(a.organisation) ?? null,
        active: true,
      })),
    ]);
    await insertInChunks(
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
        carriedOverFromId: a.carriedOverFromId ?? null,
        moveInSupportWorkerPresent: supportWorkerPresent(a),
        ...SEED_AUDIT,
      })),
    );
    await insertInChunks(
      em,
      PhaseChange,
      accompaniments.flatMap((a) =>
        a.phases.map((step, i) => ({
          id: stableId('phase-change', `${a.id}:${i}`),
          accompaniment: a.id,
          from: i === 0 ? null : a.phases[i - 1].phase,
          to: step.phase,
          at: instant(step.at),
          by: SEED_AUDIT.createdBy,
          note: null,
          ...SEED_AUDIT,
        })),
      ),
    );
    await insertInChunks(
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
    await insertInChunks(
      em,
      Diagnostic,
      diagnostics.map(({ a, d }) => ({
        id: d.id,
        accompaniment: a.id,
        date: d.date,
        areas: d.areas,
        ...SEED_AUDIT,
      })),
    );
    await insertInChunks(
      em,
      Goal,
      diagnostics.flatMap(({ d }) =>
        d.goals.map((g, i) => ({
          id: stableId('goal', `${d.id}:${i}`),
          diagnostic: d.id,
          position: i,
          label: g.goal,
          progress: g.progress,
          ...SEED_AUDIT,
        })),
      ),
    );
    const alerts = accompaniments.flatMap((a) => a.alerts.map((alert) => ({ a, alert })));
    await insertInChunks(
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
        arrearsMonths: alert.arrears?.monthsInArrears ?? null,
        arrearsCents: alert.arrears?.arrearsCents ?? null,
        ...SEED_AUDIT,
      })),
    );
    await insertInChunks(
      em,
      AlertTransition,
      alerts.flatMap(({ alert }) => {
        const steps = [{ to: 'NEW', at: alert.raisedAt, by: SEED_AUDIT.createdBy }, ...alert.history];
        return steps.map((step, i) => ({
          id: stableId('alert-transition', `${alert.id}:${i}`),
          alert: alert.id,
          from: i === 0 ? null : steps[i - 1].to,
          to: step.to,
          at: instant(step.at),
          by: step.by,
          note: null,
          ...SEED_AUDIT,
        }));
      }),
    );
    // The households' consent, as the households subgraph seeds it (its projection here).
    await seedConsent(em, plan);
    await seedConventionPeriods(em, plan);
    await seedTargetPublic(em, plan);
  });
}

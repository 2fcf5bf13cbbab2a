import { type DemoPlan, stableId } from '@ash/demo';
import { insertInChunks, SEED_AUDIT, seedReferences, startOfLocalDay } from '@ash/kit';
import type { MikroORM } from '@mikro-orm/postgresql';
import { Application, ApplicationTransition } from './modules/application/application.entity';
import { ApplicationStatus } from './modules/application/application.enums';
import { seedCaseload } from './modules/caseload/caseload.projection';
import { Candidacy, Commission, Placement } from './modules/commission/commission.entity';
import { CommissionStatus, DecisionReason } from './modules/commission/commission.enums';
import { Household } from './modules/household/household.entity';
import { Person } from './modules/household/person.entity';
import { seedTenancy } from './modules/tenancy/tenancy.projection';

/** A plan date as the instant that day begins at the agency. */
const instant = startOfLocalDay;

/**
 * Writes the households part of the demo plan (households and members, applications with their
 * history, commissions with their candidacies, the caseload and tenancy projections) in one
 * transaction.
 */
export async function seedHouseholds(orm: MikroORM, plan: DemoPlan): Promise<void> {
  await orm.em.fork().transactional(async (em) => {
    // The dwellings commissions may consider (normally learnt from DwellingCreated).
    await seedReferences(
      em,
      'Dwelling',
      plan.dwellings.map((d) => d.id),
    );
    await insertInChunks(
      em,
      Household,
      plan.households.map(({ members: _members, createdAt, ...household }) => ({
        ...household,
        createdAt: instant(createdAt),
        ...SEED_AUDIT,
        // Files last looked at on the plan's day (retention counts from it), whatever the seed's own.
        updatedAt: instant(plan.today),
      })),
    );
    await insertInChunks(
      em,
      Person,
      plan.households.flatMap((household) =>
        household.members.map((member) => ({ ...member, household: household.id, ...SEED_AUDIT })),
      ),
    );
    await insertInChunks(
      em,
      Application,
      plan.applications.map((a) => ({
        id: a.id,
        household: a.householdId,
        registrationNumber: a.registrationNumber,
        desiredTypologies: a.desiredTypologies,
        desiredCommunes: a.desiredCommunes,
        maxRentCents: a.maxRentCents,
        status: a.status,
        submittedAt: a.submittedAt,
        statusChangedAt: instant(a.history.at(-1)?.at ?? a.submittedAt),
        slidingLeaseProposed: a.slidingLease,
        allocatedDwellingId: a.dwellingId,
        createdAt: instant(a.submittedAt),
        ...SEED_AUDIT,
      })),
    );
    await insertInChunks(
      em,
      ApplicationTransition,
      plan.applications.flatMap((a) =>
        a.history.map((step, i) => ({
          id: stableId('application-transition', `${a.id}:${i}`),
          application: a.id,
          from: i === 0 ? ApplicationStatus.RECEIVED : a.history[i - 1].to,
          to: step.to,
          at: instant(step.at),
          by: step.by,
          note: step.note,
          ...SEED_AUDIT,
        })),
      ),
    );
    await insertInChunks(
      em,
      Commission,
      plan.commissions.map((c) => ({
        id: c.id,
        sessionDate: c.sessionDate,
        status: c.sessionDate < plan.today ? CommissionStatus.HELD : CommissionStatus.PLANNED,
        ...SEED_AUDIT,
      })),
    );
    await insertInChunks(
      em,
      Candidacy,
      plan.commissions.flatMap((c) =>
        c.items.flatMap((item) =>
          item.candidates.map((candidate) => ({
            id: stableId('candidacy', `${c.id}:${item.dwellingId}:${candidate.applicationId}`),
            commission: c.id,
            dwellingId: item.dwellingId,
            application: candidate.applicationId,
            rank: candidate.rank,
            decision: candidate.decision,
            // The plan's past allocations had a single candidate: first in rank.
            decisionReason: candidate.reason ?? (candidate.decision ? DecisionReason.RANKED_FIRST : null),
            insufficientDemand: item.insufficientDemand,
            ...SEED_AUDIT,
          })),
        ),
      ),
    );
    // Each dwelling put on a session; open while candidates for it there await a decision.
    await insertInChunks(
      em,
      Placement,
      plan.commissions.flatMap((c) =>
        c.items.map((item) => ({
          id: stableId('placement', `${c.id}:${item.dwellingId}`),
          commission: c.id,
          dwellingId: item.dwellingId,
          open:
            c.sessionDate >= plan.today && item.candidates.some((candidate) => candidate.decision === null),
        })),
      ),
    );
    // The support workers' caseloads, as accompaniment seeds them (its projection here).
    await seedCaseload(em, plan);
    // Which households hold a running lease, as housing seeds them (its projection here).
    await seedTenancy(em, plan);
  });
}

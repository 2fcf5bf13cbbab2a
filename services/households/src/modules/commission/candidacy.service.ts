import { type Actor, stamp } from '@ash/kit';
import { type EntityManager, LockMode } from '@mikro-orm/core';
import { Candidacy, Commission } from './commission.entity';
import { CommissionStatus } from './commission.enums';

/** A candidacy still awaiting its decision. */
export const PENDING = { decision: null, withdrawnAt: null } as const;

/**
 * Withdraws the undecided candidacies of an application (all sessions, all dwellings) but `except`,
 * inside the caller's transaction; returns them.
 */
export async function withdrawPendingCandidacies(
  em: EntityManager,
  applicationId: string,
  actor: Pick<Actor, 'userId'>,
  at: Date,
  except?: string,
): Promise<Candidacy[]> {
  const candidacies = await em.find(
    Candidacy,
    { application: applicationId, ...PENDING, ...(except ? { id: { $ne: except } } : {}) },
    { lockMode: LockMode.PESSIMISTIC_WRITE },
  );
  for (const candidacy of candidacies) {
    candidacy.withdrawnAt = at;
    stamp(candidacy, actor);
  }
  return candidacies;
}

/**
 * Marks HELD the planned sessions among `commissionIds` that have decisions and nothing left to
 * decide (every candidacy decided or withdrawn). One statement for the sessions, one for their
 * candidacies.
 */
export async function holdCompletedSessions(
  em: EntityManager,
  commissionIds: readonly string[],
  actor: Pick<Actor, 'userId'>,
): Promise<Commission[]> {
  const ids = [...new Set(commissionIds)];
  if (ids.length === 0) return [];
  await em.flush();
  const sessions = await em.find(Commission, { id: { $in: ids }, status: CommissionStatus.PLANNED });
  if (sessions.length === 0) return [];
  const candidacies = await em.find(Candidacy, { commission: { $in: sessions.map((s) => s.id) } });
  const held = sessions.filter((session) => {
    const own = candidacies.filter((c) => c.commission.id === session.id);
    return own.some((c) => c.decision !== null) && own.every((c) => c.decision !== null || c.withdrawnAt);
  });
  for (const session of held) {
    session.status = CommissionStatus.HELD;
    stamp(session, actor);
  }
  return held;
}

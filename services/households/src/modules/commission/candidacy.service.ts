import { type Actor, stamp } from '@ash/kit';
import { type EntityManager, LockMode } from '@mikro-orm/core';
import { SCHEMA } from '../../orm';
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
 * Closes the placements of `commissionIds` for which no candidacy awaits a decision any more, so
 * that those dwellings may go to another session; then marks HELD the planned sessions among them
 * that have decisions and nothing left to decide (every candidacy decided or withdrawn).
 */
export async function holdCompletedSessions(
  em: EntityManager,
  commissionIds: readonly string[],
  actor: Pick<Actor, 'userId'>,
): Promise<Commission[]> {
  const ids = [...new Set(commissionIds)];
  if (ids.length === 0) return [];
  await em.flush();
  await em.getConnection().execute(
    `update "${SCHEMA}"."placement" p set open = false
      where p.open and p.commission_id = any(?::uuid[])
        and not exists (select 1 from "${SCHEMA}"."candidacy" c
                         where c.commission_id = p.commission_id and c.dwelling_id = p.dwelling_id
                           and c.decision is null and c.withdrawn_at is null)`,
    [`{${ids.join(',')}}`],
    'run',
    em.getTransactionContext(),
  );
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

import {
  type Actor,
  BadUserInputError,
  type Calendar,
  NotFoundError,
  Role,
  requireRole,
  stamp,
} from '@ash/kit';
import type { EntityManager } from '@mikro-orm/core';
import { Accompaniment } from '../accompaniment/accompaniment.entity';
import { CommitteeDecision, FollowUpCommittee } from './committee.entity';
import type { RecordFollowUpCommitteeInput } from './committee.input';

/** Social management records the follow-up committees it holds with the association and partners. */
export const COMMITTEE_WRITERS = [Role.SocialManager, Role.Admin] as const;

export class CommitteeService {
  constructor(
    private readonly em: EntityManager,
    private readonly calendar: Calendar,
  ) {}

  async record(actor: Actor, input: RecordFollowUpCommitteeInput): Promise<FollowUpCommittee> {
    requireRole(actor, COMMITTEE_WRITERS);
    if (this.calendar.isAfterToday(input.date)) {
      throw new BadUserInputError('A committee cannot be in the future', { argument: 'date' });
    }
    const participants = [...new Set(input.participants.map((p) => p.trim()))];
    if (participants.some((p) => !p)) {
      throw new BadUserInputError('Participants cannot be blank', { argument: 'participants' });
    }
    const decisions = input.decisions.map((d) => ({
      accompanimentId: d.accompanimentId ?? null,
      decision: d.decision.trim(),
    }));
    if (decisions.some((d) => !d.decision)) {
      throw new BadUserInputError('Decisions cannot be blank', { argument: 'decisions' });
    }
    return this.em.transactional(async (em) => {
      const ids = [...new Set(decisions.map((d) => d.accompanimentId).filter((id): id is string => !!id))];
      if (ids.length) {
        const found = await em.find(Accompaniment, { id: { $in: ids } }, { fields: ['id'] });
        const missing = ids.find((id) => !found.some((a) => a.id === id));
        if (missing) throw new NotFoundError('Accompaniment', missing);
      }
      const committee = stamp(
        Object.assign(new FollowUpCommittee(), { date: input.date, participants }),
        actor,
      );
      em.persist(committee);
      // Decisions are read in creation order: a millisecond apart, they keep the order given.
      const at = Date.now();
      for (const [index, d] of decisions.entries()) {
        em.persist(
          stamp(
            Object.assign(new CommitteeDecision(), {
              committee,
              createdAt: new Date(at + index),
              accompaniment: d.accompanimentId
                ? em.getReference(Accompaniment, d.accompanimentId, { wrapped: true })
                : null,
              decision: d.decision,
            }),
            actor,
          ),
        );
      }
      return committee;
    });
  }
}

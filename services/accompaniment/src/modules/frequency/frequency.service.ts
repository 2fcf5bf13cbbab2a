import {
  type Actor,
  BadUserInputError,
  type Calendar,
  type Connection,
  type PageArgs,
  PERSON_DATA_READERS,
  paginate,
  requireRole,
  stamp,
} from '@ash/kit';
import type { EntityManager } from '@mikro-orm/core';
import { Accompaniment } from '../accompaniment/accompaniment.entity';
import { CASE_WORKERS, findWorkableAccompaniment } from '../accompaniment/accompaniment.service';
import { caseloadScope } from '../caseload/caseload.scope';
import { belowFrequency, monthStart } from './compliance';
import { ContactScheduleChange, scheduleOf } from './frequency.entity';
import type { ContactScheduleInput } from './frequency.input';

export class FrequencyService {
  constructor(
    private readonly em: EntityManager,
    private readonly calendar: Calendar,
  ) {}

  /** Changes the contact schedule of an accompaniment and records who, when, why, before and after. */
  async setSchedule(
    actor: Actor,
    accompanimentId: string,
    input: ContactScheduleInput,
  ): Promise<Accompaniment> {
    requireRole(actor, CASE_WORKERS);
    const reason = input.reason.trim();
    if (!reason) throw new BadUserInputError('A reason is required', { argument: 'reason' });
    return this.em.transactional(async (em) => {
      const accompaniment = await findWorkableAccompaniment(em, actor, accompanimentId);
      const before = scheduleOf(accompaniment);
      accompaniment.integrationContactsPerWeek = input.integrationContactsPerWeek;
      accompaniment.integrationWeeks = input.integrationWeeks;
      accompaniment.monthlyInPersonMeetings = input.monthlyInPersonMeetings;
      stamp(accompaniment, actor);
      em.persist(
        stamp(
          Object.assign(new ContactScheduleChange(), {
            accompaniment: em.getReference(Accompaniment, accompaniment.id, { wrapped: true }),
            at: this.calendar.now(),
            by: actor.userId,
            reason,
            before,
            after: scheduleOf(accompaniment),
          }),
          actor,
        ),
      );
      return accompaniment;
    });
  }

  /** Running accompaniments below their schedule in `month`, latest start first, in the actor's scope. */
  belowFrequency(actor: Actor, month: string, page: PageArgs): Promise<Connection<Accompaniment>> {
    requireRole(actor, PERSON_DATA_READERS);
    const start = monthStart(month);
    return paginate(
      this.em,
      Accompaniment,
      { $and: [{ id: { $in: belowFrequency(start, this.calendar.today()) } }, caseloadScope(actor)] },
      page,
      { startDate: 'desc' },
    );
  }
}

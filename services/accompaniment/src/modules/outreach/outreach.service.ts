import { type Actor, addYears, BadUserInputError, isIsoDate, Role, requireRole } from '@ash/kit';
import type { EntityManager } from '@mikro-orm/core';
import { SCHEMA } from '../../orm';
import { caseloadCondition } from '../caseload/caseload.scope';
import type { ContactConfiguration, ContactPlace, TimeSlot } from '../contact/contact.enums';
import type { OutreachGroup } from './outreach.types';

/** Aggregates of the outreach work: no person in them, but not for rental management or evaluators. */
export const OUTREACH_READERS = [Role.SocialManager, Role.Admin, Role.SupportWorker] as const;

const MAX_YEARS = 3;

/** A valid YYYY-MM-DD date, or BAD_USER_INPUT. */
function checkDate(value: string, argument: string): string {
  if (!isIsoDate(value)) throw new BadUserInputError(`${argument} must be a date YYYY-MM-DD`, { argument });
  return value;
}

// A support worker counts only their caseload.
const SQL = (scoped: boolean) => `
select c.configuration, c.time_slot, c.place, count(*)::int as attempts,
       count(*) filter (where c.outcome = 'MET')::int as meetings
from "${SCHEMA}"."contact" c
${
  scoped
    ? `join "${SCHEMA}"."accompaniment" a on a.id = c.accompaniment_id and ${caseloadCondition('a')}`
    : ''
}
where c.kind in ('OUTREACH_ATTEMPT', 'HOME_VISIT') and c.date >= ? and c.date <= ?
group by c.configuration, c.time_slot, c.place
order by c.configuration, c.time_slot, c.place`;

export class OutreachService {
  constructor(private readonly em: EntityManager) {}

  /** Which configuration, time slot and place lead to a meeting, between two dates (at most 3 years). */
  async effectiveness(actor: Actor, from: string, to: string): Promise<OutreachGroup[]> {
    requireRole(actor, OUTREACH_READERS);
    checkDate(from, 'from');
    checkDate(to, 'to');
    if (from > to) throw new BadUserInputError('from must not be after to', { argument: 'from' });
    if (to > addYears(from, MAX_YEARS)) {
      throw new BadUserInputError(`The period is at most ${MAX_YEARS} years`, { argument: 'to' });
    }
    const scoped = actor.role === Role.SupportWorker;
    const rows: {
      configuration: ContactConfiguration;
      time_slot: TimeSlot;
      place: ContactPlace;
      attempts: number;
      meetings: number;
    }[] = await this.em.getConnection().execute(SQL(scoped), scoped ? [actor.userId, from, to] : [from, to]);
    return rows.map((row) => ({
      configuration: row.configuration,
      timeSlot: row.time_slot,
      place: row.place,
      attempts: row.attempts,
      meetings: row.meetings,
      rate: row.meetings / row.attempts,
    }));
  }
}

import { type Actor, BadUserInputError, type Calendar, requireRole, stamp } from '@ash/kit';
import type { EntityManager } from '@mikro-orm/core';
import { DEFAULT_TRIAGE_DAYS, type TriageDays } from '../../config';
import { Accompaniment } from '../accompaniment/accompaniment.entity';
import { CASE_WORKERS, findWorkableAccompaniment } from '../accompaniment/accompaniment.service';
import { AlertSign, AlertSource } from '../alert/alert.enums';
import { raiseUnlessOpen } from '../alert/alert.service';
import { Contact } from './contact.entity';
import { ContactKind, ContactOutcome } from './contact.enums';
import type { RecordContactInput } from './contact.input';

/** Outreach attempts in a row without an answer after which an alert is raised. */
export const UNANSWERED_OUTREACH_ALERT = 3;

export const NO_RESPONSE_DESCRIPTION = 'Trois tentatives d’aller-vers de suite sans réponse';

const unanswered = (contact: Pick<Contact, 'kind' | 'outcome'>) =>
  contact.kind === ContactKind.OUTREACH_ATTEMPT &&
  (contact.outcome === ContactOutcome.NO_ANSWER || contact.outcome === ContactOutcome.REFUSED);

export class ContactService {
  constructor(
    private readonly em: EntityManager,
    private readonly calendar: Calendar,
    private readonly triageDays: TriageDays = DEFAULT_TRIAGE_DAYS,
  ) {}

  async record(actor: Actor, input: RecordContactInput): Promise<Contact> {
    requireRole(actor, CASE_WORKERS);
    if (this.calendar.isAfterToday(input.date))
      throw new BadUserInputError('A contact cannot be in the future', { argument: 'date' });
    return this.em.transactional(async (em) => {
      const accompaniment = await findWorkableAccompaniment(em, actor, input.accompanimentId);
      if (
        input.date < accompaniment.startDate ||
        (accompaniment.endDate && input.date > accompaniment.endDate)
      ) {
        throw new BadUserInputError('The contact is outside the accompaniment’s dates', {
          argument: 'date',
          startDate: accompaniment.startDate,
          endDate: accompaniment.endDate,
        });
      }
      const { accompanimentId: _a, note, ...fields } = input;
      const contact = stamp(Object.assign(new Contact(), fields), actor);
      contact.accompaniment = em.getReference(Accompaniment, accompaniment.id, { wrapped: true });
      contact.note = note?.trim() || null;
      contact.recordedBy = actor.userId;
      em.persist(contact);
      if (unanswered(contact)) await this.alertIfNoResponse(em, accompaniment, actor);
      return contact;
    });
  }

  /**
   * The last three contacts of the accompaniment are unanswered outreach attempts: the association
   * (the landlord's partner) signals that the household no longer responds, unless an alert with
   * that sign is still open.
   */
  private async alertIfNoResponse(em: EntityManager, accompaniment: Accompaniment, actor: Actor) {
    await em.flush();
    const latest = await em.find(
      Contact,
      { accompaniment: accompaniment.id },
      { orderBy: { date: 'desc', createdAt: 'desc' }, limit: UNANSWERED_OUTREACH_ALERT },
    );
    if (latest.length < UNANSWERED_OUTREACH_ALERT || !latest.every(unanswered)) return;
    await raiseUnlessOpen(
      em,
      {
        householdId: accompaniment.householdId,
        accompanimentId: accompaniment.id,
        source: AlertSource.PARTNER,
        sign: AlertSign.NO_RESPONSE_TO_REMINDERS,
        description: NO_RESPONSE_DESCRIPTION,
      },
      actor.userId,
      this.calendar.now(),
      this.triageDays,
    );
  }
}

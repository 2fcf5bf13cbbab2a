import { type Actor, BadUserInputError, requireRole, stamp } from '@ash/kit';
import type { EntityManager } from '@mikro-orm/core';
import { today } from '../../calendar';
import { Accompaniment } from '../accompaniment/accompaniment.entity';
import { CASE_WORKERS, findWorkableAccompaniment } from '../accompaniment/accompaniment.service';
import { Contact } from './contact.entity';
import type { RecordContactInput } from './contact.input';

export class ContactService {
  constructor(private readonly em: EntityManager) {}

  async record(actor: Actor, input: RecordContactInput): Promise<Contact> {
    requireRole(actor, CASE_WORKERS);
    if (input.date > today())
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
      return contact;
    });
  }
}

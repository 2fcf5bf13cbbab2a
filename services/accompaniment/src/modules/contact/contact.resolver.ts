import { PERSON_DATA_READERS, requireRole } from '@ash/kit';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { AccompanimentContext } from '../../context';
import { Accompaniment } from '../accompaniment/accompaniment.entity';
import { Contact } from './contact.entity';
import { RecordContactInput } from './contact.input';
import { ContactService } from './contact.service';

@Resolver(() => Contact)
export class ContactResolver {
  @FieldResolver(() => Accompaniment)
  accompaniment(@Root() contact: Contact, @Ctx() ctx: AccompanimentContext) {
    return ctx.loaders.accompaniment.load(contact.accompaniment.id);
  }

  @Mutation(() => Contact, { description: 'Records a contact made by the caller' })
  recordContact(
    @Ctx() ctx: AccompanimentContext,
    @Arg('input', () => RecordContactInput) input: RecordContactInput,
  ) {
    return new ContactService(ctx.em, ctx.calendar, ctx.settings.triageDays).record(ctx.actor, input);
  }
}

export const contactReference = {
  __resolveReference: (ref: Pick<Contact, 'id'>, ctx: AccompanimentContext) => {
    requireRole(ctx.actor, PERSON_DATA_READERS);
    return ctx.loaders.contact.load(ref.id);
  },
};

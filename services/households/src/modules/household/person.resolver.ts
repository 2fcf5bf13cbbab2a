import { PERSON_DATA_READERS, requireRole } from '@ash/kit';
import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { HouseholdsContext } from '../../context';
import { Household } from './household.entity';
import { Person } from './person.entity';

/** Full years between a birth date and a day (both YYYY-MM-DD). */
export function ageOn(birthDate: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return day.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => Int, { description: 'Age in full years today' })
  age(@Root() person: Person, @Ctx() ctx: HouseholdsContext): number {
    return ageOn(person.birthDate, ctx.calendar.today());
  }

  @FieldResolver(() => Household)
  household(@Root() person: Person, @Ctx() ctx: HouseholdsContext) {
    return ctx.loaders.household.load(person.household.id);
  }
}

export const personReference = {
  __resolveReference: (ref: Pick<Person, 'id'>, ctx: HouseholdsContext) => {
    requireRole(ctx.actor, PERSON_DATA_READERS);
    return ctx.loaders.person.load(ref.id);
  },
};

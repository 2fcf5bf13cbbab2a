import { byIdLoader, groupLoader, type RequestContext } from '@ash/kit';
import type { HouseholdsSettings } from './config';
import { Application, ApplicationTransition } from './modules/application/application.entity';
import { caseloadScope, ofCaseloadHousehold } from './modules/caseload/caseload.scope';
import { Candidacy, Commission } from './modules/commission/commission.entity';
import { candidatesLoader, openSessionLoader } from './modules/dwelling/dwelling.loader';
import { Household } from './modules/household/household.entity';
import { householdNeedsLoader } from './modules/household/household.needs';
import { Person } from './modules/household/person.entity';
import { subjectAccessLoader } from './modules/privacy/subject-access.repository';

/**
 * Per request: the base context plus this subgraph's DataLoaders (never shared across requests).
 * Loaders reached from outside a household (by id, by commission, by dwelling) carry the actor's
 * caseload scope in their SQL; loaders of a visible household's own rows need none.
 */
export function createContext(base: RequestContext, settings: HouseholdsSettings) {
  const { em, actor } = base;
  const ofHousehold = ofCaseloadHousehold(actor);
  const ofApplication = ofHousehold.household ? { application: ofHousehold } : {};
  return {
    ...base,
    settings,
    loaders: {
      household: byIdLoader(em, Household, caseloadScope(actor)),
      person: byIdLoader(em, Person, ofHousehold),
      application: byIdLoader(em, Application, ofHousehold),
      applicationTransition: byIdLoader(em, ApplicationTransition, ofApplication),
      commission: byIdLoader(em, Commission),
      candidacy: byIdLoader(em, Candidacy, ofApplication),
      // Adults first, then the youngest last.
      membersByHousehold: groupLoader(em, Person, 'household', {}, { role: 'asc', birthDate: 'asc' }),
      applicationsByHousehold: groupLoader(em, Application, 'household', {}, { submittedAt: 'desc' }),
      transitionsByApplication: groupLoader(em, ApplicationTransition, 'application', {}, { at: 'asc' }),
      candidaciesByCommission: groupLoader(em, Candidacy, 'commission', ofApplication, {
        dwellingId: 'asc',
        rank: 'asc',
      }),
      needsByHousehold: householdNeedsLoader(em),
      candidatesByDwelling: candidatesLoader(em, base.calendar.today(), ofHousehold),
      openSessionByDwelling: openSessionLoader(em),
      subjectAccess: subjectAccessLoader(em),
    },
  };
}

export type HouseholdsContext = ReturnType<typeof createContext>;

import { byIdLoader, groupLoader, type RequestContext } from '@ash/kit';
import type { HouseholdsSettings } from './config';
import { Application, ApplicationTransition } from './modules/application/application.entity';
import { Candidacy, Commission } from './modules/commission/commission.entity';
import { candidatesLoader } from './modules/dwelling/dwelling.loader';
import { Household } from './modules/household/household.entity';
import { householdNeedsLoader } from './modules/household/household.needs';
import { Person } from './modules/household/person.entity';

/** Per request: the base context plus this subgraph's DataLoaders (never shared across requests). */
export function createContext(base: RequestContext, settings: HouseholdsSettings) {
  const { em } = base;
  return {
    ...base,
    settings,
    loaders: {
      household: byIdLoader(em, Household),
      person: byIdLoader(em, Person),
      application: byIdLoader(em, Application),
      applicationTransition: byIdLoader(em, ApplicationTransition),
      commission: byIdLoader(em, Commission),
      candidacy: byIdLoader(em, Candidacy),
      // Adults first, then the youngest last.
      membersByHousehold: groupLoader(em, Person, 'household', {}, { role: 'asc', birthDate: 'asc' }),
      applicationsByHousehold: groupLoader(em, Application, 'household', {}, { submittedAt: 'desc' }),
      transitionsByApplication: groupLoader(em, ApplicationTransition, 'application', {}, { at: 'asc' }),
      candidaciesByCommission: groupLoader(
        em,
        Candidacy,
        'commission',
        {},
        { dwellingId: 'asc', rank: 'asc' },
      ),
      needsByHousehold: householdNeedsLoader(em),
      candidatesByDwelling: candidatesLoader(em),
    },
  };
}

export type HouseholdsContext = ReturnType<typeof createContext>;

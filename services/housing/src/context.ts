import { byIdLoader, groupLoader, type RequestContext } from '@ash/kit';
import { Dwelling } from './modules/dwelling/dwelling.entity';
import { Lease } from './modules/lease/lease.entity';
import { createMatchingContext, type MatchingOptions } from './modules/matching/matching.loader';
import { RentAccount, RentEntry } from './modules/rent-account/rent-account.entity';
import { Residence } from './modules/residence/residence.entity';

/** Per request: the base context plus this subgraph's DataLoaders (never shared across requests). */
export function createContext(base: RequestContext, options: MatchingOptions = {}) {
  const { em } = base;
  return {
    ...base,
    matching: createMatchingContext(em, options),
    loaders: {
      residence: byIdLoader(em, Residence),
      dwelling: byIdLoader(em, Dwelling),
      lease: byIdLoader(em, Lease),
      currentLeaseByHousehold: groupLoader(
        em,
        Lease,
        'householdId',
        { endDate: null },
        { startDate: 'desc' },
      ),
      currentLeaseByDwelling: groupLoader(em, Lease, 'dwelling', { endDate: null }, { startDate: 'desc' }),
      rentAccount: byIdLoader(em, RentAccount),
      rentAccountByLease: groupLoader(em, RentAccount, 'lease'),
      rentEntriesByAccount: groupLoader(em, RentEntry, 'account', {}, { month: 'desc' }),
    },
  };
}

export type HousingContext = ReturnType<typeof createContext>;

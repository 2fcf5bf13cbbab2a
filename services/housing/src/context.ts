import { byIdLoader, groupLoader, type RequestContext } from '@ash/kit';
import { caseloadScope } from './modules/caseload/caseload.scope';
import { Dwelling } from './modules/dwelling/dwelling.entity';
import { Lease } from './modules/lease/lease.entity';
import { createMatchingContext } from './modules/matching/matching.loader';
import { subjectAccessLoader } from './modules/privacy/subject-access';
import { RentAccount, RentEntry } from './modules/rent-account/rent-account.entity';
import { Residence } from './modules/residence/residence.entity';

/**
 * Per request: the base context plus this subgraph's DataLoaders (never shared across requests).
 * Lease loaders carry the actor's caseload scope in their SQL (a support worker reads the stock, but
 * only the leases of their caseload households with consent).
 */
export function createContext(base: RequestContext) {
  const { em, actor, calendar } = base;
  const ofCaseload = caseloadScope(actor);
  return {
    ...base,
    matching: createMatchingContext(em, calendar),
    loaders: {
      residence: byIdLoader(em, Residence),
      dwelling: byIdLoader(em, Dwelling),
      lease: byIdLoader(em, Lease, ofCaseload),
      currentLeaseByHousehold: groupLoader(
        em,
        Lease,
        'householdId',
        { $and: [{ endDate: null }, ofCaseload] },
        { startDate: 'desc' },
      ),
      currentLeaseByDwelling: groupLoader(
        em,
        Lease,
        'dwelling',
        { $and: [{ endDate: null }, ofCaseload] },
        { startDate: 'desc' },
      ),
      rentAccount: byIdLoader(em, RentAccount),
      rentAccountByLease: groupLoader(em, RentAccount, 'lease'),
      rentEntriesByAccount: groupLoader(em, RentEntry, 'account', {}, { month: 'desc' }),
      subjectAccess: subjectAccessLoader(em),
    },
  };
}

export type HousingContext = ReturnType<typeof createContext>;

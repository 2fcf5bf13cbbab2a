import { type EventHandlers, referenceHandlers } from '@ash/kit';
import { applyCaseloadChanged, applyConsentChanged } from './modules/caseload/caseload.projection';
import { onApplicationAllocated } from './modules/dwelling/dwelling.events';
import { applyHouseholdNeedsChanged } from './modules/matching/household-needs.projection';
import { onHouseholdErased } from './modules/privacy/subject-access';

/** Domain events this subgraph consumes (see EVENT_ROUTES in the kit), applied once each. */
export const eventHandlers: EventHandlers = {
  ApplicationAllocated: onApplicationAllocated,
  HouseholdNeedsChanged: applyHouseholdNeedsChanged,
  CaseloadChanged: applyCaseloadChanged,
  ConsentChanged: applyConsentChanged,
  HouseholdErased: onHouseholdErased,
  HouseholdRegistered: referenceHandlers.HouseholdRegistered,
};

import type { EventHandlers } from '@ash/kit';
import { onApplicationAllocated } from './modules/dwelling/dwelling.events';
import { applyHouseholdNeedsChanged } from './modules/matching/household-needs.projection';

/** Domain events this subgraph consumes (see EVENT_ROUTES in the kit), applied once each. */
export const eventHandlers: EventHandlers = {
  ApplicationAllocated: onApplicationAllocated,
  HouseholdNeedsChanged: applyHouseholdNeedsChanged,
};

import type { EventHandlers } from '@ash/kit';
import { onApplicationAllocated } from './modules/dwelling/dwelling.events';

/** Domain events this subgraph consumes (see EVENT_ROUTES in the kit), applied once each. */
export const eventHandlers: EventHandlers = {
  ApplicationAllocated: onApplicationAllocated,
};

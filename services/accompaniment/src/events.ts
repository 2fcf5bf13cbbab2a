import type { EventHandlers } from '@ash/kit';

/** Domain events this subgraph consumes (see EVENT_ROUTES in the kit), applied once each. */
export const eventHandlers: EventHandlers = {};

import type { EventHandlers } from '@ash/kit';
import { onMoveInRecorded } from './modules/accompaniment/accompaniment.events';
import { applyConsentChanged } from './modules/consent/consent.projection';
import { onHouseholdErased } from './modules/privacy/erasure.events';

/** Domain events this subgraph consumes (see EVENT_ROUTES in the kit), applied once each. */
export const eventHandlers: EventHandlers = {
  MoveInRecorded: onMoveInRecorded,
  HouseholdErased: onHouseholdErased,
  ConsentChanged: applyConsentChanged,
};

import { type EventHandlers, referenceHandlers } from '@ash/kit';
import { type AccompanimentSettings, DEFAULT_SETTINGS } from './config';
import { onMoveInRecorded } from './modules/accompaniment/accompaniment.events';
import { onArrearsReached } from './modules/alert/alert.events';
import { applyConsentChanged } from './modules/consent/consent.projection';
import { onConventionCreated } from './modules/convention/convention-period.projection';
import { onHouseholdErased } from './modules/privacy/erasure.events';
import { applyTargetPublicChanged } from './modules/target-public/target-public.projection';

/** Domain events this subgraph consumes (see EVENT_ROUTES in the kit), applied once each. */
export function eventHandlersFor(settings: AccompanimentSettings): EventHandlers {
  return {
    MoveInRecorded: onMoveInRecorded,
    HouseholdErased: onHouseholdErased,
    ConsentChanged: applyConsentChanged,
    ArrearsReached: onArrearsReached(settings.triageDays),
    TargetPublicChanged: applyTargetPublicChanged,
    HouseholdRegistered: referenceHandlers.HouseholdRegistered,
    ConventionCreated: onConventionCreated,
  };
}

/** The handlers with the default settings. */
export const eventHandlers: EventHandlers = eventHandlersFor(DEFAULT_SETTINGS);

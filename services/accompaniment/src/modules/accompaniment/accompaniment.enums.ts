import { registerEnumType } from 'type-graphql';

/** ACCESS: towards and into a dwelling; TENANCY_SUSTAINMENT: keeping a tenant in place. */
export enum AccompanimentKind {
  ACCESS = 'ACCESS',
  TENANCY_SUSTAINMENT = 'TENANCY_SUSTAINMENT',
}

export enum AccompanimentPhase {
  PRE_ALLOCATION = 'PRE_ALLOCATION',
  INTEGRATION = 'INTEGRATION',
  FOLLOW_UP = 'FOLLOW_UP',
  ENDED = 'ENDED',
}

export enum AccompanimentOutcome {
  HOUSED = 'HOUSED',
  SUSTAINED = 'SUSTAINED',
  EVICTION_AVOIDED = 'EVICTION_AVOIDED',
  MOVED_OUT = 'MOVED_OUT',
  REFUSED = 'REFUSED',
  EVICTED = 'EVICTED',
  /** Still running when its convention ended: it goes on as an accompaniment of the next one. */
  CARRIED_OVER = 'CARRIED_OVER',
}

registerEnumType(AccompanimentKind, { name: 'AccompanimentKind' });
registerEnumType(AccompanimentPhase, {
  name: 'AccompanimentPhase',
  description: 'PRE_ALLOCATION (before the commission), INTEGRATION (first weeks in the dwelling), FOLLOW_UP',
});
registerEnumType(AccompanimentOutcome, { name: 'AccompanimentOutcome' });

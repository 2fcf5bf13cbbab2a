import { registerEnumType } from 'type-graphql';

/** Who or what raised the alert. */
export enum AlertSource {
  TENANT_REQUEST = 'TENANT_REQUEST',
  ARREARS_MEETING = 'ARREARS_MEETING',
  LOCAL_STAFF = 'LOCAL_STAFF',
  NEIGHBOUR = 'NEIGHBOUR',
  FAMILY = 'FAMILY',
  PARTNER = 'PARTNER',
}

/** Warning signs of a tenancy at risk (HOARDING_OR_NEGLECT: "incurie"). */
export enum AlertSign {
  NO_RESPONSE_TO_REMINDERS = 'NO_RESPONSE_TO_REMINDERS',
  HOARDING_OR_NEGLECT = 'HOARDING_OR_NEGLECT',
  EVICTION_PROCEDURE = 'EVICTION_PROCEDURE',
  ARREARS = 'ARREARS',
  NEIGHBOUR_CONFLICT = 'NEIGHBOUR_CONFLICT',
}

export enum AlertStatus {
  NEW = 'NEW',
  SHARED_DIAGNOSIS = 'SHARED_DIAGNOSIS',
  ACTION_AGREED = 'ACTION_AGREED',
  CLOSED = 'CLOSED',
}

registerEnumType(AlertSource, { name: 'AlertSource' });
registerEnumType(AlertSign, { name: 'AlertSign' });
registerEnumType(AlertStatus, { name: 'AlertStatus' });

import { registerEnumType } from 'type-graphql';

/** Number of main rooms; identical to housing's `Typology` (the enum is shared across subgraphs). */
export enum Typology {
  T1 = 'T1',
  T2 = 'T2',
  T3 = 'T3',
  T4 = 'T4',
  T5 = 'T5',
  T6 = 'T6',
}

/** Where an application (demande de logement) stands in the allocation pipeline. */
export enum ApplicationStatus {
  RECEIVED = 'RECEIVED',
  ORIENTED = 'ORIENTED',
  SHARED_REVIEW = 'SHARED_REVIEW',
  READY_FOR_COMMISSION = 'READY_FOR_COMMISSION',
  SCHEDULED = 'SCHEDULED',
  DECIDED = 'DECIDED',
  LEASE_SIGNED = 'LEASE_SIGNED',
  MOVED_IN = 'MOVED_IN',
  WITHDRAWN = 'WITHDRAWN',
}

/** Statuses after which an application is closed; a household may have one open application. */
export const CLOSED_APPLICATION_STATUSES = [ApplicationStatus.MOVED_IN, ApplicationStatus.WITHDRAWN] as const;

/** Statuses of an application still awaiting a dwelling: its household's needs feed matching. */
export const AWAITING_DWELLING_STATUSES: readonly ApplicationStatus[] = [
  ApplicationStatus.RECEIVED,
  ApplicationStatus.ORIENTED,
  ApplicationStatus.SHARED_REVIEW,
  ApplicationStatus.READY_FOR_COMMISSION,
  ApplicationStatus.SCHEDULED,
];

/** Steps where an application waits on the landlord and the association, and may stall. */
export const STALLABLE_STATUSES: readonly ApplicationStatus[] = [
  ApplicationStatus.SHARED_REVIEW,
  ApplicationStatus.READY_FOR_COMMISSION,
];

registerEnumType(Typology, { name: 'Typology', description: 'Number of main rooms (T3 = three)' });
registerEnumType(ApplicationStatus, { name: 'ApplicationStatus' });

import { registerEnumType } from 'type-graphql';

/**
 * Life of a funder's share for one year: requested, then granted (with an amount), then paid. A
 * share committed in principle whose amount is to be reviewed (the landlord's second and third
 * years, in the source document) waits TO_BE_REVIEWED before it is granted; a share that will not
 * be funded is CANCELLED, with its reason.
 */
export enum FundingStatus {
  REQUESTED = 'REQUESTED',
  TO_BE_REVIEWED = 'TO_BE_REVIEWED',
  GRANTED = 'GRANTED',
  PAID = 'PAID',
  CANCELLED = 'CANCELLED',
}

registerEnumType(FundingStatus, { name: 'FundingStatus' });

/** What a change of a funding line did: a status move, a revision of its amounts, its cancellation. */
export enum FundingLineChangeKind {
  MOVED = 'MOVED',
  REVISED = 'REVISED',
  CANCELLED = 'CANCELLED',
}

registerEnumType(FundingLineChangeKind, {
  name: 'FundingLineChangeKind',
  description: 'MOVED: a status move; REVISED: the requested or granted amount changed; CANCELLED',
});

import { registerEnumType } from 'type-graphql';

/** Life of a funder's share for one year: requested, then granted (with an amount), then paid. */
export enum FundingStatus {
  REQUESTED = 'REQUESTED',
  GRANTED = 'GRANTED',
  PAID = 'PAID',
}

registerEnumType(FundingStatus, { name: 'FundingStatus' });

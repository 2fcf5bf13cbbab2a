import { registerEnumType } from 'type-graphql';

export enum CommissionStatus {
  PLANNED = 'PLANNED',
  HELD = 'HELD',
}

/** What the allocation committee (CAL) decided for one candidate on one dwelling. */
export enum CommissionDecision {
  ALLOCATED = 'ALLOCATED',
  ALLOCATED_UNDER_CONDITION = 'ALLOCATED_UNDER_CONDITION',
  NOT_ALLOCATED = 'NOT_ALLOCATED',
  REJECTED = 'REJECTED',
}

registerEnumType(CommissionStatus, { name: 'CommissionStatus' });
registerEnumType(CommissionDecision, { name: 'CommissionDecision' });

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

/** Decisions that give the dwelling to the candidate (at most one per dwelling). */
export const ALLOCATIONS: readonly CommissionDecision[] = [
  CommissionDecision.ALLOCATED,
  CommissionDecision.ALLOCATED_UNDER_CONDITION,
];

/** Why the committee decided so (the motive its minutes record for every candidate). */
export enum DecisionReason {
  RANKED_FIRST = 'RANKED_FIRST',
  NEXT_IN_RANK = 'NEXT_IN_RANK',
  PRIORITY_HOUSEHOLD = 'PRIORITY_HOUSEHOLD',
  CONDITION_SUPPORT_REQUIRED = 'CONDITION_SUPPORT_REQUIRED',
  CONDITION_SLIDING_LEASE = 'CONDITION_SLIDING_LEASE',
  CONDITION_MISSING_DOCUMENT = 'CONDITION_MISSING_DOCUMENT',
  HIGHER_RANKED_ALLOCATED = 'HIGHER_RANKED_ALLOCATED',
  UNSUITED_TYPOLOGY = 'UNSUITED_TYPOLOGY',
  RESOURCES_INSUFFICIENT = 'RESOURCES_INSUFFICIENT',
  HOUSEHOLD_REFUSED = 'HOUSEHOLD_REFUSED',
  INCOMPLETE_FILE = 'INCOMPLETE_FILE',
  RESOURCES_ABOVE_CEILING = 'RESOURCES_ABOVE_CEILING',
  INELIGIBLE = 'INELIGIBLE',
  OTHER = 'OTHER',
}

const R = DecisionReason;

/** The reasons that fit each decision (OTHER fits every one). */
export const REASONS_BY_DECISION: Readonly<Record<CommissionDecision, readonly DecisionReason[]>> = {
  [CommissionDecision.ALLOCATED]: [R.RANKED_FIRST, R.NEXT_IN_RANK, R.PRIORITY_HOUSEHOLD, R.OTHER],
  [CommissionDecision.ALLOCATED_UNDER_CONDITION]: [
    R.CONDITION_SUPPORT_REQUIRED,
    R.CONDITION_SLIDING_LEASE,
    R.CONDITION_MISSING_DOCUMENT,
    R.OTHER,
  ],
  [CommissionDecision.NOT_ALLOCATED]: [
    R.HIGHER_RANKED_ALLOCATED,
    R.UNSUITED_TYPOLOGY,
    R.RESOURCES_INSUFFICIENT,
    R.HOUSEHOLD_REFUSED,
    R.OTHER,
  ],
  [CommissionDecision.REJECTED]: [R.INCOMPLETE_FILE, R.RESOURCES_ABOVE_CEILING, R.INELIGIBLE, R.OTHER],
};

registerEnumType(CommissionStatus, { name: 'CommissionStatus' });
registerEnumType(CommissionDecision, { name: 'CommissionDecision' });
registerEnumType(DecisionReason, {
  name: 'DecisionReason',
  description: 'Motive of a commission decision; each fits some decisions only',
  valuesConfig: {
    RANKED_FIRST: { description: 'ALLOCATED: first in rank' },
    NEXT_IN_RANK: { description: 'ALLOCATED: the candidates ranked above were not retained' },
    PRIORITY_HOUSEHOLD: { description: 'ALLOCATED: priority household (DALO, PDALPD)' },
    CONDITION_SUPPORT_REQUIRED: { description: 'ALLOCATED_UNDER_CONDITION: social support in place' },
    CONDITION_SLIDING_LEASE: { description: 'ALLOCATED_UNDER_CONDITION: sliding lease (bail glissant)' },
    CONDITION_MISSING_DOCUMENT: {
      description: 'ALLOCATED_UNDER_CONDITION: a supporting document to produce',
    },
    HIGHER_RANKED_ALLOCATED: { description: 'NOT_ALLOCATED: allocated to a higher-ranked candidate' },
    UNSUITED_TYPOLOGY: { description: 'NOT_ALLOCATED: dwelling unsuited to the household' },
    RESOURCES_INSUFFICIENT: { description: 'NOT_ALLOCATED: effort rate too high for the resources' },
    HOUSEHOLD_REFUSED: { description: 'NOT_ALLOCATED: the household declined the dwelling' },
    INCOMPLETE_FILE: { description: 'REJECTED: incomplete file' },
    RESOURCES_ABOVE_CEILING: { description: 'REJECTED: resources above the social-housing ceilings' },
    INELIGIBLE: { description: 'REJECTED: regulatory conditions of access not met' },
    OTHER: { description: 'Any decision: another motive' },
  },
});

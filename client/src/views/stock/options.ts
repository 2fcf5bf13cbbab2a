import type { Contingent, DwellingStatus, FinancingCategory, Typology } from '../../gql/graphql';

export const TYPOLOGIES: Typology[] = ['T1', 'T2', 'T3', 'T4', 'T5', 'T6'];
export const CONTINGENTS: Contingent[] = ['PREFECTURE', 'LANDLORD', 'CITY', 'EMPLOYER'];
export const FINANCING: FinancingCategory[] = ['PLAI', 'PLUS', 'PLS'];
/** The API's bound on a rent or charges, in cents (housing's MAX_CENTS). */
export const MAX_CENTS = 100_000_000;

/**
 * How a dwelling's status may move (housing's DWELLING_TRANSITIONS), as rental management moves it
 * by hand: a dwelling is offered by a commission and let by signing its lease, not from this form.
 */
const TRANSITIONS: Record<DwellingStatus, DwellingStatus[]> = {
  VACANT: ['OFFERED', 'UNDER_WORKS'],
  OFFERED: ['VACANT', 'OCCUPIED'],
  OCCUPIED: ['NOTICE_GIVEN'],
  NOTICE_GIVEN: ['OCCUPIED', 'VACANT', 'OFFERED'],
  UNDER_WORKS: ['VACANT'],
};

export function manualMoves(from: DwellingStatus): DwellingStatus[] {
  return TRANSITIONS[from].filter((to) => to !== 'OFFERED' && !(from === 'OFFERED' && to === 'OCCUPIED'));
}

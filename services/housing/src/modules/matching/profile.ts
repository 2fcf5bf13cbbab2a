import type { DwellingProfile } from '@ash/matching';
import type { Dwelling } from '../dwelling/dwelling.entity';

/** What the matching rules read of a dwelling (its commune comes from its residence). */
export function dwellingProfile(dwelling: Dwelling, commune: string): DwellingProfile {
  return {
    typology: dwelling.typology,
    rentCents: dwelling.rentCents,
    serviceChargesCents: dwelling.serviceChargesCents,
    contingent: dwelling.contingent,
    stepFreeAccess: dwelling.stepFreeAccess,
    commune,
    status: dwelling.status,
    availableFrom: dwelling.availableFrom,
    lowRent: dwelling.lowRent,
  };
}

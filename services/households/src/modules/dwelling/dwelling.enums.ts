import { registerEnumType } from 'type-graphql';

/** Who may nominate the tenant; identical to housing's `Contingent`. */
export enum Contingent {
  PREFECTURE = 'PREFECTURE',
  LANDLORD = 'LANDLORD',
  CITY = 'CITY',
  EMPLOYER = 'EMPLOYER',
}

/** Where a dwelling stands in the landlord's stock; identical to housing's `DwellingStatus`. */
export enum DwellingStatus {
  OCCUPIED = 'OCCUPIED',
  NOTICE_GIVEN = 'NOTICE_GIVEN',
  VACANT = 'VACANT',
  UNDER_WORKS = 'UNDER_WORKS',
  OFFERED = 'OFFERED',
}

registerEnumType(Contingent, { name: 'Contingent' });
registerEnumType(DwellingStatus, { name: 'DwellingStatus' });

import { registerEnumType } from 'type-graphql';

export enum Typology {
  T1 = 'T1',
  T2 = 'T2',
  T3 = 'T3',
  T4 = 'T4',
  T5 = 'T5',
  T6 = 'T6',
}

export enum DwellingStatus {
  OCCUPIED = 'OCCUPIED',
  NOTICE_GIVEN = 'NOTICE_GIVEN',
  VACANT = 'VACANT',
  UNDER_WORKS = 'UNDER_WORKS',
  OFFERED = 'OFFERED',
}

export enum FinancingCategory {
  PLAI = 'PLAI',
  PLUS = 'PLUS',
  PLS = 'PLS',
}

/** Who may nominate the tenant. PREFECTURE is the prefect's quota for badly-housed people. */
export enum Contingent {
  PREFECTURE = 'PREFECTURE',
  LANDLORD = 'LANDLORD',
  CITY = 'CITY',
  EMPLOYER = 'EMPLOYER',
}

registerEnumType(Typology, { name: 'Typology', description: 'Number of main rooms (T3 = three)' });
registerEnumType(DwellingStatus, { name: 'DwellingStatus' });
registerEnumType(FinancingCategory, { name: 'FinancingCategory' });
registerEnumType(Contingent, { name: 'Contingent' });

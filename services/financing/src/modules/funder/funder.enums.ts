import { registerEnumType } from 'type-graphql';

export enum FunderKind {
  LANDLORD = 'LANDLORD',
  STATE_DEPARTMENT = 'STATE_DEPARTMENT',
  NATIONAL_FUND = 'NATIONAL_FUND',
  LOCAL_AUTHORITY = 'LOCAL_AUTHORITY',
  OTHER = 'OTHER',
}

registerEnumType(FunderKind, {
  name: 'FunderKind',
  description: 'STATE_DEPARTMENT: the State at department level (DDCS); NATIONAL_FUND: e.g. FNAVDL',
});

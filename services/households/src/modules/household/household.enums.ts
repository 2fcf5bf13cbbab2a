import { registerEnumType } from 'type-graphql';

/** The publics the accompanied-housing programme targets. */
export enum TargetPublic {
  SINGLE_PARENT = 'SINGLE_PARENT',
  LEAVING_PRISON = 'LEAVING_PRISON',
  ISOLATED_TENANT = 'ISOLATED_TENANT',
}

export enum PersonRole {
  ADULT = 'ADULT',
  CHILD = 'CHILD',
}

registerEnumType(TargetPublic, { name: 'TargetPublic' });
registerEnumType(PersonRole, { name: 'PersonRole' });

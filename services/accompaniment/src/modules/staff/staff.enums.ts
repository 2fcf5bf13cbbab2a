import { registerEnumType } from 'type-graphql';

/** Who does the support work: the association's referents and the landlord's social management. */
export enum StaffRole {
  SUPPORT_WORKER = 'SUPPORT_WORKER',
  SOCIAL_MANAGER = 'SOCIAL_MANAGER',
}

registerEnumType(StaffRole, { name: 'StaffRole' });

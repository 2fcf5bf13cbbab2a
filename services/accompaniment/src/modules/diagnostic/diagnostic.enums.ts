import { registerEnumType } from 'type-graphql';

/** Areas of life a shared diagnostic looks at. */
export enum SupportArea {
  BUDGET = 'BUDGET',
  HEALTH = 'HEALTH',
  EMPLOYMENT = 'EMPLOYMENT',
  DAILY_LIFE = 'DAILY_LIFE',
  HOUSING = 'HOUSING',
}

registerEnumType(SupportArea, { name: 'SupportArea' });

import { registerEnumType } from 'type-graphql';

/** DEPARTMENT: DDCS or DDT; REGION: DREAL with DRJSCS. */
export enum EvaluationLevel {
  DEPARTMENT = 'DEPARTMENT',
  REGION = 'REGION',
}

/** "Caractère reproductible de la démarche": faible, moyen, fort. */
export enum Reproducibility {
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
}

/** "Avis global formulé par le niveau régional": favorable or défavorable. */
export enum RegionalOpinion {
  FAVOURABLE = 'FAVOURABLE',
  UNFAVOURABLE = 'UNFAVOURABLE',
}

registerEnumType(EvaluationLevel, { name: 'EvaluationLevel' });
registerEnumType(Reproducibility, { name: 'Reproducibility' });
registerEnumType(RegionalOpinion, { name: 'RegionalOpinion' });

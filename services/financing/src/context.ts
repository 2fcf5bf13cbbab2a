import { byIdLoader, groupLoader, type RequestContext } from '@ash/kit';
import { Convention } from './modules/convention/convention.entity';
import { Evaluation } from './modules/evaluation/evaluation.entity';
import { Funder } from './modules/funder/funder.entity';
import {
  FundingLine,
  FundingLineChange,
  FundingLineTransition,
} from './modules/funding-line/funding-line.entity';
import { exportedConventionLoader } from './modules/privacy/subject-access';

/** Per request: the base context plus this subgraph's DataLoaders (never shared across requests). */
export function createContext(base: RequestContext) {
  const { em } = base;
  return {
    ...base,
    loaders: {
      convention: byIdLoader(em, Convention),
      funder: byIdLoader(em, Funder),
      fundingLine: byIdLoader(em, FundingLine),
      evaluation: byIdLoader(em, Evaluation),
      fundingLinesByConvention: groupLoader(
        em,
        FundingLine,
        'convention',
        {},
        { year: 'asc', sharePercent: 'desc', id: 'asc' },
      ),
      transitionsByFundingLine: groupLoader(em, FundingLineTransition, 'fundingLine', {}, { at: 'asc' }),
      // Changes at the same instant (a clock that stands still) keep the order they were written in.
      changesByFundingLine: groupLoader(
        em,
        FundingLineChange,
        'fundingLine',
        {},
        { at: 'asc', createdAt: 'asc', id: 'asc' },
      ),
      evaluationsByConvention: groupLoader(em, Evaluation, 'convention', {}, { date: 'asc', level: 'asc' }),
      exportedConvention: exportedConventionLoader(em),
    },
  };
}

export type FinancingContext = ReturnType<typeof createContext>;

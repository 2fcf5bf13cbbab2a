import { checkIndicatorPeriod, figureIndicator, type Indicator, NotFoundError } from '@ash/kit';
import type { FinancingContext } from '../../context';
import type { Convention } from '../convention/convention.entity';
import type { IndicatorSet } from './indicator-set.types';

/** Plan figures are not counts of people: never suppressed (counts of people come from the other subgraphs). */
const PLAN = Number.POSITIVE_INFINITY;

/** Years of the period the convention covers. */
function coveredYears(convention: Convention, from: string, to: string): number[] {
  const first = Math.max(convention.startYear, Number(from.slice(0, 4)));
  const last = Math.min(convention.endYear, Number(to.slice(0, 4)));
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);
}

export class IndicatorService {
  constructor(private readonly ctx: FinancingContext) {}

  /** The indicator set of a known convention over a calendar month, quarter or year. */
  async set(conventionId: string, from: string, to: string): Promise<IndicatorSet> {
    checkIndicatorPeriod(from, to);
    const convention = await this.ctx.loaders.convention.load(conventionId);
    if (!convention) throw new NotFoundError('Convention', conventionId);
    return { conventionId: convention.id, from, to };
  }

  /** Plan and cost per household of the convention's years within the period. */
  async financing(set: IndicatorSet): Promise<Indicator[]> {
    const convention = await this.ctx.loaders.convention.load(set.conventionId);
    if (!convention) return [];
    const years = coveredYears(convention, set.from, set.to);
    const plannedHouseholds = years.length * convention.plannedHouseholdsPerYear;
    const plannedCostEuros = (years.length * convention.annualCostCents) / 100;
    return [...this.plan(plannedHouseholds, plannedCostEuros), ...this.consumed(set, convention)];
  }

  private plan(plannedHouseholds: number, plannedCostEuros: number): Indicator[] {
    return [
      figureIndicator(
        'plannedHouseholds',
        'Ménages prévus sur les années de la période',
        plannedHouseholds,
        PLAN,
      ),
      figureIndicator(
        'plannedCostEuros',
        'Coût prévu sur les années de la période (€)',
        plannedCostEuros,
        PLAN,
      ),
      figureIndicator(
        'plannedCostPerHousehold',
        'Coût prévu par ménage accompagné (€)',
        plannedHouseholds > 0 ? Math.round(plannedCostEuros / plannedHouseholds) : 0,
        plannedHouseholds > 0 ? PLAN : 0,
      ),
    ];
  }

  /**
   * Consumed cost (measure-months × unit cost) per household supported over the period, from what
   * accompaniment counts (`@requires`): none without households, withheld over 1 to 4, absent when
   * not known. A figure over the households, not a count: it keeps the primary suppression only.
   */
  private consumed(set: IndicatorSet, convention: Convention): Indicator[] {
    const households = set.supportedHouseholds;
    const measureMonths = set.measureMonths;
    if (typeof households !== 'number' || typeof measureMonths !== 'number') return [];
    const consumedEuros = (measureMonths * convention.unitCostCents) / 100;
    return [
      figureIndicator(
        'consumedCostPerHousehold',
        'Coût consommé par ménage accompagné sur la période (€)',
        households > 0 ? Math.round(consumedEuros / households) : 0,
        households,
      ),
    ];
  }
}

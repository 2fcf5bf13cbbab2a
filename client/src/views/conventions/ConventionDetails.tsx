import '@mantine/charts/styles.css';
import { Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { can } from '../../auth/permissions';
import { useUser } from '../../auth/session';
import { graphql } from '../../gql';
import { formatMoney, formatNumber } from '../../i18n/format';
import { ConsumptionPanel } from './ConsumptionPanel';
import { type Convention, defaultYear, type Level } from './conventionParts';
import { EvaluationsPanel } from './EvaluationsPanel';
import { FundingLinesPanel } from './FundingLinesPanel';
import { IndicatorsPanel } from './IndicatorsPanel';

export const CONVENTION_DETAIL = graphql(`
  query ConventionDetail($id: ID!) {
    convention(id: $id) {
      id
      name
      programme
      holder
      partner
      startYear
      endYear
      years
      plannedHouseholdsPerYear
      annualCostCents
      plannedMeasureMonthsPerYear
      unitCostCents
      fundingLines {
        id
        version
        year
        sharePercent
        plannedCents
        requestedCents
        grantedCents
        paidCents
        status
        requestedAt
        grantedAt
        paidAt
        funder {
          id
          name
          kind
        }
        history {
          id
          kind
          at
          by
          byUser {
            id
            displayName
          }
          reason
          statusBefore
          statusAfter
          requestedCentsBefore
          requestedCentsAfter
          grantedCentsBefore
          grantedCentsAfter
          paidCentsBefore
          paidCentsAfter
        }
      }
      evaluations {
        id
        level
        authorOrganisation
        date
        departmentOpinion
        relevance
        reproducibility
        regionalOpinion
        text
      }
    }
  }
`);

function Facts({ convention }: { convention: Convention }) {
  const { t } = useTranslation('conventions');
  const facts: [string, string][] = [
    [t('header.programme'), convention.programme],
    [t('header.holder'), convention.holder],
    [t('header.partner'), convention.partner],
    [t('header.period'), t('period', { start: convention.startYear, end: convention.endYear })],
    [t('header.plannedHouseholds'), formatNumber(convention.plannedHouseholdsPerYear)],
    [t('header.annualCost'), formatMoney(convention.annualCostCents, { whole: true })],
    [t('header.unitCost'), formatMoney(convention.unitCostCents)],
  ];
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm" component="dl" m={0}>
      {facts.map(([label, value]) => (
        <div key={label}>
          <Text component="dt" size="sm" c="gray.7">
            {label}
          </Text>
          <Text component="dd" m={0} fw={500}>
            {value}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}

/**
 * Everything about one convention a role may read: its terms, a year's consumption against plan
 * with the projection, funding lines, the State services' opinions and, for evaluators and social
 * management, the aggregate indicators with their downloads. The year and period live in the URL.
 */
export function ConventionDetails({
  convention,
  level,
  testId,
}: {
  convention: Convention;
  level: Level;
  testId?: string;
}) {
  const { t } = useTranslation('conventions');
  const user = useUser();
  const [params, setParams] = useSearchParams();
  const requested = Number(params.get('annee'));
  const year = convention.years.includes(requested) ? requested : defaultYear(convention);

  const selectYear = (value: string | null) => {
    const next = new URLSearchParams(params);
    if (!value || Number(value) === defaultYear(convention)) next.delete('annee');
    else next.set('annee', value);
    // The indicators' period follows the year unless chosen again.
    next.delete('du');
    next.delete('au');
    setParams(next, { replace: true });
  };

  return (
    <Stack gap="md" data-testid={testId} data-convention-id={convention.id}>
      <Facts convention={convention} />
      <Select
        label={t('year')}
        data={convention.years.map((y) => ({ value: String(y), label: String(y) }))}
        value={String(year)}
        onChange={selectYear}
        allowDeselect={false}
        w={160}
        data-testid="convention-year"
      />
      <ConsumptionPanel convention={convention} year={year} level={level} />
      <FundingLinesPanel convention={convention} level={level} />
      <EvaluationsPanel convention={convention} level={level} />
      {can(user.role, 'indicators.read') && (
        <IndicatorsPanel convention={convention} year={year} level={level} />
      )}
    </Stack>
  );
}

import { Anchor, Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/navigation';
import { Loading } from '../../components/Loading';
import { graphql } from '../../gql';
import type { MatchCheckDwellingQuery, MatchCheckHouseholdQuery } from '../../gql/graphql';
import { useCount } from '../../i18n/counts';
import { formatDate, formatMoney, formatNumber } from '../../i18n/format';

import { ErrorsOf, Fact, Panel, type PanelQuery } from './MatchCheckParts';

export const HOUSEHOLD = graphql(`
  query MatchCheckHousehold($householdId: ID!, $withTargetPublic: Boolean!) {
    household(id: $householdId) {
      id
      reference
      size
      adults
      children
      singleParent
      targetPublic @include(if: $withTargetPublic)
      needs {
        size
        monthlyResourcesCents
        housingBenefitCents
        dalo
        pdalpd
        stepFreeAccessNeed
        desiredTypologies
        desiredCommunes
        maxRentCents
      }
    }
  }
`);

export const DWELLING = graphql(`
  query MatchCheckDwelling($dwellingId: ID!) {
    dwelling(id: $dwellingId) {
      id
      reference
      typology
      surfaceSqm
      floor
      hasLift
      stepFreeAccess
      rentCents
      serviceChargesCents
      contingent
      status
      availableFrom
      residence {
        id
        name
        commune
      }
    }
  }
`);

export function HouseholdPanel({
  query,
  withTargetPublic,
}: {
  query: PanelQuery<MatchCheckHouseholdQuery>;
  withTargetPublic: boolean;
}) {
  const { t } = useTranslation('awaiting');
  const count = useCount();
  const { data, error, loading } = query;
  const household = data?.household;
  const needs = household?.needs;
  const priorities = needs
    ? [needs.dalo && t('household.dalo'), needs.pdalpd && t('household.pdalpd')].filter(Boolean).join(', ')
    : '';
  return (
    <Panel title={t('matchCheck.household')} testId="match-check-household">
      <ErrorsOf error={error} />
      {loading && !household && <Loading />}
      {household && (
        <>
          <Group gap="xs">
            <Anchor component={Link} to={paths.household(household.id)} fw={600}>
              {household.reference}
            </Anchor>
            {withTargetPublic && household.targetPublic && (
              <Badge variant="outline" color="grape.9">
                {t(`common:enums.TargetPublic.${household.targetPublic}`)}
              </Badge>
            )}
            {household.singleParent && household.targetPublic !== 'SINGLE_PARENT' && (
              <Badge variant="outline" color="indigo.9">
                {t('household.singleParent')}
              </Badge>
            )}
          </Group>
          <dl style={{ margin: 0 }}>
            <Fact label={t('matchCheck.composition')}>
              {t('household.composition', {
                people: count('person', household.size),
                adults: count('adult', household.adults),
                children: count('child', household.children),
              })}
            </Fact>
            {needs && (
              <>
                <Fact label={t('matchCheck.resources')}>{formatMoney(needs.monthlyResourcesCents)}</Fact>
                <Fact label={t('matchCheck.housingBenefit')}>{formatMoney(needs.housingBenefitCents)}</Fact>
                <Fact label={t('matchCheck.desiredTypologies')}>
                  {needs.desiredTypologies.length
                    ? needs.desiredTypologies
                        .map((typology) => t(`common:enums.Typology.${typology}`))
                        .join(', ')
                    : t('matchCheck.any')}
                </Fact>
                <Fact label={t('matchCheck.desiredCommunes')}>
                  {needs.desiredCommunes.length ? needs.desiredCommunes.join(', ') : t('matchCheck.any')}
                </Fact>
                <Fact label={t('matchCheck.maxRent')}>{formatMoney(needs.maxRentCents)}</Fact>
                <Fact label={t('matchCheck.priorities')}>{priorities || t('matchCheck.none')}</Fact>
                <Fact label={t('matchCheck.stepFreeNeed')}>
                  {needs.stepFreeAccessNeed ? t('matchCheck.needed') : t('matchCheck.notNeeded')}
                </Fact>
              </>
            )}
          </dl>
          {!needs && <Text size="sm">{t('matchCheck.noNeeds')}</Text>}
        </>
      )}
    </Panel>
  );
}

export function DwellingPanel({ query }: { query: PanelQuery<MatchCheckDwellingQuery> }) {
  const { t } = useTranslation('awaiting');
  const { data, error, loading } = query;
  const dwelling = data?.dwelling;
  return (
    <Panel title={t('matchCheck.dwelling')} testId="match-check-dwelling">
      <ErrorsOf error={error} />
      {loading && !dwelling && <Loading />}
      {dwelling && (
        <>
          <Group gap="xs">
            <Anchor component={Link} to={paths.dwelling(dwelling.id)} fw={600}>
              {dwelling.reference}
            </Anchor>
            <Badge variant="outline" color="gray.8">
              {t(`common:enums.DwellingStatus.${dwelling.status}`)}
            </Badge>
          </Group>
          <dl style={{ margin: 0 }}>
            <Fact label={t('matchCheck.residence')}>
              {dwelling.residence.name.includes(dwelling.residence.commune)
                ? dwelling.residence.name
                : t('matches.residence', {
                    name: dwelling.residence.name,
                    commune: dwelling.residence.commune,
                  })}
            </Fact>
            <Fact label={t('matchCheck.typology')}>
              {t(`common:enums.Typology.${dwelling.typology}`)},{' '}
              {t('matchCheck.surfaceValue', { value: formatNumber(dwelling.surfaceSqm) })}
            </Fact>
            <Fact label={t('matchCheck.floor')}>
              {formatNumber(dwelling.floor)},{' '}
              {dwelling.hasLift ? t('matchCheck.lift') : t('matchCheck.noLift')}
            </Fact>
            <Fact label={t('matchCheck.stepFreeAccess')}>
              {dwelling.stepFreeAccess ? t('common:state.yes') : t('common:state.no')}
            </Fact>
            <Fact label={t('matchCheck.total')}>
              {formatMoney(dwelling.rentCents + dwelling.serviceChargesCents)} ({t('matchCheck.rent')}{' '}
              {formatMoney(dwelling.rentCents)}, {t('matchCheck.charges')}{' '}
              {formatMoney(dwelling.serviceChargesCents)})
            </Fact>
            <Fact label={t('matchCheck.contingent')}>
              {t(`common:enums.Contingent.${dwelling.contingent}`)}
            </Fact>
            <Fact label={t('matchCheck.availableFrom')}>{formatDate(dwelling.availableFrom)}</Fact>
          </dl>
        </>
      )}
    </Panel>
  );
}

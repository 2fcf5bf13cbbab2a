import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { paths } from '../../app/navigation';
import { can } from '../../auth/permissions';
import { useUser } from '../../auth/session';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { QueryErrors } from '../../components/QueryErrors';
import { graphql } from '../../gql';
import { formatDate, formatMoney, formatNumber } from '../../i18n/format';
import { MoveInInspectionForm } from '../lease/MoveInInspectionForm';
import { UpdateDwellingForm } from '../stock/UpdateDwellingForm';
import { Candidates } from './DwellingCandidates';
import { DwellingStatusBadge } from './DwellingStatusBadge';
import { Fact, Facts } from './Facts';

const DwellingDetailQuery = graphql(`
  query DwellingDetail($id: ID!) {
    dwelling(id: $id) {
      id
      reference
      typology
      surfaceSqm
      floor
      hasLift
      stepFreeAccess
      rentCents
      serviceChargesCents
      chargesIncludeColdWater
      chargesIncludeHeating
      financingCategory
      lowRent
      contingent
      status
      availableFrom
      residence {
        id
        name
        address
        postalCode
        commune
        district
        priorityDistrict
      }
      currentLease {
        id
        startDate
        endDate
        kind
        intermediaryAssociation
        plannedHandoverDate
        moveInInspectionDate
        household {
          id
          reference
        }
      }
    }
  }
`);

/** Statuses in which a dwelling is to be let, so its candidates matter. */
const TO_LET = new Set(['VACANT', 'NOTICE_GIVEN']);

function isNotFound(error: unknown): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'NOT_FOUND');
}

export default function DwellingView() {
  const { t } = useTranslation('dwellings');
  const { dwellingId = '' } = useParams();
  const { role } = useUser();
  const { data, error, loading } = useQuery(DwellingDetailQuery, { variables: { id: dwellingId } });
  const dwelling = data?.dwelling;

  const yesNo = (value: boolean) => (value ? t('common:state.yes') : t('common:state.no'));
  const back = (
    <Anchor component={Link} to="/logements" size="sm">
      <Group gap={4} component="span">
        <IconArrowLeft size={14} aria-hidden />
        {t('detail.back')}
      </Group>
    </Anchor>
  );

  if (!dwelling) {
    return (
      <Page title={t('detail.loadingTitle')} actions={back}>
        {loading ? (
          <Loading />
        ) : isNotFound(error) ? (
          <Alert color="gray" data-testid="dwelling-not-found">
            {t('detail.notFound')}
          </Alert>
        ) : (
          <QueryErrors error={error} />
        )}
      </Page>
    );
  }

  const included = [
    dwelling.chargesIncludeColdWater && t('detail.coldWater'),
    dwelling.chargesIncludeHeating && t('detail.heating'),
  ].filter(Boolean);
  const lease = dwelling.currentLease;

  return (
    <Page title={t('detail.title', { reference: dwelling.reference })} actions={back}>
      <Stack gap="md" data-testid="dwelling-page" data-dwelling-id={dwelling.id}>
        <QueryErrors error={error} />
        <Group gap="xs">
          <DwellingStatusBadge status={dwelling.status} size="lg" data-testid="dwelling-status" />
          <Badge variant="outline" color="gray" size="lg">
            {t(`common:enums.Typology.${dwelling.typology}`)}
          </Badge>
          <Text size="sm">
            {dwelling.residence.name} · {dwelling.residence.commune}
          </Text>
        </Group>

        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Card withBorder component="section" aria-labelledby="dwelling-characteristics">
            <Title order={2} size="h4" id="dwelling-characteristics" mb="sm">
              {t('detail.characteristics')}
            </Title>
            <Facts>
              <Fact label={t('detail.fields.typology')}>
                {t(`common:enums.Typology.${dwelling.typology}`)}
              </Fact>
              <Fact label={t('detail.fields.surface')}>
                {t('list.surfaceValue', { value: formatNumber(dwelling.surfaceSqm) })}
              </Fact>
              <Fact label={t('detail.fields.floor')}>
                {dwelling.floor === 0 ? t('detail.groundFloor') : formatNumber(dwelling.floor)}
              </Fact>
              <Fact label={t('detail.fields.lift')}>{yesNo(dwelling.hasLift)}</Fact>
              <Fact label={t('detail.fields.stepFree')}>{yesNo(dwelling.stepFreeAccess)}</Fact>
              <Fact label={t('detail.fields.rent')}>{formatMoney(dwelling.rentCents)}</Fact>
              <Fact label={t('detail.fields.charges')}>{formatMoney(dwelling.serviceChargesCents)}</Fact>
              <Fact label={t('detail.fields.total')}>
                <strong>{formatMoney(dwelling.rentCents + dwelling.serviceChargesCents)}</strong>
              </Fact>
              <Fact label={t('detail.fields.chargesInclude')}>
                {included.length ? included.join(', ') : t('detail.nothingIncluded')}
              </Fact>
              <Fact label={t('detail.fields.financing')}>
                {t(`common:enums.FinancingCategory.${dwelling.financingCategory}`)}
              </Fact>
              <Fact label={t('detail.fields.lowRent')}>{yesNo(dwelling.lowRent)}</Fact>
              <Fact label={t('detail.fields.contingent')}>
                {t(`common:enums.Contingent.${dwelling.contingent}`)}
              </Fact>
              <Fact label={t('detail.fields.status')}>
                {t(`common:enums.DwellingStatus.${dwelling.status}`)}
              </Fact>
              <Fact label={t('detail.fields.availableFrom')}>{formatDate(dwelling.availableFrom)}</Fact>
            </Facts>
          </Card>

          <Stack gap="md">
            <Card withBorder component="section" aria-labelledby="dwelling-residence">
              <Title order={2} size="h4" id="dwelling-residence" mb="sm">
                {t('detail.residence')}
              </Title>
              <Facts>
                <Fact label={t('detail.fields.name')}>{dwelling.residence.name}</Fact>
                <Fact
                  label={t('detail.fields.address')}
                >{`${dwelling.residence.address}, ${dwelling.residence.postalCode}`}</Fact>
                <Fact label={t('detail.fields.commune')}>{dwelling.residence.commune}</Fact>
                <Fact label={t('detail.fields.district')}>{dwelling.residence.district}</Fact>
                <Fact label={t('detail.fields.priorityDistrict')}>
                  {yesNo(dwelling.residence.priorityDistrict)}
                </Fact>
              </Facts>
            </Card>

            <Card
              withBorder
              component="section"
              aria-labelledby="dwelling-lease"
              data-testid="dwelling-lease"
            >
              <Title order={2} size="h4" id="dwelling-lease" mb="sm">
                {t('detail.lease')}
              </Title>
              {lease ? (
                <Facts>
                  <Fact label={t('detail.fields.tenant')}>
                    {lease.household ? (
                      <Anchor component={Link} to={paths.household(lease.household.id)} size="sm">
                        {lease.household.reference}
                      </Anchor>
                    ) : (
                      t('detail.tenantHidden')
                    )}
                  </Fact>
                  <Fact label={t('detail.fields.leaseStart')}>{formatDate(lease.startDate)}</Fact>
                  <Fact label={t('detail.fields.leaseEnd')}>
                    {lease.endDate && formatDate(lease.endDate)}
                  </Fact>
                  <Fact label={t('detail.fields.leaseKind')}>
                    {t(`common:enums.LeaseKind.${lease.kind}`)}
                  </Fact>
                  <Fact label={t('detail.fields.intermediary')}>
                    {lease.kind === 'SLIDING' && (lease.intermediaryAssociation ?? '—')}
                  </Fact>
                  <Fact label={t('detail.fields.handover')}>
                    {lease.kind === 'SLIDING' && formatDate(lease.plannedHandoverDate)}
                  </Fact>
                  <Fact label={t('detail.fields.leaseRent')}>
                    {formatMoney(dwelling.rentCents + dwelling.serviceChargesCents)}
                  </Fact>
                  <Fact label={t('detail.fields.inspection')}>{formatDate(lease.moveInInspectionDate)}</Fact>
                </Facts>
              ) : (
                <Text size="sm" c="dimmed">
                  {role === 'SUPPORT_WORKER' ? t('detail.noLeaseInScope') : t('detail.noLease')}
                </Text>
              )}
            </Card>
          </Stack>
        </SimpleGrid>
        {lease && !lease.endDate && !lease.moveInInspectionDate && can(role, 'lease.sign') && (
          <MoveInInspectionForm lease={lease} />
        )}
        <UpdateDwellingForm dwellingId={dwelling.id} />

        {can(role, 'view.commissionPreparation') && TO_LET.has(dwelling.status) && (
          <Candidates dwellingId={dwelling.id} />
        )}
      </Stack>
    </Page>
  );
}

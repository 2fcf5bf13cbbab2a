import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/navigation';
import { can } from '../../auth/permissions';
import { useUser } from '../../auth/session';
import { Loading } from '../../components/Loading';
import { PersonName } from '../../components/PersonName';
import { QueryErrors } from '../../components/QueryErrors';
import { formatDate, formatMoney } from '../../i18n/format';
import { Fact, Facts } from '../dwellings/Facts';
import { PhaseBadge, runningFirst } from './AccompanimentPanels';
import { ApplicationStatusBadge } from './HouseholdPanels';

import { type AccompanimentData, type HouseholdFile } from './HouseholdView';

export function HouseholdSummary({ household }: { household: HouseholdFile }) {
  const { t } = useTranslation('household');
  const { role } = useUser();
  const application = household.applications[0];
  const flags = (['dalo', 'pdalpd', 'singleParent', 'stepFreeAccessNeed'] as const).filter(
    (flag) => household[flag],
  );

  return (
    <Card withBorder component="section" aria-labelledby="household-summary-title">
      <Title order={2} size="h4" id="household-summary-title" mb="sm">
        {t('summary.household')}
      </Title>
      <Facts>
        <Fact label={t('summary.reference')}>
          <span data-testid="household-reference">{household.reference}</span>
        </Fact>
        <Fact label={t('summary.composition')}>
          <CompositionSummary household={household} />
        </Fact>
        <Fact label={t('summary.resources')}>{formatMoney(household.monthlyResourcesCents)}</Fact>
        <Fact label={t('summary.application')}>
          {application ? <ApplicationStatusBadge status={application.status} /> : t('summary.noApplication')}
        </Fact>
        {/* Only the social team is told the target public; rental management whether there is one. */}
        {can(role, 'household.targetPublic') ? (
          <Fact label={t('summary.targetPublic')}>
            <span data-testid="household-target-public">
              {household.targetPublic
                ? t(`common:enums.TargetPublic.${household.targetPublic}`)
                : t('summary.noTargetPublic')}
            </span>
          </Fact>
        ) : (
          household.priorityPublic != null && (
            <Fact label={t('summary.priorityPublic')}>
              <span data-testid="household-priority-public">
                {household.priorityPublic ? t('summary.priorityPublicYes') : t('summary.priorityPublicNo')}
              </span>
            </Fact>
          )
        )}
      </Facts>
      {flags.length > 0 && (
        <Group gap={6} mt="sm">
          {flags.map((flag) => (
            <Badge key={flag} variant="outline" color="gray" c="dark.8">
              {t(`flags.${flag}`)}
            </Badge>
          ))}
        </Group>
      )}
    </Card>
  );
}

export function CompositionSummary({ household }: { household: Pick<HouseholdFile, 'adults' | 'children'> }) {
  const { t } = useTranslation('household');
  return (
    <>
      {t('composition.summary', {
        adults: t('composition.adults', { count: household.adults }),
        children: t('composition.children', { count: household.children }),
      })}
    </>
  );
}

export function LeaseSummary({ household }: { household: HouseholdFile }) {
  const { t } = useTranslation('household');
  const { role } = useUser();
  const lease = household.currentLease;
  const account = lease?.rentAccount;

  return (
    <Card
      withBorder
      component="section"
      aria-labelledby="household-lease-title"
      data-testid="household-lease"
    >
      <Title order={2} size="h4" id="household-lease-title" mb="sm">
        {t('summary.lease')}
      </Title>
      {lease ? (
        <Facts>
          <Fact label={t('summary.dwelling')}>
            <Anchor component={Link} to={paths.dwelling(lease.dwelling.id)} size="sm">
              {lease.dwelling.reference}
            </Anchor>
          </Fact>
          <Fact label={t('lease.residence')}>{`${lease.dwelling.residence.name}`}</Fact>
          <Fact label={t('summary.since')}>{formatDate(lease.startDate)}</Fact>
          <Fact label={t('summary.leaseKind')}>{t(`common:enums.LeaseKind.${lease.kind}`)}</Fact>
          <Fact label={t('summary.rent')}>
            {formatMoney(lease.dwelling.rentCents + lease.dwelling.serviceChargesCents)}
          </Fact>
          <Fact label={t('summary.arrears')}>
            {can(role, 'rent.read') &&
              account &&
              (account.arrearsCents > 0 ? (
                <Text span size="sm" fw={600} c="red.9" data-testid="household-arrears">
                  {t('summary.arrearsValue', {
                    amount: formatMoney(account.arrearsCents),
                    months: t('lease.monthsInArrears', { count: account.monthsInArrears }),
                  })}
                </Text>
              ) : (
                t('summary.upToDate')
              ))}
          </Fact>
        </Facts>
      ) : (
        <Text size="sm">{t('summary.noLease')}</Text>
      )}
    </Card>
  );
}

/** From the accompaniment query: shows its own failure, so the rest of the file stays usable. */
export function AccompanimentSummary({
  data,
  error,
  loading,
}: {
  data: AccompanimentData | undefined;
  error: unknown;
  loading: boolean;
}) {
  const { t } = useTranslation('household');
  const { role } = useUser();
  const details = can(role, 'accompaniment.details');
  const accompaniments = runningFirst(data?.accompaniments.edges.map((e) => e.node) ?? []);
  const current = accompaniments[0];

  return (
    <Card
      withBorder
      component="section"
      aria-labelledby="household-accompaniment-title"
      data-testid="household-accompaniment"
    >
      <Title order={2} size="h4" id="household-accompaniment-title" mb="sm">
        {t('summary.accompaniment')}
      </Title>
      <QueryErrors error={error} />
      {loading && !data && <Loading />}
      {data && !current && <Text size="sm">{t('summary.noAccompaniment')}</Text>}
      {current && (
        <Stack gap="xs">
          <Facts>
            <Fact label={t('summary.phase')}>
              <PhaseBadge phase={current.phase} />
            </Fact>
            <Fact label={t('summary.kind')}>
              {current.kind && t(`common:enums.AccompanimentKind.${current.kind}`)}
            </Fact>
            <Fact label={t('summary.supportWorker')}>
              <PersonName user={current.supportWorker} id={current.supportWorkerId} />
            </Fact>
            <Fact label={t('summary.thisMonth')}>
              {current.compliance &&
                t('summary.compliance', {
                  done: current.compliance.done,
                  required: current.compliance.required,
                })}
            </Fact>
          </Facts>
          {accompaniments.length > 1 && (
            <Text size="xs">{t('summary.more', { count: accompaniments.length - 1 })}</Text>
          )}
          {!details && (
            <Text size="sm" fs="italic" data-testid="accompaniment-reserved">
              {t('accompaniment.reserved')}
            </Text>
          )}
        </Stack>
      )}
    </Card>
  );
}

import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Table, Text, Timeline, Title } from '@mantine/core';
import { IconCircleCheck, IconFileText } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/navigation';
import { can } from '../../auth/permissions';
import { useUser } from '../../auth/session';
import { usePersonLabel } from '../../components/PersonName';
import type { ApplicationStatus } from '../../gql/graphql';
import { formatDate, formatMoney, formatMonth } from '../../i18n/format';
import { Fact, Facts } from '../dwellings/Facts';
import { ApplicationSteps } from './forms/ApplicationSteps';
import type { HouseholdFile } from './HouseholdView';

const STATUS_COLORS: Record<ApplicationStatus, string> = {
  RECEIVED: 'gray',
  ORIENTED: 'blue',
  SHARED_REVIEW: 'indigo',
  READY_FOR_COMMISSION: 'violet',
  SCHEDULED: 'grape',
  DECIDED: 'cyan',
  LEASE_SIGNED: 'teal',
  MOVED_IN: 'green',
  WITHDRAWN: 'red',
};

export function ApplicationStatusBadge({ status }: { status: ApplicationStatus }) {
  const { t } = useTranslation();
  return (
    <Badge
      variant="light"
      color={STATUS_COLORS[status]}
      c="dark.8"
      tt="none"
      data-testid="application-status"
    >
      {t(`enums.ApplicationStatus.${status}`)}
    </Badge>
  );
}

/** Ménage: members, resources, priorities, consent. */
export function CompositionPanel({ household }: { household: HouseholdFile }) {
  const { t } = useTranslation('household');
  const flags = (
    ['singleParent', 'dalo', 'pdalpd', 'collectiveAgreement', 'stepFreeAccessNeed'] as const
  ).filter((flag) => household[flag]);

  return (
    <Stack gap="md">
      <Card withBorder component="section" aria-labelledby="household-members-title">
        <Title order={2} size="h4" id="household-members-title" mb="sm">
          {t('household.members')}
        </Title>
        <Table.ScrollContainer minWidth={500}>
          <Table aria-label={t('household.membersTable')} data-testid="household-members">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('household.firstName')}</Table.Th>
                <Table.Th scope="col">{t('household.lastName')}</Table.Th>
                <Table.Th scope="col">{t('household.role')}</Table.Th>
                <Table.Th scope="col">{t('household.age')}</Table.Th>
                <Table.Th scope="col">{t('household.birthDate')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {household.members.map((member) => (
                <Table.Tr key={member.id}>
                  <Table.Td>{member.firstName}</Table.Td>
                  <Table.Td>{member.lastName}</Table.Td>
                  <Table.Td>{t(`common:enums.PersonRole.${member.role}`)}</Table.Td>
                  <Table.Td>{t('household.ageValue', { count: member.age })}</Table.Td>
                  <Table.Td>{formatDate(member.birthDate)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Card>

      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <Card withBorder component="section" aria-labelledby="household-resources-title">
          <Title order={2} size="h4" id="household-resources-title" mb="sm">
            {t('household.resources')}
          </Title>
          <Facts>
            <Fact label={t('household.monthlyResources')}>
              {formatMoney(household.monthlyResourcesCents)}
            </Fact>
            <Fact label={t('household.housingBenefit')}>{formatMoney(household.housingBenefitCents)}</Fact>
          </Facts>
        </Card>
        <Card withBorder component="section" aria-labelledby="household-flags-title">
          <Title order={2} size="h4" id="household-flags-title" mb="sm">
            {t('household.eligibility')}
          </Title>
          {flags.length ? (
            <Group gap={6}>
              {flags.map((flag) => (
                <Badge key={flag} variant="outline" color="gray" c="dark.8">
                  {t(`flags.${flag}`)}
                </Badge>
              ))}
            </Group>
          ) : (
            <Text size="sm">{t('household.noFlag')}</Text>
          )}
        </Card>
        <Card withBorder component="section" aria-labelledby="household-consent-title">
          <Title order={2} size="h4" id="household-consent-title" mb="sm">
            {t('household.consent')}
          </Title>
          <Text size="sm" data-testid="household-consent">
            {household.consentToShare && household.consentToShareDate
              ? t('household.consentGiven', { date: formatDate(household.consentToShareDate) })
              : t('household.consentMissing')}
          </Text>
        </Card>
      </SimpleGrid>
    </Stack>
  );
}

/** Demande: each application with its dated moves along the pipeline. */
export function ApplicationsPanel({ household }: { household: HouseholdFile }) {
  const { t } = useTranslation('household');
  const personLabel = usePersonLabel();
  if (!household.applications.length) {
    return (
      <Text size="sm" data-testid="household-applications">
        {t('application.none')}
      </Text>
    );
  }
  return (
    <Stack gap="md" data-testid="household-applications">
      {household.applications.map((application) => {
        const headingId = `application-${application.id}`;
        return (
          <Card key={application.id} withBorder component="section" aria-labelledby={headingId}>
            <Group justify="space-between" mb="sm">
              <Title order={2} size="h4" id={headingId}>
                {t('application.heading', { number: application.registrationNumber })}
              </Title>
              <ApplicationStatusBadge status={application.status} />
            </Group>
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
              <Stack gap="sm">
                <Facts>
                  <Fact label={t('application.submittedAt')}>{formatDate(application.submittedAt)}</Fact>
                  <Fact label={t('application.desiredTypologies')}>
                    {application.desiredTypologies.length
                      ? application.desiredTypologies.map((ty) => t(`common:enums.Typology.${ty}`)).join(', ')
                      : t('application.anyTypology')}
                  </Fact>
                  <Fact label={t('application.desiredCommunes')}>
                    {application.desiredCommunes.length
                      ? application.desiredCommunes.join(', ')
                      : t('application.anyCommune')}
                  </Fact>
                  <Fact label={t('application.maxRent')}>{formatMoney(application.maxRentCents)}</Fact>
                  <Fact label={t('application.slidingLease')}>
                    {application.slidingLeaseProposed && t('common:state.yes')}
                  </Fact>
                  <Fact label={t('application.allocatedDwelling')}>
                    {application.allocatedDwelling && (
                      <Anchor
                        component={Link}
                        to={paths.dwelling(application.allocatedDwelling.id)}
                        size="sm"
                      >
                        {application.allocatedDwelling.reference}
                      </Anchor>
                    )}
                  </Fact>
                </Facts>
                {application.stalledSince && (
                  <Badge color="orange" variant="light" c="dark.8">
                    {t('application.stalledSince', { date: formatDate(application.stalledSince) })}
                  </Badge>
                )}
                <ApplicationSteps applicationId={application.id} />
              </Stack>
              <div>
                <Title order={3} size="h5" mb="xs">
                  {t('application.history')}
                </Title>
                <Timeline active={application.transitions.length} bulletSize={22} lineWidth={2}>
                  <Timeline.Item
                    bullet={<IconFileText size={12} aria-hidden />}
                    title={t('application.submitted')}
                  >
                    <Text size="xs">{formatDate(application.submittedAt)}</Text>
                  </Timeline.Item>
                  {application.transitions.map((transition) => (
                    <Timeline.Item
                      key={transition.id}
                      bullet={<IconCircleCheck size={12} aria-hidden />}
                      title={t(`common:enums.ApplicationStatus.${transition.to}`)}
                    >
                      <Text size="xs">
                        {formatDate(transition.at)} ·{' '}
                        {t('application.by', { by: personLabel(transition.byUser, transition.by) })}
                      </Text>
                      {transition.note && (
                        <Text size="xs" fs="italic">
                          {transition.note}
                        </Text>
                      )}
                    </Timeline.Item>
                  ))}
                </Timeline>
              </div>
            </SimpleGrid>
          </Card>
        );
      })}
    </Stack>
  );
}

/** Bail et loyers: the running lease and, for the landlord's managers, its rent account. */
export function LeasePanel({ household }: { household: HouseholdFile }) {
  const { t } = useTranslation('household');
  const { role } = useUser();
  const lease = household.currentLease;
  const account = lease?.rentAccount;

  if (!lease) {
    return (
      <Text size="sm" data-testid="lease-panel">
        {t('lease.none')}
      </Text>
    );
  }

  const presence = [
    lease.inspectionSocialManagerPresent && t('lease.socialManager'),
    lease.inspectionSupportWorkerPresent && t('lease.supportWorker'),
  ].filter(Boolean);

  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} data-testid="lease-panel">
      <Card withBorder component="section" aria-labelledby="lease-panel-title">
        <Title order={2} size="h4" id="lease-panel-title" mb="sm">
          {t('lease.heading')}
        </Title>
        <Facts>
          <Fact label={t('lease.dwelling')}>
            <Anchor component={Link} to={paths.dwelling(lease.dwelling.id)} size="sm">
              {lease.dwelling.reference} ({t(`common:enums.Typology.${lease.dwelling.typology}`)}){' '}
            </Anchor>
          </Fact>
          <Fact
            label={t('lease.residence')}
          >{`${lease.dwelling.residence.name}, ${lease.dwelling.residence.address}, ${lease.dwelling.residence.commune}`}</Fact>
          <Fact label={t('lease.kind')}>{t(`common:enums.LeaseKind.${lease.kind}`)}</Fact>
          <Fact label={t('lease.start')}>{formatDate(lease.startDate)}</Fact>
          <Fact label={t('lease.end')}>{lease.endDate && formatDate(lease.endDate)}</Fact>
          <Fact label={t('lease.intermediary')}>
            {lease.kind === 'SLIDING' && (lease.intermediaryAssociation ?? '—')}
          </Fact>
          <Fact label={t('lease.handover')}>
            {lease.kind === 'SLIDING' && formatDate(lease.plannedHandoverDate)}
          </Fact>
          <Fact label={t('lease.rent')}>{formatMoney(lease.dwelling.rentCents)}</Fact>
          <Fact label={t('lease.charges')}>{formatMoney(lease.dwelling.serviceChargesCents)}</Fact>
          <Fact label={t('lease.total')}>
            {formatMoney(lease.dwelling.rentCents + lease.dwelling.serviceChargesCents)}
          </Fact>
          <Fact label={t('lease.inspection')}>
            {lease.moveInInspectionDate ? formatDate(lease.moveInInspectionDate) : t('lease.inspectionNone')}
          </Fact>
          <Fact label={t('lease.inspectionPresence')}>
            {lease.moveInInspectionDate && (presence.length ? presence.join(', ') : t('lease.nobody'))}
          </Fact>
        </Facts>
      </Card>

      <Card withBorder component="section" aria-labelledby="rent-account-title" data-testid="rent-account">
        <Title order={2} size="h4" id="rent-account-title" mb="sm">
          {t('lease.rentAccount')}
        </Title>
        {!can(role, 'rent.read') ? (
          <Text size="sm" fs="italic">
            {t('lease.rentReserved')}
          </Text>
        ) : !account ? (
          <Text size="sm">{t('lease.noRentAccount')}</Text>
        ) : (
          <Stack gap="sm">
            <Group gap="xs">
              <Text size="sm">{t('lease.arrearsLabel')}</Text>
              <Text size="sm" fw={700} c={account.arrearsCents > 0 ? 'red.9' : undefined}>
                {formatMoney(account.arrearsCents)}
              </Text>
              <Text size="sm">({t('lease.monthsInArrears', { count: account.monthsInArrears })})</Text>
            </Group>
            {account.entries.length === 0 ? (
              <Text size="sm">{t('lease.noEntries')}</Text>
            ) : (
              <Table aria-label={t('lease.entriesTable')} data-testid="rent-entries">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('lease.month')}</Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('lease.charged')}
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('lease.paid')}
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('lease.balance')}
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {account.entries.map((entry) => {
                    const balance = entry.paidCents - entry.chargedCents;
                    return (
                      <Table.Tr key={entry.id}>
                        <Table.Th scope="row" fw={400}>
                          {formatMonth(entry.month.slice(0, 7))}
                        </Table.Th>
                        <Table.Td ta="right">{formatMoney(entry.chargedCents)}</Table.Td>
                        <Table.Td ta="right">{formatMoney(entry.paidCents)}</Table.Td>
                        <Table.Td
                          ta="right"
                          c={balance < 0 ? 'red.9' : undefined}
                          fw={balance < 0 ? 600 : undefined}
                        >
                          {formatMoney(balance)}
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            )}
          </Stack>
        )}
      </Card>
    </SimpleGrid>
  );
}

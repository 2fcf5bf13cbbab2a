import {
  Anchor,
  Badge,
  Card,
  Group,
  Progress,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Timeline,
  Title,
} from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { can } from '../../auth/permissions';
import { useUser } from '../../auth/session';
import { Loading } from '../../components/Loading';
import { PersonName, usePersonLabel } from '../../components/PersonName';
import { QueryErrors } from '../../components/QueryErrors';
import type { AccompanimentPhase, AlertStatus } from '../../gql/graphql';
import { useCount } from '../../i18n/counts';
import { formatDate, formatMonth } from '../../i18n/format';
import { Fact, Facts } from '../dwellings/Facts';
import { AccompanimentRecord } from './accompaniment/AccompanimentRecord';
import { ContactForm } from './ContactForm';
import type { AccompanimentData, AccompanimentNode } from './HouseholdView';
import { OpenAccompanimentForm } from './OpenAccompanimentForm';

interface PanelProps {
  data: AccompanimentData | undefined;
  error: unknown;
  loading: boolean;
}

const PHASE_COLORS: Record<AccompanimentPhase, string> = {
  PRE_ALLOCATION: 'blue',
  INTEGRATION: 'orange',
  FOLLOW_UP: 'teal',
  ENDED: 'gray',
};

const ALERT_COLORS: Record<AlertStatus, string> = {
  NEW: 'red',
  SHARED_DIAGNOSIS: 'orange',
  ACTION_AGREED: 'blue',
  CLOSED: 'gray',
};

export function PhaseBadge({ phase }: { phase: AccompanimentPhase }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={PHASE_COLORS[phase]} c="dark.8" tt="none" data-testid="accompaniment-phase">
      {t(`enums.AccompanimentPhase.${phase}`)}
    </Badge>
  );
}

/** Running accompaniments before ended ones, keeping the API's order (latest start first). */
export function runningFirst(accompaniments: AccompanimentNode[]): AccompanimentNode[] {
  return [...accompaniments].sort((a, b) => Number(a.phase === 'ENDED') - Number(b.phase === 'ENDED'));
}

/** What a panel shows before its data: the failure of the accompaniment subgraph, or loading. */
function PanelState({ data, error, loading }: PanelProps) {
  return (
    <>
      <QueryErrors error={error} />
      {loading && !data && <Loading />}
    </>
  );
}

/** Accompagnement: every accompaniment, in full for the social team, only its phase otherwise. */
export function AccompanimentPanel({
  householdId,
  data,
  error,
  loading,
}: PanelProps & { householdId: string }) {
  const { t } = useTranslation('household');
  const { role } = useUser();
  const details = can(role, 'accompaniment.details');
  const accompaniments = runningFirst(data?.accompaniments.edges.map((e) => e.node) ?? []);
  const running = accompaniments.some((a) => a.phase !== 'ENDED');

  return (
    <Stack gap="md" data-testid="accompaniment-panel">
      <Title order={2} size="h4">
        {t('accompaniment.heading')}
      </Title>
      <PanelState data={data} error={error} loading={loading} />
      {data && accompaniments.length === 0 && <Text size="sm">{t('accompaniment.none')}</Text>}
      {!details && accompaniments.length > 0 && (
        <>
          {accompaniments.map((accompaniment) => (
            <Group key={accompaniment.id} gap="xs">
              <Text size="sm">{t('accompaniment.phaseLabel')}</Text>
              <PhaseBadge phase={accompaniment.phase} />
            </Group>
          ))}
          <Text size="sm" fs="italic" data-testid="accompaniment-reserved">
            {t('accompaniment.reserved')}
          </Text>
        </>
      )}
      {data && !running && can(role, 'accompaniment.open') && (
        <OpenAccompanimentForm householdId={householdId} />
      )}
      {details &&
        accompaniments.map((accompaniment) => <AccompanimentCard key={accompaniment.id} a={accompaniment} />)}
    </Stack>
  );
}

function AccompanimentCard({ a }: { a: AccompanimentNode }) {
  const { t } = useTranslation('household');
  const personLabel = usePersonLabel();
  const count = useCount();
  const headingId = `accompaniment-${a.id}`;
  const compliance = a.compliance;
  const schedule = a.contactSchedule;

  return (
    <Card withBorder component="section" aria-labelledby={headingId} data-testid="accompaniment-card">
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h5" id={headingId}>
          {a.kind ? t(`common:enums.AccompanimentKind.${a.kind}`) : t('summary.accompaniment')}
        </Title>
        <PhaseBadge phase={a.phase} />
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
        <Stack gap="sm">
          <Facts>
            <Fact label={t('accompaniment.start')}>{a.startDate && formatDate(a.startDate)}</Fact>
            <Fact label={t('accompaniment.end')}>{a.endDate && formatDate(a.endDate)}</Fact>
            <Fact label={t('accompaniment.outcome')}>
              {a.outcome && t(`common:enums.AccompanimentOutcome.${a.outcome}`)}
            </Fact>
            <Fact label={t('accompaniment.endReason')}>{a.endReason}</Fact>
            {a.capacityOverrideReason && (
              <Fact label={t('accompaniment.capacityOverrideReason')}>{a.capacityOverrideReason}</Fact>
            )}
            <Fact label={t('accompaniment.supportWorker')}>
              <PersonName user={a.supportWorker} id={a.supportWorkerId} />
            </Fact>
            <Fact label={t('accompaniment.socialReferent')}>
              <PersonName user={a.socialReferent} id={a.socialReferentId} />
            </Fact>
            <Fact label={t('accompaniment.schedule')}>
              {schedule &&
                t('accompaniment.scheduleValue', {
                  contacts: count('contact', schedule.integrationContactsPerWeek),
                  weeks: count('week', schedule.integrationWeeks),
                  meetings: count('meeting', schedule.monthlyInPersonMeetings),
                })}
            </Fact>
          </Facts>
          {compliance && a.phase !== 'ENDED' && (
            <div data-testid="accompaniment-compliance">
              <Text size="sm" fw={600}>
                {t(
                  compliance.inProgress
                    ? 'accompaniment.complianceLineInProgress'
                    : 'accompaniment.complianceLine',
                  {
                    month: formatMonth(compliance.month),
                    done: compliance.done,
                    required: compliance.required,
                  },
                )}
              </Text>
              {compliance.required > 0 && (
                <Progress
                  mt={4}
                  value={Math.min(100, (compliance.done / compliance.required) * 100)}
                  color={compliance.shortfall > 0 ? 'orange' : 'teal'}
                  aria-label={t('accompaniment.complianceValue', {
                    done: compliance.done,
                    required: compliance.required,
                  })}
                />
              )}
              <Text size="sm" mt={4} c={compliance.shortfall > 0 ? 'red.9' : undefined}>
                {compliance.required === 0
                  ? t('accompaniment.noneRequired')
                  : compliance.shortfall > 0
                    ? t('accompaniment.shortfall', { count: compliance.shortfall })
                    : t('accompaniment.complianceOk')}
              </Text>
            </div>
          )}
          {a.moveInInspectionWithoutSupportWorker && (
            <Group gap={6} wrap="nowrap">
              <IconAlertTriangle size={16} aria-hidden color="var(--mantine-color-orange-8)" />
              <Text size="sm">{t('accompaniment.inspectionWithoutWorker')}</Text>
            </Group>
          )}
        </Stack>
        {a.phaseChanges && a.phaseChanges.length > 0 && (
          <div>
            <Title order={4} size="h6" mb="xs">
              {t('accompaniment.phases')}
            </Title>
            <Timeline active={a.phaseChanges.length - 1} bulletSize={22} lineWidth={2}>
              {a.phaseChanges.map((change) => (
                <Timeline.Item
                  key={change.id}
                  bullet={<IconCircleCheck size={12} aria-hidden />}
                  title={t(`common:enums.AccompanimentPhase.${change.to}`)}
                >
                  <Text size="xs">
                    {formatDate(change.at)} ·{' '}
                    {t('application.by', { by: personLabel(change.byUser, change.by) })}
                  </Text>
                </Timeline.Item>
              ))}
            </Timeline>
          </div>
        )}
      </SimpleGrid>
      <AccompanimentRecord accompaniment={a} />
    </Card>
  );
}

/** Contacts: every contact of the household's accompaniments, and the form to record one. */
export function ContactsPanel({ data, error, loading }: PanelProps) {
  const { t } = useTranslation('household');
  const { role } = useUser();
  const accompaniments = data?.accompaniments.edges.map((e) => e.node) ?? [];
  const contacts = accompaniments
    .flatMap((a) => (a.contacts ?? []).map((contact) => ({ ...contact, accompaniment: a })))
    .sort((x, y) => y.date.localeCompare(x.date));
  const several = accompaniments.length > 1;

  return (
    <Stack gap="md">
      <PanelState data={data} error={error} loading={loading} />
      {data && can(role, 'contact.record') && (
        <ContactForm accompaniments={runningFirst(accompaniments).filter((a) => a.phase !== 'ENDED')} />
      )}
      {data && (
        <section aria-labelledby="contacts-title">
          <Title order={2} size="h4" id="contacts-title" mb="sm">
            {t('contacts.heading')}
          </Title>
          {data && contacts.length === 0 && (
            <Text size="sm" data-testid="contacts-list">
              {t('contacts.none')}
            </Text>
          )}
          {contacts.length > 0 && (
            <Table.ScrollContainer minWidth={900}>
              <Table striped aria-label={t('contacts.table')} data-testid="contacts-list">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('contacts.date')}</Table.Th>
                    <Table.Th scope="col">{t('contacts.kind')}</Table.Th>
                    <Table.Th scope="col">{t('contacts.outcome')}</Table.Th>
                    <Table.Th scope="col">{t('contacts.place')}</Table.Th>
                    <Table.Th scope="col">{t('contacts.configuration')}</Table.Th>
                    <Table.Th scope="col">{t('contacts.timeSlot')}</Table.Th>
                    {several && <Table.Th scope="col">{t('contacts.accompaniment')}</Table.Th>}
                    <Table.Th scope="col">{t('contacts.note')}</Table.Th>
                    <Table.Th scope="col">{t('contacts.recordedBy')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {contacts.map((contact) => (
                    <Table.Tr key={contact.id} data-testid="contact-row" data-contact-id={contact.id}>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(contact.date)}</Table.Td>
                      <Table.Td>{t(`common:enums.ContactKind.${contact.kind}`)}</Table.Td>
                      <Table.Td fw={contact.outcome === 'MET' ? undefined : 600}>
                        {t(`common:enums.ContactOutcome.${contact.outcome}`)}
                      </Table.Td>
                      <Table.Td>{t(`common:enums.ContactPlace.${contact.place}`)}</Table.Td>
                      <Table.Td>{t(`common:enums.ContactConfiguration.${contact.configuration}`)}</Table.Td>
                      <Table.Td>{t(`common:enums.TimeSlot.${contact.timeSlot}`)}</Table.Td>
                      {several && (
                        <Table.Td>
                          {contact.accompaniment.kind &&
                            t(`common:enums.AccompanimentKind.${contact.accompaniment.kind}`)}
                        </Table.Td>
                      )}
                      <Table.Td>
                        <Text size="sm">{contact.note ?? '—'}</Text>
                      </Table.Td>
                      <Table.Td>
                        <PersonName user={contact.recordedByUser} id={contact.recordedBy} />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </section>
      )}
    </Stack>
  );
}

/** Alertes: the household's open alerts, with their triage deadline. */
export function AlertsPanel({ data, error, loading }: PanelProps) {
  const { t } = useTranslation('household');
  const { role } = useUser();
  const details = can(role, 'accompaniment.details');
  const alerts = data?.alerts.edges.map((e) => e.node) ?? [];

  return (
    <Stack gap="md" data-testid="household-alerts">
      <Group justify="space-between">
        <Title order={2} size="h4">
          {t('alerts.heading')}
        </Title>
        {can(role, 'view.alerts') && (
          <Anchor component={Link} to="/alertes" size="sm">
            {t('alerts.seeAll')}
          </Anchor>
        )}
      </Group>
      <PanelState data={data} error={error} loading={loading} />
      {data && alerts.length === 0 && <Text size="sm">{t('alerts.none')}</Text>}
      {alerts.length > 0 && (
        <Table.ScrollContainer minWidth={700}>
          <Table aria-label={t('alerts.table')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('alerts.raisedAt')}</Table.Th>
                <Table.Th scope="col">{t('alerts.source')}</Table.Th>
                {details && <Table.Th scope="col">{t('alerts.signs')}</Table.Th>}
                <Table.Th scope="col">{t('alerts.status')}</Table.Th>
                <Table.Th scope="col">{t('alerts.deadline')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {alerts.map((alert) => (
                <Table.Tr key={alert.id} data-testid="household-alert">
                  <Table.Td>{formatDate(alert.raisedAt)}</Table.Td>
                  <Table.Td>{t(`common:enums.AlertSource.${alert.source}`)}</Table.Td>
                  {details && (
                    <Table.Td>
                      {(alert.signs ?? []).map((sign) => t(`common:enums.AlertSign.${sign}`)).join(', ') ||
                        '—'}
                    </Table.Td>
                  )}
                  <Table.Td>
                    <Badge variant="light" color={ALERT_COLORS[alert.status]} c="dark.8">
                      {t(`common:enums.AlertStatus.${alert.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      {formatDate(alert.triageDeadline)}
                      {alert.overdue && (
                        <Badge color="red" variant="filled">
                          {t('alerts.overdue')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

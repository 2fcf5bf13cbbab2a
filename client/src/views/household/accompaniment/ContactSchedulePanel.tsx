import { useMutation } from '@apollo/client/react';
import { Button, Group, NumberInput, SimpleGrid, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../../auth/permissions';
import { useUser } from '../../../auth/session';
import { FormFeedback, readableField, useMutationForm } from '../../../components/forms';
import { PersonName } from '../../../components/PersonName';
import { graphql } from '../../../gql';
import type { ContactScheduleChangesFragment } from '../../../gql/graphql';
import { useCount } from '../../../i18n/counts';
import { formatDateTime } from '../../../i18n/format';
import type { AccompanimentNode } from '../HouseholdView';
import { refusals } from './checks';
import { FormToggle } from './FormToggle';

graphql(`
  fragment ContactScheduleChanges on Accompaniment {
    contactScheduleChanges {
      id
      at
      by
      byUser {
        id
        displayName
      }
      reason
      before {
        integrationContactsPerWeek
        integrationWeeks
        monthlyInPersonMeetings
      }
      after {
        integrationContactsPerWeek
        integrationWeeks
        monthlyInPersonMeetings
      }
    }
  }
`);

const SetContactScheduleMutation = graphql(`
  mutation SetContactSchedule($accompanimentId: ID!, $input: ContactScheduleInput!) {
    setContactSchedule(accompanimentId: $accompanimentId, input: $input) {
      id
      contactSchedule {
        integrationContactsPerWeek
        integrationWeeks
        monthlyInPersonMeetings
      }
    }
  }
`);

type Count = 'integrationContactsPerWeek' | 'integrationWeeks' | 'monthlyInPersonMeetings';
/** The API's bounds of each figure of the schedule. */
const BOUNDS: Record<Count, number> = {
  integrationContactsPerWeek: 14,
  integrationWeeks: 52,
  monthlyInPersonMeetings: 31,
};
const COUNTS = Object.keys(BOUNDS) as Count[];

type Changes = NonNullable<ContactScheduleChangesFragment['contactScheduleChanges']>;

/** The contact schedule: the form to change it (with its reason) and every change made, latest first. */
export function ContactSchedulePanel({
  accompaniment,
  changes,
}: {
  accompaniment: AccompanimentNode;
  changes: Changes | null | undefined;
}) {
  const { t } = useTranslation('accompanimentForms');
  const { role } = useUser();
  const count = useCount();
  const schedule = accompaniment.contactSchedule;
  const [counts, setCounts] = useState<Record<Count, number | string>>(() => ({
    integrationContactsPerWeek: schedule?.integrationContactsPerWeek ?? 0,
    integrationWeeks: schedule?.integrationWeeks ?? 0,
    monthlyInPersonMeetings: schedule?.monthlyInPersonMeetings ?? 0,
  }));
  const [reason, setReason] = useState('');
  const form = useMutationForm(undefined, { reason: t('schedule.reasonRequired') });
  const [setSchedule] = useMutation(SetContactScheduleMutation, {
    refetchQueries: ['HouseholdAccompaniment', 'AccompanimentRecord'],
    awaitRefetchQueries: true,
  });
  const mayChange = can(role, 'contactSchedule.set') && accompaniment.phase !== 'ENDED';
  const headingId = `schedule-${accompaniment.id}`;
  // The schedule in the file's own words (household:accompaniment.scheduleValue).
  const line = (s: Changes[number]['after']) =>
    t('household:accompaniment.scheduleValue', {
      contacts: count('contact', s.integrationContactsPerWeek),
      weeks: count('week', s.integrationWeeks),
      meetings: count('meeting', s.monthlyInPersonMeetings),
    });

  const submit = form.submit(
    async () => {
      await setSchedule({
        variables: {
          accompanimentId: accompaniment.id,
          input: {
            integrationContactsPerWeek: Number(counts.integrationContactsPerWeek),
            integrationWeeks: Number(counts.integrationWeeks),
            monthlyInPersonMeetings: Number(counts.monthlyInPersonMeetings),
            reason: reason.trim(),
          },
        },
      });
      setReason('');
    },
    () =>
      refusals({
        ...Object.fromEntries(
          COUNTS.map((count) => {
            const value = counts[count];
            const fits =
              typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= BOUNDS[count];
            return [count, !fits && t('schedule.countRange', { max: BOUNDS[count] })];
          }),
        ),
        reason: !reason.trim() && t('schedule.reasonRequired'),
      }),
  );

  return (
    <section aria-labelledby={headingId} data-testid="schedule-panel">
      <Title order={4} size="h6" id={headingId} mb="xs">
        {t('schedule.title')}
      </Title>
      {mayChange && (
        <FormToggle label={t('schedule.open')} testId="schedule-open">
          <form onSubmit={submit} noValidate data-testid="schedule-form">
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              {COUNTS.map((count) => (
                <NumberInput
                  key={count}
                  label={t(`schedule.${count}`)}
                  description={t('schedule.range', { max: BOUNDS[count] })}
                  value={counts[count]}
                  onChange={(value) => {
                    form.touched();
                    setCounts((current) => ({ ...current, [count]: value }));
                  }}
                  min={0}
                  max={BOUNDS[count]}
                  allowDecimal={false}
                  allowNegative={false}
                  clampBehavior="none"
                  required
                  error={form.fieldError(count)}
                  styles={readableField}
                  data-testid={`schedule-${count}`}
                />
              ))}
            </SimpleGrid>
            <TextInput
              mt="sm"
              label={t('schedule.reason')}
              value={reason}
              onChange={(event) => {
                form.touched();
                setReason(event.currentTarget.value);
              }}
              maxLength={500}
              required
              error={form.fieldError('reason')}
              styles={readableField}
              data-testid="schedule-reason"
            />
            <FormFeedback
              refusal={form.refusal}
              saved={form.saved}
              savedText={t('schedule.saved')}
              testId="schedule"
            />
            <Group mt="sm">
              <Button type="submit" loading={form.saving} data-testid="schedule-submit">
                {t('schedule.submit')}
              </Button>
            </Group>
          </form>
        </FormToggle>
      )}
      {changes && changes.length === 0 && (
        <Text size="sm" mt="xs">
          {t('schedule.noChange')}
        </Text>
      )}
      {changes && changes.length > 0 && (
        <Table.ScrollContainer minWidth={700} mt="sm">
          <Table striped aria-label={t('schedule.changes')} data-testid="schedule-changes">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('schedule.at')}</Table.Th>
                <Table.Th scope="col">{t('schedule.before')}</Table.Th>
                <Table.Th scope="col">{t('schedule.after')}</Table.Th>
                <Table.Th scope="col">{t('schedule.reason')}</Table.Th>
                <Table.Th scope="col">{t('by')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {[...changes].reverse().map((change) => (
                <Table.Tr key={change.id} data-testid="schedule-change">
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(change.at)}</Table.Td>
                  <Table.Td>{line(change.before)}</Table.Td>
                  <Table.Td>{line(change.after)}</Table.Td>
                  <Table.Td>{change.reason ?? '—'}</Table.Td>
                  <Table.Td>
                    <PersonName user={change.byUser} id={change.by} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </section>
  );
}

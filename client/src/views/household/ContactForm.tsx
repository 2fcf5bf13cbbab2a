import { useMutation } from '@apollo/client/react';
import { Button, Card, Group, Select, SimpleGrid, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFeedback, useMutationForm } from '../../components/forms';
import { graphql } from '../../gql';
import type {
  ContactConfiguration,
  ContactKind,
  ContactOutcome,
  ContactPlace,
  RecordContactInput,
  TimeSlot,
} from '../../gql/graphql';
import { formatDate, today } from '../../i18n/format';
import type { AccompanimentNode } from './HouseholdView';

const HouseholdRecordContactMutation = graphql(`
  mutation HouseholdRecordContact($input: RecordContactInput!) {
    recordContact(input: $input) {
      id
      date
      kind
      configuration
      timeSlot
      place
      outcome
      note
      recordedBy
      recordedByUser {
        id
        displayName
      }
    }
  }
`);

const KINDS: ContactKind[] = ['HOME_VISIT', 'OFFICE', 'PHONE', 'MOVE_IN_INSPECTION', 'OUTREACH_ATTEMPT'];
const CONFIGURATIONS: ContactConfiguration[] = ['PAIR', 'ASSOCIATION_ALONE', 'LANDLORD_ALONE'];
const TIME_SLOTS: TimeSlot[] = ['MORNING', 'MIDDAY', 'AFTERNOON', 'EVENING'];
const PLACES: ContactPlace[] = ['HOME', 'OFFICE', 'NEIGHBOURHOOD', 'PARTNER_PREMISES', 'REMOTE'];
const OUTCOMES: ContactOutcome[] = ['MET', 'NO_ANSWER', 'REFUSED'];

type Draft = Omit<RecordContactInput, 'note'> & { note: string };

/** Records a contact on one of the household's running accompaniments; the list refreshes after. */
export function ContactForm({ accompaniments }: { accompaniments: AccompanimentNode[] }) {
  const { t } = useTranslation('household');
  const blank = (): Draft => ({
    accompanimentId: accompaniments[0]?.id ?? '',
    date: today(),
    kind: 'HOME_VISIT',
    configuration: 'PAIR',
    timeSlot: 'MORNING',
    place: 'HOME',
    outcome: 'MET',
    note: '',
  });
  const [draft, setDraft] = useState<Draft>(blank);
  const form = useMutationForm();
  const [record] = useMutation(HouseholdRecordContactMutation, {
    refetchQueries: ['HouseholdAccompaniment'],
    awaitRefetchQueries: true,
  });

  if (!accompaniments.length) {
    return (
      <Text size="sm" data-testid="contact-form-unavailable">
        {t('contacts.formNoAccompaniment')}
      </Text>
    );
  }

  const accompanimentId = accompaniments.some((a) => a.id === draft.accompanimentId)
    ? draft.accompanimentId
    : accompaniments[0].id;
  const set = <K extends keyof Draft>(key: K, value: Draft[K] | null) => {
    if (value === null) return;
    form.touched();
    setDraft((current) => ({ ...current, [key]: value }));
  };
  const options = (enumName: string, values: readonly string[]) =>
    values.map((value) => ({ value, label: t(`common:enums.${enumName}.${value}`) }));

  const submit = form.submit(async () => {
    const note = draft.note.trim();
    await record({ variables: { input: { ...draft, accompanimentId, note: note || undefined } } });
    setDraft({ ...blank(), accompanimentId });
  });

  return (
    <Card withBorder component="section" aria-labelledby="contact-form-title">
      <Title order={2} size="h4" id="contact-form-title" mb="sm">
        {t('contacts.formTitle')}
      </Title>
      <form onSubmit={submit} data-testid="contact-form">
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
          {accompaniments.length > 1 && (
            <Select
              label={t('contacts.accompaniment')}
              data={accompaniments.map((a) => ({
                value: a.id,
                label: `${a.kind ? t(`common:enums.AccompanimentKind.${a.kind}`) : ''} · ${formatDate(a.startDate)}`,
              }))}
              value={accompanimentId}
              onChange={(value) => set('accompanimentId', value)}
              allowDeselect={false}
              required
            />
          )}
          <TextInput
            type="date"
            label={t('contacts.date')}
            description={t('contacts.dateHint')}
            value={draft.date}
            max={today()}
            onChange={(event) => set('date', event.currentTarget.value)}
            required
            error={form.fieldError('date')}
            data-testid="contact-date"
          />
          <Select
            label={t('contacts.kind')}
            data={options('ContactKind', KINDS)}
            value={draft.kind}
            onChange={(value) => set('kind', value as ContactKind | null)}
            allowDeselect={false}
            required
            data-testid="contact-kind"
          />
          <Select
            label={t('contacts.configuration')}
            data={options('ContactConfiguration', CONFIGURATIONS)}
            value={draft.configuration}
            onChange={(value) => set('configuration', value as ContactConfiguration | null)}
            allowDeselect={false}
            required
            data-testid="contact-configuration"
          />
          <Select
            label={t('contacts.timeSlot')}
            data={options('TimeSlot', TIME_SLOTS)}
            value={draft.timeSlot}
            onChange={(value) => set('timeSlot', value as TimeSlot | null)}
            allowDeselect={false}
            required
            data-testid="contact-time-slot"
          />
          <Select
            label={t('contacts.place')}
            data={options('ContactPlace', PLACES)}
            value={draft.place}
            onChange={(value) => set('place', value as ContactPlace | null)}
            allowDeselect={false}
            required
            data-testid="contact-place"
          />
          <Select
            label={t('contacts.outcome')}
            data={options('ContactOutcome', OUTCOMES)}
            value={draft.outcome}
            onChange={(value) => set('outcome', value as ContactOutcome | null)}
            allowDeselect={false}
            required
            data-testid="contact-outcome"
          />
        </SimpleGrid>
        <Textarea
          mt="sm"
          label={t('contacts.note')}
          placeholder={t('contacts.notePlaceholder')}
          value={draft.note}
          onChange={(event) => set('note', event.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={2000}
          error={form.fieldError('note')}
          data-testid="contact-note"
        />
        <FormFeedback
          refusal={form.refusal}
          saved={form.saved}
          savedText={t('contacts.recorded')}
          testId="contact"
        />
        <Group mt="sm" gap="sm">
          <Button type="submit" loading={form.saving} data-testid="record-contact">
            {t('contacts.submit')}
          </Button>
        </Group>
      </form>
    </Card>
  );
}

import { useLazyQuery, useMutation } from '@apollo/client/react';
import {
  Button,
  Group,
  List,
  MultiSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFeedback, useMutationForm } from '../../components/forms';
import { graphql } from '../../gql';
import type { MatchingSettingsInput, Typology } from '../../gql/graphql';
import { formatNumber } from '../../i18n/format';
import type { MatchingSettingsValues } from './MatchingSettingsPanel';

const MatchingImpactDocument = graphql(`
  query MatchingSettingsImpact($settings: MatchingSettingsInput!) {
    matchingImpact(settings: $settings) {
      householdsConsidered
      householdsGaining
      householdsLosing
      matchesBefore
      matchesAfter
    }
  }
`);

const UpdateMatchingSettingsMutation = graphql(`
  mutation HousingUpdateMatchingSettings($input: MatchingSettingsInput!, $note: String) {
    updateMatchingSettings(input: $input, note: $note) {
      id
      version
      effortRateCeiling
      horizonDays
      typologiesBySize
    }
  }
`);

const TYPOLOGIES: Typology[] = ['T1', 'T2', 'T3', 'T4', 'T5', 'T6'];
/** The rules' bounds (@ash/matching's settingsProblems). */
const MAX_SIZES = 10;
const MAX_HORIZON = 730;
const MAX_NOTE = 1000;

/** The rules' new settings, their effect on the households awaiting a dwelling first, then saved with a note. */
export function MatchingSettingsForm({
  settings,
  onDone,
}: {
  settings: MatchingSettingsValues;
  onDone: () => void;
}) {
  const { t } = useTranslation('housingForms');
  const [rate, setRate] = useState<string | number>(Math.round(settings.effortRateCeiling * 1000) / 10);
  const [horizon, setHorizon] = useState<string | number>(settings.horizonDays);
  const [bySize, setBySize] = useState<string[][]>(settings.typologiesBySize.map((list) => [...list]));
  const [note, setNote] = useState('');
  const form = useMutationForm();
  // The preview has its own state: showing the effect saves nothing.
  const previewForm = useMutationForm();
  const [preview, impact] = useLazyQuery(MatchingImpactDocument, { fetchPolicy: 'network-only' });
  const [update] = useMutation(UpdateMatchingSettingsMutation, {
    refetchQueries: ['MatchingSettingsPanel', 'AwaitingCommissionList'],
    awaitRefetchQueries: true,
  });
  const touched = () => form.touched();
  const fieldError = (field: string) => {
    const [saving, previewing] = [form.fieldError(field), previewForm.fieldError(field)];
    return saving ?? previewing;
  };

  const check = () => {
    const problems: Record<string, string | undefined> = {};
    if (typeof rate !== 'number' || rate <= 0 || rate > 100)
      problems.effortRateCeiling = t('matching.errors.rate');
    if (!Number.isInteger(horizon) || (horizon as number) < 0 || (horizon as number) > MAX_HORIZON)
      problems.horizonDays = t('matching.errors.horizon', { max: MAX_HORIZON });
    bySize.forEach((list, i) => {
      if (!list.length) problems[`typologiesBySize.${i}`] = t('matching.errors.typologies');
    });
    if (note.length > MAX_NOTE) problems.note = t('matching.errors.note', { max: MAX_NOTE });
    return problems;
  };
  const input = (): MatchingSettingsInput => ({
    effortRateCeiling: Math.round((rate as number) * 10) / 1000,
    horizonDays: horizon as number,
    typologiesBySize: bySize as Typology[][],
  });
  const showImpact = previewForm.submit(() => preview({ variables: { settings: input() } }), check);
  const submit = form.submit(async () => {
    await update({ variables: { input: input(), note: note.trim() || null } });
    onDone();
  }, check);
  const figures = impact.data?.matchingImpact;

  return (
    <form onSubmit={submit} noValidate data-testid="matching-settings-form">
      <Stack gap="sm" mt="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NumberInput
            label={t('matching.rate')}
            description={t('matching.rateHint')}
            value={rate}
            onChange={(value) => {
              touched();
              setRate(value);
            }}
            decimalSeparator=","
            decimalScale={1}
            min={0}
            max={100}
            suffix=" %"
            required
            error={fieldError('effortRateCeiling')}
            data-testid="matching-rate"
          />
          <NumberInput
            label={t('matching.horizon')}
            description={t('matching.horizonHint')}
            value={horizon}
            onChange={(value) => {
              touched();
              setHorizon(value);
            }}
            allowDecimal={false}
            min={0}
            max={MAX_HORIZON}
            required
            error={fieldError('horizonDays')}
            data-testid="matching-horizon"
          />
        </SimpleGrid>
        <Text size="sm" fw={600}>
          {t('matching.bySize')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          {bySize.map((list, i) => (
            <MultiSelect
              // biome-ignore lint/suspicious/noArrayIndexKey: a row is the household size it stands for
              key={i}
              label={
                i === bySize.length - 1 && i > 0
                  ? t('matching.personsOrMore', { count: i + 1 })
                  : t('matching.persons', { count: i + 1 })
              }
              data={TYPOLOGIES.map((value) => ({ value, label: t(`common:enums.Typology.${value}`) }))}
              value={list}
              onChange={(values) => {
                touched();
                setBySize((current) => current.map((row, j) => (j === i ? values : row)));
              }}
              required
              error={fieldError(`typologiesBySize.${i}`)}
            />
          ))}
        </SimpleGrid>
        <Group gap="xs">
          <Button
            variant="default"
            size="xs"
            disabled={bySize.length >= MAX_SIZES}
            onClick={() => setBySize((current) => [...current, [...(current[current.length - 1] ?? [])]])}
          >
            {t('matching.addSize')}
          </Button>
          <Button
            variant="default"
            size="xs"
            disabled={bySize.length <= 1}
            onClick={() => setBySize((current) => current.slice(0, -1))}
          >
            {t('matching.removeSize')}
          </Button>
        </Group>
        <Textarea
          label={t('matching.note')}
          description={t('matching.noteHint')}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          maxLength={MAX_NOTE}
          autosize
          minRows={2}
          error={fieldError('note')}
        />
        {figures && (
          <div role="status" data-testid="matching-impact">
            <Text size="sm" fw={600}>
              {t('matching.impactTitle')}
            </Text>
            <List size="sm">
              <List.Item>
                {t('matching.impact.considered', { count: figures.householdsConsidered })}
              </List.Item>
              <List.Item>{t('matching.impact.gaining', { count: figures.householdsGaining })}</List.Item>
              <List.Item>{t('matching.impact.losing', { count: figures.householdsLosing })}</List.Item>
              <List.Item>
                {t('matching.impact.matches', {
                  before: formatNumber(figures.matchesBefore),
                  after: formatNumber(figures.matchesAfter),
                })}
              </List.Item>
            </List>
          </div>
        )}
        <FormFeedback refusal={previewForm.refusal} saved={false} savedText="" testId="matching-impact" />
        <FormFeedback
          refusal={form.refusal}
          saved={form.saved}
          savedText={t('matching.saved')}
          testId="matching-settings"
        />
        <Group>
          <Button
            variant="outline"
            onClick={() => void showImpact()}
            loading={impact.loading}
            data-testid="matching-impact-show"
          >
            {t('matching.showImpact')}
          </Button>
          <Button type="submit" loading={form.saving} data-testid="matching-settings-submit">
            {t('matching.submit')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('stock.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

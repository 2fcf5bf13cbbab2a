import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Group, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutationErrorMessage } from '../../components/QueryErrors';
import { graphql } from '../../gql';
import type { RegionalOpinion, Reproducibility } from '../../gql/graphql';

const EvaluationLevelQuery = graphql(`
  query EvaluationLevel {
    evaluationLevel
  }
`);

const RecordEvaluationMutation = graphql(`
  mutation RecordEvaluation($input: RecordEvaluationInput!) {
    recordEvaluation(input: $input) {
      id
      level
      authorOrganisation
      date
    }
  }
`);

const REPRODUCIBILITY: Reproducibility[] = ['LOW', 'MEDIUM', 'HIGH'];
const REGIONAL: RegionalOpinion[] = ['FAVOURABLE', 'UNFAVOURABLE'];

/**
 * The opinion of the evaluator's State service on the convention: at department level (DDCS, DDT)
 * the opinion, its relevance and reproducibility; at regional level (DREAL) favourable or not; a
 * comment for both. The level comes from the API (the organisation of the signed-in evaluator).
 */
export function EvaluationForm({ conventionId }: { conventionId: string }) {
  const { t } = useTranslation('conventions');
  const errorMessage = useMutationErrorMessage();
  const { data } = useQuery(EvaluationLevelQuery);
  const [opinion, setOpinion] = useState('');
  const [relevance, setRelevance] = useState('');
  const [reproducibility, setReproducibility] = useState<Reproducibility | null>(null);
  const [regional, setRegional] = useState<RegionalOpinion | null>(null);
  const [text, setText] = useState('');
  const [failure, setFailure] = useState<string>();
  const [saved, setSaved] = useState(false);
  const [record, { loading }] = useMutation(RecordEvaluationMutation, {
    refetchQueries: ['ConventionDetail'],
    awaitRefetchQueries: true,
  });
  const level = data?.evaluationLevel;
  if (!level) return null;
  const department = level === 'DEPARTMENT';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
    setSaved(false);
    try {
      await record({
        variables: {
          input: department
            ? {
                conventionId,
                departmentOpinion: opinion.trim(),
                relevance: relevance.trim(),
                reproducibility,
                text: text.trim() || undefined,
              }
            : { conventionId, regionalOpinion: regional, text: text.trim() || undefined },
        },
      });
      setSaved(true);
    } catch (error) {
      setFailure(errorMessage(error));
    }
  };

  return (
    <Card withBorder component="section" aria-labelledby="evaluation-form-title">
      <Title order={2} size="h4" id="evaluation-form-title" mb="sm">
        {t(department ? 'evaluationForm.titleDepartment' : 'evaluationForm.titleRegion')}
      </Title>
      <form onSubmit={submit} data-testid="evaluation-form">
        <Stack gap="sm">
          {department ? (
            <>
              <TextInput
                label={t('evaluationForm.opinion')}
                value={opinion}
                onChange={(event) => setOpinion(event.currentTarget.value)}
                required
                maxLength={2000}
                data-testid="evaluation-opinion"
              />
              <TextInput
                label={t('evaluationForm.relevance')}
                value={relevance}
                onChange={(event) => setRelevance(event.currentTarget.value)}
                required
                maxLength={2000}
                data-testid="evaluation-relevance"
              />
              <Select
                label={t('evaluationForm.reproducibility')}
                data={REPRODUCIBILITY.map((value) => ({
                  value,
                  label: t(`common:enums.Reproducibility.${value}`),
                }))}
                value={reproducibility}
                onChange={(value) => setReproducibility(value as Reproducibility | null)}
                required
                data-testid="evaluation-reproducibility"
              />
            </>
          ) : (
            <Select
              label={t('evaluationForm.regionalOpinion')}
              data={REGIONAL.map((value) => ({ value, label: t(`common:enums.RegionalOpinion.${value}`) }))}
              value={regional}
              onChange={(value) => setRegional(value as RegionalOpinion | null)}
              required
              data-testid="evaluation-regional"
            />
          )}
          <Textarea
            label={t('evaluationForm.text')}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            autosize
            minRows={2}
            maxLength={4000}
            data-testid="evaluation-text"
          />
          {failure && (
            <Alert color="red" role="alert" data-testid="evaluation-error">
              {failure}
            </Alert>
          )}
          <Group gap="sm">
            <Button type="submit" loading={loading} data-testid="record-evaluation">
              {t('evaluationForm.submit')}
            </Button>
            <div role="status">
              {saved && (
                <Group gap={4} data-testid="evaluation-recorded">
                  <IconCheck size={16} aria-hidden color="var(--mantine-color-teal-9)" />
                  <Text size="sm">{t('evaluationForm.recorded')}</Text>
                </Group>
              )}
            </div>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

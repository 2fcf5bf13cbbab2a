import '@mantine/charts/styles.css';
import { Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/format';
import { type Convention, type Level, sub } from './conventionParts';

export function EvaluationsPanel({ convention, level }: { convention: Convention; level: Level }) {
  const { t } = useTranslation('conventions');
  const titleId = `evaluations-title-${convention.id}`;
  return (
    <Card withBorder component="section" aria-labelledby={titleId} data-testid="evaluations">
      <Stack gap="sm">
        <Title order={level} size="h4" id={titleId}>
          {t('evaluations.title')}
        </Title>
        {convention.evaluations.length === 0 && <Text>{t('evaluations.empty')}</Text>}
        {convention.evaluations.map((evaluation) => {
          const fields: [string, string | null | undefined][] = [
            [t('evaluations.departmentOpinion'), evaluation.departmentOpinion],
            [t('evaluations.relevance'), evaluation.relevance],
            [
              t('evaluations.reproducibility'),
              evaluation.reproducibility && t(`common:enums.Reproducibility.${evaluation.reproducibility}`),
            ],
            [
              t('evaluations.regionalOpinion'),
              evaluation.regionalOpinion && t(`common:enums.RegionalOpinion.${evaluation.regionalOpinion}`),
            ],
            [t('evaluations.text'), evaluation.text],
          ];
          return (
            <Card key={evaluation.id} withBorder padding="sm" component="article" data-testid="evaluation">
              <Stack gap="xs">
                <Title order={sub(level)} size="h5">
                  {t('evaluations.heading', {
                    level: t(`common:enums.EvaluationLevel.${evaluation.level}`),
                    organisation: evaluation.authorOrganisation,
                    date: formatDate(evaluation.date),
                  })}
                </Title>
                <Stack gap={6} component="dl" m={0}>
                  {fields
                    .filter(([, value]) => Boolean(value))
                    .map(([label, value]) => (
                      <div key={label}>
                        <Text component="dt" size="sm" fw={600}>
                          {label}
                        </Text>
                        <Text component="dd" m={0} size="sm">
                          {value}
                        </Text>
                      </div>
                    ))}
                </Stack>
              </Stack>
            </Card>
          );
        })}
      </Stack>
    </Card>
  );
}

import '@mantine/charts/styles.css';
import { useQuery } from '@apollo/client/react';
import { Button, Card, Group, Alert as Notice, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { fetchFromGateway, refusalReason, saveFile } from '../../components/gatewayFiles';
import { Loading } from '../../components/Loading';
import { QueryErrors } from '../../components/QueryErrors';
import { graphql } from '../../gql';
import {
  type Convention,
  fileSlug,
  type IndicatorSet,
  type Level,
  periodsOf,
  sub,
  yearPeriod,
} from './conventionParts';
import { IndicatorTables } from './IndicatorTables';

const CONVENTION_INDICATORS = graphql(`
  query ConventionIndicators($id: ID!, $from: String!, $to: String!) {
    indicators(conventionId: $id, from: $from, to: $to) {
      conventionId
      from
      to
      supportIndicators {
        key
        label
        value
        suppressed
      }
      householdIndicators {
        key
        label
        value
        suppressed
      }
      housingIndicators {
        key
        label
        value
        suppressed
      }
      financingIndicators {
        key
        label
        value
        suppressed
      }
    }
  }
`);

export function IndicatorsPanel({
  convention,
  year,
  level,
}: {
  convention: Convention;
  year: number;
  level: Level;
}) {
  const { t } = useTranslation('conventions');
  const [params, setParams] = useSearchParams();
  const [downloadError, setDownloadError] = useState<string>();
  const [downloading, setDownloading] = useState<'csv' | 'xlsx'>();
  const fallback = yearPeriod(year);
  const periods = periodsOf(year, t);
  // A period of the URL that is not one of the year's (an old link, a hand-written one): the year.
  const chosen = periods.find((p) => p.from === params.get('du') && p.to === params.get('au')) ?? periods[0];
  const { from, to } = chosen;
  const { data, error, loading } = useQuery(CONVENTION_INDICATORS, {
    variables: { id: convention.id, from, to },
  });
  const set = data?.indicators;
  const titleId = `indicators-title-${convention.id}`;

  const setPeriod = (period: { from: string; to: string }) => {
    const next = new URLSearchParams(params);
    if (period.from === fallback.from && period.to === fallback.to) {
      next.delete('du');
      next.delete('au');
    } else {
      next.set('du', period.from);
      next.set('au', period.to);
    }
    setParams(next, { replace: true });
  };

  const download = async (format: 'csv' | 'xlsx') => {
    setDownloadError(undefined);
    setDownloading(format);
    try {
      const response = await fetchFromGateway(`/indicators.${format}`, {
        conventionId: convention.id,
        from,
        to,
      });
      if (!response.ok) {
        setDownloadError(t('indicators.downloadFailed', { reason: await refusalReason(response, t) }));
        return;
      }
      await saveFile(
        response,
        t('indicators.fileName', { name: fileSlug(convention.name), from, to, format }),
      );
    } catch {
      setDownloadError(t('indicators.downloadFailed', { reason: t('common:errors.network') }));
    } finally {
      setDownloading(undefined);
    }
  };

  const groups: [string, IndicatorSet['supportIndicators'] | undefined][] = [
    [t('indicators.groups.support'), set?.supportIndicators],
    [t('indicators.groups.households'), set?.householdIndicators],
    [t('indicators.groups.housing'), set?.housingIndicators],
    [t('indicators.groups.financing'), set?.financingIndicators],
  ];

  return (
    <Card withBorder component="section" aria-labelledby={titleId} data-testid="indicators">
      <Stack gap="sm">
        <Title order={level} size="h4" id={titleId}>
          {t('indicators.title')}
        </Title>
        <QueryErrors error={error} />
        <Text size="sm" c="gray.7">
          {t('indicators.intro')}
        </Text>
        <Group justify="space-between" align="flex-end">
          <Select
            label={t('indicators.period')}
            description={t('indicators.periodHint')}
            data={periods.map((p) => ({ value: `${p.from}/${p.to}`, label: p.label }))}
            value={`${from}/${to}`}
            onChange={(value) => {
              const period = periods.find((p) => `${p.from}/${p.to}` === value);
              if (period) setPeriod(period);
            }}
            allowDeselect={false}
            w={260}
            data-testid="indicators-period"
          />
          <Group gap="xs">
            <Button
              variant="outline"
              leftSection={<IconDownload size={16} aria-hidden />}
              onClick={() => void download('csv')}
              loading={downloading === 'csv'}
              aria-label={t('indicators.downloadCsv')}
              data-testid="download-csv"
            >
              {t('indicators.csv')}
            </Button>
            <Button
              variant="outline"
              leftSection={<IconDownload size={16} aria-hidden />}
              onClick={() => void download('xlsx')}
              loading={downloading === 'xlsx'}
              aria-label={t('indicators.downloadXlsx')}
              data-testid="download-xlsx"
            >
              {t('indicators.xlsx')}
            </Button>
          </Group>
        </Group>
        {downloadError && (
          <Notice color="red" variant="light" role="alert" data-testid="download-error">
            {downloadError}
          </Notice>
        )}
        {loading && !set && <Loading />}
        {set && (
          <SimpleGrid cols={{ base: 1, xl: 2 }} spacing="md">
            {groups.map(([title, rows]) =>
              rows ? (
                <Stack key={title} gap={4}>
                  <Title order={sub(level)} size="h5">
                    {title}
                  </Title>
                  {rows.length ? (
                    <IndicatorTables title={title} rows={rows} from={set.from} to={set.to} />
                  ) : (
                    <Text size="sm">{t('indicators.empty')}</Text>
                  )}
                </Stack>
              ) : null,
            )}
          </SimpleGrid>
        )}
      </Stack>
    </Card>
  );
}

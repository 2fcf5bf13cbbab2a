import { Alert, Anchor, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconDownload } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { can } from '../../auth/permissions';
import { useUser } from '../../auth/session';
import { fetchFromGateway, refusalReason, saveFile } from '../../components/gatewayFiles';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { formatDate, formatMoney, formatNumber } from '../../i18n/format';
import { EvaluationForm } from './EvaluationForm';

type Cell = string | number | null;

/** The gateway's annual report (`/report.json`): the same sections as the XLSX's sheets. */
interface AnnualReport {
  convention: string;
  year: number;
  from: string;
  to: string;
  sections: {
    title: string;
    columns: { header: string; format: 'number' | 'decimal' | 'euros' | 'text' }[];
    rows: Cell[][];
  }[];
}

function formatCell(value: Cell, format: AnnualReport['sections'][number]['columns'][number]['format']) {
  if (value === null) return '—';
  if (typeof value === 'string') return value;
  return format === 'euros' ? formatMoney(Math.round(value * 100)) : formatNumber(value);
}

/**
 * The annual report of one year of a convention, for the State services and funders: every section
 * on screen, the XLSX (one sheet per section) and the CSV to download, and the evaluator's opinion.
 */
export default function ConventionReport() {
  const { t } = useTranslation('conventions');
  const { role } = useUser();
  const { conventionId = '', year = '' } = useParams();
  const [report, setReport] = useState<AnnualReport>();
  const [failure, setFailure] = useState<string>();
  const [downloading, setDownloading] = useState<'csv' | 'xlsx'>();

  useEffect(() => {
    let live = true;
    setReport(undefined);
    setFailure(undefined);
    fetchFromGateway('/report.json', { conventionId, year })
      .then(async (response) => {
        if (!live) return;
        if (response.ok) setReport((await response.json()) as AnnualReport);
        else setFailure(await refusalReason(response, t));
      })
      .catch(() => live && setFailure(t('common:errors.network')));
    return () => {
      live = false;
    };
  }, [conventionId, year, t]);

  const download = async (format: 'csv' | 'xlsx') => {
    setFailure(undefined);
    setDownloading(format);
    try {
      const response = await fetchFromGateway(`/report.${format}`, { conventionId, year });
      if (!response.ok) {
        setFailure(t('report.downloadFailed', { reason: await refusalReason(response, t) }));
        return;
      }
      await saveFile(response, t('report.fileName', { year, format }));
    } catch {
      setFailure(t('report.downloadFailed', { reason: t('common:errors.network') }));
    } finally {
      setDownloading(undefined);
    }
  };

  return (
    <Page
      title={t('report.title', { year })}
      actions={
        <Anchor component={Link} to={`/conventions/${conventionId}`} size="sm">
          <Group gap={4} component="span">
            <IconArrowLeft size={16} aria-hidden />
            {t('report.back')}
          </Group>
        </Anchor>
      }
    >
      <Stack gap="md" data-testid="annual-report">
        {failure && (
          <Alert color="red" role="alert" data-testid="report-error">
            {failure}
          </Alert>
        )}
        {!report && !failure && <Loading />}
        {report && (
          <>
            <Text>
              {t('report.intro', {
                convention: report.convention,
                from: formatDate(report.from),
                to: formatDate(report.to),
              })}
            </Text>
            <Group gap="sm">
              {(['xlsx', 'csv'] as const).map((format) => (
                <Button
                  key={format}
                  variant="outline"
                  leftSection={<IconDownload size={16} aria-hidden />}
                  onClick={() => void download(format)}
                  loading={downloading === format}
                  data-testid={`report-download-${format}`}
                >
                  {t(`report.download.${format}`)}
                </Button>
              ))}
            </Group>
            {report.sections.map((section) => (
              <Stack key={section.title} gap="xs" component="section" data-testid="report-section">
                <Title order={2} size="h4">
                  {section.title}
                </Title>
                <Table.ScrollContainer minWidth={560}>
                  <Table striped>
                    <Table.Thead>
                      <Table.Tr>
                        {section.columns.map((column) => (
                          <Table.Th key={column.header} scope="col">
                            {column.header}
                          </Table.Th>
                        ))}
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {section.rows.map((row) => (
                        <Table.Tr key={String(row[0])}>
                          {row.map((cell, i) => (
                            <Table.Td key={section.columns[i].header}>
                              {formatCell(cell, section.columns[i].format)}
                            </Table.Td>
                          ))}
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              </Stack>
            ))}
          </>
        )}
        {can(role, 'evaluation.record') && <EvaluationForm conventionId={conventionId} />}
      </Stack>
    </Page>
  );
}

import '@mantine/charts/styles.css';
import { useQuery } from '@apollo/client/react';
import { BarChart } from '@mantine/charts';
import { Anchor, Card, Group, SimpleGrid, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Loading } from '../../components/Loading';
import { Page } from '../../components/Page';
import { QueryErrors } from '../../components/QueryErrors';
import { graphql } from '../../gql';
import { formatNumber } from '../../i18n/format';

// One query per subgraph: when one of them is down, the other cards still show.
const APPLICATIONS = graphql(`
  query HomeApplications {
    applicationStatistics {
      byStatus {
        status
        count
      }
    }
  }
`);

const DWELLINGS = graphql(`
  query HomeDwellings {
    dwellingStatistics {
      vacantByTypology {
        typology
        count
      }
      byStatus {
        status
        count
      }
    }
  }
`);

const ACCOMPANIMENTS = graphql(`
  query HomeAccompaniments {
    accompanimentStatistics {
      byPhase {
        phase
        count
      }
      openAlerts
      overdueAlerts
    }
  }
`);

interface Bar {
  label: string;
  count: number;
  /** The list behind the bar, opened on a click. */
  link?: string;
}

/** A card with a bar chart and the same figures as a table for screen readers. */
function ChartCard({
  title,
  testId,
  bars,
  loading,
  error,
  footer,
}: {
  title: string;
  testId: string;
  bars: Bar[] | undefined;
  loading: boolean;
  error: unknown;
  footer?: ReactNode;
}) {
  const { t } = useTranslation('home');
  const navigate = useNavigate();
  return (
    <Card withBorder padding="md" data-testid={testId} component="section" aria-label={title}>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {title}
        </Title>
        <QueryErrors error={error} />
        {loading && !bars && <Loading />}
        {bars && (
          <>
            {/* Bars across, one line each: every bar keeps its label, however many there are. */}
            <BarChart
              h={bars.length * 30 + 40}
              data={bars}
              dataKey="label"
              orientation="vertical"
              yAxisProps={{ width: 170, interval: 0 }}
              series={[{ name: 'count', label: t('count'), color: 'teal.7' }]}
              tickLine="none"
              gridAxis="x"
              valueFormatter={(value) => formatNumber(value)}
              barProps={{
                cursor: 'pointer',
                onClick: (entry: { payload?: Bar }) => {
                  if (entry.payload?.link) navigate(entry.payload.link);
                },
              }}
              accessibilityLayer={false}
              aria-hidden
            />
            <VisuallyHidden>
              <table>
                <caption>{title}</caption>
                <tbody>
                  {bars.map((bar) => (
                    <tr key={bar.label}>
                      <th scope="row">{bar.label}</th>
                      <td>{formatNumber(bar.count)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </VisuallyHidden>
          </>
        )}
        {footer}
      </Stack>
    </Card>
  );
}

function KeyFigure({ label, value, link }: { label: string; value: number | undefined; link?: string }) {
  return (
    <div>
      <Text size="xl" fw={700}>
        {value === undefined ? '—' : formatNumber(value)}
      </Text>
      {link ? (
        <Anchor component={Link} to={link} size="sm">
          {label}
        </Anchor>
      ) : (
        <Text size="sm">{label}</Text>
      )}
    </div>
  );
}

/** Accueil: the key figures of the day, each from the subgraph that owns them. */
export default function HomeView() {
  const { t } = useTranslation('home');
  const applications = useQuery(APPLICATIONS);
  const dwellings = useQuery(DWELLINGS);
  const accompaniments = useQuery(ACCOMPANIMENTS);

  const stages = applications.data?.applicationStatistics.byStatus
    .filter((s) => s.status !== 'WITHDRAWN')
    .map((s) => ({
      label: t(`common:enums.ApplicationStatus.${s.status}`),
      count: s.count,
      link: s.status === 'READY_FOR_COMMISSION' ? '/commission/menages-en-attente' : undefined,
    }));
  const vacant = dwellings.data?.dwellingStatistics.vacantByTypology.map((s) => ({
    label: s.typology,
    count: s.count,
    link: `/logements?statut=VACANT&typologie=${s.typology}`,
  }));
  const phases = accompaniments.data?.accompanimentStatistics.byPhase.map((s) => ({
    label: t(`common:enums.AccompanimentPhase.${s.phase}`),
    count: s.count,
  }));
  const byStatus = (status: string) =>
    dwellings.data?.dwellingStatistics.byStatus.find((s) => s.status === status)?.count;
  const alerts = accompaniments.data?.accompanimentStatistics;

  return (
    <Page title={t('title')} description={t('description')}>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <ChartCard
          title={t('applications')}
          testId="home-applications"
          bars={stages}
          loading={applications.loading}
          error={applications.error}
        />
        <ChartCard
          title={t('vacantDwellings')}
          testId="home-vacant"
          bars={vacant}
          loading={dwellings.loading}
          error={dwellings.error}
          footer={
            <Group gap="xl">
              <KeyFigure label={t('vacant')} value={byStatus('VACANT')} link="/logements?statut=VACANT" />
              <KeyFigure label={t('offered')} value={byStatus('OFFERED')} />
              <KeyFigure label={t('noticeGiven')} value={byStatus('NOTICE_GIVEN')} />
            </Group>
          }
        />
        <ChartCard
          title={t('accompaniments')}
          testId="home-accompaniments"
          bars={phases}
          loading={accompaniments.loading}
          error={accompaniments.error}
        />
        <Card withBorder padding="md" component="section" aria-label={t('alerts')} data-testid="home-alerts">
          <Stack gap="sm">
            <Title order={2} size="h4">
              {t('alerts')}
            </Title>
            <QueryErrors error={accompaniments.error} />
            <Group gap="xl">
              <KeyFigure label={t('openAlerts')} value={alerts?.openAlerts} link="/alertes" />
              <KeyFigure label={t('overdueAlerts')} value={alerts?.overdueAlerts} link="/alertes?retard=1" />
            </Group>
          </Stack>
        </Card>
      </SimpleGrid>
    </Page>
  );
}

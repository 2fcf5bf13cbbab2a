import '@mantine/charts/styles.css';
import { Badge, Button, Card, Stack, Table, Text, Title } from '@mantine/core';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../auth/permissions';
import { useUser } from '../../auth/session';
import { formatDate, formatMoney, formatPercent } from '../../i18n/format';
import { AddFundingLineForm } from '../funding/AddFundingLineForm';
import { MoveFundingLine } from '../funding/MoveFundingLine';
import { type Convention, type Level, WHOLE_BADGE } from './conventionParts';
import { FundingHistory } from './FundingHistory';
import { FundingLineActions } from './FundingLineActions';

const FUNDING_COLOR = {
  REQUESTED: 'gray.7',
  TO_BE_REVIEWED: 'violet.9',
  GRANTED: 'blue.8',
  PAID: 'teal.9',
  CANCELLED: 'red.9',
} as const;

export function FundingLinesPanel({ convention, level }: { convention: Convention; level: Level }) {
  const { t } = useTranslation('conventions');
  const user = useUser();
  const manages = can(user.role, 'funding.manage');
  const [open, setOpen] = useState<string | null>(null);
  const titleId = `funding-title-${convention.id}`;
  const columns = manages ? 8 : 7;
  return (
    <Card withBorder component="section" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Title order={level} size="h4" id={titleId}>
          {t('funding.title')}
        </Title>
        {convention.fundingLines.length === 0 ? (
          <Text>{t('funding.empty')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table striped highlightOnHover data-testid="funding-lines">
              <Table.Caption c="gray.7">{t('funding.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('funding.year')}</Table.Th>
                  <Table.Th scope="col">{t('funding.funder')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('funding.share')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('funding.requested')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('funding.granted')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('funding.paid')}
                  </Table.Th>
                  <Table.Th scope="col">{t('funding.status')}</Table.Th>
                  {manages && <Table.Th scope="col">{t('funding.actions')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {convention.fundingLines.map((line) => (
                  <Fragment key={line.id}>
                    <Table.Tr data-testid="funding-line" data-status={line.status} data-line-id={line.id}>
                      <Table.Td>{line.year}</Table.Td>
                      <Table.Td>
                        <Stack gap={0}>
                          <Text size="sm">{line.funder.name}</Text>
                          <Text size="xs" c="gray.7">
                            {t(`common:enums.FunderKind.${line.funder.kind}`)}
                          </Text>
                        </Stack>
                      </Table.Td>
                      <Table.Td ta="right">{formatPercent(line.sharePercent / 100)}</Table.Td>
                      <Table.Td ta="right">{formatMoney(line.requestedCents)}</Table.Td>
                      <Table.Td ta="right">{formatMoney(line.grantedCents)}</Table.Td>
                      <Table.Td ta="right">{formatMoney(line.paidCents)}</Table.Td>
                      <Table.Td>
                        <Stack gap={2} align="flex-start">
                          <Badge
                            color={FUNDING_COLOR[line.status]}
                            variant="outline"
                            tt="none"
                            styles={WHOLE_BADGE}
                          >
                            {t(`common:enums.FundingStatus.${line.status}`)}
                          </Badge>
                          <Text size="xs" c="gray.7">
                            {line.paidAt
                              ? t('funding.paidAt', { date: formatDate(line.paidAt) })
                              : line.grantedAt
                                ? t('funding.grantedAt', { date: formatDate(line.grantedAt) })
                                : t('funding.requestedAt', { date: formatDate(line.requestedAt) })}
                          </Text>
                          <Button
                            size="compact-xs"
                            variant="default"
                            aria-expanded={open === line.id}
                            aria-controls={`funding-history-${line.id}`}
                            onClick={() => setOpen(open === line.id ? null : line.id)}
                            data-testid="funding-history-toggle"
                          >
                            {t('history.toggle', { count: line.history.length })}
                          </Button>
                        </Stack>
                      </Table.Td>
                      {manages && (
                        <Table.Td>
                          <MoveFundingLine line={line} />
                          <FundingLineActions line={line} />
                        </Table.Td>
                      )}
                    </Table.Tr>
                    {open === line.id && (
                      <Table.Tr id={`funding-history-${line.id}`}>
                        <Table.Td colSpan={columns}>
                          <FundingHistory history={line.history} testId="funding-history" />
                        </Table.Td>
                      </Table.Tr>
                    )}
                  </Fragment>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {manages && <AddFundingLineForm convention={convention} />}
      </Stack>
    </Card>
  );
}

import { Button, Group, Select, Table, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowsSort, IconArrowUp } from '@tabler/icons-react';
import { type ReactNode, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../i18n/format';

/*
 * A dense table sorted and paged by the API: the column headers say how it is sorted (aria-sort) and
 * sort on a click, the footer says "page N sur M" with a choice of page size. Rows and their count
 * come from a connection (`totalCount`, `pageInfo`); `useKeysetPages` keeps the cursors of the pages
 * already seen, so "previous" goes back without the API paging backwards.
 */

export type SortDirection = 'ASC' | 'DESC';

export interface Sort<Key extends string> {
  key: Key;
  direction: SortDirection;
}

export interface Column<Row, Key extends string> {
  /** Unique in the table. */
  id: string;
  header: ReactNode;
  render: (row: Row) => ReactNode;
  /** The API's sort key: the header sorts on it when given. */
  sortKey?: Key;
  /** The direction of a first click (DESC for counts, where more is more urgent). */
  firstDirection?: SortDirection;
  align?: 'left' | 'right';
  /** The row's header cell (`th scope="row"`): what names the row for screen readers. */
  rowHeader?: boolean;
  width?: number | string;
}

export interface Paging {
  /** 1-based. */
  page: number;
  pageSize: number;
  totalCount: number;
  hasNextPage: boolean;
  onPrevious: () => void;
  onNext: () => void;
  onPageSize: (size: number) => void;
}

export const PAGE_SIZES = [10, 20, 50, 100];

const ARIA_SORT = { ASC: 'ascending', DESC: 'descending' } as const;

function SortHeader<Row, Key extends string>({
  column,
  sort,
  onSort,
}: {
  column: Column<Row, Key>;
  sort: Sort<Key>;
  onSort: (sort: Sort<Key>) => void;
}) {
  const { t } = useTranslation('dataTable');
  const key = column.sortKey as Key;
  const active = sort.key === key;
  const next: SortDirection = active
    ? sort.direction === 'ASC'
      ? 'DESC'
      : 'ASC'
    : (column.firstDirection ?? 'ASC');
  const Icon = active ? (sort.direction === 'ASC' ? IconArrowUp : IconArrowDown) : IconArrowsSort;
  return (
    <UnstyledButton
      onClick={() => onSort({ key, direction: next })}
      title={t(next === 'ASC' ? 'sortAscending' : 'sortDescending')}
      data-testid={`sort-${column.id}`}
      style={{ font: 'inherit', fontWeight: 'inherit' }}
    >
      <Group gap={4} wrap="nowrap" justify={column.align === 'right' ? 'flex-end' : 'flex-start'}>
        <span>{column.header}</span>
        <Icon size={14} aria-hidden />
      </Group>
    </UnstyledButton>
  );
}

/** A sortable, paged table of the API's rows (see the note at the top of the file). */
export function DataTable<Row, Key extends string>({
  caption,
  columns,
  rows,
  rowKey,
  rowProps,
  sort,
  onSort,
  paging,
  empty,
  testId,
}: {
  caption: ReactNode;
  columns: Column<Row, Key>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  rowProps?: (row: Row) => Record<string, string>;
  sort: Sort<Key>;
  onSort: (sort: Sort<Key>) => void;
  paging: Paging;
  empty: ReactNode;
  testId?: string;
}) {
  const { t } = useTranslation('dataTable');
  const pageCount = Math.max(1, Math.ceil(paging.totalCount / paging.pageSize));
  return (
    <div data-testid={testId}>
      <Table striped highlightOnHover verticalSpacing={6} horizontalSpacing="sm" fz="sm" layout="fixed">
        <Table.Caption c="gray.7">{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th
                key={column.id}
                scope="col"
                ta={column.align}
                w={column.width}
                aria-sort={
                  column.sortKey
                    ? sort.key === column.sortKey
                      ? ARIA_SORT[sort.direction]
                      : 'none'
                    : undefined
                }
              >
                {column.sortKey ? <SortHeader column={column} sort={sort} onSort={onSort} /> : column.header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={rowKey(row)} {...rowProps?.(row)}>
              {columns.map((column) =>
                column.rowHeader ? (
                  <Table.Th key={column.id} scope="row" ta={column.align} fw="normal">
                    {column.render(row)}
                  </Table.Th>
                ) : (
                  <Table.Td key={column.id} ta={column.align}>
                    {column.render(row)}
                  </Table.Td>
                ),
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {rows.length === 0 && (
        <Text size="sm" py="sm">
          {empty}
        </Text>
      )}
      <Group justify="space-between" align="flex-end" mt="sm" wrap="wrap">
        <Text size="sm" c="gray.7" data-testid="page-count" aria-live="polite">
          {t('pageOf', { page: formatNumber(paging.page), pages: formatNumber(pageCount) })}
          {' · '}
          {t('rows', { count: paging.totalCount, formatted: formatNumber(paging.totalCount) })}
        </Text>
        <Group gap="xs" align="flex-end">
          <Select
            label={t('pageSize')}
            data={PAGE_SIZES.map((size) => ({ value: String(size), label: formatNumber(size) }))}
            value={String(paging.pageSize)}
            onChange={(value) => value && paging.onPageSize(Number(value))}
            allowDeselect={false}
            w={130}
            size="xs"
            data-testid="page-size"
          />
          <Button
            variant="default"
            size="xs"
            disabled={paging.page <= 1}
            onClick={paging.onPrevious}
            data-testid="previous-page"
          >
            {t('previous')}
          </Button>
          <Button
            variant="default"
            size="xs"
            disabled={!paging.hasNextPage}
            onClick={paging.onNext}
            data-testid="next-page"
          >
            {t('next')}
          </Button>
        </Group>
      </Group>
    </div>
  );
}

/**
 * Pages of a keyset connection: the cursor to ask for (`after`) and the page number, forward with
 * the page's `endCursor`, back to the cursors already seen; a new sort or page size starts again.
 */
export function useKeysetPages(initialSize = 20) {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [pageSize, setPageSize] = useState(initialSize);
  const reset = useCallback(() => setCursors([null]), []);
  return {
    after: cursors[cursors.length - 1],
    page: cursors.length,
    pageSize,
    next: (endCursor: string | null | undefined) => {
      if (endCursor) setCursors((seen) => [...seen, endCursor]);
    },
    previous: () => setCursors((seen) => (seen.length > 1 ? seen.slice(0, -1) : seen)),
    setPageSize: (size: number) => {
      setPageSize(size);
      setCursors([null]);
    },
    reset,
  };
}

import { Button, Group, Select, Table, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowsSort, IconArrowUp } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { formatNumber } from '../i18n/format';

/*
 * A dense table sorted and paged by the API: the column headers say how it is sorted (aria-sort) and
 * sort on a click, the footer says "page N sur M" with a choice of page size. Rows and their count
 * come from a connection (`totalCount`, `pageInfo`); `useTableState` keeps the sort and the page in
 * the address and the cursors of the pages already seen, so "previous" goes back without the API
 * paging backwards.
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

/** The cursors of the pages before the current one, kept in the history entry (not in the URL). */
interface PagingState {
  previous?: (string | null)[];
}

/** Names in the address of a table's state. */
const PARAM = { sort: 'tri', direction: 'sens', size: 'taille', after: 'apres', page: 'page' } as const;

/**
 * A table's sort and page in the address, so a view can be bookmarked and "back" returns to the
 * page left: `?tri=&sens=` (the API's sort key and direction), `?taille=` (page size), `?apres=` and
 * `?page=` (the keyset cursor and the page number). The cursors of the pages before are kept in the
 * history entry, for "previous"; a new sort or page size starts again from the first page.
 */
export function useTableState<Key extends string>(
  keys: readonly Key[],
  defaultSort: Sort<Key>,
  defaultSize = 20,
) {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const location = useLocation();
  const previous = (location.state as PagingState | null)?.previous ?? [];
  const asked = params.get(PARAM.sort) as Key | null;
  const sort: Sort<Key> =
    asked && keys.includes(asked)
      ? { key: asked, direction: params.get(PARAM.direction) === 'DESC' ? 'DESC' : 'ASC' }
      : defaultSort;
  const askedSize = Number(params.get(PARAM.size));
  const pageSize = PAGE_SIZES.includes(askedSize) ? askedSize : defaultSize;
  const after = params.get(PARAM.after);
  const page = after ? Math.max(2, Number(params.get(PARAM.page)) || 2) : 1;

  const go = (changes: Partial<Record<keyof typeof PARAM, string | null>>, state: PagingState = {}) => {
    const next = new URLSearchParams(params);
    for (const [name, value] of Object.entries(changes)) {
      const param = PARAM[name as keyof typeof PARAM];
      if (value === null || value === undefined) next.delete(param);
      else next.set(param, value);
    }
    navigate({ search: next.toString() }, { state });
  };
  const firstPage = { after: null, page: null };

  return {
    sort,
    pageSize,
    after,
    page,
    setSort: (next: Sort<Key>) => go({ sort: next.key, direction: next.direction, ...firstPage }),
    setPageSize: (size: number) => go({ size: String(size), ...firstPage }),
    next: (endCursor: string | null | undefined) => {
      if (endCursor) go({ after: endCursor, page: String(page + 1) }, { previous: [...previous, after] });
    },
    previous: () => {
      const stack = previous.slice(0, -1);
      const cursor = previous.at(-1) ?? null;
      go(cursor ? { after: cursor, page: String(page - 1) } : firstPage, { previous: stack });
    },
  };
}

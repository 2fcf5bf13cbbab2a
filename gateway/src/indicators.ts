import type { ApolloServer } from '@apollo/server';
import { Workbook } from 'exceljs';
import type { RequestHandler } from 'express';
import type { GatewayContext } from './datasource';
import {
  FILE_TYPES,
  frenchCsv,
  frenchNumber,
  frenchPeriod,
  refuseParameter,
  runExportQuery,
} from './exports';

/** The indicator lists of `IndicatorSet`, each from the subgraph that owns its domain. */
export const INDICATOR_LISTS = {
  accompaniment: 'supportIndicators',
  households: 'householdIndicators',
  housing: 'housingIndicators',
  financing: 'financingIndicators',
} as const;

const QUERY = `query Indicators($conventionId: ID!, $from: String!, $to: String!) {
  convention(id: $conventionId) { name }
  indicators(conventionId: $conventionId, from: $from, to: $to) {
    ${Object.values(INDICATOR_LISTS)
      .map((list) => `${list} { key label value suppressed }`)
      .join('\n    ')}
  }
}`;

/** One row of the export: the same figures as the GraphQL answer, whatever the format. */
export interface IndicatorRow {
  subgraph: keyof typeof INDICATOR_LISTS;
  key: string;
  label: string;
  value: number | null;
  suppressed: boolean;
}

/** The columns of both files, in French: a French evaluator's spreadsheet reads them as they are. */
export const INDICATOR_COLUMNS = [
  { key: 'subgraph', header: 'Domaine', width: 16 },
  { key: 'key', header: 'Code', width: 34 },
  { key: 'label', header: 'Indicateur', width: 64 },
  { key: 'value', header: 'Valeur', width: 12 },
  { key: 'suppressed', header: 'Masqué (secret statistique)', width: 20 },
] as const;

/** Each subgraph as the domain it answers for. */
const DOMAINS: Record<IndicatorRow['subgraph'], string> = {
  accompaniment: 'Accompagnement',
  households: 'Ménages',
  housing: 'Logement',
  financing: 'Financement',
};

type Format = 'csv' | 'xlsx';

/** What the files say about themselves: the convention and the period. */
interface Heading {
  convention: string;
  from: string;
  to: string;
}

const title = (heading: Heading) => `Indicateurs de la convention « ${heading.convention} »`;
const period = (heading: Heading) => frenchPeriod(heading.from, heading.to);

/**
 * CSV as a French spreadsheet opens it: UTF-8 with a BOM, `;` between fields, a decimal comma,
 * French headers and domains, oui/non. XLSX: a title, the convention, the period, French headers,
 * column widths and a number format, on one sheet.
 */
async function render(format: Format, rows: IndicatorRow[], heading: Heading): Promise<Buffer> {
  const french = rows.map((row) => ({
    ...row,
    subgraph: DOMAINS[row.subgraph],
    suppressed: row.suppressed ? 'oui' : 'non',
  }));
  if (format === 'csv') {
    return frenchCsv(
      french.map((row) => ({ ...row, value: frenchNumber(row.value) })),
      { header: true, columns: INDICATOR_COLUMNS.map(({ key, header }) => ({ key, header })) },
    );
  }
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('Indicateurs');
  sheet.getCell('A1').value = title(heading);
  sheet.getCell('A1').font = { bold: true, size: 14 };
  sheet.getCell('A2').value = period(heading);
  const header = sheet.getRow(4);
  INDICATOR_COLUMNS.forEach(({ header: text, width }, i) => {
    header.getCell(i + 1).value = text;
    header.getCell(i + 1).font = { bold: true };
    sheet.getColumn(i + 1).width = width;
  });
  french.forEach((row, i) => {
    const line = sheet.getRow(5 + i);
    line.values = INDICATOR_COLUMNS.map(({ key }) => row[key]);
    // Thousands separated, decimals only where there are some; the reader's locale draws them.
    line.getCell(4).numFmt = Number.isInteger(row.value ?? 0) ? '#,##0' : '#,##0.0';
  });
  sheet.views = [{ state: 'frozen', ySplit: 4 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * `GET /indicators.<format>?conventionId=…&from=…&to=…`: runs the `indicators` query through this
 * gateway (same token, limits, policy and errors as /graphql) and answers its rows as a file.
 * Refusals are coded JSON errors, shaped like a GraphQL response.
 */
export function indicatorsExport(apollo: ApolloServer<GatewayContext>, format: Format): RequestHandler {
  return async (req, res) => {
    const params = ['conventionId', 'from', 'to'] as const;
    const variables: Record<string, string> = {};
    for (const name of params) {
      const value = req.query[name];
      if (typeof value !== 'string' || value === '') {
        refuseParameter(res, name, `${name} is required, once`);
        return;
      }
      variables[name] = value;
    }
    const data = await runExportQuery(apollo, res, QUERY, variables, ['indicators']);
    if (!data) return;
    const set = data.indicators as Record<string, Omit<IndicatorRow, 'subgraph'>[]>;
    const lists = Object.entries(INDICATOR_LISTS) as [IndicatorRow['subgraph'], string][];
    const rows = lists.flatMap(([subgraph, list]) =>
      set[list].map(({ key, label, value, suppressed }) => ({ subgraph, key, label, value, suppressed })),
    );
    const from = variables.from;
    const to = variables.to;
    const convention = (data.convention as { name: string } | null)?.name ?? variables.conventionId;
    res
      .status(200)
      .type(FILE_TYPES[format])
      .set('content-disposition', `attachment; filename="indicateurs-${from}-${to}.${format}"`)
      .send(await render(format, rows, { convention, from, to }));
  };
}

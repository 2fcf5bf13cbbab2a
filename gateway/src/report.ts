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
import { INDICATOR_LISTS } from './indicators';

/**
 * The annual report of a convention year, for the State services and funders: households by target
 * public, entries and exits, outcomes, measure-months consumed and projected, euros by funder
 * (planned, granted, paid, due), contact frequency, alerts, move-in inspections. One document, built
 * here from one GraphQL query through this gateway (same token, policy and small-count suppression
 * as /graphql), served as JSON for the dashboard's screen and as the files an evaluator downloads.
 */
const QUERY = `query AnnualReport($conventionId: ID!, $year: Int!, $from: String!, $to: String!) {
  convention(id: $conventionId) {
    name startYear endYear
    consumption(year: $year) {
      plannedMeasureMonths consumedMeasureMonths projectedMeasureMonths freePlaces
      unitCostCents plannedCostCents consumedCents projectedCents
      shares {
        funder { name } sharePercent plannedCents grantedCents paidCents dueCents projectedDueCents
        underGranted overPaid
      }
    }
  }
  indicators(conventionId: $conventionId, from: $from, to: $to) {
    ${Object.values(INDICATOR_LISTS)
      .map((list) => `${list} { key label value suppressed }`)
      .join('\n    ')}
  }
}`;

type Cell = string | number | null;
type Format = 'number' | 'decimal' | 'euros' | 'text';

export interface ReportColumn {
  header: string;
  width: number;
  format: Format;
}

/** One section of the report: a sheet of the XLSX, a table on screen. */
export interface ReportSection {
  title: string;
  columns: ReportColumn[];
  rows: Cell[][];
}

export interface AnnualReport {
  convention: string;
  year: number;
  from: string;
  to: string;
  sections: ReportSection[];
}

interface IndicatorAnswer {
  key: string;
  label: string;
  value: number | null;
  suppressed: boolean;
}

interface ConsumptionAnswer {
  plannedMeasureMonths: number;
  consumedMeasureMonths: number;
  projectedMeasureMonths: number;
  freePlaces: number;
  unitCostCents: number;
  plannedCostCents: number;
  consumedCents: number;
  projectedCents: number;
  shares: {
    funder: { name: string };
    sharePercent: number;
    plannedCents: number;
    grantedCents: number | null;
    paidCents: number | null;
    dueCents: number;
    projectedDueCents: number;
    underGranted: boolean;
    overPaid: boolean;
  }[];
}

/** Which section each indicator belongs to, by its list and key; the first that matches. */
const INDICATOR_SECTIONS: { title: string; matches: (list: string, key: string) => boolean }[] = [
  {
    title: 'Ménages accompagnés',
    matches: (list, key) =>
      list === INDICATOR_LISTS.accompaniment &&
      /^(householdsSupported|entries$|exits$|averageDurationDays$|capacityOverrides$)/.test(key),
  },
  { title: 'Issues des accompagnements', matches: (_, key) => key.startsWith('outcome.') },
  { title: 'Fréquence des contacts', matches: (_, key) => key.startsWith('compliance.') },
  { title: 'Alertes', matches: (_, key) => key === 'alerts' || key.startsWith('alerts.') },
  {
    title: 'États des lieux d’entrée',
    matches: (_, key) => key === 'moveInSupportWorkerPresence' || key === 'moveIns',
  },
  { title: 'Demandes et attributions', matches: (list) => list === INDICATOR_LISTS.households },
  { title: 'Loyers et impayés', matches: (list) => list === INDICATOR_LISTS.housing },
  { title: 'Plan et coût par ménage', matches: (list) => list === INDICATOR_LISTS.financing },
];

const INDICATOR_COLUMNS: ReportColumn[] = [
  { header: 'Indicateur', width: 64, format: 'text' },
  { header: 'Valeur', width: 14, format: 'decimal' },
  { header: 'Masqué (secret statistique)', width: 24, format: 'text' },
];

const euros = (cents: number | null) => (cents === null ? null : cents / 100);

/** The sections of the report, in the order an evaluator reads them. */
export function reportSections(
  consumption: ConsumptionAnswer,
  indicators: Record<string, IndicatorAnswer[]>,
): ReportSection[] {
  const grouped = new Map<string, Cell[][]>(INDICATOR_SECTIONS.map(({ title }) => [title, []]));
  grouped.set('Autres indicateurs', []);
  for (const list of Object.values(INDICATOR_LISTS)) {
    for (const { key, label, value, suppressed } of indicators[list] ?? []) {
      // The accompaniment's measure-months are the consumption's, in their own section.
      if (key === 'measureMonths') continue;
      const title = INDICATOR_SECTIONS.find((s) => s.matches(list, key))?.title ?? 'Autres indicateurs';
      grouped.get(title)?.push([label, value, suppressed ? 'oui' : 'non']);
    }
  }
  const measureMonths: ReportSection = {
    title: 'Mois-mesures',
    columns: [
      { header: 'Indicateur', width: 56, format: 'text' },
      { header: 'Valeur', width: 16, format: 'number' },
      { header: 'En euros', width: 16, format: 'euros' },
    ],
    rows: [
      ['Prévus (ménages prévus × 12)', consumption.plannedMeasureMonths, euros(consumption.plannedCostCents)],
      ['Consommés à ce jour', consumption.consumedMeasureMonths, euros(consumption.consumedCents)],
      ['Projetés à la fin de l’année', consumption.projectedMeasureMonths, euros(consumption.projectedCents)],
      ['Coût d’un mois-mesure', null, euros(consumption.unitCostCents)],
      ['Places libres ce mois-ci', consumption.freePlaces, null],
    ],
  };
  const funding: ReportSection = {
    title: 'Financement par financeur',
    columns: [
      { header: 'Financeur', width: 48, format: 'text' },
      { header: 'Part (%)', width: 10, format: 'number' },
      { header: 'Prévu (€)', width: 14, format: 'euros' },
      { header: 'Accordé (€)', width: 14, format: 'euros' },
      { header: 'Versé (€)', width: 14, format: 'euros' },
      { header: 'Dû à ce jour (€)', width: 16, format: 'euros' },
      { header: 'Dû projeté (€)', width: 16, format: 'euros' },
      { header: 'À revoir', width: 36, format: 'text' },
    ],
    rows: consumption.shares.map((share) => [
      share.funder.name,
      share.sharePercent,
      euros(share.plannedCents),
      euros(share.grantedCents),
      euros(share.paidCents),
      euros(share.dueCents),
      euros(share.projectedDueCents),
      [share.underGranted && 'accordé sous le prévu', share.overPaid && 'versé au-delà du dû']
        .filter(Boolean)
        .join(', ') || 'non',
    ]),
  };
  const indicatorSections = [...grouped]
    .filter(([, rows]) => rows.length)
    .map(([title, rows]) => ({ title, columns: INDICATOR_COLUMNS, rows }));
  return [indicatorSections[0], measureMonths, funding, ...indicatorSections.slice(1)].filter(
    (section): section is ReportSection => Boolean(section),
  );
}

/** A cell of the CSV: a number with a decimal comma, text as it is. */
const frenchCell = (value: Cell) => (typeof value === 'string' ? value : frenchNumber(value));
const NUMBER_FORMATS: Record<Format, string | undefined> = {
  number: '#,##0',
  decimal: '#,##0.0',
  euros: '#,##0.00 "€"',
  text: undefined,
};

/**
 * CSV: one line per figure (section, row, column, value), UTF-8 with a BOM, `;`, a decimal comma.
 * XLSX: one sheet per section, each with the title, the convention, the period, French headers,
 * column widths and number formats.
 */
async function render(format: 'csv' | 'xlsx', report: AnnualReport): Promise<Buffer> {
  if (format === 'csv') {
    const lines = report.sections.flatMap((section) =>
      section.rows.flatMap((row) =>
        section.columns
          .slice(1)
          .flatMap((column, i) =>
            column.header.startsWith('Masqué')
              ? []
              : [[section.title, String(row[0]), column.header, frenchCell(row[i + 1])]],
          ),
      ),
    );
    return frenchCsv([['Section', 'Ligne', 'Colonne', 'Valeur'], ...lines]);
  }
  const workbook = new Workbook();
  for (const section of report.sections) {
    // Sheet names are at most 31 characters, without some punctuation.
    const sheet = workbook.addWorksheet(section.title.replace(/[\\/?*[\]:']/g, ' ').slice(0, 31));
    sheet.getCell('A1').value = `Rapport annuel ${report.year} de la convention « ${report.convention} »`;
    sheet.getCell('A1').font = { bold: true, size: 14 };
    sheet.getCell('A2').value = `${frenchPeriod(report.from, report.to)} — ${section.title}`;
    const header = sheet.getRow(4);
    section.columns.forEach(({ header: text, width, format }, i) => {
      header.getCell(i + 1).value = text;
      header.getCell(i + 1).font = { bold: true };
      const column = sheet.getColumn(i + 1);
      column.width = width;
      if (NUMBER_FORMATS[format]) column.numFmt = NUMBER_FORMATS[format] as string;
    });
    section.rows.forEach((row, i) => {
      sheet.getRow(5 + i).values = row;
    });
    sheet.views = [{ state: 'frozen', ySplit: 4 }];
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * `GET /report.<json|csv|xlsx>?conventionId=…&year=…`: the annual report of one of the convention's
 * years. Refusals are coded JSON errors, shaped like a GraphQL response.
 */
export function annualReportExport(
  apollo: ApolloServer<GatewayContext>,
  format: keyof typeof FILE_TYPES,
): RequestHandler {
  return async (req, res) => {
    const { conventionId, year } = req.query;
    if (typeof conventionId !== 'string' || conventionId === '') {
      refuseParameter(res, 'conventionId', 'conventionId is required, once');
      return;
    }
    if (typeof year !== 'string' || !/^\d{4}$/.test(year)) {
      refuseParameter(res, 'year', 'year must be a year YYYY');
      return;
    }
    const variables = { conventionId, year: Number(year), from: `${year}-01-01`, to: `${year}-12-31` };
    const data = (await runExportQuery(apollo, res, QUERY, variables, ['convention', 'indicators'])) as
      | {
          convention: { name: string; consumption: ConsumptionAnswer };
          indicators: Record<string, IndicatorAnswer[]>;
        }
      | undefined;
    if (!data) return;
    const report: AnnualReport = {
      convention: data.convention.name,
      year: variables.year,
      from: variables.from,
      to: variables.to,
      sections: reportSections(data.convention.consumption, data.indicators),
    };
    res.status(200).type(FILE_TYPES[format]);
    if (format === 'json') {
      res.json(report);
      return;
    }
    res
      .set('content-disposition', `attachment; filename="rapport-annuel-${year}.${format}"`)
      .send(await render(format, report));
  };
}

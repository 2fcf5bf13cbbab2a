import type { ApolloServer } from '@apollo/server';
import { ErrorCode } from '@ash/kit';
import { stringify } from 'csv-stringify/sync';
import { Workbook } from 'exceljs';
import type { RequestHandler } from 'express';
import type { GatewayContext } from './datasource';
import { errorBody } from './errors';
import { actorOf } from './http';
import { traceOf } from './log';

/** The indicator lists of `IndicatorSet`, each from the subgraph that owns its domain. */
export const INDICATOR_LISTS = {
  accompaniment: 'supportIndicators',
  households: 'householdIndicators',
  housing: 'housingIndicators',
  financing: 'financingIndicators',
} as const;

const QUERY = `query Indicators($conventionId: ID!, $from: String!, $to: String!) {
  indicators(conventionId: $conventionId, from: $from, to: $to) {
    ${Object.values(INDICATOR_LISTS)
      .map((list) => `${list} { key label value suppressed }`)
      .join('\n    ')}
  }
}`;

/** One row of the export: the same figures as the GraphQL answer, whatever the format. */
export interface IndicatorRow {
  subgraph: string;
  key: string;
  label: string;
  value: number | null;
  suppressed: boolean;
}

export const INDICATOR_COLUMNS = ['subgraph', 'key', 'label', 'value', 'suppressed'] as const;

const STATUS: Record<string, number> = {
  [ErrorCode.BadUserInput]: 400,
  [ErrorCode.Unauthenticated]: 401,
  [ErrorCode.Forbidden]: 403,
  [ErrorCode.NotFound]: 404,
};

type Format = 'csv' | 'xlsx';

async function render(format: Format, rows: IndicatorRow[]): Promise<Buffer> {
  if (format === 'csv') {
    return Buffer.from(
      stringify(
        rows.map((row) => ({ ...row, value: row.value ?? '' })),
        { header: true, columns: [...INDICATOR_COLUMNS], cast: { boolean: (b) => String(b) } },
      ),
      'utf8',
    );
  }
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('Indicateurs');
  sheet.columns = INDICATOR_COLUMNS.map((key) => ({ header: key, key }));
  sheet.addRows(rows);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const CONTENT_TYPE: Record<Format, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * `GET /indicators.<format>?conventionId=…&from=…&to=…`: runs the `indicators` query through this
 * gateway (same token, limits, policy and errors as /graphql) and answers its rows as a file.
 * Refusals are coded JSON errors, shaped like a GraphQL response.
 */
export function indicatorsExport(apollo: ApolloServer<GatewayContext>, format: Format): RequestHandler {
  return async (req, res) => {
    let actor: ReturnType<typeof actorOf>;
    try {
      actor = actorOf(res);
    } catch {
      res.status(401).json(errorBody(ErrorCode.Unauthenticated, 'Authentication required'));
      return;
    }
    const params = ['conventionId', 'from', 'to'] as const;
    const variables: Record<string, string> = {};
    for (const name of params) {
      const value = req.query[name];
      if (typeof value !== 'string' || value === '') {
        res
          .status(400)
          .json(errorBody(ErrorCode.BadUserInput, `${name} is required, once`, { argument: name }));
        return;
      }
      variables[name] = value;
    }
    const response = await apollo.executeOperation(
      { query: QUERY, variables },
      { contextValue: { actor, requestId: traceOf(res).requestId, trace: traceOf(res) } },
    );
    const result = response.body.kind === 'single' ? response.body.singleResult : undefined;
    const error = result?.errors?.[0];
    if (!result?.data?.indicators || error) {
      const code = (error?.extensions?.code as string | undefined) ?? ErrorCode.Internal;
      res
        .status(STATUS[code] ?? 500)
        .json({ errors: result?.errors ?? errorBody(code, 'Internal server error').errors });
      return;
    }
    const set = result.data.indicators as Record<string, Omit<IndicatorRow, 'subgraph'>[]>;
    const rows = Object.entries(INDICATOR_LISTS).flatMap(([subgraph, list]) =>
      set[list].map(({ key, label, value, suppressed }) => ({ subgraph, key, label, value, suppressed })),
    );
    const from = variables.from;
    const to = variables.to;
    res
      .status(200)
      .type(CONTENT_TYPE[format])
      .set('content-disposition', `attachment; filename="indicateurs-${from}-${to}.${format}"`)
      .send(await render(format, rows));
  };
}

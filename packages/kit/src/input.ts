import type { ApolloServerPlugin } from '@apollo/server';
import { type DocumentNode, GraphQLScalarType, Kind, visit } from 'graphql';
import { addYears, type Calendar, type IsoDate, isIsoDate } from './calendar';
import { BadUserInputError } from './errors';

/** Whether a value (a string, or strings inside arrays and objects) holds a NUL character. */
function holdsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 32 || value === null || typeof value !== 'object') return false;
  return Object.values(value as Record<string, unknown>).some((v) => holdsNul(v, depth + 1));
}

function literalHoldsNul(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    [Kind.STRING]: (node) => {
      if (node.value.includes('\u0000')) found = true;
    },
  });
  return found;
}

/**
 * Refuses, with HTTP 400 and BAD_USER_INPUT before any resolver runs, a request that names no
 * operation of its document (an unknown `operationName`, or several operations and none named), and
 * one whose variables or literals hold a NUL character (`\u0000`): no text of the domain has one, and
 * PostgreSQL cannot store it (the driver's message would be refused as a protocol violation).
 */
export function refuseMalformedRequests<C extends object>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation }) {
          if (!operation) {
            throw new BadUserInputError(
              request.operationName
                ? `The document has no operation named ${JSON.stringify(request.operationName).slice(0, 80)}`
                : 'The document has several operations: name the one to run (operationName)',
              { reason: 'OPERATION_NOT_FOUND', http: { status: 400 } },
            );
          }
          if (holdsNul(request.variables) || literalHoldsNul(document)) {
            throw new BadUserInputError('Text may not contain the NUL character (\\u0000)', {
              reason: 'NUL_CHARACTER',
              http: { status: 400 },
            });
          }
        },
      };
    },
  };
}

/** The earliest and latest dates any date of the domain may take (birth dates to plans). */
export const EARLIEST_DATE = '1900-01-01';
export const LATEST_DATE = '2100-12-31';

function toLocalDate(value: unknown): string {
  if (!isIsoDate(value) || value < EARLIEST_DATE || value > LATEST_DATE) {
    throw new BadUserInputError(
      `A date is a real day YYYY-MM-DD from ${EARLIEST_DATE} to ${LATEST_DATE}: ${JSON.stringify(value)?.slice(0, 40)}`,
      { reason: 'INVALID_DATE' },
    );
  }
  return value;
}

/**
 * The `LocalDate` scalar of every subgraph: a calendar day `YYYY-MM-DD` that exists (not 2027-02-30)
 * and is plausible (1900 to 2100), or BAD_USER_INPUT. Rules relative to today (not in the future,
 * within five years) are the services'.
 */
export const LocalDate = new GraphQLScalarType<string, string>({
  name: 'LocalDate',
  description: `A calendar day, YYYY-MM-DD, from ${EARLIEST_DATE} to ${LATEST_DATE}`,
  serialize: (value) => {
    if (typeof value === 'string' && isIsoDate(value)) return value;
    throw new TypeError(`LocalDate cannot represent ${String(value)}`);
  },
  parseValue: toLocalDate,
  parseLiteral: (ast) => toLocalDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

/**
 * BAD_USER_INPUT unless `date` is at most `yearsBefore` years before today and `yearsAfter` after
 * (the agency's today), e.g. a commission session within five years.
 */
export function checkDateWithin(
  calendar: Calendar,
  field: string,
  date: IsoDate,
  { yearsBefore, yearsAfter }: { yearsBefore: number; yearsAfter: number },
): void {
  const today = calendar.today();
  if (date < addYears(today, -yearsBefore) || date > addYears(today, yearsAfter)) {
    throw new BadUserInputError(
      `${field} must be within ${yearsBefore} years before and ${yearsAfter} after today (${today})`,
      { field, reason: 'DATE_OUT_OF_RANGE' },
    );
  }
}

import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  type FragmentDefinitionNode,
  getNullableType,
  isListType,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { type ComplexityEstimator, getComplexity } from 'graphql-query-complexity';
import type { QueryLimits } from './config';
import { LimitReason, QueryLimitError } from './errors';

/**
 * Apollo options that refuse hostile queries at the gateway, before a query plan reaches any
 * subgraph: validation rules (depth, aliases, directives: graphql-armor; root fields: ours) and a
 * plugin (largest `first`, estimated cost: graphql-query-complexity, which needs the variables).
 * The token limit is graphql-js's own `parseOptions.maxTokens`.
 */
export function queryLimits(limits: QueryLimits): {
  validationRules: ValidationRule[];
  plugin: ApolloServerPlugin;
  parseOptions: { maxTokens: number };
} {
  const { validationRules } = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, flattenFragments: true, ...refuseWith(LimitReason.MaxDepth) },
    maxAliases: { n: limits.maxAliases, ...refuseWith(LimitReason.MaxAliases) },
    maxDirectives: { n: limits.maxDirectives, ...refuseWith(LimitReason.MaxDirectives) },
    // armor's Apollo token plugin throws while parsing, which Apollo answers with a 500.
    maxTokens: { enabled: false },
    // armor's cost reads only literal `first` values; graphql-query-complexity sees variables.
    costLimit: { enabled: false },
    // Suggestions are removed by formatGatewayError, from every error and only in production.
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return {
    validationRules: [...validationRules, maxRootFieldsRule(limits.maxRootFields)],
    plugin: sizeAndCostPlugin(limits),
    parseOptions: { maxTokens: limits.maxTokens },
  };
}

type ArmorCallbacks = Pick<
  NonNullable<NonNullable<ConstructorParameters<typeof ApolloArmor>[0]>['maxDepth']>,
  'propagateOnRejection' | 'onReject'
>;

/** armor reports "Syntax Error: …" without a code: report a coded QueryLimitError instead. */
function refuseWith(reason: LimitReason): ArmorCallbacks {
  return {
    propagateOnRejection: false,
    onReject: [
      (context, error) =>
        context?.reportError(new QueryLimitError(reason, error.message.replace(/^Syntax Error: /, ''))),
    ],
  };
}

function maxRootFieldsRule(max: number): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const found = countFields(operation.selectionSet, context, new Set());
      if (found > max) {
        context.reportError(
          new QueryLimitError(
            LimitReason.MaxRootFields,
            `Root fields limit of ${max} exceeded, found ${found}.`,
          ),
        );
      }
    },
  });
}

/** Fields of one selection set, through its fragments (each counted once); `__typename` is free. */
function countFields(selectionSet: SelectionSetNode, context: ValidationContext, seen: Set<string>): number {
  let found = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value !== '__typename') found++;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      found += countFields(selection.selectionSet, context, seen);
    } else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment: FragmentDefinitionNode | null | undefined = context.getFragment(selection.name.value);
      if (fragment) found += countFields(fragment.selectionSet, context, seen);
    }
  }
  return found;
}

// graphql-query-complexity's message when a query expands (through fragments) past maxQueryNodes.
const TOO_MANY_NODES = 'maximum allowed number of nodes';

function sizeAndCostPlugin(limits: QueryLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        // After validation, before execution: the gateway has not planned or fetched anything yet.
        async didResolveOperation({ schema, document, request, operationName }) {
          let largestFirst = 0;
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: document,
              variables: request.variables,
              operationName: operationName ?? undefined,
              estimators: [
                listSizeEstimator(limits.defaultListSize, (first) => {
                  largestFirst = Math.max(largestFirst, first);
                }),
              ],
            });
          } catch (error) {
            if (error instanceof Error && error.message.includes(TOO_MANY_NODES)) {
              throw new QueryLimitError(LimitReason.MaxCost, 'The query expands to too many fields.');
            }
            return; // variables that do not fit their types: execution answers them as usual
          }
          if (largestFirst > limits.maxFirst) {
            throw new QueryLimitError(
              LimitReason.MaxFirst,
              `first may be at most ${limits.maxFirst}, found ${largestFirst}.`,
            );
          }
          if (cost > limits.maxCost) {
            throw new QueryLimitError(
              LimitReason.MaxCost,
              `Query cost limit of ${limits.maxCost} exceeded, estimated ${cost}.`,
            );
          }
        },
      };
    },
  };
}

/**
 * Each field costs 1 plus its children's cost times its list size: its `first` argument (or
 * `defaultListSize` when not given), or `defaultListSize` for a list without `first`. A
 * connection's `edges` do not multiply again: their connection field already counted `first`.
 * Introspection is answered by the gateway itself and costs nothing.
 */
export function listSizeEstimator(
  defaultListSize: number,
  sawFirst: (first: number) => void,
): ComplexityEstimator {
  return ({ type, field, args, childComplexity }) => {
    if (field.name.startsWith('__') || type.name.startsWith('__')) return 0;
    let size = 1;
    if (field.args.some((arg) => arg.name === 'first')) {
      if (typeof args.first === 'number') sawFirst(args.first);
      size = typeof args.first === 'number' ? Math.max(args.first, 0) : defaultListSize;
    } else if (isListType(getNullableType(field.type)) && !isConnectionEdges(type.name, field.name)) {
      size = defaultListSize;
    }
    return 1 + size * childComplexity;
  };
}

function isConnectionEdges(typeName: string, fieldName: string): boolean {
  return fieldName === 'edges' && typeName.endsWith('Connection');
}

import { buildSubgraphSchema, printSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import type { GraphQLSchema } from 'graphql';
import gql from 'graphql-tag';
import { type BuildSchemaOptions, buildSchema, createResolversMap } from 'type-graphql';
import { protectSchema, type SubgraphPolicy } from './policy';

const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible"])';

export interface SubgraphOptions {
  resolvers: BuildSchemaOptions['resolvers'];
  orphanedTypes?: BuildSchemaOptions['orphanedTypes'];
  /** `__resolveReference` (and other extra resolvers) per type name. */
  // biome-ignore lint/suspicious/noExplicitAny: resolver maps are untyped by nature
  referenceResolvers?: Record<string, Record<string, (...args: any[]) => unknown>>;
  authChecker?: BuildSchemaOptions['authChecker'];
  /** Who may read each type and field and call each mutation; it must cover the whole schema. */
  policy: SubgraphPolicy;
}

/**
 * The one way every subgraph builds its schema: type-graphql classes, printed with their
 * federation directives, rebuilt by `@apollo/subgraph` so `_entities` and `_service` exist, then
 * protected by the subgraph's access policy (refused at start-up if it leaves a field undeclared).
 */
export async function buildFederatedSchema(options: SubgraphOptions): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes,
    authChecker: options.authChecker,
    validate: { forbidUnknownValues: false },
    skipCheck: true,
  });
  const typeDefs = gql`${FEDERATION_LINK}\n${printSchemaWithDirectives(schema)}`;
  const resolvers = createResolversMap(schema) as GraphQLResolverMap<unknown>;
  for (const [typeName, extra] of Object.entries(options.referenceResolvers ?? {})) {
    resolvers[typeName] = {
      ...(resolvers[typeName] as object),
      ...extra,
    } as GraphQLResolverMap<unknown>[string];
  }
  return protectSchema(buildSubgraphSchema({ typeDefs, resolvers }), options.policy);
}

/** The SDL a subgraph publishes (what `_service { sdl }` returns and composition reads). */
export function printSubgraphSdl(schema: GraphQLSchema): string {
  return `${printSubgraphSchema(schema).trim()}\n`;
}

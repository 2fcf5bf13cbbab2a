import { MapperKind, mapSchema } from '@graphql-tools/utils';
import {
  defaultFieldResolver,
  type GraphQLField,
  type GraphQLFieldResolver,
  GraphQLObjectType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  getNamedType,
  isNonNullType,
  isObjectType,
  isUnionType,
} from 'graphql';
import { type Actor, ROLES, Role } from './actor';
import { auditRead } from './audit';
import { ForbiddenError, NotFoundError, UnauthenticatedError } from './errors';

/*
 * One declared access policy per subgraph: who may read each type and field, and who may call each
 * mutation. `protectSchema` checks at start-up that it covers the whole schema, then wraps every field
 * resolver of the final subgraph schema, so the same rule applies whatever the entry point: a root
 * query, a mutation's result, or an entity reached through `_entities`.
 */

/**
 * A role allowed on the rows that pass a predicate only (e.g. the households of a caseload). The
 * predicate may read the caller and non-sensitive facts of the row, never the value it protects: a
 * rule that refuses some rows by the value of their own protected field tells that value to whoever
 * sees which rows are refused. The start-up check holds it to the fields it declares it reads.
 */
export interface ConditionalGrant {
  role: Role;
  /** The condition in words, for the access-policy document. */
  condition: string;
  /** The fields of the row the predicate reads (none of them sensitive, nor the guarded field). */
  reads: readonly string[];
  /** `parent` is the object whose field is read. */
  when: (actor: Actor, parent: unknown) => boolean;
}

export type Grant = Role | ConditionalGrant;

/**
 * Who may read: roles, some under a condition on the row. INTEGRATOR reads only with the subgraph's
 * read scope (`housing:read`…), and never a sensitive field.
 */
export type Rule = readonly Grant[];

export interface FieldRule {
  read: Rule;
  /** Justice, health, social or debt details: never for integrators; the audit trail records reads. */
  sensitive?: boolean;
}

export interface TypePolicy {
  /** Who may read the type at all; each field narrows it further. */
  read: Rule;
  /** Every field of the type, each declared (the start-up check refuses an undeclared one). */
  fields: Readonly<Record<string, Rule | FieldRule>>;
}

export interface SubgraphPolicy {
  subgraph: string;
  /** The token scope that lets an INTEGRATOR read this subgraph, e.g. `housing:read`. */
  scope: string;
  /** Every object type of the subgraph schema, `Query` included. */
  types: Readonly<Record<string, TypePolicy>>;
  /** Every mutation, with the roles that may call it. */
  mutations: Readonly<Record<string, readonly Role[]>>;
}

/**
 * A role allowed only when `predicate` holds for the row (`condition` says it in words); `reads`
 * names the fields of the row the predicate looks at.
 */
export function when<P>(
  role: Role,
  condition: string,
  reads: readonly string[],
  predicate: (actor: Actor, parent: P) => boolean,
): ConditionalGrant {
  return { role, condition, reads, when: predicate as ConditionalGrant['when'] };
}

/** A field only `rule` may read, marked sensitive. */
export function sensitive(rule: Rule): FieldRule {
  return { read: rule, sensitive: true };
}

/** The same rule for several fields: `{ ...fields(READERS, 'id', 'name') }`. */
export function fields(rule: Rule | FieldRule, ...names: string[]): Record<string, Rule | FieldRule> {
  return Object.fromEntries(names.map((name) => [name, rule]));
}

// Federation internals: not data, never declared.
const INTERNAL_TYPES = new Set(['_Service']);
const INTERNAL_QUERY_FIELDS = new Set(['_service', '_entities']);

const grantRole = (grant: Grant): Role => (typeof grant === 'string' ? grant : grant.role);
const fieldRule = (field: Rule | FieldRule): FieldRule =>
  Array.isArray(field) ? { read: field as Rule } : (field as FieldRule);

/** Access of one role to one field, everything combined. */
export type Access = { kind: 'none' } | { kind: 'full' } | { kind: 'conditional'; conditions: string[] };

/** What a rule alone grants one role. */
export function ruleAccess(rule: Rule, role: Role): Access {
  const grants = rule.filter((grant) => grantRole(grant) === role);
  if (grants.length === 0) return { kind: 'none' };
  if (grants.some((grant) => typeof grant === 'string')) return { kind: 'full' };
  return { kind: 'conditional', conditions: (grants as ConditionalGrant[]).map((g) => g.condition) };
}

/** The roles a rule admits, under a condition or not. */
export function rolesOf(rule: Rule): Role[] {
  return [...new Set(rule.map(grantRole))];
}

function both(a: Access, b: Access): Access {
  if (a.kind === 'none' || b.kind === 'none') return { kind: 'none' };
  const conditions = [
    ...(a.kind === 'conditional' ? a.conditions : []),
    ...(b.kind === 'conditional' ? b.conditions : []),
  ];
  return conditions.length ? { kind: 'conditional', conditions } : { kind: 'full' };
}

/** The type a field returns, when it is an object type of the policy (its own read rule applies too). */
function returnedType(schema: GraphQLSchema, field: GraphQLField<unknown, unknown>, policy: SubgraphPolicy) {
  const named = getNamedType(field.type);
  return isObjectType(named) && schema.getType(named.name) === named && policy.types[named.name]
    ? named.name
    : undefined;
}

const isRoot = (typeName: string) => typeName === 'Query' || typeName === 'Mutation';

/** What every role may do with `Type.field`: the type's rule, the field's, and the returned type's. */
export function fieldAccess(
  schema: GraphQLSchema,
  policy: SubgraphPolicy,
  typeName: string,
  fieldName: string,
): Record<Role, Access> {
  const type = schema.getType(typeName) as GraphQLObjectType;
  const field = type.getFields()[fieldName];
  const target = returnedType(schema, field, policy);
  const result = {} as Record<Role, Access>;
  for (const role of ROLES) {
    let access: Access;
    if (typeName === 'Mutation') {
      access = policy.mutations[fieldName]?.includes(role) ? { kind: 'full' } : { kind: 'none' };
    } else {
      const declared = fieldRule(policy.types[typeName].fields[fieldName]);
      access = both(ruleAccess(policy.types[typeName].read, role), ruleAccess(declared.read, role));
      if (declared.sensitive && role === Role.Integrator) access = { kind: 'none' };
    }
    // The returned type's own condition is checked on its fields, once the row is known.
    if (target && ruleAccess(policy.types[target].read, role).kind === 'none') access = { kind: 'none' };
    result[role] = access;
  }
  return result;
}

/** The object types and fields of the schema that the policy does not declare (`Type` or `Type.field`). */
export function undeclaredFields(schema: GraphQLSchema, policy: SubgraphPolicy): string[] {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || INTERNAL_TYPES.has(type.name)) continue;
    for (const name of Object.keys(type.getFields())) {
      if (type.name === 'Query' && INTERNAL_QUERY_FIELDS.has(name)) continue;
      if (type.name === 'Mutation') {
        if (!policy.mutations[name]) missing.push(`Mutation.${name}`);
        continue;
      }
      const declared = policy.types[type.name];
      if (!declared) {
        missing.push(type.name);
        break;
      }
      if (!declared.fields[name]) missing.push(`${type.name}.${name}`);
    }
  }
  return missing;
}

/** Entity types of a subgraph schema (those `_entities` may return). */
function entityTypes(schema: GraphQLSchema): Set<string> {
  const union = schema.getType('_Entity');
  return new Set(isUnionType(union) ? union.getTypes().map((t) => t.name) : []);
}

/** The entity types of a subgraph schema (those `_entities` resolves), e.g. to test them all. */
export function entityTypeNames(schema: GraphQLSchema): string[] {
  return [...entityTypes(schema)];
}

/**
 * Every reason to refuse the policy at start-up: undeclared or unknown types and fields, a sensitive
 * field granted to integrators, an entity key some reader of its type may not read, a non-null field
 * some reader of its parent may not read (its null would wipe out the parent), a mutation whose
 * callers may not read what it returns. Root fields may stay non-null: refused, they are the answer.
 */
export function policyProblems(schema: GraphQLSchema, policy: SubgraphPolicy): string[] {
  const problems = undeclaredFields(schema, policy).map((name) => `${name} is not declared`);
  for (const [typeName, declared] of Object.entries(policy.types)) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) {
      problems.push(`${typeName} is declared but is not an object type of the schema`);
      continue;
    }
    const schemaFields = type.getFields();
    for (const [fieldName, rule] of Object.entries(declared.fields)) {
      if (!schemaFields[fieldName]) {
        problems.push(`${typeName}.${fieldName} is declared but not in the schema`);
        continue;
      }
      if (fieldRule(rule).sensitive && fieldRule(rule).read.some((g) => grantRole(g) === Role.Integrator)) {
        problems.push(`${typeName}.${fieldName} is sensitive but granted to INTEGRATOR`);
      }
    }
  }
  for (const name of Object.keys(policy.mutations)) {
    if (!schema.getMutationType()?.getFields()[name])
      problems.push(`Mutation.${name} is declared but not in the schema`);
  }
  problems.push(...disclosingGrants(policy));
  if (problems.length) return problems;

  const entities = entityTypes(schema);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || INTERNAL_TYPES.has(type.name)) continue;
    for (const [fieldName, field] of Object.entries(type.getFields())) {
      if (type.name === 'Query' && INTERNAL_QUERY_FIELDS.has(fieldName)) continue;
      const access = fieldAccess(schema, policy, type.name, fieldName);
      if (type.name === 'Mutation') {
        const target = returnedType(schema, field, policy);
        for (const role of policy.mutations[fieldName]) {
          if (target && access[role].kind === 'none')
            problems.push(`Mutation.${fieldName}: ${role} may call it but not read its ${target}`);
        }
        continue;
      }
      if (isRoot(type.name)) continue;
      const readers = policy.types[type.name].read.map(grantRole);
      const partial = readers.filter((role) => access[role].kind !== 'full');
      if (partial.length === 0) continue;
      if (fieldName === 'id' && entities.has(type.name)) {
        problems.push(
          `${type.name}.id is the entity key: every reader of ${type.name} must read it (${partial.join(', ')} may not)`,
        );
      } else if (isNonNullType(field.type)) {
        problems.push(
          `${type.name}.${fieldName} must be nullable: ${partial.join(', ')} may read ${type.name} but not always this field`,
        );
      }
    }
  }
  return problems;
}

/**
 * Conditional grants whose condition reads the value they protect, or another sensitive field of the
 * row: their answers (refused on some rows, allowed on others) would disclose it.
 */
function disclosingGrants(policy: SubgraphPolicy): string[] {
  const problems: string[] = [];
  for (const [typeName, declared] of Object.entries(policy.types)) {
    const sensitiveHere = new Set(
      Object.entries(declared.fields)
        .filter(([, rule]) => fieldRule(rule).sensitive)
        .map(([name]) => name),
    );
    const check = (where: string, rule: Rule, guarded?: string) => {
      for (const grant of rule) {
        if (typeof grant === 'string') continue;
        for (const read of grant.reads) {
          if (read === guarded)
            problems.push(`${where}: the ${grant.role} grant depends on ${read}, the value it protects`);
          else if (sensitiveHere.has(read))
            problems.push(`${where}: the ${grant.role} grant depends on ${read}, a sensitive field`);
        }
      }
    };
    check(typeName, declared.read);
    for (const [fieldName, rule] of Object.entries(declared.fields))
      check(`${typeName}.${fieldName}`, fieldRule(rule).read, fieldName);
  }
  return problems;
}

function mayRead(rule: Rule, actor: Actor, scope: string, parent: unknown, sensitiveField = false): boolean {
  if (actor.role === Role.Integrator && (sensitiveField || !actor.scopes.includes(scope))) return false;
  return rule.some(
    (grant) => grantRole(grant) === actor.role && (typeof grant === 'string' || grant.when(actor, parent)),
  );
}

/** May the actor read any row of the type (conditions are checked on its fields)? */
function mayReadType(rule: Rule, actor: Actor, scope: string): boolean {
  if (actor.role === Role.Integrator && !actor.scopes.includes(scope)) return false;
  return rule.some((grant) => grantRole(grant) === actor.role);
}

/** Whether `actor` may read `Type.field` of `parent` under `policy` (for filters that would reveal it). */
export function mayReadField(
  policy: SubgraphPolicy,
  actor: Actor,
  typeName: string,
  fieldName: string,
  parent: unknown,
): boolean {
  const type = policy.types[typeName];
  const field = type?.fields[fieldName];
  if (!field) return false;
  const rule = fieldRule(field);
  return (
    mayRead(type.read, actor, policy.scope, parent) &&
    mayRead(rule.read, actor, policy.scope, parent, rule.sensitive)
  );
}

/** `Type.field` of every sensitive field of the policy. */
export function sensitiveFields(policy: SubgraphPolicy): string[] {
  return Object.entries(policy.types).flatMap(([typeName, type]) =>
    Object.entries(type.fields)
      .filter(([, rule]) => fieldRule(rule).sensitive)
      .map(([fieldName]) => `${typeName}.${fieldName}`),
  );
}

/** What a protected schema records on each field (`field.extensions.access`), e.g. for the audit trail. */
export interface FieldAccessExtension {
  sensitive: boolean;
}

/** Whether the field being resolved is sensitive (read from the protected schema). */
export function isSensitiveField(info: Pick<GraphQLResolveInfo, 'parentType' | 'fieldName'>): boolean {
  const extension = info.parentType.getFields()[info.fieldName]?.extensions?.access as
    | FieldAccessExtension
    | undefined;
  return extension?.sensitive === true;
}

function callerOf(context: unknown): Actor {
  const actor = (context as { actor?: Actor } | undefined)?.actor;
  if (!actor) throw new UnauthenticatedError();
  return actor;
}

/**
 * Checks the policy against the schema (throws at start-up on any problem), then wraps every field
 * resolver, and every entity's `__resolveReference`, with the policy's checks. A refused field
 * answers FORBIDDEN (and null); a refused entity is FORBIDDEN before anything is loaded.
 */
export function protectSchema(schema: GraphQLSchema, policy: SubgraphPolicy): GraphQLSchema {
  const problems = policyProblems(schema, policy);
  if (problems.length) {
    throw new Error(
      `Access policy of ${policy.subgraph} does not fit its schema:\n- ${problems.join('\n- ')}`,
    );
  }
  const entities = entityTypes(schema);
  return mapSchema(schema, {
    [MapperKind.OBJECT_TYPE]: (type) => {
      if (!entities.has(type.name)) return type;
      const config = type.toConfig();
      const subgraph = (config.extensions as { apollo?: { subgraph?: Record<string, unknown> } }).apollo
        ?.subgraph;
      const resolveReference = (subgraph?.resolveReference ?? ((ref: unknown) => ref)) as (
        ref: unknown,
        context: unknown,
        info: GraphQLResolveInfo,
      ) => unknown;
      const read = policy.types[type.name].read;
      return new GraphQLObjectType({
        ...config,
        extensions: {
          ...config.extensions,
          apollo: {
            ...(config.extensions as { apollo?: object }).apollo,
            subgraph: {
              ...subgraph,
              // Async: a refused representation fails alone, not the whole `_entities` list. One
              // that does not resolve (unknown, out of the actor's reach) is NOT_FOUND, so the
              // gateway nulls the field that referenced it with an error at its path.
              resolveReference: async (ref: unknown, context: unknown, info: GraphQLResolveInfo) => {
                if (!mayReadType(read, callerOf(context), policy.scope)) {
                  throw new ForbiddenError(`Your role may not read ${type.name}`);
                }
                const found = await resolveReference(ref, context, info);
                if (found === null || found === undefined) {
                  throw new NotFoundError(type.name, String((ref as { id?: unknown }).id ?? ''));
                }
                return found;
              },
            },
          },
        },
      });
    },
    [MapperKind.OBJECT_FIELD]: (fieldConfig, fieldName, typeName) => {
      if (INTERNAL_TYPES.has(typeName) || (typeName === 'Query' && INTERNAL_QUERY_FIELDS.has(fieldName))) {
        return fieldConfig;
      }
      const resolve = (fieldConfig.resolve ?? defaultFieldResolver) as GraphQLFieldResolver<unknown, unknown>;
      const named = getNamedType(fieldConfig.type);
      const target = isObjectType(named) ? policy.types[named.name] : undefined;
      let allowed: (actor: Actor, parent: unknown) => boolean;
      let isSensitive = false;
      let refusal = `Your role may not read ${typeName}.${fieldName}`;
      if (typeName === 'Mutation') {
        refusal = `Your role may not call ${fieldName}`;
        const roles = policy.mutations[fieldName];
        allowed = (actor) => roles.includes(actor.role);
      } else {
        const typeRule = policy.types[typeName].read;
        const rule = fieldRule(policy.types[typeName].fields[fieldName]);
        isSensitive = rule.sensitive === true;
        allowed = (actor, parent) =>
          mayRead(typeRule, actor, policy.scope, parent) &&
          mayRead(rule.read, actor, policy.scope, parent, isSensitive);
      }
      const wrapped: GraphQLFieldResolver<unknown, unknown> = (parent, args, context, info) => {
        const actor = callerOf(context);
        if (!allowed(actor, parent)) throw new ForbiddenError(refusal);
        if (target && !mayReadType(target.read, actor, policy.scope)) {
          throw new ForbiddenError(`Your role may not read ${named.name}`);
        }
        // Every read of a sensitive field goes to the audit trail (once per entity and field a request).
        if (isSensitive) auditRead(typeName, (parent as { id?: string } | null)?.id, fieldName);
        return resolve(parent, args, context, info);
      };
      return {
        ...fieldConfig,
        resolve: wrapped,
        extensions: {
          ...fieldConfig.extensions,
          access: { sensitive: isSensitive } satisfies FieldAccessExtension,
        },
      };
    },
  });
}

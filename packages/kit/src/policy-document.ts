import { type GraphQLObjectType, type GraphQLSchema, isObjectType } from 'graphql';
import { ROLES, Role } from './actor';
import { type Access, fieldAccess, ruleAccess, type SubgraphPolicy } from './policy';

/** What the access-policy document says of each role's cells. */
export const POLICY_LEGEND = [
  '- **R**: may read. **R\\***: may read under the condition given. **–**: may not (the field answers',
  '  null with `FORBIDDEN`; a whole type refused answers `FORBIDDEN` where it is reached, `_entities` included).',
  "- A type's row says who may read it at all; a field's row combines the type's rule, the field's and",
  '  the rule of the type it returns.',
  '- INTEGRATOR reads a subgraph only with its scope (`<subgraph>:read`), and never a field marked',
  '  **sensitive** (justice, health, diagnostics, contact notes, alert details, arrears).',
  '- **W**: may call the mutation (the service checks the role again).',
  "- SUPPORT_WORKER's **R** and **W** on a household's rows (household, members, applications, candidacies,",
  '  leases, accompaniments, contacts, diagnostics, reviews, alerts) cover only their caseload: the',
  '  households of their running accompaniments (not ended) that consented to share their data with the',
  '  association, the same rule in every subgraph that holds them (`modules/caseload/caseload.scope.ts`). The scope is in',
  '  the SQL itself; anything else is `NOT_FOUND`, absent from lists, or null. An ended accompaniment',
  '  takes no more writes (`CONFLICT`).',
].join('\n');

function cell(access: Access): string {
  if (access.kind === 'none') return '–';
  if (access.kind === 'full') return 'R';
  return `R* ${access.conditions.join('; ')}`;
}

/** A Markdown table, first column left-aligned and the others centred, padded as Biome formats it. */
function table(rows: string[][]): string[] {
  const widths = rows[0].map((_, i) => Math.max(3, ...rows.map((r) => r[i].length)));
  const pad = (text: string, i: number) => {
    const room = widths[i] - text.length;
    if (i === 0) return text + ' '.repeat(room);
    const left = Math.floor(room / 2);
    return ' '.repeat(left) + text + ' '.repeat(room - left);
  };
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const rule = widths.map((w, i) => (i === 0 ? '-'.repeat(w) : `:${'-'.repeat(w - 2)}:`));
  const [head, ...body] = rows;
  return [line(head.map(pad)), line(rule), ...body.map((r) => line(r.map(pad)))];
}

/**
 * The section of the access-policy document for one subgraph: a matrix type.field × role of reads,
 * sensitive fields marked, then one of mutations × role.
 */
export function policyDocumentSection(schema: GraphQLSchema, policy: SubgraphPolicy): string {
  const reads = [
    ['type.field', ...ROLES.map((role) => (role === Role.Integrator ? `${role} (${policy.scope})` : role))],
  ];
  for (const [typeName, declared] of Object.entries(policy.types)) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) continue;
    reads.push([`**${typeName}**`, ...ROLES.map((role) => cell(ruleAccess(declared.read, role)))]);
    for (const fieldName of Object.keys((type as GraphQLObjectType).getFields())) {
      const declaredField = declared.fields[fieldName];
      if (!declaredField) continue;
      const sensitive = !Array.isArray(declaredField) && (declaredField as { sensitive?: boolean }).sensitive;
      const access = fieldAccess(schema, policy, typeName, fieldName);
      reads.push([
        `${typeName}.${fieldName}${sensitive ? ' **sensitive**' : ''}`,
        ...ROLES.map((role) => cell(access[role])),
      ]);
    }
  }
  const mutations = [['mutation', ...ROLES]];
  for (const name of Object.keys(schema.getMutationType()?.getFields() ?? {})) {
    const roles = policy.mutations[name] ?? [];
    mutations.push([name, ...ROLES.map((role) => (roles.includes(role) ? 'W' : '–'))]);
  }
  return [
    `## ${policy.subgraph}`,
    '',
    `Integrators need the \`${policy.scope}\` scope. Declared in \`services/${policy.subgraph}/src/policy.ts\`.`,
    '',
    '### Reads',
    '',
    ...table(reads),
    '',
    '### Mutations',
    '',
    ...table(mutations),
    '',
  ].join('\n');
}

import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { printSubgraphSdl } from '@ash/kit';
import { parse } from 'graphql';

/** The four subgraphs, their default URLs (4001–4004) and where their printed SDL is committed. */
export const SUBGRAPHS = [
  { name: 'housing', port: 4001 },
  { name: 'households', port: 4002 },
  { name: 'accompaniment', port: 4003 },
  { name: 'financing', port: 4004 },
] as const;

const ROOT = path.resolve(__dirname, '..', '..');
export const SUPERGRAPH_PATH = path.join(ROOT, 'schema', 'supergraph.graphql');
export const sdlPath = (name: string) => path.join(ROOT, 'services', name, 'schema.graphql');

export interface Composition {
  subgraphs: { name: string; sdl: string }[];
  supergraph: string;
}

/** Prints each subgraph's SDL from its code and composes them with @apollo/composition. */
export async function composeSupergraph(): Promise<Composition> {
  const subgraphs: { name: string; sdl: string }[] = [];
  for (const { name } of SUBGRAPHS) {
    const service = require(`@ash/${name}`) as {
      buildSchema: () => Promise<import('graphql').GraphQLSchema>;
    };
    subgraphs.push({ name, sdl: printSubgraphSdl(await service.buildSchema()) });
  }
  const result = composeServices(
    subgraphs.map(({ name, sdl }) => ({
      name,
      typeDefs: parse(sdl),
      url: `http://localhost:${SUBGRAPHS.find((s) => s.name === name)?.port}/graphql`,
    })),
  );
  if (result.errors?.length || !result.supergraphSdl) {
    const messages = (result.errors ?? []).map((e) => `- ${e.message}`).join('\n');
    throw new Error(`Composition failed:\n${messages}`);
  }
  return { subgraphs, supergraph: `${result.supergraphSdl.trim()}\n` };
}

function read(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** Files whose committed content differs from what the code prints now. */
export function staleFiles(composition: Composition): string[] {
  const stale = composition.subgraphs
    .filter(({ name, sdl }) => read(sdlPath(name)) !== sdl)
    .map(({ name }) => sdlPath(name));
  if (read(SUPERGRAPH_PATH) !== composition.supergraph) stale.push(SUPERGRAPH_PATH);
  return stale.map((file) => path.relative(ROOT, file));
}

export function writeComposition(composition: Composition): void {
  for (const { name, sdl } of composition.subgraphs) writeFileSync(sdlPath(name), sdl);
  writeFileSync(SUPERGRAPH_PATH, composition.supergraph);
}

async function main() {
  const composition = await composeSupergraph();
  if (process.argv.includes('--write')) {
    writeComposition(composition);
    console.log(
      `wrote ${SUBGRAPHS.map((s) => `services/${s.name}/schema.graphql`).join(', ')} and schema/supergraph.graphql`,
    );
    return;
  }
  const stale = staleFiles(composition);
  if (stale.length) {
    console.error(`Stale: ${stale.join(', ')}. Run \`npm run compose\`.`);
    process.exit(1);
  }
  console.log('Subgraph SDL and supergraph are fresh.');
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}

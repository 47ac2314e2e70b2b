/**
 * `npm run openapi`: writes the OpenAPI document the app serves to openapi/openapi.json,
 * and the TypeScript types of its operations (openapi-typescript) to openapi/parley.d.ts,
 * for clients such as openapi-fetch.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildApp } from './app.js';
import { openDatabase } from './db/client.js';
import { migrateDatabase } from './db/migrate.js';

export const OPENAPI_FILE = fileURLToPath(new URL('../openapi/openapi.json', import.meta.url));
export const TYPES_FILE = fileURLToPath(new URL('../openapi/parley.d.ts', import.meta.url));

/** The document as the running app describes itself, formatted for committing. */
export async function renderOpenApi(): Promise<string> {
  const connection = openDatabase(':memory:');
  migrateDatabase(connection.sqlite);
  const app = await buildApp({ connection });
  const text = `${JSON.stringify(app.swagger(), null, 2)}\n`;
  await app.close();
  connection.close();
  return text;
}

/** The TypeScript types of a document's paths, operations and schemas. */
export async function renderTypes(document: string): Promise<string> {
  // A development tool: loaded only when the types are written or checked.
  const { default: openapiTS, astToString } = await import('openapi-typescript');
  const header = '/**\n * The types of Parley\'s HTTP API, generated from openapi/openapi.json by `npm run openapi`\n * (openapi-typescript). Do not edit: change the routes and run it again.\n */\n\n';
  return header + astToString(await openapiTS(JSON.parse(document)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const document = await renderOpenApi();
  writeFileSync(OPENAPI_FILE, document);
  writeFileSync(TYPES_FILE, await renderTypes(document));
  console.log(`wrote ${OPENAPI_FILE} and ${TYPES_FILE}`);
}

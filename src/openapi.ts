/** `npm run openapi`: writes the OpenAPI document the app serves to openapi/openapi.json. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildApp } from './app.js';
import { openDatabase } from './db/client.js';
import { migrateDatabase } from './db/migrate.js';

export const OPENAPI_FILE = fileURLToPath(new URL('../openapi/openapi.json', import.meta.url));

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

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(OPENAPI_FILE, await renderOpenApi());
  console.log(`wrote ${OPENAPI_FILE}`);
}

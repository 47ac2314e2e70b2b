import { randomBytes } from 'node:crypto';
import type { Connection } from '../db/client.js';

/**
 * A secret the server makes on first start and keeps with its data, so it outlives
 * restarts and travels with a backup. Made once: a second caller reads the first's.
 */
export function serverSecret(connection: Connection, name: string): Buffer {
  connection.prepare('INSERT OR IGNORE INTO server_secrets (name, value) VALUES (?, ?)').run(name, randomBytes(32).toString('base64'));
  const { value } = connection.prepare('SELECT value FROM server_secrets WHERE name = ?').get(name) as { value: string };
  return Buffer.from(value, 'base64');
}

import { availableParallelism } from 'node:os';
import { z } from 'zod';
import type { DatabaseTarget } from './db/setup.js';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** A PostgreSQL connection URL, as `pg` and libpq take it. */
const postgresUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      return ['postgres:', 'postgresql:'].includes(new URL(value).protocol);
    } catch {
      return false;
    }
  }, 'must be a PostgreSQL URL: postgres://user:password@host:5432/database');

const ConfigSchema = z.object({
  PORT: z.coerce
    .number({ error: 'must be a whole number between 1 and 65535' })
    .int('must be a whole number between 1 and 65535')
    .min(1, 'must be a whole number between 1 and 65535')
    .max(65535, 'must be a whole number between 1 and 65535')
    .default(3000),
  HOST: z.string().trim().min(1, 'must not be empty').default('127.0.0.1'),
  DATABASE_PATH: z.string().trim().min(1, 'must not be empty').default('data/parley.db'),
  DATABASE_URL: postgresUrl.optional(),
  DATABASE_READ_URL: postgresUrl.optional(),
  API_KEY: z
    .string()
    .transform((value) => value.split(',').map((key) => key.trim()))
    .refine((keys) => keys.every((key) => key.length >= 16), 'each key must be at least 16 characters (or unset it to run read-only)')
    .optional(),
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
  TRUST_PROXY: z
    .string()
    .transform((value, ctx) => {
      if (value === 'true') return true;
      if (value === 'false') return false;
      if (/^\d+$/.test(value)) return Number(value);
      const hosts = value.split(',').map((h) => h.trim());
      if (hosts.every((h) => /^[0-9a-fA-F.:]+(\/\d{1,3})?$/.test(h))) return hosts;
      ctx.addIssue({ code: 'custom', message: 'must be true, false, a number of proxy hops, or comma-separated proxy addresses or CIDR ranges' });
      return z.NEVER;
    })
    .default(false),
  CORS_ORIGINS: z
    .string()
    .transform((value) => (value.trim() === '*' ? ('*' as const) : value.split(',').map((o) => o.trim())))
    .refine((value) => value === '*' || value.every((o) => /^https?:\/\/[^/\s]+$/.test(o)), 'must be * or comma-separated origins like https://example.org')
    .optional(),
  WRITE_RATE_LIMIT: z.coerce.number({ error: 'must be a whole number' }).int('must be a whole number').min(1, 'must be at least 1').max(100_000).default(120),
  AUTH_FAILURE_LIMIT: z.coerce.number({ error: 'must be a whole number' }).int('must be a whole number').min(1, 'must be at least 1').max(100_000).default(10),
  CHANGES_ACCESS: z.enum(['public', 'key'], { error: 'must be public or key' }).default('public'),
  VIEW_THREADS: z.coerce.number({ error: 'must be a whole number' }).int('must be a whole number').min(0, 'must be 0 or more').max(64, 'must be at most 64').optional(),
  VIEW_TIMEOUT_MS: z.coerce.number({ error: 'must be a whole number' }).int('must be a whole number').min(100, 'must be at least 100').max(600_000).default(5_000),
  REQUEST_TIMEOUT_MS: z.coerce.number({ error: 'must be a whole number' }).int('must be a whole number').min(1000, 'must be at least 1000').max(600_000).default(30_000),
  WORKERS: z.coerce.number({ error: 'must be a whole number' }).int('must be a whole number').min(1, 'must be at least 1').max(64, 'must be at most 64').default(1),
});

export type Config = {
  /** Server processes sharing the port (server.ts); 1 serves from this process. */
  workers: number;
  port: number;
  host: string;
  /** The SQLite file, when DATABASE_URL is not set. */
  databasePath: string;
  /** Where the knowledge base is: the SQLite file, or the PostgreSQL server of DATABASE_URL. */
  database: DatabaseTarget;
  /** PostgreSQL: a server (a replica) the searches and computed views read from; DATABASE_URL when unset. */
  databaseReadUrl: string | undefined;
  /** Keys that may write; empty means the service is read-only. Several keys are separated by commas. */
  apiKeys: string[];
  logLevel: (typeof LOG_LEVELS)[number];
  /** Whether and which proxies' X-Forwarded-For to believe; off by default, so clients cannot pick their address. */
  trustProxy: boolean | number | string[];
  /** Origins allowed to call from a browser; undefined sends no CORS headers. */
  corsOrigins: '*' | string[] | undefined;
  /** Writes per minute per client address. */
  writeRateLimit: number;
  /** Refused API keys per minute per client address before every write from it is refused for the rest of the minute. */
  authFailureLimit: number;
  /** Whether reading the change log needs an API key. */
  privateChanges: boolean;
  /** Worker threads for the costly views; 0 runs them on the event loop. */
  viewThreads: number;
  /** Each costly view request's time budget; past it, 503 with Retry-After. */
  viewTimeoutMs: number;
  /** How long a client may take to send a whole request. */
  requestTimeoutMs: number;
};

/**
 * One thread per core, at most four. The event loop's own work per request is small
 * beside a view's, so it shares a core with them: on two cores, two threads answered
 * 35–65% more searches than one at 1M statements, and /health kept p99 16–23 ms (13–16
 * with one) with 20 worst-case requests of each costly route running (bench/README.md).
 */
export const defaultViewThreads = () => Math.min(4, availableParallelism());

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Reads the configuration from the environment once, at start. An empty variable
 * counts as unset. Any bad value stops the start with a message naming the variable.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(
    Object.keys(ConfigSchema.shape)
      .filter((key) => env[key] !== undefined && env[key] !== '')
      .map((key) => [key, env[key]]),
  );
  const parsed = ConfigSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      // Keys and URLs (which may hold a password) are not repeated.
      const value = name === 'API_KEY' || name.endsWith('_URL') ? '(hidden)' : JSON.stringify(env[name]);
      return `${name}=${value}: ${issue.message}`;
    });
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  const c = parsed.data;
  if (c.DATABASE_READ_URL && !c.DATABASE_URL) throw new ConfigError('Invalid configuration:\n  DATABASE_READ_URL=(hidden): needs DATABASE_URL (the server writes go to) as well');
  return {
    port: c.PORT,
    host: c.HOST,
    databasePath: c.DATABASE_PATH,
    database: c.DATABASE_URL ? { postgresUrl: c.DATABASE_URL } : c.DATABASE_PATH,
    databaseReadUrl: c.DATABASE_READ_URL,
    apiKeys: c.API_KEY ?? [],
    logLevel: c.LOG_LEVEL,
    trustProxy: c.TRUST_PROXY,
    corsOrigins: c.CORS_ORIGINS,
    writeRateLimit: c.WRITE_RATE_LIMIT,
    authFailureLimit: c.AUTH_FAILURE_LIMIT,
    privateChanges: c.CHANGES_ACCESS === 'key',
    viewThreads: c.VIEW_THREADS ?? defaultViewThreads(),
    viewTimeoutMs: c.VIEW_TIMEOUT_MS,
    requestTimeoutMs: c.REQUEST_TIMEOUT_MS,
    workers: c.WORKERS,
  };
}

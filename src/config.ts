import { z } from 'zod';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const ConfigSchema = z.object({
  PORT: z.coerce
    .number({ error: 'must be a whole number between 1 and 65535' })
    .int('must be a whole number between 1 and 65535')
    .min(1, 'must be a whole number between 1 and 65535')
    .max(65535, 'must be a whole number between 1 and 65535')
    .default(3000),
  HOST: z.string().trim().min(1, 'must not be empty').default('127.0.0.1'),
  DATABASE_PATH: z.string().trim().min(1, 'must not be empty').default('data/parley.db'),
  API_KEY: z
    .string()
    .transform((value) => value.split(',').map((key) => key.trim()))
    .refine((keys) => keys.every((key) => key.length >= 16), 'each key must be at least 16 characters (or unset it to run read-only)')
    .optional(),
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
});

export type Config = {
  port: number;
  host: string;
  databasePath: string;
  /** Keys that may write; empty means the service is read-only. Several keys are separated by commas. */
  apiKeys: string[];
  logLevel: (typeof LOG_LEVELS)[number];
};

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
      const value = name === 'API_KEY' ? '(hidden)' : JSON.stringify(env[name]);
      return `${name}=${value}: ${issue.message}`;
    });
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  const c = parsed.data;
  return { port: c.PORT, host: c.HOST, databasePath: c.DATABASE_PATH, apiKeys: c.API_KEY ?? [], logLevel: c.LOG_LEVEL };
}

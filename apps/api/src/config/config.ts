import path from 'node:path';

export interface AppConfig {
  /** HTTP port the app listens on. */
  port: number;
  /** Interface to bind; defaults to all. */
  host: string;
  /** External Postgres; when unset an embedded Postgres is started with data in dataDir. */
  databaseUrl: string | null;
  /** Where the embedded Postgres keeps its data. */
  dataDir: string;
  /** Built web app to serve at /, or null to serve the API only. */
  webDir: string | null;
  /** Session lifetime in days. */
  sessionDays: number;
  /** Trust X-Forwarded-* from a reverse proxy (needed for Secure cookies behind TLS termination). */
  trustProxy: boolean;
  /** Largest JSON body accepted. */
  bodyLimit: string;
  logLevel: 'error' | 'warn' | 'log' | 'debug';
  /** Seconds between scheduler runs (cadence rules, ghosting, digests); 0 turns the scheduler off. */
  schedulerIntervalSeconds: number;
  /** SMTP server for the daily digest (smtp://user:pass@host:port or smtps://…); null turns email off. */
  smtpUrl: string | null;
  /** From address of the digest emails. */
  mailFrom: string;
  /** Public base URL of the app, used in emails and calendar links. */
  publicUrl: string;
}

export class ConfigError extends Error {}

function intFrom(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function boolFrom(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

function smtpUrlFrom(env: NodeJS.ProcessEnv): string | null {
  const raw = env.SMTP_URL?.trim();
  if (!raw) return null;
  if (!/^smtps?:\/\//.test(raw)) throw new ConfigError('SMTP_URL must start with smtp:// or smtps://');
  return raw;
}

/** Reads and validates the environment once, failing fast with a message naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): AppConfig {
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must start with postgres:// or postgresql://');
  }
  const logLevel = (env.LOG_LEVEL ?? 'log') as AppConfig['logLevel'];
  if (!['error', 'warn', 'log', 'debug'].includes(logLevel)) {
    throw new ConfigError('LOG_LEVEL must be one of error, warn, log, debug');
  }
  return {
    port: intFrom(env, 'PORT', 3000, 0, 65535),
    host: env.HOST?.trim() || '0.0.0.0',
    databaseUrl,
    dataDir: path.resolve(cwd, env.DATA_DIR?.trim() || '.data'),
    webDir: env.WEB_DIR === '' ? null : path.resolve(cwd, env.WEB_DIR?.trim() || 'apps/web/dist'),
    sessionDays: intFrom(env, 'SESSION_DAYS', 30, 1, 365),
    trustProxy: boolFrom(env, 'TRUST_PROXY', false),
    bodyLimit: env.BODY_LIMIT?.trim() || '256kb',
    logLevel,
    schedulerIntervalSeconds: intFrom(env, 'SCHEDULER_INTERVAL_SECONDS', 60, 0, 86_400),
    smtpUrl: smtpUrlFrom(env),
    mailFrom: env.MAIL_FROM?.trim() || 'Offerpath <offerpath@localhost>',
    publicUrl: (env.PUBLIC_URL?.trim() || `http://localhost:${env.PORT?.trim() || '3000'}`).replace(/\/+$/, ''),
  };
}

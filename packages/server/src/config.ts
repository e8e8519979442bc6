import path from 'node:path';
import { z } from 'zod';
import { DomainError } from '@khien/core/errors';
import { redactUrl } from './db/redact-url.ts';

/**
 * All configuration, parsed once at start from the environment and passed down. A bad value
 * stops the start with every problem listed, never a half-configured server.
 */
const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const configSchema = z.object({
  KHIEN_HOST: z.string().min(1).default('127.0.0.1'),
  KHIEN_PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  KHIEN_PUBLIC_URL: z.url().optional(),
  KHIEN_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  KHIEN_DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  KHIEN_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  KHIEN_SESSION_HOURS: z.coerce
    .number()
    .min(0.05)
    .max(24 * 30)
    .default(8),
  KHIEN_COOKIE_SECURE: booleanFlag.default(false),
  KHIEN_LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  KHIEN_LOGIN_LOCK_MINUTES: z.coerce
    .number()
    .min(0.01)
    .max(24 * 60)
    .default(15),
  KHIEN_BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
  KHIEN_UPLOAD_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(50 * 1_048_576),
  KHIEN_LEDGER_ORIGIN: z.string().min(1).optional(),
  KHIEN_LEDGER_KEY: z.string().startsWith('PRIVATE+KEY+').optional(),
  KHIEN_CHECKPOINT_SECONDS: z.coerce.number().min(0.1).max(3600).default(5),
  KHIEN_JOBS: z.enum(['on', 'off']).default('on'),
  KHIEN_JOBS_POLL_SECONDS: z.coerce.number().min(0.1).max(3600).default(5),
  KHIEN_SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  KHIEN_MAIL_FROM: z.string().min(3).default('Khiên <khien@localhost>'),
});

export type RawConfig = z.infer<typeof configSchema>;

export interface Config {
  host: string;
  port: number;
  publicUrl: string | undefined;
  dataDir: string;
  databaseUrl: string | undefined;
  dbPoolSize: number;
  logLevel: RawConfig['KHIEN_LOG_LEVEL'];
  sessionHours: number;
  cookieSecure: boolean;
  loginMaxFailures: number;
  loginLockMinutes: number;
  bodyLimitBytes: number;
  uploadLimitBytes: number;
  ledgerOrigin: string | undefined;
  ledgerKey: string | undefined;
  checkpointSeconds: number;
  /** The in-server timer and mail worker (reminders, overdue notices, escalation). */
  jobs: { enabled: boolean; pollSeconds: number; smtpUrl: string | undefined; mailFrom: string };
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // Empty variables mean "not set" (as in a copied .env.example).
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = configSchema.safeParse(cleaned);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new DomainError(
      'config.invalid',
      {
        vi: `Cấu hình không hợp lệ:\n  ${problems.join('\n  ')}`,
        en: `Invalid configuration:\n  ${problems.join('\n  ')}`,
      },
      { problems },
    );
  }
  const c = parsed.data;
  return {
    host: c.KHIEN_HOST,
    port: c.KHIEN_PORT,
    publicUrl: c.KHIEN_PUBLIC_URL,
    dataDir: path.resolve(c.KHIEN_DATA_DIR),
    databaseUrl: c.DATABASE_URL,
    dbPoolSize: c.KHIEN_DB_POOL_SIZE,
    logLevel: c.KHIEN_LOG_LEVEL,
    sessionHours: c.KHIEN_SESSION_HOURS,
    cookieSecure: c.KHIEN_COOKIE_SECURE,
    loginMaxFailures: c.KHIEN_LOGIN_MAX_FAILURES,
    loginLockMinutes: c.KHIEN_LOGIN_LOCK_MINUTES,
    bodyLimitBytes: c.KHIEN_BODY_LIMIT_BYTES,
    uploadLimitBytes: c.KHIEN_UPLOAD_LIMIT_BYTES,
    ledgerOrigin: c.KHIEN_LEDGER_ORIGIN,
    ledgerKey: c.KHIEN_LEDGER_KEY,
    checkpointSeconds: c.KHIEN_CHECKPOINT_SECONDS,
    jobs: {
      enabled: c.KHIEN_JOBS === 'on',
      pollSeconds: c.KHIEN_JOBS_POLL_SECONDS,
      smtpUrl: c.KHIEN_SMTP_URL,
      mailFrom: c.KHIEN_MAIL_FROM,
    },
  };
}

/** The configuration as `khien config print` shows it: secrets replaced by "***". */
export function redactedConfig(config: Config): Record<string, unknown> {
  return {
    ...config,
    databaseUrl: config.databaseUrl ? redactUrl(config.databaseUrl) : undefined,
    ledgerKey: config.ledgerKey ? '***' : undefined,
    jobs: { ...config.jobs, smtpUrl: config.jobs.smtpUrl ? redactUrl(config.jobs.smtpUrl) : undefined },
  };
}

import { z } from 'zod';
import { DomainError } from '@khien/core/errors';

/**
 * Settings of the timer and mail worker, parsed once when the server starts (kept apart from
 * the core server config so that a server without mail still starts with defaults).
 */
const schema = z.object({
  KHIEN_JOBS: z.enum(['on', 'off']).default('on'),
  KHIEN_JOBS_POLL_SECONDS: z.coerce.number().min(0.1).max(3600).default(5),
  KHIEN_SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  KHIEN_MAIL_FROM: z.string().min(3).default('Khiên <khien@localhost>'),
});

export interface JobConfig {
  enabled: boolean;
  pollSeconds: number;
  smtpUrl: string | undefined;
  mailFrom: string;
}

export function loadJobConfig(env: Record<string, string | undefined> = process.env): JobConfig {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new DomainError(
      'config.invalid',
      { vi: `Cấu hình không hợp lệ: ${problems.join('; ')}`, en: `Invalid configuration: ${problems.join('; ')}` },
      { problems },
    );
  }
  const c = parsed.data;
  return { enabled: c.KHIEN_JOBS === 'on', pollSeconds: c.KHIEN_JOBS_POLL_SECONDS, smtpUrl: c.KHIEN_SMTP_URL, mailFrom: c.KHIEN_MAIL_FROM };
}

import type { FastifyInstance } from 'fastify';
import type { Services } from '../app/services.ts';
import type { JobConfig } from './job-config.ts';
import { smtpMailer } from './mailer.ts';
import { createJobRunner, type JobRunner } from './runner.ts';

/**
 * Start the timer and mail worker inside `khien serve` and stop it with the HTTP server.
 * Several instances on one PostgreSQL may all run it: claims never overlap.
 */
export function startJobWorker(services: Services, app: FastifyInstance, config: JobConfig = services.config.jobs): JobRunner | null {
  if (!config.enabled) return null;
  if (!config.smtpUrl) services.logger.warn('KHIEN_SMTP_URL is not set: notifications stay in-app, no e-mail is sent');
  const runner = createJobRunner(services, {
    mailer: config.smtpUrl ? smtpMailer(config.smtpUrl, config.mailFrom) : null,
    pollSeconds: config.pollSeconds,
  });
  runner.start();
  app.addHook('onClose', () => runner.stop());
  return runner;
}

import type { Services } from '../app/services.ts';
import { loadConfig } from '../config.ts';
import { createLogger, startServices } from '../runtime.ts';

/** Run `work` with migrated services and always close the database (releasing the data-dir lock). */
export async function withServices<T>(work: (services: Services) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const services = await startServices(
    config,
    createLogger({ ...config, logLevel: config.logLevel === 'info' ? 'warn' : config.logLevel }),
  );
  try {
    return await work(services);
  } finally {
    await services.database.close();
  }
}

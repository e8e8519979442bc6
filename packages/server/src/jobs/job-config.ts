import type { Config } from '../config.ts';

/** Settings of the timer and mail worker: part of the one server configuration (config.ts). */
export type JobConfig = Config['jobs'];

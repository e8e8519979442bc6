import type { z } from 'zod';
import { problemSchema } from './problem.ts';

/**
 * Every route declares every response it can give: its success bodies plus the problem
 * responses common to the API. This feeds both serialization and the OpenAPI document.
 */
export function responses<T extends Record<number, z.ZodType>>(ok: T) {
  return {
    ...ok,
    400: problemSchema,
    401: problemSchema,
    403: problemSchema,
    404: problemSchema,
    409: problemSchema,
    413: problemSchema,
    415: problemSchema,
    422: problemSchema,
    423: problemSchema,
    429: problemSchema,
    500: problemSchema,
  };
}

import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isDomainError, type ErrorMessage } from '@khien/core/errors';

/**
 * The one place where error codes become HTTP statuses, and where every error becomes an
 * RFC 9457 `application/problem+json` body with a stable code and Vietnamese + English text.
 * 5xx bodies never carry internals: the request id lets an operator find the log line.
 */
export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z.string(),
    detail: z.string(),
    messages: z.object({ vi: z.string(), en: z.string() }),
    requestId: z.string(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    details: z.record(z.string(), z.unknown()).optional(),
  })
  .meta({ id: 'Problem' });
export type Problem = z.infer<typeof problemSchema>;

const STATUS_BY_CODE: Record<string, number> = {
  'auth.required': 401,
  'auth.session_expired': 401,
  'auth.invalid_token': 401,
  'auth.invalid_credentials': 401,
  'auth.account_disabled': 403,
  'auth.forbidden': 403,
  'auth.csrf_failed': 403,
  'auth.account_locked': 423,
  'request.invalid': 400,
  'request.malformed_json': 400,
  'request.version_conflict': 409,
  'request.bad_if_match': 400,
  'request.too_large': 413,
  'request.unsupported_media_type': 415,
  'request.rate_limited': 429,
  'route.not_found': 404,
  internal: 500,
};

/** Exhaustive by rule: listed codes, then suffixes; anything else is a refused business rule. */
export function statusForCode(code: string): number {
  const listed = STATUS_BY_CODE[code];
  if (listed) return listed;
  if (code.endsWith('.not_found')) return 404;
  if (code.endsWith('.already_exists') || code.endsWith('_conflict')) return 409;
  return 422;
}

export function problem(
  request: FastifyRequest,
  code: string,
  messages: ErrorMessage,
  extra: { errors?: Problem['errors']; details?: Record<string, unknown>; status?: number } = {},
): Problem {
  const status = extra.status ?? statusForCode(code);
  return {
    type: `https://khien.gov.vn/problems/${code}`,
    title: messages.en,
    status,
    code,
    detail: messages.vi,
    messages,
    requestId: String(request.id),
    ...(extra.errors ? { errors: extra.errors } : {}),
    ...(extra.details ? { details: extra.details } : {}),
  };
}

export function sendProblem(reply: FastifyReply, body: Problem): FastifyReply {
  return reply.code(body.status).header('content-type', 'application/problem+json; charset=utf-8').send(body);
}

const FASTIFY_ERRORS: Record<string, { code: string; messages: ErrorMessage }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: {
    code: 'request.malformed_json',
    messages: { vi: 'Nội dung gửi lên không phải JSON hợp lệ.', en: 'The request body is not valid JSON.' },
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    code: 'request.malformed_json',
    messages: { vi: 'Nội dung gửi lên trống nhưng khai báo là JSON.', en: 'The body is empty but declared as JSON.' },
  },
  FST_ERR_CTP_BODY_TOO_LARGE: {
    code: 'request.too_large',
    messages: { vi: 'Dữ liệu gửi lên quá lớn.', en: 'The request body is too large.' },
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    code: 'request.unsupported_media_type',
    messages: { vi: 'Định dạng dữ liệu gửi lên không được hỗ trợ.', en: 'Unsupported content type.' },
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    code: 'request.invalid',
    messages: { vi: 'Độ dài nội dung không khớp.', en: 'Content length does not match the body.' },
  },
};

export function errorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (isDomainError(error)) {
    const body = problem(request, error.code, error.messages, error.details ? { details: error.details } : {});
    if (body.status >= 500) request.log.error({ err: error }, 'domain error mapped to 5xx');
    return sendProblem(reply, body);
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const errors = error.validation.map((issue) => ({
      path: `${error.validationContext ?? 'body'}${issue.instancePath.replaceAll('/', '.')}`,
      message: issue.message ?? 'invalid',
    }));
    const list = errors.map((e) => `${e.path}: ${e.message}`).join('; ');
    return sendProblem(
      reply,
      problem(request, 'request.invalid', { vi: `Dữ liệu không hợp lệ: ${list}`, en: `Invalid input: ${list}` }, { errors }),
    );
  }
  const known = error.code ? FASTIFY_ERRORS[error.code] : undefined;
  if (known) return sendProblem(reply, problem(request, known.code, known.messages));
  if (error.statusCode === 429) {
    return sendProblem(
      reply,
      problem(request, 'request.rate_limited', {
        vi: 'Bạn đã gửi quá nhiều yêu cầu. Hãy đợi một lát rồi thử lại.',
        en: 'Too many requests. Wait a moment and try again.',
      }),
    );
  }
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500 && !isResponseSerializationError(error)) {
    return sendProblem(
      reply,
      problem(
        request,
        'request.invalid',
        { vi: `Yêu cầu không hợp lệ: ${error.message}`, en: `Bad request: ${error.message}` },
        { status: error.statusCode },
      ),
    );
  }
  request.log.error({ err: error }, 'unhandled error');
  return sendProblem(
    reply,
    problem(request, 'internal', {
      vi: 'Hệ thống gặp lỗi ngoài dự kiến. Hãy thử lại; nếu vẫn lỗi, báo quản trị viên kèm mã yêu cầu.',
      en: 'Unexpected error. Try again; if it persists, tell an administrator the request id.',
    }),
  );
}

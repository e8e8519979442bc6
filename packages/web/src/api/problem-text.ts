/**
 * What the user reads when the API says no: the server's own message in the current
 * language (every problem carries Vietnamese and English), plus what to do next, chosen by
 * the kind of problem. Pure, so it is unit-tested.
 */
import type { MessageKey } from '../i18n/messages.ts';
import { isApiError, type Problem } from './client.ts';

export interface ProblemText {
  /** The server's message, or a generic one for network failures. */
  message: string | null;
  messageKey: MessageKey | null;
  next: MessageKey;
  requestId: string | null;
  /** 409: the record changed under the user; offer to reload. */
  conflict: boolean;
}

const NEXT_BY_STATUS: Record<number, MessageKey> = {
  0: 'problem.next.network',
  400: 'problem.next.fix_input',
  401: 'problem.next.login',
  403: 'problem.next.permission',
  404: 'problem.next.not_found',
  409: 'problem.next.conflict',
  413: 'problem.next.too_large',
  415: 'problem.next.file_type',
  422: 'problem.next.rule',
  423: 'problem.next.locked',
  429: 'problem.next.wait',
};

export function nextStepFor(status: number, code: string | null): MessageKey {
  if (code === 'auth.invalid_credentials') return 'problem.next.credentials';
  if (code === 'auth.csrf_failed') return 'problem.next.reload';
  if (code === 'route.not_found') return 'problem.next.not_available';
  return NEXT_BY_STATUS[status] ?? (status >= 500 ? 'problem.next.server' : 'problem.next.retry');
}

export function describeProblem(error: unknown, pick: (text: { vi: string; en: string }) => string): ProblemText {
  if (!isApiError(error)) {
    return { message: null, messageKey: 'problem.unexpected', next: 'problem.next.retry', requestId: null, conflict: false };
  }
  const problem = error.problem;
  if (error.status === 0) {
    return { message: null, messageKey: 'problem.network', next: 'problem.next.network', requestId: null, conflict: false };
  }
  return {
    message: problem ? pick(problem.messages) : null,
    messageKey: problem ? null : 'problem.unexpected',
    next: nextStepFor(error.status, problem?.code ?? null),
    requestId: problem?.requestId ?? null,
    conflict: error.status === 409 && (problem?.code === 'request.version_conflict' || problem?.code.endsWith('_conflict') === true),
  };
}

/** Field-level messages from a 400 problem: "body.username" → ["username"]. */
export function fieldErrors(problem: Problem | null): { name: string[]; errors: string[] }[] {
  if (!problem?.errors) return [];
  const byField = new Map<string, string[]>();
  for (const issue of problem.errors) {
    const path = issue.path.replace(/^body\.?/, '');
    if (!path) continue;
    byField.set(path, [...(byField.get(path) ?? []), issue.message]);
  }
  return [...byField].map(([path, errors]) => ({ name: path.split('.'), errors }));
}

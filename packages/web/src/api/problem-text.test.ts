import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ApiError, type Problem } from './client.ts';
import { describeProblem, fieldErrors } from './problem-text.ts';

const pickVi = (text: { vi: string; en: string }) => text.vi;

function problem(status: number, code: string, extra: Partial<Problem> = {}): Problem {
  return {
    type: 'x',
    title: 'en',
    status,
    code,
    detail: 'vi',
    messages: { vi: `VI ${code}`, en: `EN ${code}` },
    requestId: 'req-1',
    ...extra,
  };
}

describe('API problems in the user language, with what to do next', () => {
  it('shows the server message in the chosen language and the request id', () => {
    const text = describeProblem(new ApiError(422, problem(422, 'leadership.head_already_in_office')), pickVi);
    assert.equal(text.message, 'VI leadership.head_already_in_office');
    assert.equal(text.next, 'problem.next.rule');
    assert.equal(text.requestId, 'req-1');
    assert.equal(describeProblem(new ApiError(422, problem(422, 'x')), (t) => t.en).message, 'EN x');
  });

  it('a version conflict (409) offers a reload', () => {
    const text = describeProblem(new ApiError(409, problem(409, 'request.version_conflict')), pickVi);
    assert.equal(text.conflict, true);
    assert.equal(text.next, 'problem.next.conflict');
    assert.equal(describeProblem(new ApiError(409, problem(409, 'person.already_exists')), pickVi).conflict, false);
  });

  it('chooses the next step by the kind of problem', () => {
    const next = (status: number, code: string) => describeProblem(new ApiError(status, problem(status, code)), pickVi).next;
    assert.equal(next(401, 'auth.invalid_credentials'), 'problem.next.credentials');
    assert.equal(next(401, 'auth.session_expired'), 'problem.next.login');
    assert.equal(next(403, 'auth.csrf_failed'), 'problem.next.reload');
    assert.equal(next(403, 'auth.forbidden'), 'problem.next.permission');
    assert.equal(next(404, 'route.not_found'), 'problem.next.not_available');
    assert.equal(next(423, 'auth.account_locked'), 'problem.next.locked');
    assert.equal(next(503, 'internal'), 'problem.next.server');
  });

  it('a network failure and a non-API error get their own texts', () => {
    assert.equal(describeProblem(new ApiError(0, null), pickVi).messageKey, 'problem.network');
    assert.equal(describeProblem(new Error('boom'), pickVi).messageKey, 'problem.unexpected');
  });

  it('maps 400 field errors onto form fields', () => {
    const p = problem(400, 'request.invalid', {
      errors: [
        { path: 'body.username', message: 'too short' },
        { path: 'body.username', message: 'bad' },
        { path: 'querystring.limit', message: 'x' },
      ],
    });
    assert.deepEqual(fieldErrors(p), [
      { name: ['username'], errors: ['too short', 'bad'] },
      { name: ['querystring', 'limit'], errors: ['x'] },
    ]);
    assert.deepEqual(fieldErrors(null), []);
  });
});

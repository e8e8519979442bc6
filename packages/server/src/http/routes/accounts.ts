import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createAccountInput, newPassword, updateAccountInput } from '../../app/accounts/account-input.ts';
import { accountView } from '../../app/accounts/account-view.ts';
import { createAccount } from '../../app/accounts/create-account.ts';
import { accountPage, getAccount, listAccounts } from '../../app/accounts/list-accounts.ts';
import { resetPassword } from '../../app/accounts/reset-password.ts';
import { updateAccount } from '../../app/accounts/update-account.ts';
import type { Services } from '../../app/services.ts';
import { pageQuery } from '../../app/validation.ts';
import { actorOf, ifMatchVersion, setVersionTag } from '../auth-plugin.ts';
import { responses } from '../responses.ts';

const idParams = z.strictObject({ id: z.uuid() });
const tags = ['Tài khoản (accounts)'];

export const accountRoutes: FastifyPluginAsync<{ services: Services }> = async (app, { services }) => {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/accounts', {
    schema: {
      tags,
      summary: 'Danh sách tài khoản (list accounts in scope)',
      querystring: pageQuery,
      response: responses({ 200: accountPage }),
    },
    handler: (request) => listAccounts(services, actorOf(request), request.query),
  });

  r.post('/accounts', {
    schema: {
      tags,
      summary: 'Tạo tài khoản (create an account; the user must change the password at first login)',
      body: createAccountInput,
      response: responses({ 201: accountView }),
    },
    handler: async (request, reply) => reply.code(201).send(await createAccount(services, actorOf(request), request.body)),
  });

  r.get('/accounts/:id', {
    schema: { tags, summary: 'Thông tin tài khoản (an account)', params: idParams, response: responses({ 200: accountView }) },
    handler: async (request, reply) => {
      const view = await getAccount(services, actorOf(request), request.params.id);
      setVersionTag(reply, view.version);
      return view;
    },
  });

  r.put('/accounts/:id', {
    schema: {
      tags,
      summary: 'Sửa quyền, phạm vi, khóa tài khoản (update roles, scope, disabled)',
      params: idParams,
      body: updateAccountInput,
      response: responses({ 200: accountView }),
    },
    handler: async (request, reply) => {
      const view = await updateAccount(services, actorOf(request), request.params.id, request.body, ifMatchVersion(request));
      setVersionTag(reply, view.version);
      return view;
    },
  });

  r.post('/accounts/:id/reset-password', {
    schema: {
      tags,
      summary: 'Đặt lại mật khẩu (admin reset: a temporary password, all sessions end)',
      params: idParams,
      body: z.strictObject({ temporaryPassword: newPassword }),
      response: responses({ 200: accountView }),
    },
    handler: (request) => resetPassword(services, actorOf(request), request.params.id, request.body.temporaryPassword),
  });
};

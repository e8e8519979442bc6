import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { vietnamDate } from '../../app/auth/load-actor.ts';
import { appointLeader, appointLeaderInput } from '../../app/organisations/appoint-leader.ts';
import { endLeadershipTerm, endLeadershipTermInput } from '../../app/organisations/end-leadership-term.ts';
import { getOrganisation, organisationDetail } from '../../app/organisations/get-organisation.ts';
import { listOrganisations, listOrganisationsQuery, organisationPage } from '../../app/organisations/list-organisations.ts';
import { organisationInput } from '../../app/organisations/organisation-input.ts';
import { organisationView } from '../../app/organisations/organisation-view.ts';
import { registerOrganisation } from '../../app/organisations/register-organisation.ts';
import { updateOrganisation } from '../../app/organisations/update-organisation.ts';
import type { Services } from '../../app/services.ts';
import { actorOf, ifMatchVersion, setVersionTag } from '../auth-plugin.ts';
import { responses } from '../responses.ts';

const idParams = z.strictObject({ id: z.uuid() });
const tags = ['Cơ quan, đơn vị (organisations)'];

export const organisationRoutes: FastifyPluginAsync<{ services: Services }> = async (app, { services }) => {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/organisations', {
    schema: {
      tags,
      summary: 'Danh sách cơ quan, đơn vị (list organisations)',
      querystring: listOrganisationsQuery,
      response: responses({ 200: organisationPage }),
    },
    handler: (request) => listOrganisations(services, actorOf(request), request.query),
  });

  r.post('/organisations', {
    schema: {
      tags,
      summary: 'Thêm cơ quan, đơn vị (register an organisation)',
      body: organisationInput,
      response: responses({ 201: organisationView }),
    },
    handler: async (request, reply) => {
      const view = await registerOrganisation(services, actorOf(request), request.body);
      setVersionTag(reply, view.version);
      return reply.code(201).send(view);
    },
  });

  r.get('/organisations/:id', {
    schema: {
      tags,
      summary: 'Chi tiết cơ quan và tập thể lãnh đạo (organisation with its leadership collective)',
      params: idParams,
      response: responses({ 200: organisationDetail }),
    },
    handler: async (request, reply) => {
      const view = await getOrganisation(services, actorOf(request), request.params.id, vietnamDate(services.now()));
      setVersionTag(reply, view.version);
      return view;
    },
  });

  r.put('/organisations/:id', {
    schema: {
      tags,
      summary: 'Sửa thông tin cơ quan (update; If-Match for optimistic concurrency)',
      params: idParams,
      body: organisationInput,
      response: responses({ 200: organisationView }),
    },
    handler: async (request, reply) => {
      const view = await updateOrganisation(services, actorOf(request), request.params.id, request.body, ifMatchVersion(request));
      setVersionTag(reply, view.version);
      return view;
    },
  });

  r.post('/organisations/:id/leadership', {
    schema: {
      tags,
      summary: 'Bổ nhiệm vào tập thể lãnh đạo (appoint head, deputy or member)',
      params: idParams,
      body: appointLeaderInput,
      response: responses({ 201: organisationDetail }),
    },
    handler: async (request, reply) =>
      reply.code(201).send(await appointLeader(services, actorOf(request), request.params.id, request.body)),
  });

  r.post('/organisations/:id/leadership/:termId/end', {
    schema: {
      tags,
      summary: 'Kết thúc nhiệm kỳ (end a leadership term; history is kept)',
      params: z.strictObject({ id: z.uuid(), termId: z.uuid() }),
      body: endLeadershipTermInput,
      response: responses({ 200: organisationDetail }),
    },
    handler: (request) => endLeadershipTerm(services, actorOf(request), request.params.id, request.params.termId, request.body),
  });
};

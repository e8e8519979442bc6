import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getPerson } from '../../app/people/get-person.ts';
import { listPeople, listPeopleQuery, personPage } from '../../app/people/list-people.ts';
import { personInput } from '../../app/people/person-input.ts';
import { personView } from '../../app/people/person-view.ts';
import { registerPerson } from '../../app/people/register-person.ts';
import { updatePerson } from '../../app/people/update-person.ts';
import type { Services } from '../../app/services.ts';
import { actorOf, ifMatchVersion, setVersionTag } from '../auth-plugin.ts';
import { responses } from '../responses.ts';

const idParams = z.strictObject({ id: z.uuid() });
const tags = ['Cán bộ (people)'];

export const peopleRoutes: FastifyPluginAsync<{ services: Services }> = async (app, { services }) => {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/people', {
    schema: {
      tags,
      summary: 'Danh sách cán bộ trong phạm vi được xem (list people in scope)',
      querystring: listPeopleQuery,
      response: responses({ 200: personPage }),
    },
    handler: (request) => listPeople(services, actorOf(request), request.query),
  });

  r.post('/people', {
    schema: { tags, summary: 'Thêm cán bộ (register a person)', body: personInput, response: responses({ 201: personView }) },
    handler: async (request, reply) => {
      const view = await registerPerson(services, actorOf(request), request.body);
      setVersionTag(reply, view.version);
      return reply.code(201).send(view);
    },
  });

  r.get('/people/:id', {
    schema: { tags, summary: 'Thông tin cán bộ (a person)', params: idParams, response: responses({ 200: personView }) },
    handler: async (request, reply) => {
      const view = await getPerson(services, actorOf(request), request.params.id);
      setVersionTag(reply, view.version);
      return view;
    },
  });

  r.put('/people/:id', {
    schema: {
      tags,
      summary: 'Sửa thông tin cán bộ (update; If-Match for optimistic concurrency)',
      params: idParams,
      body: personInput,
      response: responses({ 200: personView }),
    },
    handler: async (request, reply) => {
      const view = await updatePerson(services, actorOf(request), request.params.id, request.body, ifMatchVersion(request));
      setVersionTag(reply, view.version);
      return view;
    },
  });
};

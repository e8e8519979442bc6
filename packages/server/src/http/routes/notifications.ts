import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  markAllNotificationsRead,
  markNotificationRead,
  myNotifications,
  notificationPage,
  notificationQuery,
  readAllResult,
} from '../../app/proposals/my-notifications.ts';
import { listPersonEncouragements, personEncouragementsView } from '../../app/proposals/list-person-encouragements.ts';
import type { Services } from '../../app/services.ts';
import { actorOf } from '../auth-plugin.ts';
import { responses } from '../responses.ts';

const tags = ['Thông báo (notifications)'];

export const notificationRoutes: FastifyPluginAsync<{ services: Services }> = async (app, { services }) => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/notifications', {
    schema: { tags, summary: 'Thông báo của tôi', querystring: notificationQuery, response: responses({ 200: notificationPage }) },
    handler: (request) => myNotifications(services, actorOf(request), request.query),
  });
  r.post('/notifications/read-all', {
    schema: { tags, summary: 'Đánh dấu tất cả đã đọc', response: responses({ 200: readAllResult }) },
    handler: (request) => markAllNotificationsRead(services, actorOf(request)),
  });
  r.post('/notifications/:id/read', {
    schema: { tags, summary: 'Đánh dấu đã đọc', params: z.strictObject({ id: z.uuid() }), response: responses({ 204: z.null() }) },
    handler: async (request, reply) => {
      await markNotificationRead(services, actorOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  });
  r.get('/people/:id/encouragements', {
    schema: {
      tags: ['Cán bộ (people)'],
      summary: 'Khuyến khích theo Điều 10 trên hồ sơ cán bộ (for the personnel office)',
      params: z.strictObject({ id: z.uuid() }),
      response: responses({ 200: personEncouragementsView }),
    },
    handler: (request) => listPersonEncouragements(services, actorOf(request), request.params.id),
  });
};

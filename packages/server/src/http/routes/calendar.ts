import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { calendarYearView, getCalendarYear, yearParams } from '../../app/calendar/calendar-year.ts';
import { computeDeadline, deadlineQuery, deadlineView } from '../../app/calendar/compute-deadline.ts';
import { calendarOverridesInput, setCalendarOverrides } from '../../app/calendar/set-calendar-overrides.ts';
import type { Services } from '../../app/services.ts';
import { actorOf, ifMatchVersion, setVersionTag } from '../auth-plugin.ts';
import { responses } from '../responses.ts';

const tags = ['Lịch làm việc (working-day calendar)'];

export const calendarRoutes: FastifyPluginAsync<{ services: Services }> = async (app, { services }) => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/calendar/deadline', {
    schema: {
      tags,
      summary: 'Tính thời hạn theo ngày làm việc (a time limit on the calendar in force)',
      querystring: deadlineQuery,
      response: responses({ 200: deadlineView }),
    },
    handler: (request) => computeDeadline(services, request.query),
  });
  r.get('/calendar/:year', {
    schema: { tags, summary: 'Ngày nghỉ, ngày làm bù của một năm', params: yearParams, response: responses({ 200: calendarYearView }) },
    handler: async (request, reply) => {
      const view = await getCalendarYear(services, request.params.year);
      setVersionTag(reply, view.overridesVersion);
      return view;
    },
  });
  r.put('/calendar/:year/overrides', {
    schema: {
      tags,
      summary: 'Điều chỉnh lịch năm (system administrator; If-Match on the overrides version)',
      params: yearParams,
      body: calendarOverridesInput,
      response: responses({ 200: calendarYearView }),
    },
    handler: async (request, reply) => {
      const view = await setCalendarOverrides(services, actorOf(request), request.params.year, request.body, ifMatchVersion(request));
      setVersionTag(reply, view.overridesVersion);
      return view;
    },
  });
};

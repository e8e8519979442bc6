import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  exportAccounts,
  exportAccountsQuery,
  exportDocuments,
  exportDocumentsQuery,
  exportOrganisations,
  exportOrganisationsQuery,
  exportPeople,
  exportPeopleQuery,
  exportProposals,
  exportProposalsQuery,
} from '../../app/exports/list-exports.ts';
import type { Services } from '../../app/services.ts';
import { actorOf } from '../auth-plugin.ts';
import { responses } from '../responses.ts';
import { sendFile } from './statistics.ts';

const tags = ['Xuất dữ liệu (exports)'];
const file = z.unknown().meta({ description: 'CSV (UTF-8 with BOM) or XLSX' });
const description =
  'The list with the same filters and visibility as the list endpoint, every row (up to 100,000), Vietnamese headers, sorted with the Vietnamese collation. `format=csv` is UTF-8 with a byte-order mark so that Excel shows Vietnamese correctly.';

/** `/…/export` siblings of every list: CSV or XLSX. */
export const exportRoutes: FastifyPluginAsync<{ services: Services }> = async (app, { services }) => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/organisations/export', {
    schema: {
      tags,
      summary: 'Xuất danh sách cơ quan, đơn vị',
      description,
      querystring: exportOrganisationsQuery,
      response: responses({ 200: file }),
    },
    handler: async (request, reply) => sendFile(reply, await exportOrganisations(services, actorOf(request), request.query)),
  });
  r.get('/people/export', {
    schema: { tags, summary: 'Xuất danh sách cán bộ', description, querystring: exportPeopleQuery, response: responses({ 200: file }) },
    handler: async (request, reply) => sendFile(reply, await exportPeople(services, actorOf(request), request.query)),
  });
  r.get('/accounts/export', {
    schema: {
      tags,
      summary: 'Xuất danh sách tài khoản',
      description,
      querystring: exportAccountsQuery,
      response: responses({ 200: file }),
    },
    handler: async (request, reply) => sendFile(reply, await exportAccounts(services, actorOf(request), request.query)),
  });
  r.get('/proposals/export', {
    schema: { tags, summary: 'Xuất danh sách đề xuất', description, querystring: exportProposalsQuery, response: responses({ 200: file }) },
    handler: async (request, reply) => sendFile(reply, await exportProposals(services, actorOf(request), request.query)),
  });
  r.get('/documents/export', {
    schema: {
      tags,
      summary: 'Xuất danh sách văn bản (sổ văn bản)',
      description,
      querystring: exportDocumentsQuery,
      response: responses({ 200: file }),
    },
    handler: async (request, reply) => sendFile(reply, await exportDocuments(services, actorOf(request), request.query)),
  });
};

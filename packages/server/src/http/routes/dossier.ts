import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { buildDossier } from '../../app/ledger/build-dossier.ts';
import type { Services } from '../../app/services.ts';
import { actorOf } from '../auth-plugin.ts';
import { responses } from '../responses.ts';
import { contentDisposition } from './documents.ts';

const tags = ['Sổ cái (ledger)'];

export const dossierRoutes: FastifyPluginAsync<{ services: Services }> = async (app, { services }) => {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/proposals/:id/dossier', {
    schema: {
      tags,
      summary: 'Tải hồ sơ bảo vệ (download the protection dossier: ZIP with events, proofs, signed checkpoint, documents)',
      description:
        'For the proposer, the deciding head, inspectors and officers in scope, and system administrators; anyone else gets 404. ' +
        'The ZIP verifies offline with `khien dossier verify` or the /verify page (layout: docs/dossier-format.md).',
      params: z.strictObject({ id: z.uuid() }),
      response: responses({ 200: z.unknown().meta({ description: 'application/zip' }) }),
    },
    handler: async (request, reply) => {
      const built = await buildDossier(services, actorOf(request), request.params.id);
      return reply
        .header('content-type', 'application/zip')
        .header('content-disposition', contentDisposition(built.fileName))
        .header('cache-control', 'private, no-store')
        .send(built.zip);
    },
  });
};

import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DomainError } from '@khien/core/errors';
import { importReportView } from '../../app/imports/import-report.ts';
import { importOrganisations } from '../../app/imports/import-organisations.ts';
import { importPeople } from '../../app/imports/import-people.ts';
import type { Services } from '../../app/services.ts';
import { actorOf } from '../auth-plugin.ts';
import { responses } from '../responses.ts';

const tags = ['Nhập dữ liệu (imports)'];

/** The uploaded file (multipart field "file"), read into memory within the upload limit. */
async function uploadedFile(request: FastifyRequest): Promise<{ bytes: Uint8Array; filename: string }> {
  if (!request.isMultipart()) {
    throw new DomainError('import.file_required', {
      vi: 'Hãy gửi tệp CSV hoặc XLSX dạng multipart/form-data, trường "file".',
      en: 'Send the CSV or XLSX file as multipart/form-data in the field "file".',
    });
  }
  const part = await request.file();
  if (!part) {
    throw new DomainError('import.file_required', { vi: 'Không có tệp nào được gửi lên.', en: 'No file was uploaded.' });
  }
  const bytes = new Uint8Array(await part.toBuffer());
  return { bytes, filename: part.filename.normalize('NFC') };
}

const query = z.strictObject({ dryRun: z.enum(['true', 'false']).default('false') });
const schema = (summary: string) => ({
  tags,
  summary,
  description:
    'multipart/form-data with one field "file" (.csv or .xlsx). Rows are validated one by one; valid rows are applied in one transaction; rejected rows are reported with their reasons. Re-importing the same file changes nothing.',
  querystring: query,
  consumes: ['multipart/form-data'],
  response: responses({ 200: importReportView }),
});

export const importRoutes: FastifyPluginAsync<{ services: Services }> = async (app, { services }) => {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post('/imports/organisations', {
    schema: schema('Nhập cơ quan, đơn vị từ CSV/XLSX (import organisations)'),
    handler: async (request) =>
      importOrganisations(services, actorOf(request), await uploadedFile(request), { dryRun: request.query.dryRun === 'true' }),
  });
  r.post('/imports/people', {
    schema: schema('Nhập cán bộ từ CSV/XLSX (import people)'),
    handler: async (request) =>
      importPeople(services, actorOf(request), await uploadedFile(request), { dryRun: request.query.dryRun === 'true' }),
  });
};

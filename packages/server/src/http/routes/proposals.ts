import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DomainError } from '@khien/core/errors';
import type { Actor } from '@khien/core/authorization';
import type { Services } from '../../app/services.ts';
import { addAttachment, attachmentMeta, getAttachment } from '../../app/proposals/add-attachment.ts';
import { adjustScope } from '../../app/proposals/adjust-scope.ts';
import { adoptProcedureVariant, adoptVariantInput, procedureView } from '../../app/proposals/adopt-procedure-variant.ts';
import { approveScope } from '../../app/proposals/approve-scope.ts';
import { assignResources } from '../../app/proposals/assign-resources.ts';
import { close } from '../../app/proposals/close.ts';
import { closeEvaluationMeeting } from '../../app/proposals/close-evaluation-meeting.ts';
import { closeMeeting } from '../../app/proposals/close-meeting.ts';
import { consultRelatedAgencies, consultRelatedAgenciesInput } from '../../app/proposals/consult-related-agencies.ts';
import { createDraft, createDraftInput } from '../../app/proposals/create-draft.ts';
import { decideApproval } from '../../app/proposals/decide-approval.ts';
import { decideOverride, decideOverrideInput } from '../../app/proposals/decide-override.ts';
import { decideRejection } from '../../app/proposals/decide-rejection.ts';
import { determineProtection, determineProtectionInput } from '../../app/proposals/determine-protection.ts';
import { escalate } from '../../app/proposals/escalate.ts';
import { fileProgressReport } from '../../app/proposals/file-progress-report.ts';
import { getConformance } from '../../app/proposals/get-conformance.ts';
import { getProposal } from '../../app/proposals/get-proposal.ts';
import { listProcedures, procedureList, getProcedure } from '../../app/proposals/list-procedures.ts';
import { listProposals, listProposalsQuery } from '../../app/proposals/list-proposals.ts';
import { myDeadlines, myDeadlinesView } from '../../app/proposals/my-deadlines.ts';
import { inboxQuery, inboxView, myInbox } from '../../app/proposals/my-inbox.ts';
import { notifyResult } from '../../app/proposals/notify-result.ts';
import {
  emptyInput,
  meetingInput,
  opinionInput,
  optionalReasonsInput,
  reasonsInput,
  voteInput,
} from '../../app/proposals/proposal-input.ts';
import { actionPath, proposalDetail, proposalPage, type ProposalDetail } from '../../app/proposals/proposal-view.ts';
import { recordAgencyOpinion, recordAgencyOpinionInput } from '../../app/proposals/record-agency-opinion.ts';
import { recordEncouragement, recordEncouragementInput } from '../../app/proposals/record-encouragement.ts';
import { recordEvaluation, recordEvaluationInput } from '../../app/proposals/record-evaluation.ts';
import { recordEvaluationVote } from '../../app/proposals/record-evaluation-vote.ts';
import { recordIncident } from '../../app/proposals/record-incident.ts';
import { recordInspection } from '../../app/proposals/record-inspection.ts';
import { recordPartyOpinion } from '../../app/proposals/record-party-opinion.ts';
import { recordPartyOpinionOnResults } from '../../app/proposals/record-party-opinion-on-results.ts';
import { recordVote } from '../../app/proposals/record-vote.ts';
import { reportCompletion } from '../../app/proposals/report-completion.ts';
import { requestPartyOpinion } from '../../app/proposals/request-party-opinion.ts';
import { requestPartyOpinionOnResults } from '../../app/proposals/request-party-opinion-on-results.ts';
import { resume } from '../../app/proposals/resume.ts';
import { returnForRevision } from '../../app/proposals/return-for-revision.ts';
import { scheduleEvaluation } from '../../app/proposals/schedule-evaluation.ts';
import { scheduleMeeting } from '../../app/proposals/schedule-meeting.ts';
import {
  adjustScopeInput,
  approveScopeInput,
  completionInput,
  incidentInput,
  inspectionInput,
  progressReportInput,
  resourcesInput,
} from '../../app/proposals/scope-input.ts';
import { submitProposal } from '../../app/proposals/submit-proposal.ts';
import { suspend } from '../../app/proposals/suspend.ts';
import { terminate } from '../../app/proposals/terminate.ts';
import { updateDraft, updateDraftInput } from '../../app/proposals/update-draft.ts';
import { actorOf, ifMatchVersion, setVersionTag } from '../auth-plugin.ts';
import { responses } from '../responses.ts';

const tags = ['Đề xuất đổi mới, sáng tạo (proposals)'];
const idParams = z.strictObject({ id: z.uuid() });

type Command<B extends z.ZodType> = {
  action: string;
  summary: string;
  body: B;
  run: (services: Services, actor: Actor, id: string, body: z.infer<B>, version: number | undefined) => Promise<ProposalDetail>;
};

function command<B extends z.ZodType>(action: string, summary: string, body: B, run: Command<B>['run']): Command<z.ZodType> {
  return { action, summary, body, run: run as Command<z.ZodType>['run'] };
}

/**
 * One POST route per engine action: /proposals/{id}/{action-in-kebab-case}. The engine decides
 * whether the actor may fire it (the same answer as `allowedActions` in the detail).
 */
const commands: Command<z.ZodType>[] = [
  command('submit', 'Nộp kế hoạch đề xuất (submit; ND73 Art. 1, 2, 4(2), 5(1), 7)', emptyInput, (s, a, id, _b, v) =>
    submitProposal(s, a, id, v),
  ),
  command('requestPartyOpinion', 'Xin ý kiến cấp ủy cùng cấp (ND73 Art. 4(3))', emptyInput, requestPartyOpinion),
  command('recordPartyOpinion', 'Ghi nhận ý kiến cấp ủy (ND73 Art. 4(3))', opinionInput, recordPartyOpinion),
  command(
    'consultRelatedAgencies',
    'Lấy ý kiến cơ quan liên quan (ND73 Art. 8(2), configurable)',
    consultRelatedAgenciesInput,
    consultRelatedAgencies,
  ),
  command('recordAgencyOpinion', 'Ghi nhận ý kiến cơ quan liên quan (ND73 Art. 8(2))', recordAgencyOpinionInput, recordAgencyOpinion),
  command('scheduleMeeting', 'Triệu tập họp tập thể lãnh đạo (ND73 Art. 8(1))', meetingInput, scheduleMeeting),
  command('recordVote', 'Biểu quyết (ND73 Art. 8(1))', voteInput, recordVote),
  command('closeMeeting', 'Kết thúc biểu quyết (ND73 Art. 8(1))', emptyInput, closeMeeting),
  command('decideApproval', 'Quyết định phê duyệt (ND73 Art. 8(1))', optionalReasonsInput, decideApproval),
  command(
    'decideOverride',
    'Người đứng đầu quyết định phê duyệt khi không đạt biểu quyết, chịu trách nhiệm cá nhân (ND73 Art. 8(1))',
    decideOverrideInput,
    decideOverride,
  ),
  command('decideRejection', 'Quyết định không phê duyệt (ND73 Art. 8(1))', reasonsInput, decideRejection),
  command('returnForRevision', 'Trả lại để hoàn thiện (ND73 Art. 8, configurable)', reasonsInput, returnForRevision),
  command('escalate', 'Trình cơ quan cấp trên (ND73 Art. 8, configurable)', reasonsInput, escalate),
  command('approveScope', 'Phê duyệt phạm vi thực hiện, chỉ tiêu (scope envelope)', approveScopeInput, approveScope),
  command('assignResources', 'Hỗ trợ nguồn lực (ND73 Art. 10)', resourcesInput, assignResources),
  command('fileProgressReport', 'Báo cáo tiến độ (KL14, configurable)', progressReportInput, fileProgressReport),
  command('recordIncident', 'Ghi nhận sự cố, rủi ro', incidentInput, recordIncident),
  command('recordInspection', 'Ghi nhận kiểm tra, giám sát', inspectionInput, recordInspection),
  command('adjustScope', 'Điều chỉnh phạm vi (quyết định bằng văn bản)', adjustScopeInput, adjustScope),
  command('suspend', 'Tạm dừng thực hiện', reasonsInput, suspend),
  command('resume', 'Tiếp tục thực hiện', reasonsInput, resume),
  command('terminate', 'Chấm dứt thực hiện', reasonsInput, terminate),
  command('reportCompletion', 'Báo cáo kết quả thực hiện (ND73 Art. 18: 05 ngày làm việc)', completionInput, reportCompletion),
  command('requestPartyOpinionOnResults', 'Xin ý kiến cấp ủy về kết quả (ND73 Art. 4(3))', emptyInput, requestPartyOpinionOnResults),
  command('recordPartyOpinionOnResults', 'Ghi nhận ý kiến cấp ủy về kết quả (ND73 Art. 4(3))', opinionInput, recordPartyOpinionOnResults),
  command('scheduleEvaluation', 'Triệu tập họp đánh giá kết quả (ND73 Art. 18: 07 ngày làm việc)', meetingInput, scheduleEvaluation),
  command('recordEvaluationVote', 'Biểu quyết đánh giá kết quả (ND73 Art. 18)', voteInput, recordEvaluationVote),
  command('closeEvaluationMeeting', 'Kết thúc biểu quyết đánh giá', emptyInput, closeEvaluationMeeting),
  command('recordEvaluation', 'Kết luận đánh giá, nguyên nhân (ND73 Art. 11(4), 18)', recordEvaluationInput, recordEvaluation),
  command('notifyResult', 'Thông báo kết quả đánh giá (ND73 Art. 18, configurable)', emptyInput, notifyResult),
  command('determineProtection', 'Xác định biện pháp bảo vệ (ND73 Art. 11)', determineProtectionInput, determineProtection),
  command('recordEncouragement', 'Ghi nhận khuyến khích (ND73 Art. 10)', recordEncouragementInput, recordEncouragement),
  command('close', 'Kết thúc hồ sơ (read-only)', optionalReasonsInput, close),
];

function sendDetail(reply: FastifyReply, view: ProposalDetail, status = 200) {
  setVersionTag(reply, view.version);
  return reply.code(status).send(view);
}

async function uploadedAttachment(request: FastifyRequest) {
  if (!request.isMultipart()) {
    throw new DomainError('attachment.file_required', {
      vi: 'Hãy gửi tệp dạng multipart/form-data, trường "file".',
      en: 'Send the file as multipart/form-data in the field "file".',
    });
  }
  const part = await request.file();
  if (!part) throw new DomainError('attachment.file_required', { vi: 'Không có tệp nào được gửi lên.', en: 'No file was uploaded.' });
  const bytes = new Uint8Array(await part.toBuffer());
  const fields = Object.fromEntries(
    Object.entries(part.fields)
      .filter(([name]) => name !== 'file')
      .map(([name, field]) => [name, field && 'value' in field ? field.value : undefined]),
  );
  const meta = attachmentMeta.safeParse(fields);
  if (!meta.success) {
    const errors = meta.error.issues.map((i) => ({ path: `body.${i.path.join('.')}`, message: i.message }));
    throw new DomainError(
      'request.invalid',
      {
        vi: `Dữ liệu không hợp lệ: ${errors.map((e) => e.path).join(', ')}`,
        en: `Invalid input: ${errors.map((e) => e.path).join(', ')}`,
      },
      { errors },
    );
  }
  return { file: { fileName: part.filename.normalize('NFC'), mediaType: part.mimetype, bytes }, meta: meta.data };
}

export const proposalRoutes: FastifyPluginAsync<{ services: Services }> = async (app, { services }) => {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/proposals', {
    schema: {
      tags,
      summary: 'Danh sách đề xuất (list, filter, sort, paginate)',
      querystring: listProposalsQuery,
      response: responses({ 200: proposalPage }),
    },
    handler: (request) => listProposals(services, actorOf(request), request.query),
  });

  r.post('/proposals', {
    schema: {
      tags,
      summary: 'Tạo dự thảo kế hoạch đề xuất (ND73 Art. 7)',
      body: createDraftInput,
      response: responses({ 201: proposalDetail }),
    },
    handler: async (request, reply) => sendDetail(reply, await createDraft(services, actorOf(request), request.body), 201),
  });

  r.get('/proposals/:id', {
    schema: {
      tags,
      summary: 'Chi tiết đề xuất: dòng thời gian sổ cái, thao tác được phép, bước hiện tại và hạn',
      params: idParams,
      response: responses({ 200: proposalDetail }),
    },
    handler: async (request, reply) => sendDetail(reply, await getProposal(services, actorOf(request), request.params.id)),
  });

  r.put('/proposals/:id', {
    schema: {
      tags,
      summary: 'Sửa dự thảo (If-Match)',
      params: idParams,
      body: updateDraftInput,
      response: responses({ 200: proposalDetail }),
    },
    handler: async (request, reply) =>
      sendDetail(reply, await updateDraft(services, actorOf(request), request.params.id, request.body, ifMatchVersion(request))),
  });

  for (const c of commands) {
    r.post(`/proposals/:id/${actionPath(c.action)}`, {
      schema: { tags, summary: `${c.summary} — If-Match`, params: idParams, body: c.body, response: responses({ 200: proposalDetail }) },
      handler: async (request, reply) =>
        sendDetail(reply, await c.run(services, actorOf(request), request.params.id, request.body, ifMatchVersion(request))),
    });
  }

  r.get('/proposals/:id/conformance', {
    schema: {
      tags,
      summary: 'Báo cáo mức độ tuân thủ phạm vi được duyệt (scope conformance)',
      params: idParams,
      response: responses({ 200: z.object({ report: z.record(z.string(), z.unknown()).nullable() }) }),
    },
    handler: async (request) => ({
      report: (await getConformance(services, actorOf(request), request.params.id)) as Record<string, unknown> | null,
    }),
  });

  r.post('/proposals/:id/attachments', {
    schema: {
      tags,
      summary: 'Đính kèm tài liệu (multipart "file"; fields documentType, action); SHA-256 ghi vào sổ cái',
      params: idParams,
      consumes: ['multipart/form-data'],
      response: responses({ 201: proposalDetail }),
    },
    handler: async (request, reply) => {
      const { file, meta } = await uploadedAttachment(request);
      return sendDetail(
        reply,
        await addAttachment(services, actorOf(request), request.params.id, file, meta, ifMatchVersion(request)),
        201,
      );
    },
  });

  r.get('/proposals/:id/attachments/:attachmentId', {
    schema: {
      tags,
      summary: 'Tải tài liệu đính kèm',
      params: z.strictObject({ id: z.uuid(), attachmentId: z.uuid() }),
      response: { ...responses({}), 200: z.any().meta({ description: 'the file' }) },
    },
    handler: async (request, reply) => {
      const file = await getAttachment(services, actorOf(request), request.params.id, request.params.attachmentId);
      return reply
        .header('content-type', file.mediaType)
        .header('x-content-sha256', file.sha256)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
        .send(Buffer.from(file.bytes));
    },
  });

  r.get('/me/inbox', {
    schema: {
      tags,
      summary: 'Việc chờ tôi xử lý (cases where the engine allows me an action), paginated',
      querystring: inboxQuery,
      response: responses({ 200: inboxView }),
    },
    handler: (request) => myInbox(services, actorOf(request), request.query),
  });

  r.get('/me/deadlines', {
    schema: { tags, summary: 'Hạn của tôi (steps I hold; overdue steps escalated to me)', response: responses({ 200: myDeadlinesView }) },
    handler: (request) => myDeadlines(services, actorOf(request)),
  });

  r.get('/procedures', {
    schema: { tags, summary: 'Quy trình: hồ sơ mẫu và phương án địa phương', response: responses({ 200: procedureList }) },
    handler: () => listProcedures(services),
  });

  r.get('/procedures/:id/:version', {
    schema: {
      tags,
      summary: 'Định nghĩa quy trình (procedure as data)',
      params: z.strictObject({ id: z.string().max(60), version: z.coerce.number().int().positive() }),
      response: responses({ 200: procedureView }),
    },
    handler: (request) => getProcedure(services, request.params.id, request.params.version),
  });

  r.post('/procedures/variants', {
    schema: {
      tags,
      summary: 'Áp dụng phương án địa phương của quy trình (legal basis recorded)',
      body: adoptVariantInput,
      response: responses({ 201: procedureView }),
    },
    handler: async (request, reply) => reply.code(201).send(await adoptProcedureVariant(services, actorOf(request), request.body)),
  });
};

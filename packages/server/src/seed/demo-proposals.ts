/**
 * Demo proposals in the Department of Science and Technology of Hòa Sơn, one in every state of
 * the procedure: a draft, an overdue one, a meeting in progress, approved, not approved, an
 * override, suspended, terminated, reported, under evaluation, evaluated, a failed pilot with
 * damage but all three findings "yes" (→ mitigation considered), and a completed one with
 * rewards, closed. Everything goes through the ordinary use cases, so the ledger records it.
 * Idempotent: nothing is added when the department already has proposals.
 */
import type { Actor } from '@khien/core/authorization';
import { loadActor, vietnamDate } from '../app/auth/load-actor.ts';
import { adjustScope } from '../app/proposals/adjust-scope.ts';
import { approveScope } from '../app/proposals/approve-scope.ts';
import { assignResources } from '../app/proposals/assign-resources.ts';
import { closeMeeting } from '../app/proposals/close-meeting.ts';
import { close } from '../app/proposals/close.ts';
import { createDraft } from '../app/proposals/create-draft.ts';
import { decideApproval } from '../app/proposals/decide-approval.ts';
import { decideOverride } from '../app/proposals/decide-override.ts';
import { decideRejection } from '../app/proposals/decide-rejection.ts';
import { determineProtection } from '../app/proposals/determine-protection.ts';
import { fileProgressReport } from '../app/proposals/file-progress-report.ts';
import { notifyResult } from '../app/proposals/notify-result.ts';
import { recordEncouragement } from '../app/proposals/record-encouragement.ts';
import { recordEvaluation } from '../app/proposals/record-evaluation.ts';
import { recordEvaluationVote } from '../app/proposals/record-evaluation-vote.ts';
import { recordIncident } from '../app/proposals/record-incident.ts';
import { recordPartyOpinion } from '../app/proposals/record-party-opinion.ts';
import { recordPartyOpinionOnResults } from '../app/proposals/record-party-opinion-on-results.ts';
import { recordVote } from '../app/proposals/record-vote.ts';
import { reportCompletion } from '../app/proposals/report-completion.ts';
import { requestPartyOpinion } from '../app/proposals/request-party-opinion.ts';
import { requestPartyOpinionOnResults } from '../app/proposals/request-party-opinion-on-results.ts';
import { scheduleEvaluation } from '../app/proposals/schedule-evaluation.ts';
import { scheduleMeeting } from '../app/proposals/schedule-meeting.ts';
import { submitProposal } from '../app/proposals/submit-proposal.ts';
import { suspend } from '../app/proposals/suspend.ts';
import { terminate } from '../app/proposals/terminate.ts';
import type { Services } from '../app/services.ts';

const DAY = 86_400_000;

function plan(title: string) {
  return {
    title,
    pilotsLegalNormativeDocument: false,
    contents: {
      necessity: 'Thủ tục kéo dài, người dân phải đi lại nhiều lần.',
      purpose: 'Rút ngắn thời gian giải quyết thủ tục hành chính.',
      requirements: 'Không phát sinh chi phí cho người dân; bảo đảm an toàn dữ liệu.',
      bottleneck: 'Hồ sơ giấy luân chuyển giữa nhiều đơn vị.',
      legalGap: 'Chưa có quy định về luân chuyển hồ sơ điện tử giữa các cấp trong lĩnh vực này.',
      tasksAndSolutions: 'Số hóa hồ sơ, luân chuyển điện tử, ký số.',
      scope: 'Ba xã thí điểm của tỉnh Hòa Sơn.',
      implementers: 'Phòng Chuyển đổi số, Sở Khoa học và Công nghệ.',
      duration: '6 tháng.',
      resources: '300 triệu đồng từ nguồn chi thường xuyên.',
      feasibility: 'Đã có hạ tầng, nhân lực được đào tạo.',
      positiveImpacts: 'Giảm thời gian, chi phí đi lại.',
      negativeImpacts: 'Cán bộ cần thời gian làm quen.',
      expectedEffectiveness: 'Giảm 50% thời gian giải quyết.',
    },
    conditions: {
      removesUnregulatedBottleneck: 'Tháo gỡ điểm nghẽn chưa được quy định trong văn bản của cấp trên.',
      commonInterestAndPracticalValue: 'Người dân và doanh nghiệp được lợi trực tiếp.',
      urgentNeedWithoutHarm: 'Hồ sơ tồn đọng lớn; không ảnh hưởng quốc phòng, an ninh.',
      promotesDecentralisationReformOrIt: 'Cải cách thủ tục hành chính, ứng dụng công nghệ thông tin.',
    },
    declarations: { withinCompetence: true, noContravention: true, noPersonalOrGroupBenefit: true, relatedParties: [] },
  };
}

export async function seedDemoProposals(services: Services): Promise<{ proposals: number }> {
  const db = services.database.db;
  const dept = await db.selectFrom('organisations').select('id').where('code', '=', 'HS-SKHCN').executeTakeFirst();
  if (!dept) return { proposals: 0 };
  const existing = await db.selectFrom('proposals').select('id').where('employing_agency_id', '=', dept.id).executeTakeFirst();
  if (existing) return { proposals: 0 };

  async function actor(username: string, at: Date): Promise<Actor> {
    const account = await db.selectFrom('accounts').select('id').where('username', '=', username).executeTakeFirstOrThrow();
    return (await loadActor(db, account.id, at))!;
  }
  const now = services.now();
  const today = vietnamDate(now);
  const inDays = (n: number) => vietnamDate(new Date(now.getTime() + n * DAY));
  const proposer = await actor('truongphong.cds', now);
  const head = await actor('giamdoc.skhcn', now);
  const d1 = await actor('phogiamdoc1.skhcn', now);
  const d2 = await actor('phogiamdoc2.skhcn', now);
  const party = await actor('bithu.skhcn', now);
  const proposerId = proposer.personId!;
  let count = 0;

  async function submitted(title: string, s: Services = services) {
    const draft = await createDraft(s, proposer, { plan: plan(title), implementerIds: [] });
    count++;
    await submitProposal(s, proposer, draft.id, undefined);
    return draft.id;
  }
  async function voted(id: string, choices: Array<'for' | 'against'>) {
    await requestPartyOpinion(services, head, id, { documentNumber: '12/CV-SKHCN' }, undefined);
    await recordPartyOpinion(services, party, id, { opinion: 'Chi bộ thống nhất chủ trương thí điểm.', documentNumber: null }, undefined);
    await scheduleMeeting(services, head, id, { meetingDate: today }, undefined);
    const [h, a, b] = choices;
    await recordVote(services, head, id, { choice: h!, reason: null }, undefined);
    await recordVote(services, d1, id, { choice: a!, reason: null }, undefined);
    if (b) await recordVote(services, d2, id, { choice: b, reason: null }, undefined);
    else await closeMeeting(services, head, id, { documentNumber: null }, undefined);
  }
  async function implementing(id: string, override = false) {
    await voted(id, override ? ['for', 'against', 'against'] : ['for', 'for', 'against']);
    if (override) {
      await decideOverride(
        services,
        head,
        id,
        {
          reasons: 'Yêu cầu cấp bách của người dân; lợi ích lớn hơn rủi ro.',
          personalResponsibilityAcknowledged: true,
          documentNumber: '21/QĐ-SKHCN',
        },
        undefined,
      );
    } else {
      await decideApproval(services, head, id, { reasons: null, documentNumber: '20/QĐ-SKHCN' }, undefined);
    }
    await approveScope(
      services,
      head,
      id,
      {
        objectives: [{ text: 'Rút ngắn thời gian giải quyết hồ sơ' }, { text: 'Giảm hồ sơ giấy' }],
        areas: ['xã Tân Lập', 'xã Đồng Tâm', 'phường Hòa Bình'],
        pilotEndDate: inDays(180),
        budgetCeiling: 300_000_000,
        safeguards: [{ text: 'Không thu thêm phí của người dân' }, { text: 'Sao lưu dữ liệu hằng ngày' }],
        kpis: [{ name: 'Thời gian giải quyết trung bình', baseline: 20, target: 10, unit: 'ngày' }],
        documentNumber: '22/QĐ-SKHCN',
      },
      undefined,
    );
    await assignResources(
      services,
      head,
      id,
      { resources: [{ kind: 'funds', description: 'Kinh phí thí điểm', quantity: null, amount: 300_000_000 }], documentNumber: null },
      undefined,
    );
  }
  async function reported(id: string, kpi: number) {
    await fileProgressReport(
      services,
      proposer,
      id,
      {
        periodEnd: today,
        kpiActuals: [{ kpiId: 'K1', value: kpi }],
        spending: [{ date: today, amount: 120_000_000, description: 'Phần mềm' }],
        areas: [],
        objectives: [],
        narrative: 'Triển khai đúng kế hoạch.',
        attachmentIds: [],
      },
      undefined,
    );
    await reportCompletion(
      services,
      proposer,
      id,
      {
        actualEndDate: today,
        results: 'Báo cáo kết quả thực hiện thí điểm.',
        kpiActuals: [{ kpiId: 'K1', value: kpi }],
        spending: [],
        deviations: null,
      },
      undefined,
    );
  }
  async function evaluating(id: string) {
    await requestPartyOpinionOnResults(services, head, id, { documentNumber: null }, undefined);
    await recordPartyOpinionOnResults(services, party, id, { opinion: 'Chi bộ thống nhất đánh giá.', documentNumber: null }, undefined);
    await scheduleEvaluation(services, head, id, { meetingDate: today }, undefined);
  }
  async function evaluated(id: string, evaluation: Parameters<typeof recordEvaluation>[3]) {
    await evaluating(id);
    for (const who of [head, d1, d2]) await recordEvaluationVote(services, who, id, { choice: 'for', reason: null }, undefined);
    await recordEvaluation(services, head, id, evaluation, undefined);
  }

  await createDraft(services, proposer, { plan: plan('[Mẫu] Số hóa hồ sơ lưu trữ (dự thảo)'), implementerIds: [] });
  count++;
  // Received a month ago and never decided: overdue, escalated to the Chairman by the job runner.
  const past = new Date(now.getTime() - 30 * DAY);
  await submitted('[Mẫu] Cấp phép xây dựng nhà ở riêng lẻ trực tuyến (quá hạn)', { ...services, now: () => past });
  const meeting = await submitted('[Mẫu] Chợ nông sản số (đang họp)');
  await requestPartyOpinion(services, head, meeting, { documentNumber: null }, undefined);
  await scheduleMeeting(services, head, meeting, { meetingDate: today }, undefined);
  await recordVote(services, head, meeting, { choice: 'for', reason: null }, undefined);
  const approved = await submitted('[Mẫu] Bản đồ số hạ tầng viễn thông (đã phê duyệt)');
  await voted(approved, ['for', 'for', 'for']);
  await decideApproval(services, head, approved, { reasons: null, documentNumber: null }, undefined);
  const rejected = await submitted('[Mẫu] Thu phí dịch vụ công qua ví điện tử (không phê duyệt)');
  await voted(rejected, ['against', 'against', 'for']);
  await decideRejection(
    services,
    head,
    rejected,
    { reasons: 'Chưa bảo đảm an toàn giao dịch; cần ý kiến Sở Tài chính.', documentNumber: null },
    undefined,
  );
  await implementing(await submitted('[Mẫu] Trợ lý ảo hỗ trợ thủ tục hành chính (quyết định vượt biểu quyết)'), true);
  const suspended = await submitted('[Mẫu] Cảm biến cảnh báo sạt lở (tạm dừng)');
  await implementing(suspended);
  await suspend(services, head, suspended, { reasons: 'Chờ kết quả thẩm định an toàn thiết bị.', documentNumber: null }, undefined);
  const terminated = await submitted('[Mẫu] Xe buýt điện theo yêu cầu (chấm dứt)');
  await implementing(terminated);
  await terminate(services, head, terminated, { reasons: 'Nhà cung cấp ngừng hoạt động.', documentNumber: null }, undefined);
  await reported(
    await (async () => {
      const id = await submitted('[Mẫu] Khám bệnh từ xa tuyến xã (đã báo cáo kết quả)');
      await implementing(id);
      return id;
    })(),
    12,
  );
  const underEvaluation = await submitted('[Mẫu] Học bạ số (đang đánh giá)');
  await implementing(underEvaluation);
  await reported(underEvaluation, 11);
  await evaluating(underEvaluation);
  const evaluatedCase = await submitted('[Mẫu] Đăng ký kinh doanh một ngày (đã đánh giá)');
  await implementing(evaluatedCase);
  await reported(evaluatedCase, 14);
  await evaluated(evaluatedCase, {
    outcome: 'notCompletedNoDamage',
    extent: 'partly',
    findings: { followedApprovedLine: true, pureMotive: true, commonInterest: true },
    causes: [{ kind: 'objective', description: 'Người dân chưa quen thủ tục trực tuyến.', attributedTo: 'Điều kiện khách quan' }],
    conclusion: 'Hoàn thành một phần, không gây thiệt hại.',
  });

  // The failed pilot: damage, but the approved line was followed with a pure motive for the common interest.
  const failed = await submitted('[Mẫu] Thanh toán không dùng tiền mặt tại chợ (thất bại, có thiệt hại)');
  await implementing(failed);
  await recordIncident(
    services,
    proposer,
    failed,
    {
      occurredOn: today,
      severity: 'high',
      description: 'Sự cố của đơn vị cung cấp làm mất dữ liệu giao dịch.',
      safeguardId: 'S2',
      damage: true,
    },
    undefined,
  );
  await adjustScope(
    services,
    head,
    failed,
    {
      changes: { removeSafeguards: ['S2'] },
      effectiveDate: today,
      reasons: 'Chuyển trách nhiệm sao lưu sang nhà cung cấp theo hợp đồng.',
      documentNumber: null,
    },
    undefined,
  );
  await reported(failed, 19);
  await evaluated(failed, {
    outcome: 'notCompletedWithDamage',
    extent: 'not',
    findings: { followedApprovedLine: true, pureMotive: true, commonInterest: true },
    causes: [
      { kind: 'objective', description: 'Sự cố hạ tầng của nhà cung cấp dịch vụ thanh toán.', attributedTo: 'Nhà cung cấp dịch vụ' },
      { kind: 'subjective', description: 'Kiểm tra năng lực nhà cung cấp chưa kỹ.', attributedTo: 'Phòng Chuyển đổi số' },
    ],
    conclusion: 'Không hoàn thành, có thiệt hại; đúng chủ trương, động cơ trong sáng, vì lợi ích chung.',
  });
  await determineProtection(services, head, failed, { confirmed: true, departure: null, abuse: false, abuseDescription: null }, undefined);

  const completed = await submitted('[Mẫu] Một cửa liên thông số cấp xã (hoàn thành, được khen thưởng)');
  await implementing(completed);
  await reported(completed, 8);
  await evaluated(completed, {
    outcome: 'completed',
    extent: 'full',
    findings: null,
    causes: [],
    conclusion: 'Hoàn thành, vượt chỉ tiêu.',
  });
  await notifyResult(services, head, completed, { documentNumber: null }, undefined);
  await determineProtection(
    services,
    head,
    completed,
    { confirmed: true, departure: null, abuse: false, abuseDescription: null },
    undefined,
  );
  const reward = {
    beneficiaryKind: 'individual' as const,
    beneficiaryPersonId: proposerId,
    beneficiaryOrganisationId: null,
    decision: 'Quyết định khen thưởng (dữ liệu mẫu)',
  };
  await recordEncouragement(
    services,
    head,
    completed,
    { ...reward, kind: 'commendation', personnelPurposes: [], earlySalaryStepMonths: null },
    undefined,
  );
  await recordEncouragement(
    services,
    head,
    completed,
    { ...reward, kind: 'earlySalaryStep', personnelPurposes: [], earlySalaryStepMonths: 12 },
    undefined,
  );
  await recordEncouragement(
    services,
    head,
    completed,
    { ...reward, kind: 'personnelPriority', personnelPurposes: ['planning', 'appointment'], earlySalaryStepMonths: null },
    undefined,
  );
  await close(services, head, completed, { reasons: null, documentNumber: null }, undefined);
  return { proposals: count };
}

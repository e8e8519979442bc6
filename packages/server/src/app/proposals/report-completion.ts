import type { z } from 'zod';
import type { Actor } from '@khien/core/authorization';
import type { Services } from '../services.ts';
import { checkKpiIds, envelopeOf } from './file-progress-report.ts';
import type { ProposalDetail } from './get-proposal.ts';
import type { completionInput } from './scope-input.ts';
import { fireTransition, refuse } from './transition.ts';

/**
 * ND73 Art. 18: the implementer reports completion in writing within 05 working days of
 * finishing: results against KPIs, spending, deviations. The evaluation clock starts.
 */
export async function reportCompletion(
  services: Services,
  actor: Actor,
  id: string,
  input: z.infer<typeof completionInput>,
  expectedVersion: number | undefined,
): Promise<ProposalDetail> {
  return fireTransition(services, actor, id, 'reportCompletion', expectedVersion, async (ctx) => {
    checkKpiIds(await envelopeOf(ctx), input.kpiActuals);
    if (input.actualEndDate > ctx.today) {
      throw refuse(
        'completion.end_in_future',
        'Ngày kết thúc thực tế không được sau hôm nay.',
        'The actual end date cannot be in the future.',
      );
    }
    return {
      payload: { report: input },
      notices: [
        {
          personIds: [ctx.row.deciding_head_id ?? ''].filter(Boolean),
          proposalId: id,
          kind: 'completion.reported',
          subject: `[Khiên] Báo cáo kết quả đề xuất ${ctx.row.code}`,
          body: `Người thực hiện đã báo cáo kết quả đề xuất "${ctx.row.title}" (${ctx.row.code}); thời hạn đánh giá 07 ngày làm việc (ND73/2023 Art. 18).`,
        },
      ],
    };
  });
}

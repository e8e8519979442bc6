import type { z } from 'zod';
import type { Actor } from '@khien/core/authorization';
import type { Services } from '../services.ts';
import { decisionPayload, noticeToProposer } from './case-helpers.ts';
import type { ProposalDetail } from './get-proposal.ts';
import type { emptyInput } from './proposal-input.ts';
import { fireTransition } from './transition.ts';

const outcomeText: Record<string, string> = {
  completed: 'hoàn thành',
  notCompletedNoDamage: 'không hoàn thành hoặc hoàn thành một phần, không gây thiệt hại',
  notCompletedWithDamage: 'không hoàn thành hoặc hoàn thành một phần, có gây thiệt hại',
};

/** ND73 Art. 18 [U]: written notice of the evaluation result (within 03 working days). */
export async function notifyResult(
  services: Services,
  actor: Actor,
  id: string,
  input: z.infer<typeof emptyInput>,
  expectedVersion: number | undefined,
): Promise<ProposalDetail> {
  return fireTransition(services, actor, id, 'notifyResult', expectedVersion, (ctx) => {
    const outcome = ctx.snapshot.evaluation?.outcome ?? 'completed';
    return {
      payload: { decision: decisionPayload(ctx, 'resultNotice', null, { outcome, documentNumber: input.documentNumber }) },
      notices: [
        noticeToProposer(ctx, 'evaluation.notified', `kết quả đánh giá: ${outcomeText[outcome]}.`, ctx.snapshot.parties.implementerIds),
      ],
    };
  });
}

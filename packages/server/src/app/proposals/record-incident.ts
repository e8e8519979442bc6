import type { z } from 'zod';
import type { Actor } from '@khien/core/authorization';
import type { Services } from '../services.ts';
import { envelopeOf } from './file-progress-report.ts';
import type { ProposalDetail } from './get-proposal.ts';
import type { incidentInput } from './scope-input.ts';
import { fireTransition, refuse } from './transition.ts';

/** An incident or risk during the pilot; naming a safeguard records it as breached. */
export async function recordIncident(
  services: Services,
  actor: Actor,
  id: string,
  input: z.infer<typeof incidentInput>,
  expectedVersion: number | undefined,
): Promise<ProposalDetail> {
  return fireTransition(services, actor, id, 'recordIncident', expectedVersion, async (ctx) => {
    if (input.safeguardId !== null && !(await envelopeOf(ctx)).safeguards.some((s) => s.id === input.safeguardId)) {
      throw refuse(
        'scope.unknown_safeguard',
        'Biện pháp bảo đảm không có trong phạm vi được duyệt.',
        'Not a safeguard of the approved scope.',
      );
    }
    const notices =
      input.severity === 'high' || input.damage
        ? [
            {
              personIds: [ctx.row.deciding_head_id ?? ''].filter(Boolean),
              proposalId: id,
              kind: 'incident.recorded' as const,
              subject: `[Khiên] Sự cố nghiêm trọng: ${ctx.row.code}`,
              body: input.description,
            },
          ]
        : [];
    return { payload: { incident: { id: ctx.newId(), ...input } }, notices };
  });
}

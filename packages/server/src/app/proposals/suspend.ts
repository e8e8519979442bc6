import { implementationDecision } from './implementation-decision.ts';

/** Suspend the pilot [U, KL14]: a written decision with reasons; the completion clock stops. */
export const suspend = implementationDecision('suspend', 'tạm dừng thực hiện');

import { implementationDecision } from './implementation-decision.ts';

/**
 * Terminate the pilot [U, KL14]. It is still reported (within 05 working days, Art. 18) and
 * evaluated: protection depends on the evaluation, not on how the pilot ended.
 */
export const terminate = implementationDecision('terminate', 'chấm dứt thực hiện');

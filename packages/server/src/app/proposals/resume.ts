import { implementationDecision } from './implementation-decision.ts';

/** Resume a suspended pilot [U, KL14]; the completion and progress clocks start again. */
export const resume = implementationDecision('resume', 'tiếp tục thực hiện');

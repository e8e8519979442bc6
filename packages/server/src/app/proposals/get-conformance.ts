import type { Actor } from '@khien/core/authorization';
import type { ScopeConformanceReport } from '@khien/core/procedure';
import { vietnamDate } from '../auth/load-actor.ts';
import type { Services } from '../services.ts';
import { visibleProposal } from './case-access.ts';
import { conformanceReport } from './conformance.ts';

/**
 * Scope-conformance report (issue §2.10): every deviation from the approved envelope and
 * whether an adjust decision in force covered it; evidence for the protection determination.
 */
export async function getConformance(services: Services, actor: Actor, id: string): Promise<ScopeConformanceReport | null> {
  await visibleProposal(services.database.db, actor, id);
  return conformanceReport(services.database.db, id, vietnamDate(services.now()));
}

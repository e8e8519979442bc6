/**
 * Cases carried through the procedure for the statistics tests: approved by a unanimous vote,
 * and then through completion, evaluation and protection, on fixed dates in H1 2026.
 */
import { act, plan, type TestClock, type World } from '../proposals/world.ts';

/** Submitted on 12/02/2026, approved by the collective's unanimous vote on 13/02. */
export async function approvedCase(w: World, clock: TestClock, title: string): Promise<string> {
  clock.set('2026-02-12T09:00:00+07:00');
  const id = (await w.as['proposer']!.post('/proposals', { plan: plan({ title }) })).json().id as string;
  await act(w.as['proposer']!, id, 'submit');
  await act(w.as['head']!, id, 'request-party-opinion');
  await act(w.as['party']!, id, 'record-party-opinion', { opinion: 'Đồng ý.' });
  await act(w.as['head']!, id, 'schedule-meeting', { meetingDate: '2026-02-13' });
  for (const who of ['head', 'd1', 'd2']) await act(w.as[who]!, id, 'record-vote', { choice: 'for' });
  await act(w.as['head']!, id, 'decide-approval');
  return id;
}

/** An approved case carried on: scope, completion on 30/04, evaluation (completed), protection. */
export async function carriedToProtection(w: World, clock: TestClock, id: string): Promise<void> {
  await act(w.as['head']!, id, 'approve-scope', {
    objectives: [{ text: 'Rút ngắn' }],
    areas: ['xa-a'],
    pilotEndDate: '2026-04-30',
    budgetCeiling: 1,
    safeguards: [],
    kpis: [{ name: 'Thời gian', baseline: 20, target: 10, unit: 'ngày' }],
  });
  clock.set('2026-05-04T09:00:00+07:00');
  await act(w.as['proposer']!, id, 'report-completion', {
    actualEndDate: '2026-04-30',
    results: 'Đạt.',
    kpiActuals: [{ kpiId: 'K1', value: 8 }],
  });
  await act(w.as['head']!, id, 'request-party-opinion-on-results');
  await act(w.as['party']!, id, 'record-party-opinion-on-results', { opinion: 'Đồng ý.' });
  await act(w.as['head']!, id, 'schedule-evaluation', { meetingDate: '2026-05-05' });
  for (const who of ['head', 'd1', 'd2']) await act(w.as[who]!, id, 'record-evaluation-vote', { choice: 'for' });
  await act(w.as['head']!, id, 'record-evaluation', { outcome: 'completed', extent: 'full', causes: [] });
  await act(w.as['head']!, id, 'determine-protection', { confirmed: true });
}

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dueStatus as inboxDueStatus } from '../../components/working-days.ts';
import { dueStatus, yearsBetween, type CalendarYear } from './working-days.ts';

// 2026: National Day 01–02/9 (Tue–Wed) off; Saturday 05/9 worked in exchange (an example).
const y2026: CalendarYear = {
  year: 2026,
  daysOff: [{ date: '2026-09-01' }, { date: '2026-09-02' }],
  makeUpWorkdays: [{ date: '2026-09-05' }],
};
const y2027: CalendarYear = { year: 2027, daysOff: [{ date: '2027-01-01' }], makeUpWorkdays: [] };

describe('working days left on a step (issue 5: the current step shows its due date and the working days left)', () => {
  it('counts the working days from today (while it lasts) to the due date, skipping the weekend', () => {
    // Friday 20/11 → Monday 23/11: Friday and Monday; Saturday and Sunday do not count.
    assert.deepEqual(dueStatus('2026-11-20', '2026-11-23', [y2026]), { kind: 'left', workingDays: 2 });
    assert.deepEqual(dueStatus('2026-11-23', '2026-11-27', [y2026]), { kind: 'left', workingDays: 5 });
  });

  it('skips the days off of the calendar and counts a worked Saturday', () => {
    // Fri 28/8 → Mon 7/9: Fri 28/8, Mon 31/8, Thu 3/9, Fri 4/9, Sat 5/9 (worked), Mon 7/9 = 6.
    assert.deepEqual(dueStatus('2026-08-28', '2026-09-07', [y2026]), { kind: 'left', workingDays: 6 });
  });

  it('gives the case page the same count as the inbox (one calendar count for every screen)', () => {
    for (const [today, due] of [
      ['2026-11-20', '2026-11-23'],
      ['2026-08-28', '2026-09-07'],
      ['2026-11-21', '2026-11-27'],
    ] as const) {
      const inbox = inboxDueStatus({ dueOn: due, overdue: false }, today, [y2026]);
      const onCase = dueStatus(today, due, [y2026]);
      assert.equal(inbox.kind, 'left');
      assert.equal(onCase?.kind, 'left');
      assert.equal(onCase.kind === 'left' && inbox.kind === 'left' && onCase.workingDays === inbox.days, true, `${today} → ${due}`);
    }
  });

  it('says "today" on the last day', () => {
    assert.deepEqual(dueStatus('2026-11-23', '2026-11-23', [y2026]), { kind: 'today' });
  });

  it('counts the working days past the due date, also across a new year', () => {
    assert.deepEqual(dueStatus('2026-11-23', '2026-11-20', [y2026]), { kind: 'overdue', workingDays: 1 });
    // Due Thu 31/12/2026; today Mon 04/01/2027: Fri 01/01 is a holiday, so 1 working day late.
    assert.deepEqual(dueStatus('2027-01-04', '2026-12-31', [y2026, y2027]), { kind: 'overdue', workingDays: 1 });
    // The weekend right after the due date: late, but by no working day yet.
    assert.deepEqual(dueStatus('2026-11-22', '2026-11-20', [y2026]), { kind: 'overdue', workingDays: 0 });
  });

  it('gives no count rather than a wrong one when a year of the calendar is missing or a date is bad', () => {
    assert.equal(dueStatus('2026-12-30', '2027-01-05', [y2026]), null);
    assert.equal(dueStatus('2026-13-40x', '2026-11-23', [y2026]), null);
  });

  it('lists the years a count needs', () => {
    assert.deepEqual(yearsBetween('2026-12-30', '2028-01-02'), [2026, 2027, 2028]);
    assert.deepEqual(yearsBetween('2027-01-02', '2026-12-30'), [2026, 2027]);
  });
});

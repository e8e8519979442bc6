/**
 * The leadership collective's meetings (ND73 Art. 8(1) for approval, Art. 18 for evaluation):
 * convening on a date — the members are whoever holds the posts that day, read by the server
 * from the leadership terms — and each member's vote: Tán thành / Không tán thành / Không
 * biểu quyết, with an optional reason.
 */
import { Alert, Form, Radio } from 'antd';
import { formatDate, formatNumber } from '../../../i18n/format.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { ruleFrom } from '../../../validation/antd-rule.ts';
import { vietnamDayOf } from './format.ts';
import { DateItem, Hint, latestMeeting, ReasonsItem, TimeLimits } from './parts.tsx';
import { defineForm, type FieldsProps, type Proposal } from './types.ts';
import { LIMITS, textOrNull, validateChoice, validateMeetingDate } from './validation.ts';

type MeetingKind = 'approval' | 'evaluation';

/** The day before which the meeting cannot be held: the receipt of the plan, or of the completion report. */
export function earliestMeetingDate(proposal: Proposal, kind: MeetingKind): string | null {
  if (kind === 'approval') return vietnamDayOf(proposal.submittedAt);
  const reportedAt = proposal.completionReport?.['reportedAt'];
  return vietnamDayOf(typeof reportedAt === 'string' ? reportedAt : null);
}

/** The timers whose limit the meeting serves. */
const TIMERS: Record<MeetingKind, string[]> = {
  approval: ['approvalDecision', 'headProposalDecision', 'wideScopeDecision'],
  evaluation: ['evaluation'],
};

function meetingFields(kind: MeetingKind) {
  return function MeetingFields({ proposal, form }: FieldsProps) {
    const { t } = useI18n();
    const earliest = earliestMeetingDate(proposal, kind);
    const chosen = Form.useWatch('meetingDate', form) as string | null | undefined;
    const due = proposal.deadlines.find((d) => d.status === 'open' && TIMERS[kind].includes(d.timerId))?.dueOn ?? null;
    const current = latestMeeting(proposal, kind);
    return (
      <>
        <TimeLimits proposal={proposal} timerIds={TIMERS[kind]} />
        {current && !current.closed && <Hint>{t('action.meeting.current', { date: formatDate(current.date) })}</Hint>}
        <DateItem
          name="meetingDate"
          label={t('action.meeting.date')}
          required
          check={(value) => validateMeetingDate(value, earliest)}
          disabledDate={(iso) => earliest !== null && iso < earliest}
          extra={earliest ? t('action.meeting.earliest', { date: formatDate(earliest) }) : undefined}
        />
        {due && chosen && chosen > due && (
          <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('action.meeting.after_due', { date: formatDate(due) })} />
        )}
        <Hint>{t(kind === 'approval' ? 'action.meeting.members_note' : 'action.meeting.members_note_evaluation')}</Hint>
      </>
    );
  };
}

function meetingInitial(kind: MeetingKind) {
  return (proposal: Proposal, today: string) => {
    const earliest = earliestMeetingDate(proposal, kind);
    return { meetingDate: earliest && earliest > today ? earliest : today };
  };
}

export const scheduleMeetingForm = defineForm({
  path: '/api/v1/proposals/{id}/schedule-meeting',
  ok: 'action.ok.schedule_meeting',
  Fields: meetingFields('approval'),
  initialValues: meetingInitial('approval'),
  toBody: (values: { meetingDate?: string }) => ({ meetingDate: values.meetingDate ?? '' }),
});

export const scheduleEvaluationForm = defineForm({
  path: '/api/v1/proposals/{id}/schedule-evaluation',
  ok: 'action.ok.schedule_meeting',
  Fields: meetingFields('evaluation'),
  initialValues: meetingInitial('evaluation'),
  toBody: (values: { meetingDate?: string }) => ({ meetingDate: values.meetingDate ?? '' }),
});

function voteFields(kind: MeetingKind) {
  return function VoteFields({ proposal }: FieldsProps) {
    const { t, locale } = useI18n();
    const meeting = latestMeeting(proposal, kind);
    return (
      <>
        {meeting && (
          <Hint>
            {t('action.vote.meeting', {
              date: formatDate(meeting.date),
              cast: formatNumber(meeting.ballots.length, locale),
              members: formatNumber(meeting.members.length, locale),
            })}
          </Hint>
        )}
        <Form.Item name="choice" label={t('action.vote.choice')} required rules={[ruleFrom(validateChoice, t)]}>
          <Radio.Group
            aria-label={t('action.vote.choice')}
            style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}
            options={[
              { value: 'for', label: t('action.vote.for') },
              { value: 'against', label: t('action.vote.against') },
              { value: 'abstain', label: t('action.vote.abstain') },
            ]}
          />
        </Form.Item>
        <ReasonsItem name="reason" label="action.vote.reason" required={false} max={LIMITS.voteReason} />
        <Hint>{t(kind === 'approval' ? 'action.vote.rule' : 'action.vote.rule_evaluation')}</Hint>
      </>
    );
  };
}

type VoteValues = { choice?: 'for' | 'against' | 'abstain'; reason?: string };

export const recordVoteForm = defineForm({
  path: '/api/v1/proposals/{id}/record-vote',
  ok: 'action.ok.vote',
  Fields: voteFields('approval'),
  toBody: (values: VoteValues) => ({ choice: values.choice ?? 'abstain', reason: textOrNull(values.reason) }),
});

export const recordEvaluationVoteForm = defineForm({
  path: '/api/v1/proposals/{id}/record-evaluation-vote',
  ok: 'action.ok.vote',
  Fields: voteFields('evaluation'),
  toBody: (values: VoteValues) => ({ choice: values.choice ?? 'abstain', reason: textOrNull(values.reason) }),
});

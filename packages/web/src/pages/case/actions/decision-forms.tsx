/**
 * Confirmations and written decisions: submit, requests for the Party committee's opinion,
 * closing a vote, notifying the result, closing the case; approval, rejection, return for
 * revision, escalation, suspension, resumption, termination; and the head's override after a
 * failed vote (ND73 Art. 8(1)), which states the personal responsibility in writing.
 */
import { Alert, Checkbox, Form } from 'antd';
import { useI18n } from '../../../i18n/i18n.tsx';
import type { MessageKey } from '../../../i18n/messages.ts';
import { ruleFrom } from '../../../validation/antd-rule.ts';
import { documentNumberBody, optionalReasonsBody, overrideBody, reasonsBody } from './bodies.ts';
import { Citation, DocumentNumberItem, Hint, latestMeeting, ReasonsItem, TallySummary } from './parts.tsx';
import { defineForm, type AnyFormSpec, type CommandPath, type FieldsProps } from './types.ts';
import { validateAcknowledged } from './validation.ts';

/** What each confirmation does, in one sentence. */
const EXPLAIN: Record<string, MessageKey> = {
  submit: 'action.explain.submit',
  requestPartyOpinion: 'action.explain.request_party_opinion',
  requestPartyOpinionOnResults: 'action.explain.request_party_opinion_on_results',
  closeMeeting: 'action.explain.close_meeting',
  closeEvaluationMeeting: 'action.explain.close_meeting',
  notifyResult: 'action.explain.notify_result',
  close: 'action.explain.close',
  decideApproval: 'action.explain.decide_approval',
  decideRejection: 'action.explain.decide_rejection',
  returnForRevision: 'action.explain.return_for_revision',
  escalate: 'action.explain.escalate',
  suspend: 'action.explain.suspend',
  resume: 'action.explain.resume',
  terminate: 'action.explain.terminate',
};

/** Which meeting's vote a step looks at. */
const MEETING_OF: Record<string, 'approval' | 'evaluation'> = {
  closeMeeting: 'approval',
  decideApproval: 'approval',
  decideRejection: 'approval',
  returnForRevision: 'approval',
  escalate: 'approval',
  decideOverride: 'approval',
  closeEvaluationMeeting: 'evaluation',
};

function Explanation({ action, proposal }: Pick<FieldsProps, 'action' | 'proposal'>) {
  const { t } = useI18n();
  const key = EXPLAIN[action.action];
  const meeting = MEETING_OF[action.action];
  return (
    <>
      {meeting && <TallySummary proposal={proposal} meeting={latestMeeting(proposal, meeting)} />}
      {key && <Hint>{t(key)}</Hint>}
    </>
  );
}

function ConfirmFields({ action, proposal }: FieldsProps) {
  return (
    <>
      <Explanation action={action} proposal={proposal} />
      <DocumentNumberItem />
    </>
  );
}

/** A command whose body is only the optional document number (emptyInput). */
export function confirmForm(path: CommandPath, ok: MessageKey): AnyFormSpec {
  return defineForm({
    path,
    ok,
    Fields: ConfirmFields,
    toBody: (values: { documentNumber?: string }) => documentNumberBody(values) as never,
  });
}

function reasonsFields(label: MessageKey, required: boolean) {
  return function ReasonsFields({ action, proposal }: FieldsProps) {
    return (
      <>
        <Explanation action={action} proposal={proposal} />
        <ReasonsItem label={label} required={required} />
        <DocumentNumberItem />
      </>
    );
  };
}

/** A written decision with reasons (reasonsInput) or optional reasons (optionalReasonsInput). */
export function reasonsForm(path: CommandPath, ok: MessageKey, label: MessageKey, required = true): AnyFormSpec {
  return defineForm({
    path,
    ok,
    Fields: reasonsFields(label, required),
    toBody: (values: { reasons?: string; documentNumber?: string }) =>
      (required ? reasonsBody(values) : optionalReasonsBody(values)) as never,
  });
}

function OverrideFields({ proposal }: FieldsProps) {
  const { t } = useI18n();
  return (
    <>
      <TallySummary proposal={proposal} meeting={latestMeeting(proposal, 'approval')} />
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 16 }}
        title={t('action.override.warning_title')}
        description={
          <>
            <p style={{ margin: 0 }}>{t('action.override.warning_text')}</p>
            <Citation citation="ND73/2023 Art. 8(1)" />
          </>
        }
      />
      <ReasonsItem label="action.override.reasons" />
      <Form.Item
        name="acknowledged"
        valuePropName="checked"
        required
        rules={[ruleFrom(validateAcknowledged, t)]}
        style={{ background: '#fffbe6', border: '1px solid #ffe58f', borderRadius: 8, padding: '8px 12px' }}
      >
        <Checkbox>
          <strong>{t('action.override.acknowledge')}</strong>
        </Checkbox>
      </Form.Item>
      <DocumentNumberItem />
    </>
  );
}

/** ND73 Art. 8(1): the head approves in writing after a failed vote, on their personal responsibility. */
export const overrideForm = defineForm({
  path: '/api/v1/proposals/{id}/decide-override',
  ok: 'action.ok.decide_override',
  Fields: OverrideFields,
  toBody: (values: { reasons?: string; acknowledged?: boolean; documentNumber?: string }) => overrideBody(values),
});

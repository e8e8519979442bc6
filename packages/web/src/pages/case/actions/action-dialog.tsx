/**
 * The dialog of one step of a case: the step's legal basis, its form (registry.tsx), the
 * documents it produces or needs, and the command — files first (each sealed in the ledger),
 * then `POST /api/v1/proposals/{id}/<action>` with If-Match on the version last answered. The
 * server answers with the case as it now is, which goes back to the case page.
 */
import { Alert, App, Form, Modal, Tag } from 'antd';
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useShowProblem } from '../../../components/use-problem.tsx';
import { isoDateInVietnam } from '../../../i18n/format.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import type { MessageKey } from '../../../i18n/messages.ts';
import { postCommand, uploadAttachment } from './command.ts';
import { chosenFiles, DocumentsSection } from './documents-section.tsx';
import { Citation } from './parts.tsx';
import { formFor } from './registry.tsx';
import type { AllowedAction, Proposal } from './types.ts';

export type { AllowedAction, Proposal } from './types.ts';

export interface ActionDialogProps {
  proposal: Proposal;
  action: AllowedAction;
  /** Called after the command succeeded, with the proposal as the server now has it. */
  onDone: (updated: Proposal) => void;
  onCancel: () => void;
  /** A 409: the case changed under us; the page reloads it. */
  onReload: () => void;
}

/**
 * Enter in a one-line field (a date just typed, a document number) must not send a legal
 * step by accident: only the OK button sends. Text areas keep Enter for new lines.
 */
function preventImplicitSubmit(event: KeyboardEvent<HTMLFormElement>) {
  if (event.key === 'Enter' && event.target instanceof HTMLInputElement) event.preventDefault();
}

interface Uploads {
  /** The case version after the last upload (each upload is a case event). */
  version: number;
  /** Files already uploaded in this dialog, by the picker's uid: a retry does not upload them twice. */
  byUid: Map<string, string>;
  attachmentIds: string[];
}

export function ActionDialog({ proposal, action, onDone, onCancel, onReload }: ActionDialogProps) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const showProblem = useShowProblem();
  const [form] = Form.useForm();
  const today = useMemo(() => isoDateInVietnam(new Date()), []);
  const spec = useMemo(() => formFor(action, proposal.id), [action, proposal.id]);
  const initialValues = useMemo(() => spec.initialValues?.(proposal, today) ?? {}, [spec, proposal, today]);
  const [busy, setBusy] = useState(false);
  const [crossProblem, setCrossProblem] = useState<MessageKey | null>(null);
  const uploads = useRef<Uploads>({ version: proposal.version, byUid: new Map(), attachmentIds: proposal.attachments.map((a) => a.id) });
  const Fields = spec.Fields;

  async function send() {
    // All stored values, not only the mounted fields: list rows and values a form keeps aside.
    const values = form.getFieldsValue(true) as Record<string, unknown>;
    const context = { proposal, attachmentIds: [] as string[], today };
    const problem = spec.validate?.(values as never, context) ?? null;
    setCrossProblem(problem);
    if (problem) return;
    setBusy(true);
    try {
      const state = uploads.current;
      const attachmentIds: string[] = [];
      for (const chosen of chosenFiles(action, values['files'] as never)) {
        let id = state.byUid.get(chosen.uid);
        if (!id) {
          const answer = await uploadAttachment(proposal.id, chosen.file, chosen.documentType, action.action, state.attachmentIds);
          state.version = answer.version;
          state.attachmentIds = answer.attachmentIds;
          state.byUid.set(chosen.uid, answer.attachmentId);
          id = answer.attachmentId;
        }
        attachmentIds.push(id);
      }
      const body = spec.toBody(values as never, { ...context, attachmentIds });
      const updated = await postCommand(spec.path, proposal.id, state.version, body);
      void message.success(t('action.done', { action: pick(action.label) }));
      onDone(updated);
    } catch (error) {
      showProblem(error, { form, onReload });
    } finally {
      setBusy(false);
    }
  }

  function cancel() {
    onCancel();
    // Files uploaded before a refused command are on the case already: show them.
    if (uploads.current.byUid.size > 0) onReload();
  }

  return (
    <Modal
      open
      title={pick(action.label)}
      okText={t(spec.ok)}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={cancel}
      confirmLoading={busy}
      okButtonProps={{ disabled: !action.allowed }}
      width={spec.wide ? { xs: '100%', md: 720, lg: 840 } : { xs: '100%', sm: 560 }}
      maskClosable={false}
      destroyOnHidden
      // A long title must not run under the close button on a phone.
      styles={{ title: { paddingInlineEnd: 28 } }}
    >
      <p style={{ color: '#595959', marginTop: 0 }}>
        {t('action.basis')} <Citation citation={action.citation} />
        {action.status === 'configurable' && <Tag style={{ marginInlineStart: 8 }}>{t('action.configurable')}</Tag>}
      </p>
      {!action.allowed && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('action.not_allowed')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {action.reasons.map((reason) => (
                <li key={reason.code}>
                  {pick(reason)} (<Citation citation={reason.citation} />)
                </li>
              ))}
            </ul>
          }
        />
      )}
      <Form
        form={form}
        layout="vertical"
        name={`action-${action.action}`}
        initialValues={initialValues}
        onFinish={() => void send()}
        onValuesChange={() => crossProblem && setCrossProblem(null)}
        scrollToFirstError
        disabled={busy}
        onKeyDown={preventImplicitSubmit}
      >
        <Fields proposal={proposal} action={action} form={form} today={today} />
        <DocumentsSection action={action} />
        {crossProblem && <Alert type="error" showIcon role="alert" style={{ marginBottom: 8 }} title={t(crossProblem)} />}
      </Form>
    </Modal>
  );
}

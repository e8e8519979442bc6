/**
 * The written documents of a step (the action's `documents`): those the system drafts itself
 * (Decree 30/2020 layout, numbered and sealed in the ledger with the step) are named; for the
 * others — the Party committee's answer, an agency's letter, a report, evidence — the cadre
 * attaches the file, which is uploaded before the command and sealed by its SHA-256.
 */
import { UploadOutlined } from '@ant-design/icons';
import { Button, Form, Tag, Upload, type UploadFile } from 'antd';
import { formatBytes } from '../../../i18n/format.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import type { MessageKey } from '../../../i18n/messages.ts';
import { Group } from './parts.tsx';
import type { AllowedAction } from './types.ts';
import { UPLOAD_MAX_BYTES, validateUpload } from './validation.ts';

/** Actions whose documents the server issues itself (server/src/app/proposals/case-documents.ts, CASE_DOCUMENTS). */
export const SYSTEM_DRAFTED = new Set([
  'submit',
  'requestPartyOpinion',
  'requestPartyOpinionOnResults',
  'closeMeeting',
  'closeEvaluationMeeting',
  'decideApproval',
  'decideOverride',
  'decideRejection',
  'adjustScope',
  'suspend',
  'resume',
  'terminate',
  'reportCompletion',
  'recordEvaluation',
  'determineProtection',
]);

const TYPE_KEYS: Record<string, MessageKey> = {
  decision: 'action.document.type.decision',
  conclusion: 'action.document.type.conclusion',
  minutes: 'action.document.type.minutes',
  report: 'action.document.type.report',
  notice: 'action.document.type.notice',
  letter: 'action.document.type.letter',
  submission: 'action.document.type.submission',
  plan: 'action.document.type.plan',
  evidence: 'action.document.type.evidence',
};

/** The files chosen in the dialog, in document order, with the document type each belongs to. */
export function chosenFiles(action: AllowedAction, files: Record<string, UploadFile[] | undefined> | undefined) {
  const out: Array<{ uid: string; file: File; documentType: string }> = [];
  action.documents.forEach((document, index) => {
    for (const item of files?.[fileKey(index)] ?? []) {
      if (item.originFileObj) out.push({ uid: item.uid, file: item.originFileObj, documentType: document.type });
    }
  });
  return out;
}

const fileKey = (index: number) => `d${index}`;

export function DocumentsSection({ action }: { action: AllowedAction }) {
  const { t, pick, locale } = useI18n();
  if (action.documents.length === 0) return null;
  const drafted = SYSTEM_DRAFTED.has(action.action);
  return (
    <Group title={t('action.documents.title')}>
      {action.documents.map((document, index) => {
        const type = TYPE_KEYS[document.type];
        const heading = (
          <>
            {pick(document.label)} {type && <Tag>{t(type)}</Tag>}
            {!document.required && <Tag>{t('action.documents.optional')}</Tag>}
          </>
        );
        if (drafted) {
          return (
            <p key={index} style={{ marginTop: 0 }}>
              {heading}
              <br />
              <span style={{ color: '#595959' }}>{t('action.documents.system_drafted')}</span>
            </p>
          );
        }
        return (
          <Form.Item
            key={index}
            name={['files', fileKey(index)]}
            label={t('action.documents.attach', { document: pick(document.label) })}
            valuePropName="fileList"
            getValueFromEvent={(event: { fileList: UploadFile[] }) => event.fileList.slice(-1)}
            extra={
              <>
                {type && <Tag>{t(type)}</Tag>}
                {t('action.documents.attach_hint', { max: formatBytes(UPLOAD_MAX_BYTES, locale) })}
              </>
            }
            rules={[
              {
                validator: (_rule, list: UploadFile[] | undefined) => {
                  const key = validateUpload(list?.[0]?.originFileObj ?? null);
                  return key ? Promise.reject(new Error(t(key, { max: formatBytes(UPLOAD_MAX_BYTES, locale) }))) : Promise.resolve();
                },
              },
            ]}
          >
            <Upload beforeUpload={() => false} maxCount={1}>
              <Button icon={<UploadOutlined />}>{t('action.documents.choose_file')}</Button>
            </Upload>
          </Form.Item>
        );
      })}
    </Group>
  );
}

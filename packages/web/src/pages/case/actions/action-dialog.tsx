import { Modal } from 'antd';
import type { JsonBody } from '../../../api/client.ts';
import { useI18n } from '../../../i18n/i18n.tsx';

export type Proposal = JsonBody<'/api/v1/proposals/{id}', 'get'>;
export type AllowedAction = Proposal['allowedActions'][number];

export interface ActionDialogProps {
  proposal: Proposal;
  action: AllowedAction;
  /** Called after the command succeeded, with the proposal as the server now has it. */
  onDone: (updated: Proposal) => void;
  onCancel: () => void;
  /** A 409: the case changed under us; the page reloads it. */
  onReload: () => void;
}

// Placeholder while the dialogs are being built (replaced in this same change).
export function ActionDialog({ action, onCancel }: ActionDialogProps) {
  const { pick, t } = useI18n();
  return (
    <Modal open title={pick(action.label)} onCancel={onCancel} footer={null}>
      {t('action.confirm')}
    </Modal>
  );
}

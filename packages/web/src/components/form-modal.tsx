import { Modal, type FormInstance, type ModalProps } from 'antd';
import { useI18n } from '../i18n/i18n.tsx';

/**
 * A dialog around one form: OK submits the form (so its validation runs), Cancel and the close
 * button call `onClose`, OK spins while the form is being sent. OK says "Lưu" unless told.
 */
export function FormModal({
  form,
  busy,
  onClose,
  ...props
}: { form: FormInstance; busy: boolean; onClose: () => void } & Omit<ModalProps, 'onOk' | 'onCancel' | 'confirmLoading'>) {
  const { t } = useI18n();
  return (
    <Modal
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      {...props}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={busy}
    />
  );
}

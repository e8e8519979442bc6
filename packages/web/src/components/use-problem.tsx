import { App, type FormInstance } from 'antd';
import { useCallback } from 'react';
import { isApiError } from '../api/client.ts';
import { describeProblem, fieldErrors } from '../api/problem-text.ts';
import { useI18n } from '../i18n/i18n.tsx';

export interface ShowProblemOptions {
  /** A 409 offers this "reload" action (fetch the latest version and let the user redo). */
  onReload?: () => void;
  /** 400 field errors are put on these form fields as well. */
  form?: FormInstance;
}

/**
 * Show an API problem: the server's message in the user's language, what to do next, and
 * the request id for support. A 401 is not shown here: the session guard already returns
 * the user to the login page.
 */
export function useShowProblem() {
  const { modal, notification } = App.useApp();
  const { t, pick } = useI18n();
  return useCallback(
    (error: unknown, options: ShowProblemOptions = {}) => {
      if (isApiError(error) && error.status === 401 && error.problem?.code !== 'auth.invalid_credentials') return;
      const text = describeProblem(error, pick);
      const message = text.message ?? t(text.messageKey ?? 'problem.unexpected');
      const description = (
        <>
          <p style={{ margin: 0 }}>{t(text.next)}</p>
          {text.requestId && (
            <p style={{ margin: '4px 0 0', fontSize: 12 }}>
              {t('problem.request_id')}: <code>{text.requestId}</code>
            </p>
          )}
        </>
      );
      if (options.form && isApiError(error)) {
        const fields = fieldErrors(error.problem);
        if (fields.length) options.form.setFields(fields);
      }
      if (text.conflict && options.onReload) {
        const reload = options.onReload;
        modal.confirm({
          title: t('problem.conflict_title'),
          content: (
            <>
              <p>{message}</p>
              <p>{t('problem.next.conflict')}</p>
            </>
          ),
          okText: t('problem.reload'),
          cancelText: t('common.cancel'),
          onOk: () => reload(),
        });
        return;
      }
      notification.error({ title: message, description, duration: 8, placement: 'top' });
    },
    [modal, notification, t, pick],
  );
}

import { App } from 'antd';
import { useCallback, useState } from 'react';
import { unwrap } from '../../api/client.ts';
import { useShowProblem } from '../../components/use-problem.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { fileNameFromDisposition, safeFileName } from './files.ts';

type Call = Promise<{ data?: Blob; error?: unknown; response: Response }>;

/** Hand a blob to the browser as a download. */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = safeFileName(name);
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * A server file (`api.GET(path, { parseAs: 'blob' })`): errors become the usual problems (the
 * 401 handling of the API client applies), the name comes from Content-Disposition.
 */
export async function saveServerFile(call: Call, fallback: string): Promise<string> {
  let response: Response | undefined;
  const blob = await unwrap(
    call.then((result) => {
      response = result.response;
      return result;
    }),
  );
  const name = fileNameFromDisposition(response?.headers.get('content-disposition') ?? null, fallback);
  saveBlob(blob, name);
  return name;
}

/** Download buttons: which one is busy, problems shown, a short confirmation with the file name. */
export function useDownloads() {
  const { message } = App.useApp();
  const { t } = useI18n();
  const showProblem = useShowProblem();
  const [busy, setBusy] = useState<string | null>(null);
  const run = useCallback(
    async (key: string, produce: () => Promise<string>) => {
      setBusy(key);
      try {
        const name = await produce();
        void message.success(t('dashboard.downloaded', { name }));
      } catch (error) {
        showProblem(error);
      } finally {
        setBusy(null);
      }
    },
    [message, t, showProblem],
  );
  return { busy, run };
}

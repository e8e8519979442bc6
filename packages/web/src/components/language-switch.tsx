import { Segmented } from 'antd';
import { useI18n } from '../i18n/i18n.tsx';
import type { Locale } from '../i18n/messages.ts';

export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  return (
    <Segmented<Locale>
      size="small"
      aria-label={t('language.label')}
      value={locale}
      onChange={setLocale}
      options={[
        { value: 'vi', label: <span lang="vi">Tiếng Việt</span> },
        { value: 'en', label: <span lang="en">English</span> },
      ]}
    />
  );
}

import { Page } from '../../components/page.tsx';
import { useI18n } from '../../i18n/i18n.tsx';

// Placeholder while the screen is being built (replaced in this same change).
export function ProposalFormPage() {
  const { t } = useI18n();
  return <Page title={t('proposal.form.title_new')}>{null}</Page>;
}

/**
 * ND73 Art. 10: encouragement for a completed proposal — commendation, reward, priority in
 * personnel decisions, a salary step 12 months early, recognition for rank promotion — for the
 * proposer, implementers, or an organisation. The kinds offered, and why one is not, come from
 * core's own rule (`encouragementOptions`), the one the server applies.
 */
import { Alert, Checkbox, Form, Radio } from 'antd';
import { earlySalaryStepMonths, encouragementOptions, type EncouragementKind } from '@khien/core/procedure/encouragement';
import type { EvaluationOutcome } from '@khien/core/procedure/protection';
import { OrganisationSelect, PersonSelect } from '../../../components/remote-select.tsx';
import { useI18n } from '../../../i18n/i18n.tsx';
import type { MessageKey } from '../../../i18n/messages.ts';
import { ruleFrom } from '../../../validation/antd-rule.ts';
import { encouragementBody } from './bodies.ts';
import { Citation, Hint, TextItem } from './parts.tsx';
import { defineForm, type FieldsProps, type Proposal } from './types.ts';
import { LIMITS, optionalText, validateChoice, validateEncouragement, type EncouragementValues } from './validation.ts';

const PURPOSES: Array<{ value: string; label: MessageKey }> = [
  { value: 'rating', label: 'action.encouragement.purpose.rating' },
  { value: 'appointment', label: 'action.encouragement.purpose.appointment' },
  { value: 'reappointment', label: 'action.encouragement.purpose.reappointment' },
  { value: 'planning', label: 'action.encouragement.purpose.planning' },
  { value: 'transfer', label: 'action.encouragement.purpose.transfer' },
  { value: 'rotation', label: 'action.encouragement.purpose.rotation' },
];

export function evaluatedOutcome(proposal: Pick<Proposal, 'evaluation' | 'outcome'>): EvaluationOutcome | null {
  const value = (proposal.evaluation?.['outcome'] ?? proposal.outcome) as string | null | undefined;
  return value === 'completed' || value === 'notCompletedNoDamage' || value === 'notCompletedWithDamage' ? value : null;
}

function EncouragementFields({ proposal, form }: FieldsProps) {
  const { t, pick } = useI18n();
  const beneficiaryKind = (Form.useWatch('beneficiaryKind', form) as 'individual' | 'organisation' | undefined) ?? 'individual';
  const kind = Form.useWatch('kind', form) as EncouragementKind | undefined;
  const outcome = evaluatedOutcome(proposal);
  const options = encouragementOptions(outcome, beneficiaryKind);
  const chosen = options.find((o) => o.kind === kind);
  return (
    <>
      {outcome !== 'completed' && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('action.validation.not_completed')} />
      )}
      <Form.Item name="beneficiaryKind" label={t('action.encouragement.beneficiary_kind')} required rules={[ruleFrom(validateChoice, t)]}>
        <Radio.Group
          aria-label={t('action.encouragement.beneficiary_kind')}
          options={[
            { value: 'individual', label: t('action.encouragement.individual') },
            { value: 'organisation', label: t('action.encouragement.organisation') },
          ]}
        />
      </Form.Item>
      {beneficiaryKind === 'individual' ? (
        <Form.Item
          name="beneficiaryPersonId"
          label={t('action.encouragement.person')}
          required
          rules={[ruleFrom(validateChoice, t)]}
          extra={t('action.field.search_hint')}
        >
          <PersonSelect placeholder="" />
        </Form.Item>
      ) : (
        <Form.Item
          name="beneficiaryOrganisationId"
          label={t('action.encouragement.org')}
          required
          rules={[ruleFrom(validateChoice, t)]}
          extra={t('action.field.search_hint')}
        >
          <OrganisationSelect placeholder="" />
        </Form.Item>
      )}
      <Form.Item name="kind" label={t('action.encouragement.kind')} required rules={[ruleFrom(validateChoice, t)]}>
        <Radio.Group
          aria-label={t('action.encouragement.kind')}
          style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
          options={options.map((o) => ({
            value: o.kind,
            disabled: !o.allowed,
            label: (
              <>
                {pick(o.label)}
                {!o.allowed && o.reasons[0] && <span style={{ color: '#595959' }}> — {pick(o.reasons[0])}</span>}
              </>
            ),
          }))}
        />
      </Form.Item>
      {kind === 'personnelPriority' && (
        <Form.Item
          name="personnelPurposes"
          label={t('action.encouragement.purposes')}
          required
          rules={[ruleFrom((v) => (Array.isArray(v) && v.length > 0 ? null : 'action.validation.purpose_required'), t)]}
        >
          <Checkbox.Group
            aria-label={t('action.encouragement.purposes')}
            options={PURPOSES.map((p) => ({ value: p.value, label: t(p.label) }))}
          />
        </Form.Item>
      )}
      {kind === 'earlySalaryStep' && <Hint>{t('action.encouragement.salary_step', { months: earlySalaryStepMonths })}</Hint>}
      <TextItem
        name="decision"
        label={t('action.encouragement.decision')}
        extra={t('action.encouragement.decision_hint')}
        check={optionalText(LIMITS.decision)}
      />
      {chosen && (
        <Hint>
          <Citation citation={chosen.citation} />
        </Hint>
      )}
    </>
  );
}

type Values = EncouragementValues & { decision?: string };

export const recordEncouragementForm = defineForm({
  path: '/api/v1/proposals/{id}/record-encouragement',
  ok: 'action.ok.encouragement',
  Fields: EncouragementFields,
  wide: true,
  initialValues: (proposal) => ({
    beneficiaryKind: 'individual' as const,
    beneficiaryPersonId: proposal.proposer?.id ?? null,
    personnelPurposes: [],
  }),
  validate: (values: Values, { proposal }) => validateEncouragement(values, evaluatedOutcome(proposal)),
  toBody: (values: Values) => encouragementBody(values),
});

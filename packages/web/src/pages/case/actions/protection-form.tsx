/**
 * ND73 Art. 11: the protection that follows from the evaluation. The suggestion is core's own
 * pure rule (`deriveProtection`, the same code the server runs) fed with the recorded
 * evaluation, the scope-conformance report and the abuse flag as ticked here, so the reasons and
 * citations shown are exactly those the server will seal. The competent person confirms it or
 * departs from it with another protection and written reasons.
 */
import { Alert, Checkbox, Form, Radio, Select, Spin } from 'antd';
import { useEffect, useState } from 'react';
import {
  deriveProtection,
  type Cause,
  type EvaluationFindings,
  type EvaluationOutcome,
  type Protection,
  type ProtectionResult,
} from '@khien/core/procedure/protection';
import { api, unwrap } from '../../../api/client.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import type { MessageKey } from '../../../i18n/messages.ts';
import { ruleFrom } from '../../../validation/antd-rule.ts';
import { protectionBody } from './bodies.ts';
import { Citation, Group, Hint, TextItem } from './parts.tsx';
import { defineForm, type FieldsProps, type Proposal } from './types.ts';
import { validateChoice, validateProtection, type ProtectionValues } from './validation.ts';

export const PROTECTION_LABELS: Record<Protection, MessageKey> = {
  noLiability: 'action.protection.kind.no_liability',
  liabilityExcluded: 'action.protection.kind.excluded',
  considerExclusionExemptionMitigation: 'action.protection.kind.consider',
  notProtected: 'action.protection.kind.not_protected',
};

const PROTECTIONS = Object.keys(PROTECTION_LABELS) as Protection[];

interface Deviation {
  text?: { vi: string; en: string };
  covered?: boolean;
}

interface Conformance {
  withinApprovedScope: boolean;
  deviations: Deviation[];
}

/** The scope-conformance report the server judges against (null: no scope was approved). */
function useConformance(proposalId: string): { loading: boolean; conformance: Conformance | null } {
  const [state, setState] = useState<{ loading: boolean; conformance: Conformance | null }>({ loading: true, conformance: null });
  useEffect(() => {
    let live = true;
    unwrap(api.GET('/api/v1/proposals/{id}/conformance', { params: { path: { id: proposalId } } }))
      .then(({ report }) => {
        if (!live) return;
        const r = report as { withinApprovedScope?: unknown; deviations?: unknown } | null;
        setState({
          loading: false,
          conformance: r
            ? {
                withinApprovedScope: r.withinApprovedScope !== false,
                deviations: Array.isArray(r.deviations) ? (r.deviations as Deviation[]) : [],
              }
            : null,
        });
      })
      .catch(() => live && setState({ loading: false, conformance: null }));
    return () => {
      live = false;
    };
  }, [proposalId]);
  return state;
}

/** Core's Art. 11 rule on the recorded evaluation; null when the evaluation cannot feed it. */
export function suggestedProtection(
  proposal: Pick<Proposal, 'evaluation'>,
  withinApprovedScope: boolean,
  abuse: boolean,
): ProtectionResult | null {
  const evaluation = proposal.evaluation as {
    outcome?: EvaluationOutcome;
    findings?: EvaluationFindings | null;
    causes?: Cause[];
  } | null;
  if (!evaluation?.outcome) return null;
  try {
    return deriveProtection({
      outcome: evaluation.outcome,
      findings: evaluation.findings ?? null,
      withinApprovedScope,
      abuse,
      causes: evaluation.causes ?? [],
    });
  } catch {
    return null;
  }
}

function ProtectionFields({ proposal, form }: FieldsProps) {
  const { t, pick } = useI18n();
  const { loading, conformance } = useConformance(proposal.id);
  const abuse = Form.useWatch('abuse', form) === true;
  const decision = Form.useWatch('decision', form) as ProtectionValues['decision'];
  const result = suggestedProtection(proposal, conformance?.withinApprovedScope ?? true, abuse);
  // The dialog's cross-field check compares a departure with this suggestion (kept in the
  // form's store, not a field: the dialog validates all stored values).
  useEffect(() => {
    form.setFieldValue('derived', result?.protection ?? null);
  }, [form, result?.protection]);
  if (loading) return <Spin description={t('common.loading')} />;
  return (
    <>
      {result ? (
        <Alert
          type={result.protection === 'notProtected' ? 'warning' : 'success'}
          showIcon
          style={{ marginBottom: 16 }}
          title={t('action.protection.suggestion', { protection: t(PROTECTION_LABELS[result.protection]) })}
          description={
            <>
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {result.reasons.map((reason) => (
                  <li key={reason.code}>
                    {pick(reason)} (<Citation citation={reason.citation} />)
                  </li>
                ))}
              </ul>
              {result.decree172 && (
                <p style={{ margin: '8px 0 0' }}>
                  {pick(result.decree172.text)} (<Citation citation={result.decree172.citation} />)
                </p>
              )}
            </>
          }
        />
      ) : (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('action.protection.no_suggestion')} />
      )}
      {conformance && conformance.deviations.length > 0 && (
        <Group title={t('action.protection.deviations')}>
          <ul style={{ margin: '0 0 12px', paddingInlineStart: 18 }}>
            {conformance.deviations.map((d, index) => (
              <li key={index}>{d.text ? pick(d.text) : ''}</li>
            ))}
          </ul>
        </Group>
      )}
      <Form.Item name="abuse" valuePropName="checked">
        <Checkbox>{t('action.protection.abuse')}</Checkbox>
      </Form.Item>
      {abuse && (
        <TextItem
          name="abuseDescription"
          label={t('action.protection.abuse_description')}
          required
          check={(v) => validateProtection({ decision: 'confirm', abuse: true, abuseDescription: v as string }, null)}
          rows={3}
        />
      )}
      <Form.Item name="decision" label={t('action.protection.decision')} required rules={[ruleFrom(validateChoice, t)]}>
        <Radio.Group
          aria-label={t('action.protection.decision')}
          style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
          options={[
            { value: 'confirm', label: t('action.protection.confirm'), disabled: !result },
            { value: 'depart', label: t('action.protection.depart') },
          ]}
        />
      </Form.Item>
      {decision === 'depart' && (
        <Group title={t('action.protection.departure')}>
          <Form.Item name="protection" label={t('action.protection.chosen')} required rules={[ruleFrom(validateChoice, t)]}>
            <Select
              options={PROTECTIONS.filter((p) => p !== result?.protection).map((p) => ({ value: p, label: t(PROTECTION_LABELS[p]) }))}
            />
          </Form.Item>
          <TextItem
            name="departureReasons"
            label={t('action.protection.departure_reasons')}
            required
            check={(v) => validateProtection({ decision: 'depart', protection: 'notProtected', departureReasons: v as string }, null)}
            rows={3}
          />
        </Group>
      )}
      <Form.Item name="documentForm" label={t('action.protection.document_form')} required rules={[ruleFrom(validateChoice, t)]}>
        <Radio.Group
          aria-label={t('action.protection.document_form')}
          options={[
            { value: 'decision', label: t('action.protection.form.decision') },
            { value: 'notice', label: t('action.protection.form.notice') },
          ]}
        />
      </Form.Item>
      <Hint>{t('action.protection.note')}</Hint>
    </>
  );
}

type Values = ProtectionValues & { documentForm?: 'decision' | 'notice'; derived?: Protection | null };

export const determineProtectionForm = defineForm({
  path: '/api/v1/proposals/{id}/determine-protection',
  ok: 'action.ok.protection',
  Fields: ProtectionFields,
  wide: true,
  initialValues: () => ({ decision: 'confirm' as const, abuse: false, documentForm: 'decision' as const }),
  validate: (values: Values) => validateProtection(values, values.derived ?? null),
  toBody: (values: Values) => protectionBody(values),
});

/**
 * ND73 Art. 11(4), 18: the collective's evaluation conclusion — the outcome category and the
 * extent; for a not or partly completed pilot the three findings (followed the approved line,
 * pure motive, common interest); the causes, objective or subjective, each attributed.
 */
import { Form, Radio, Select } from 'antd';
import { useEffect } from 'react';
import type { EvaluationOutcome } from '@khien/core/procedure/protection';
import { useI18n } from '../../../i18n/i18n.tsx';
import type { MessageKey } from '../../../i18n/messages.ts';
import { ruleFrom } from '../../../validation/antd-rule.ts';
import { evaluationBody } from './bodies.ts';
import { AddButton, Group, Hint, latestMeeting, RemoveButton, TallySummary, TextItem, TimeLimits } from './parts.tsx';
import { defineForm, type FieldsProps } from './types.ts';
import { extentsFor, LIMITS, optionalText, requiredText, validateChoice, validateEvaluation, type EvaluationValues } from './validation.ts';

const OUTCOMES: Array<{ value: EvaluationOutcome; label: MessageKey }> = [
  { value: 'completed', label: 'action.evaluation.outcome.completed' },
  { value: 'notCompletedNoDamage', label: 'action.evaluation.outcome.no_damage' },
  { value: 'notCompletedWithDamage', label: 'action.evaluation.outcome.with_damage' },
];

const EXTENTS: Array<{ value: 'full' | 'partly' | 'not'; label: MessageKey }> = [
  { value: 'full', label: 'action.evaluation.extent.full' },
  { value: 'partly', label: 'action.evaluation.extent.partly' },
  { value: 'not', label: 'action.evaluation.extent.not' },
];

const FINDINGS: Array<{ name: 'followedApprovedLine' | 'pureMotive' | 'commonInterest'; label: MessageKey }> = [
  { name: 'followedApprovedLine', label: 'action.evaluation.finding.followed_line' },
  { name: 'pureMotive', label: 'action.evaluation.finding.pure_motive' },
  { name: 'commonInterest', label: 'action.evaluation.finding.common_interest' },
];

const findingCheck = (value: unknown) => (typeof value === 'boolean' ? null : ('validation.select_required' as const));

function EvaluationFields({ proposal, form }: FieldsProps) {
  const { t } = useI18n();
  const outcome = Form.useWatch('outcome', form) as EvaluationOutcome | undefined;
  const extent = Form.useWatch('extent', form) as string | undefined;
  const allowed = extentsFor(outcome);
  // The extent follows the outcome (completed ⇔ full): keep them consistent as the outcome changes.
  useEffect(() => {
    const fitting = extentsFor(outcome);
    if (outcome && (!extent || !fitting.includes(extent as never))) form.setFieldValue('extent', fitting[0]);
  }, [outcome, extent, form]);
  const notCompleted = outcome !== undefined && outcome !== 'completed';
  return (
    <>
      <TallySummary proposal={proposal} meeting={latestMeeting(proposal, 'evaluation')} />
      <TimeLimits proposal={proposal} timerIds={['evaluation']} />
      <Form.Item name="outcome" label={t('action.evaluation.outcome')} required rules={[ruleFrom(validateChoice, t)]}>
        <Radio.Group
          aria-label={t('action.evaluation.outcome')}
          style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
          options={OUTCOMES.map((o) => ({ value: o.value, label: t(o.label) }))}
        />
      </Form.Item>
      <Form.Item name="extent" label={t('action.evaluation.extent')} required rules={[ruleFrom(validateChoice, t)]}>
        <Radio.Group
          aria-label={t('action.evaluation.extent')}
          style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}
          options={EXTENTS.map((e) => ({ value: e.value, label: t(e.label), disabled: !allowed.includes(e.value) }))}
        />
      </Form.Item>
      {notCompleted && (
        <Group title={t('action.evaluation.findings')}>
          <Hint>{t('action.evaluation.findings_note')}</Hint>
          {FINDINGS.map((finding) => (
            <Form.Item
              key={finding.name}
              name={['findings', finding.name]}
              label={t(finding.label)}
              required
              rules={[ruleFrom(findingCheck, t)]}
            >
              <Radio.Group
                aria-label={t(finding.label)}
                options={[
                  { value: true, label: t('action.evaluation.yes') },
                  { value: false, label: t('action.evaluation.no') },
                ]}
              />
            </Form.Item>
          ))}
        </Group>
      )}
      <Group title={t('action.evaluation.causes')}>
        <Hint>{t(notCompleted ? 'action.evaluation.causes_required_note' : 'action.evaluation.causes_note')}</Hint>
        <Form.List name="causes">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <Group
                  key={field.key}
                  title={t('action.evaluation.cause_row', { n: index + 1 })}
                  extra={<RemoveButton onClick={() => remove(field.name)} label={t('action.evaluation.cause_remove', { n: index + 1 })} />}
                >
                  <Form.Item
                    name={[field.name, 'kind']}
                    label={t('action.evaluation.cause_kind', { n: index + 1 })}
                    required
                    rules={[ruleFrom(validateChoice, t)]}
                  >
                    <Select
                      options={[
                        { value: 'objective', label: t('action.evaluation.cause_kind.objective') },
                        { value: 'subjective', label: t('action.evaluation.cause_kind.subjective') },
                      ]}
                    />
                  </Form.Item>
                  <TextItem
                    name={[field.name, 'description']}
                    label={t('action.evaluation.cause_description', { n: index + 1 })}
                    required
                    check={requiredText(LIMITS.cause)}
                    rows={2}
                  />
                  <TextItem
                    name={[field.name, 'attributedTo']}
                    label={t('action.evaluation.cause_attributed', { n: index + 1 })}
                    required
                    check={requiredText(LIMITS.attributedTo)}
                  />
                </Group>
              ))}
              <div style={{ marginBottom: 16 }}>
                <AddButton onClick={() => add({})} label={t('action.evaluation.cause_add')} />
              </div>
            </>
          )}
        </Form.List>
      </Group>
      <TextItem name="conclusion" label={t('action.evaluation.conclusion')} check={optionalText(LIMITS.conclusion)} rows={4} />
    </>
  );
}

export const recordEvaluationForm = defineForm({
  path: '/api/v1/proposals/{id}/record-evaluation',
  ok: 'action.ok.evaluation',
  Fields: EvaluationFields,
  wide: true,
  initialValues: () => ({ causes: [] }),
  validate: (values: EvaluationValues) => validateEvaluation(values),
  toBody: (values: EvaluationValues & { conclusion?: string }) => evaluationBody(values),
});

/**
 * Steps 1–4 of the plan form: general, the 14 Art. 7 sections, the Art. 5(1) checklist and the
 * declarations. They live inside the page's one antd Form; every field's rule is a pure check
 * of plan-validation.ts at the level in force ("draft" while typing, "submit" after the first
 * attempt to submit), so the messages on the fields are the ones the tests prove.
 */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Form, Input, Radio, Typography, type FormInstance, type FormRule } from 'antd';
import { useEffect, type ComponentProps } from 'react';
import { useI18n, type Translate } from '../../i18n/i18n.tsx';
import {
  CONDITION_KEYS,
  CONDITION_LABELS,
  CONTENT_GROUPS,
  CONTENT_LABELS,
  DECLARATION_KEYS,
  DECLARATION_LABELS,
  type RelatedPartiesMode,
} from './plan-model.ts';
import {
  LIMITS,
  checkConditionText,
  checkConditionTick,
  checkDeclaration,
  checkImplementers,
  checkPartyText,
  checkPilots,
  checkRelatedMode,
  checkSection,
  checkTitle,
  type FieldProblem,
  type Mode,
} from './plan-validation.ts';
import { PeopleMultiSelect } from './people-multi-select.tsx';

type RuleObject = Exclude<FormRule, (...args: never[]) => unknown>;

/** An antd rule from a pure check, at the level the form is in when it runs. */
function rule(t: Translate, level: () => Mode, check: (value: unknown, mode: Mode) => FieldProblem | null): RuleObject {
  return {
    validator: (_rule, value: unknown) => {
      const problem = check(value, level());
      return problem ? Promise.reject(new Error(t(problem.key, problem.params))) : Promise.resolve();
    },
  };
}

type TextAreaProps = ComponentProps<typeof Input.TextArea>;

/** A long text box that shows its length only when it nears the server's limit (the count would be noise before). */
function LongText({ max, value, ...props }: TextAreaProps & { max: number; value?: string }) {
  const near = (value?.length ?? 0) >= max * 0.8;
  return <Input.TextArea {...props} value={value} count={{ show: near, max }} />;
}

export interface StepProps {
  level: () => Mode;
}

export function GeneralStep({ level, proposerId }: StepProps & { proposerId: string | null }) {
  const { t } = useI18n();
  const pilots = Form.useWatch('pilotsLegalNormativeDocument') as boolean | undefined;
  return (
    <>
      <Form.Item
        name="title"
        label={t('proposal.field.title')}
        extra={t('proposal.field.title.help')}
        required
        rules={[rule(t, level, (v) => checkTitle(v))]}
      >
        <Input autoComplete="off" count={{ show: true, max: LIMITS.title }} />
      </Form.Item>
      <Form.Item
        name="pilotsLegalNormativeDocument"
        valuePropName="checked"
        extra={t('proposal.field.pilots.help')}
        rules={[rule(t, level, checkPilots)]}
      >
        <Checkbox>{t('proposal.field.pilots')}</Checkbox>
      </Form.Item>
      {pilots && <Alert type="warning" showIcon title={t('proposal.field.pilots.warning')} className="block-gap" />}
      <Form.Item
        name="implementerIds"
        label={t('proposal.field.implementers')}
        extra={t('proposal.field.implementers.help')}
        rules={[rule(t, level, (v) => checkImplementers(v))]}
      >
        <PeopleMultiSelect exclude={proposerId} />
      </Form.Item>
    </>
  );
}

export function SectionsStep({ level }: StepProps) {
  const { t } = useI18n();
  return (
    <>
      {CONTENT_GROUPS.map((group) => (
        <section key={group.heading} className="pf-group">
          <Typography.Title level={3} className="section-title">
            {t(group.heading)}
          </Typography.Title>
          {group.keys.map((key) => (
            <Form.Item
              key={key}
              name={['contents', key]}
              label={t(CONTENT_LABELS[key].label)}
              extra={t(CONTENT_LABELS[key].help)}
              required
              rules={[rule(t, level, checkSection)]}
            >
              <LongText autoSize={{ minRows: 3, maxRows: 14 }} max={LIMITS.text} />
            </Form.Item>
          ))}
        </section>
      ))}
    </>
  );
}

export function ConditionsStep({ level }: StepProps) {
  const { t } = useI18n();
  return (
    <>
      <Typography.Paragraph>{t('proposal.conditions.intro')}</Typography.Paragraph>
      {CONDITION_KEYS.map((key) => (
        <div key={key} className="pf-condition">
          <Form.Item name={['conditionChecks', key]} valuePropName="checked" rules={[rule(t, level, checkConditionTick)]}>
            <Checkbox className="pf-condition-check">{t(CONDITION_LABELS[key].check)}</Checkbox>
          </Form.Item>
          <Form.Item
            name={['conditions', key]}
            label={t(CONDITION_LABELS[key].justification)}
            extra={t(CONDITION_LABELS[key].help)}
            required
            rules={[rule(t, level, checkConditionText)]}
          >
            <LongText autoSize={{ minRows: 2, maxRows: 10 }} max={LIMITS.text} />
          </Form.Item>
        </div>
      ))}
    </>
  );
}

function RelatedParties({ level, form }: StepProps & { form: FormInstance }) {
  const { t } = useI18n();
  const mode = Form.useWatch('relatedPartiesMode') as RelatedPartiesMode | undefined;
  const rows = Form.useWatch('relatedParties') as unknown[] | undefined;
  // Answering "some" opens the first row to fill in.
  useEffect(() => {
    if (mode === 'some' && (rows?.length ?? 0) === 0) form.setFieldValue('relatedParties', [{ name: '', relation: '' }]);
  }, [mode]);
  return (
    <section className="pf-group">
      <Typography.Title level={3} className="section-title">
        {t('proposal.related.heading')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('proposal.related.help')}</Typography.Paragraph>
      <Form.Item
        name="relatedPartiesMode"
        label={<span id="pf-related-question">{t('proposal.related.question')}</span>}
        required
        rules={[
          rule(t, level, (value, lvl) =>
            checkRelatedMode((value ?? null) as RelatedPartiesMode, (form.getFieldValue('relatedParties') as unknown[]) ?? [], lvl),
          ),
        ]}
      >
        <Radio.Group role="radiogroup" aria-labelledby="pf-related-question">
          <Radio value="none">{t('proposal.related.none')}</Radio>
          <Radio value="some">{t('proposal.related.some')}</Radio>
        </Radio.Group>
      </Form.Item>
      {mode === 'some' && (
        <Form.List name="relatedParties">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <div key={field.key} className="pf-party-row">
                  <Form.Item
                    name={[field.name, 'name']}
                    label={t('proposal.related.name', { n: index + 1 })}
                    rules={[rule(t, level, (v, lvl) => checkPartyText(v, lvl, 'name'))]}
                    className="pf-party-field"
                  >
                    <Input autoComplete="off" />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'relation']}
                    label={t('proposal.related.relation', { n: index + 1 })}
                    rules={[rule(t, level, (v, lvl) => checkPartyText(v, lvl, 'relation'))]}
                    className="pf-party-field"
                  >
                    <Input autoComplete="off" />
                  </Form.Item>
                  <Button
                    className="pf-party-remove"
                    icon={<DeleteOutlined />}
                    aria-label={t('proposal.related.remove', { n: index + 1 })}
                    title={t('proposal.related.remove', { n: index + 1 })}
                    onClick={() => {
                      remove(field.name);
                      void form.validateFields(['relatedPartiesMode']).catch(() => undefined);
                    }}
                  />
                </div>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ name: '', relation: '' })} disabled={fields.length >= LIMITS.parties}>
                {t('proposal.related.add')}
              </Button>
            </>
          )}
        </Form.List>
      )}
    </section>
  );
}

export function DeclarationsStep({ level, form }: StepProps & { form: FormInstance }) {
  const { t } = useI18n();
  return (
    <>
      <Typography.Paragraph>{t('proposal.declarations.intro')}</Typography.Paragraph>
      {DECLARATION_KEYS.map((key) => (
        <Form.Item key={key} name={['declarations', key]} valuePropName="checked" rules={[rule(t, level, checkDeclaration)]}>
          <Checkbox>{t(DECLARATION_LABELS[key].text)}</Checkbox>
        </Form.Item>
      ))}
      <RelatedParties level={level} form={form} />
    </>
  );
}

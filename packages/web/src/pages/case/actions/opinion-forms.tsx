/**
 * Opinions before deciding: the Party committee's answer (ND73 Art. 4(3), before approval and
 * before evaluation) and related agencies' answers on the wide-scope track (Art. 8(2)), each
 * with its written document attached; and the request to related agencies with due dates.
 */
import { Form, Select } from 'antd';
import { OrganisationSelect } from '../../../components/remote-select.tsx';
import { useOrganisationNames } from '../../../components/use-organisation-names.ts';
import { formatDate } from '../../../i18n/format.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { ruleFrom } from '../../../validation/antd-rule.ts';
import { AddButton, DateItem, DocumentNumberItem, Group, Hint, RemoveButton, TextItem, TimeLimits } from './parts.tsx';
import { defineForm, type FieldsProps, type Proposal } from './types.ts';
import { LIMITS, requiredText, textOrNull, validateAgencyRequests, validateChoice, type AgencyRequestValues } from './validation.ts';

type OpinionKind = 'party' | 'partyOnResults';

function pendingOpinion(proposal: Proposal, kind: OpinionKind | 'agency') {
  return proposal.opinions.filter((o) => o.kind === kind && o.status === 'requested');
}

function partyOpinionFields(kind: OpinionKind) {
  return function PartyOpinionFields({ proposal }: FieldsProps) {
    const { t } = useI18n();
    const request = pendingOpinion(proposal, kind).at(-1);
    return (
      <>
        <TimeLimits proposal={proposal} timerIds={['partyOpinion']} />
        {request && (
          <Hint>
            {t(kind === 'party' ? 'action.opinion.requested' : 'action.opinion.requested_on_results', {
              date: formatDate(request.requestedAt),
            })}
          </Hint>
        )}
        <TextItem name="opinion" label={t('action.opinion.text')} required check={requiredText(LIMITS.opinion)} rows={4} />
        <DocumentNumberItem />
      </>
    );
  };
}

type OpinionValues = { opinion?: string; documentNumber?: string };

export const recordPartyOpinionForm = defineForm({
  path: '/api/v1/proposals/{id}/record-party-opinion',
  ok: 'action.ok.record_opinion',
  Fields: partyOpinionFields('party'),
  toBody: (values: OpinionValues) => ({ opinion: values.opinion ?? '', documentNumber: textOrNull(values.documentNumber) }),
});

export const recordPartyOpinionOnResultsForm = defineForm({
  path: '/api/v1/proposals/{id}/record-party-opinion-on-results',
  ok: 'action.ok.record_opinion',
  Fields: partyOpinionFields('partyOnResults'),
  toBody: (values: OpinionValues) => ({ opinion: values.opinion ?? '', documentNumber: textOrNull(values.documentNumber) }),
});

function AgencyOpinionFields({ proposal }: FieldsProps) {
  const { t } = useI18n();
  const pending = pendingOpinion(proposal, 'agency');
  const names = useOrganisationNames(pending.map((o) => o.agencyId));
  return (
    <>
      <TimeLimits proposal={proposal} timerIds={['relatedAgencyOpinion']} />
      <Form.Item name="agencyId" label={t('action.opinion.agency')} required rules={[ruleFrom(validateChoice, t)]}>
        <Select
          options={pending.map((o) => ({
            value: o.agencyId ?? '',
            label: `${names[o.agencyId ?? ''] ?? o.agencyId ?? ''}${o.dueOn ? ` — ${t('action.opinion.due', { date: formatDate(o.dueOn) })}` : ''}`,
          }))}
        />
      </Form.Item>
      <TextItem name="opinion" label={t('action.opinion.text')} required check={requiredText(LIMITS.opinion)} rows={4} />
      <DocumentNumberItem />
    </>
  );
}

export const recordAgencyOpinionForm = defineForm({
  path: '/api/v1/proposals/{id}/record-agency-opinion',
  ok: 'action.ok.record_opinion',
  Fields: AgencyOpinionFields,
  initialValues: (proposal) => {
    const pending = pendingOpinion(proposal, 'agency');
    return pending.length === 1 && pending[0]!.agencyId ? { agencyId: pending[0]!.agencyId } : {};
  },
  toBody: (values: { agencyId?: string } & OpinionValues) => ({
    agencyId: values.agencyId ?? '',
    opinion: values.opinion ?? '',
    documentNumber: textOrNull(values.documentNumber),
  }),
});

function ConsultFields({ proposal, today }: FieldsProps) {
  const { t } = useI18n();
  return (
    <>
      <Hint>{t('action.consult.note')}</Hint>
      <Form.List
        name="agencies"
        rules={[
          {
            validator: (_rule, rows: Array<AgencyRequestValues | undefined> | undefined) => {
              const key = validateAgencyRequests(rows ?? [], proposal.decidingAgency?.id ?? null, today);
              return key ? Promise.reject(new Error(t(key))) : Promise.resolve();
            },
          },
        ]}
      >
        {(fields, { add, remove }, { errors }) => (
          <>
            {fields.map((field, index) => (
              <Group
                key={field.key}
                title={t('action.consult.row', { n: index + 1 })}
                extra={<RemoveButton onClick={() => remove(field.name)} label={t('action.consult.remove', { n: index + 1 })} />}
              >
                <Form.Item
                  name={[field.name, 'agencyId']}
                  label={t('action.consult.agency', { n: index + 1 })}
                  required
                  rules={[ruleFrom(validateChoice, t)]}
                  extra={t('action.field.search_hint')}
                >
                  <OrganisationSelect placeholder="" />
                </Form.Item>
                <DateItem
                  name={[field.name, 'dueOn']}
                  label={t('action.consult.due', { n: index + 1 })}
                  extra={t('action.consult.due_hint')}
                  disabledDate={(iso) => iso < today}
                />
              </Group>
            ))}
            <Form.ErrorList errors={errors} />
            <AddButton onClick={() => add({})} label={t('action.consult.add')} />
          </>
        )}
      </Form.List>
    </>
  );
}

export const consultRelatedAgenciesForm = defineForm({
  path: '/api/v1/proposals/{id}/consult-related-agencies',
  ok: 'action.ok.consult',
  Fields: ConsultFields,
  wide: true,
  initialValues: () => ({ agencies: [{}] }),
  toBody: (values: { agencies?: Array<AgencyRequestValues | undefined> }) => ({
    agencies: (values.agencies ?? [])
      .filter((r): r is AgencyRequestValues => !!r?.agencyId)
      .map((r) => ({ agencyId: r.agencyId!, ...(r.dueOn ? { dueOn: r.dueOn } : {}) })),
  }),
});

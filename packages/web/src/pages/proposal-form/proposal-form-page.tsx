/**
 * The proposer's guided proposal plan (ND73 Art. 7): general → the 14 Art. 7 sections → the
 * Art. 5(1) checklist → declarations (Art. 4(2), 6) → attachments → preview of the official
 * "Kế hoạch" and submission. Routed at /proposals/new and /proposals/:id/edit.
 *
 * The draft saves itself (use-plan-draft.ts) and keeps an unsent copy in the browser
 * (draft-storage.ts). Only a draft can be edited — `PUT /proposals/{id}` refuses any other
 * state (update-draft.ts; a plan returned for revision is a draft again).
 */
import { CheckCircleOutlined, CloudSyncOutlined, ExclamationCircleOutlined, LoadingOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Grid, Select, Space, Spin, Steps, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api, ifMatch, isApiError, unwrap } from '../../api/client.ts';
import { Page } from '../../components/page.tsx';
import { useShowProblem } from '../../components/use-problem.tsx';
import { formatDateTime } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useSession } from '../../session/session.tsx';
import { AttachmentsStep } from './attachments-step.tsx';
import { browserStorage, copyKey, differsFrom, hasContent, readCopy, removeCopy, type LocalCopy } from './draft-storage.ts';
import {
  STEP_BASIS,
  STEP_IDS,
  STEP_TITLES,
  emptyPlanForm,
  fieldLabel,
  formPathOfReason,
  normaliseForm,
  otherImplementers,
  planToForm,
  stepOfReason,
  type PlanFormValues,
  type RefusalReason,
  type StepId,
} from './plan-model.ts';
import { PlanPreviewDocument, useProposer } from './plan-preview.tsx';
import { ConditionsStep, DeclarationsStep, GeneralStep, SectionsStep } from './plan-steps.tsx';
import { issuesByStep, planIssues, type Mode } from './plan-validation.ts';
import { usePlanDraft, type ProposalDetail, type SaveStatus } from './use-plan-draft.ts';
import './proposal-form.css';

const FORM_STEPS: readonly StepId[] = ['general', 'sections', 'conditions', 'declarations'];

async function loadProposal(id: string): Promise<ProposalDetail> {
  return unwrap(api.GET('/api/v1/proposals/{id}', { params: { path: { id } } }));
}

type LoadState =
  | { kind: 'loading' }
  | { kind: 'ready'; detail: ProposalDetail | null; editor: number }
  | { kind: 'locked'; detail: ProposalDetail; reason: 'state' | 'proposer' }
  | { kind: 'failed' };

export function ProposalFormPage() {
  const { id } = useParams<{ id: string }>();
  const { t, pick } = useI18n();
  const { session } = useSession();
  const navigate = useNavigate();
  const showProblem = useShowProblem();
  const [state, setState] = useState<LoadState>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  // The draft the editor has just created: the address moves to it without reloading the editor.
  const created = useRef<string | null>(null);
  const editors = useRef(0);
  const personId = session?.account.personId ?? null;
  // The problem display changes with the language; switching language must not reload the draft.
  const showProblemRef = useRef(showProblem);
  showProblemRef.current = showProblem;

  useEffect(() => {
    if (!id) {
      created.current = null;
      editors.current += 1;
      setState({ kind: 'ready', detail: null, editor: editors.current });
      return;
    }
    if (id === created.current) return;
    let live = true;
    setState({ kind: 'loading' });
    loadProposal(id)
      .then((detail) => {
        if (!live) return;
        editors.current += 1;
        if (detail.state !== 'draft') setState({ kind: 'locked', detail, reason: 'state' });
        else if (detail.proposer?.id !== personId) setState({ kind: 'locked', detail, reason: 'proposer' });
        else setState({ kind: 'ready', detail, editor: editors.current });
      })
      .catch((error: unknown) => {
        if (!live) return;
        setState({ kind: 'failed' });
        showProblemRef.current(error);
      });
    return () => {
      live = false;
    };
  }, [id, attempt, personId]);

  const onCreated = useCallback(
    (newId: string) => {
      created.current = newId;
      navigate(`/proposals/${newId}/edit`, { replace: true });
    },
    [navigate],
  );

  const code = state.kind === 'ready' || state.kind === 'locked' ? (state.detail?.code ?? null) : null;
  const title = code ? t('proposal.form.title_edit', { code }) : t('proposal.form.title_new');

  if (!session) return null;
  if (!personId) {
    return (
      <Page title={title}>
        <Alert type="warning" showIcon title={t('proposal.new.no_person')} />
      </Page>
    );
  }
  if (state.kind === 'loading') {
    return (
      <Page title={title}>
        <Spin size="large" className="page-spinner" description={t('common.loading')} />
      </Page>
    );
  }
  if (state.kind === 'failed') {
    return (
      <Page title={title}>
        <Alert
          type="error"
          showIcon
          title={t('proposal.form.loading_failed')}
          action={<Button onClick={() => setAttempt((n) => n + 1)}>{t('common.retry')}</Button>}
        />
      </Page>
    );
  }
  if (state.kind === 'locked') {
    return (
      <Page title={title}>
        <Alert
          type="warning"
          showIcon
          title={
            state.reason === 'state'
              ? t('proposal.edit.not_draft', { state: pick(state.detail.stateLabel) })
              : t('proposal.edit.not_proposer')
          }
          action={<Link to={`/proposals/${state.detail.id}`}>{t('proposal.edit.open_case')}</Link>}
        />
      </Page>
    );
  }
  return (
    <PlanEditor
      key={state.editor}
      initial={state.detail}
      accountId={session.account.id}
      personId={personId}
      displayName={session.account.displayName}
      onCreated={onCreated}
    />
  );
}

function SaveIndicator({ status, onSaveNow }: { status: SaveStatus; onSaveNow: () => void }) {
  const { t } = useI18n();
  const text = (() => {
    switch (status.kind) {
      case 'saving':
        return { icon: <LoadingOutlined />, text: t('proposal.save.saving'), tone: '' };
      case 'saved':
        return {
          icon: <CheckCircleOutlined />,
          text: t('proposal.save.saved_at', { time: formatDateTime(status.at).slice(11) }),
          tone: 'ok',
        };
      case 'dirty':
        return { icon: <CloudSyncOutlined />, text: t('proposal.save.unsaved'), tone: '' };
      case 'need_title':
        return { icon: <ExclamationCircleOutlined />, text: t('proposal.save.need_title'), tone: '' };
      case 'invalid':
        return { icon: <ExclamationCircleOutlined />, text: t('proposal.save.invalid'), tone: 'error' };
      case 'conflict':
        return { icon: <ExclamationCircleOutlined />, text: t('proposal.save.conflict'), tone: 'error' };
      case 'error':
        return { icon: <ExclamationCircleOutlined />, text: t('proposal.save.error'), tone: 'error' };
    }
  })();
  const canSave = status.kind === 'dirty' || status.kind === 'error';
  return (
    <Space wrap size="small" className="pf-save">
      <span role="status" aria-live="polite" className={`pf-save-text ${text.tone ? `pf-save-${text.tone}` : ''}`}>
        <span aria-hidden="true">{text.icon}</span> {text.text}
      </span>
      {canSave && (
        <Button size="small" onClick={onSaveNow}>
          {t('proposal.save.now')}
        </Button>
      )}
    </Space>
  );
}

interface EditorProps {
  initial: ProposalDetail | null;
  accountId: string;
  personId: string;
  displayName: string;
  onCreated: (id: string) => void;
}

function PlanEditor({ initial, accountId, personId, displayName, onCreated }: EditorProps) {
  const { t, pick } = useI18n();
  const { modal, message } = App.useApp();
  const navigate = useNavigate();
  const showProblem = useShowProblem();
  const screens = Grid.useBreakpoint();
  const wide = screens.lg !== false;
  const [form] = Form.useForm();
  const initialValues = useMemo<PlanFormValues>(
    () => (initial ? planToForm(initial.plan, otherImplementers(initial.snapshot, personId)) : emptyPlanForm()),
    [],
  );
  const [values, setValues] = useState<PlanFormValues>(initialValues);
  const [detail, setDetail] = useState<ProposalDetail | null>(initial);
  const [step, setStep] = useState(0);
  const [visited, setVisited] = useState<ReadonlySet<number>>(new Set([0]));
  const strict = useRef(false);
  const [showIssues, setShowIssues] = useState(false);
  const [refusal, setRefusal] = useState<RefusalReason[] | null>(null);
  const [storageRefused, setStorageRefused] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const proposer = useProposer(personId, displayName);
  const level = useCallback((): Mode => (strict.current ? 'submit' : 'draft'), []);

  const offerFor = useCallback(
    (proposalId: string | null, server: PlanFormValues | null): LocalCopy | null => {
      const copy = readCopy(browserStorage(), copyKey(accountId, proposalId));
      if (!copy || !hasContent(copy.values)) return null;
      return server && !differsFrom(copy, server) ? null : copy;
    },
    [accountId],
  );
  const [restore, setRestore] = useState<LocalCopy | null>(() => offerFor(initial?.id ?? null, initial ? initialValues : null));

  const reloadFromServer = useCallback(async () => {
    const id = draftRef.current?.detail.current?.id;
    if (!id) return;
    try {
      const fresh = await loadProposal(id);
      const server = planToForm(fresh.plan, otherImplementers(fresh.snapshot, personId));
      form.setFieldsValue(server);
      setValues(server);
      setDetail(fresh);
      draftRef.current?.reset(fresh);
      setRestore(offerFor(fresh.id, server));
    } catch (error) {
      showProblem(error);
    }
  }, [form, offerFor, personId, showProblem]);

  const draft = usePlanDraft({
    form,
    accountId,
    initial,
    onCreated: (created) => {
      setDetail(created);
      onCreated(created.id);
    },
    onDetail: setDetail,
    onError: (error) => showProblem(error, { onReload: () => void reloadFromServer() }),
    onStorageRefused: () => setStorageRefused(true),
  });
  const draftRef = useRef(draft);
  draftRef.current = draft;

  const issues = useMemo(() => planIssues(values, 'submit'), [values]);
  const counts = useMemo(() => issuesByStep(issues), [issues]);

  const goTo = useCallback(
    (next: number) => {
      setStep(next);
      setVisited((v) => new Set([...v, next]));
      void draft.flush();
      requestAnimationFrame(() => {
        stepHeading.current?.focus({ preventScroll: true });
        stepHeading.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
      });
    },
    [draft],
  );

  const onValuesChange = () => {
    setValues(normaliseForm(form.getFieldsValue(true)));
    draft.noteChange();
  };

  const applyRestore = () => {
    if (!restore) return;
    form.setFieldsValue(restore.values);
    setValues(restore.values);
    setRestore(null);
    draft.noteChange();
  };
  const discardRestore = () => {
    removeCopy(browserStorage(), copyKey(accountId, detail?.id ?? null));
    setRestore(null);
  };

  /** Put a refusal's message on its field (the server's text, in the user's language). */
  const markRefusals = (reasons: RefusalReason[]) => {
    const fields = reasons
      .map((r) => ({ path: formPathOfReason(r), message: pick(r) }))
      .filter((f): f is { path: (string | number)[]; message: string } => f.path !== null)
      .map((f) => ({ name: f.path, errors: [f.message] }));
    if (fields.length) form.setFields(fields);
  };

  const sendSubmission = async () => {
    setSubmitting(true);
    try {
      const saved = await draft.flush();
      if (!saved || draft.dirty()) return; // the save's own problem is already on screen
      const done = await draft.exclusive(() =>
        unwrap(
          api.POST('/api/v1/proposals/{id}/submit', {
            params: { path: { id: saved.id } },
            headers: ifMatch(draft.detail.current!.version),
            body: {},
          }),
        ),
      );
      draft.adopt(done);
      draft.forgetCopy();
      void message.success(t('proposal.submit.done', { code: done.code }));
      navigate(`/proposals/${done.id}`);
    } catch (error) {
      const reasons =
        isApiError(error) && error.status === 422 ? (error.problem?.details?.['reasons'] as RefusalReason[] | undefined) : undefined;
      if (reasons?.length) {
        setRefusal(reasons);
        markRefusals(reasons);
      } else {
        showProblem(error, { onReload: () => void reloadFromServer() });
      }
    } finally {
      setSubmitting(false);
    }
  };

  const submit = () => {
    strict.current = true;
    setShowIssues(true);
    setRefusal(null);
    void form.validateFields().catch(() => undefined);
    const current = planIssues(normaliseForm(form.getFieldsValue(true)), 'submit');
    if (current.length) {
      stepHeading.current?.focus();
      return;
    }
    modal.confirm({
      title: t('proposal.submit.confirm_title'),
      content: t('proposal.submit.confirm_body'),
      okText: t('proposal.submit.ok'),
      cancelText: t('common.cancel'),
      onOk: () => sendSubmission(),
    });
  };

  const stepId = STEP_IDS[step]!;
  const statusText = (id: StepId) => {
    if (!FORM_STEPS.includes(id)) return t(STEP_BASIS[id]);
    const count = counts[id] ?? 0;
    return `${t(STEP_BASIS[id])} · ${count ? t('proposal.step.status.missing', { count }) : t('proposal.step.status.done')}`;
  };
  const stepStatus = (index: number): 'wait' | 'process' | 'finish' | 'error' => {
    const id = STEP_IDS[index]!;
    if (index === step) return 'process';
    const count = counts[id] ?? 0;
    if (showIssues && count > 0) return 'error';
    if (FORM_STEPS.includes(id)) return count === 0 ? 'finish' : 'wait';
    return visited.has(index) ? 'finish' : 'wait';
  };

  const outline = wide ? (
    <nav aria-label={t('proposal.nav.outline')} className="pf-outline">
      <Steps
        orientation="vertical"
        size="small"
        current={step}
        onChange={goTo}
        items={STEP_IDS.map((id, index) => ({ title: t(STEP_TITLES[id]), content: statusText(id), status: stepStatus(index) }))}
      />
    </nav>
  ) : (
    <nav aria-label={t('proposal.nav.outline')} className="pf-outline-compact">
      <label htmlFor="pf-step-select" className="pf-label">
        {t('proposal.nav.go_to')}
      </label>
      <Select
        id="pf-step-select"
        value={step}
        onChange={goTo}
        style={{ width: '100%' }}
        options={STEP_IDS.map((id, index) => ({
          value: index,
          label: `${index + 1}. ${t(STEP_TITLES[id])}${FORM_STEPS.includes(id) && counts[id] ? ` (${counts[id]})` : ''}`,
        }))}
      />
    </nav>
  );

  const serverReasons = (() => {
    if (!detail || draft.dirty()) return [];
    const submitAction = detail.allowedActions.find((a) => a.action === 'submit');
    if (!submitAction || submitAction.allowed) return [];
    // Reasons the form's own checks do not already show (e.g. the proposer's eligibility, Art. 2).
    return submitAction.reasons.filter((r) => {
      const at = stepOfReason(r);
      return at === null || !(counts[at] ?? 0);
    });
  })();

  const checklist = (
    <section aria-labelledby="pf-check-title" className="pf-check">
      <Typography.Title level={3} className="section-title" id="pf-check-title">
        {t('proposal.review.check')}
      </Typography.Title>
      {issues.length === 0 ? (
        <Alert type="success" showIcon title={t('proposal.review.ready')} />
      ) : (
        <Alert
          type="warning"
          showIcon
          title={t('proposal.review.issues', { count: issues.length })}
          description={
            <ul className="pf-issues">
              {FORM_STEPS.filter((id) => counts[id]).map((id) => (
                <li key={id}>
                  <Button type="link" className="pf-link-button" onClick={() => goTo(STEP_IDS.indexOf(id))}>
                    {t('proposal.review.go_to', { step: t(STEP_TITLES[id]) })}
                  </Button>
                  <ul>
                    {issues
                      .filter((i) => i.step === id)
                      .map((i) => {
                        const label = fieldLabel(i.path);
                        return (
                          <li key={i.path.join('.')}>
                            {t(label.key, label.params)}: {t(i.key, i.params)}
                          </li>
                        );
                      })}
                  </ul>
                </li>
              ))}
            </ul>
          }
        />
      )}
      {(refusal ?? serverReasons).length > 0 && (
        <Alert
          type="error"
          showIcon
          className="pf-refusal"
          title={refusal ? t('proposal.submit.refused') : t('proposal.review.server_reasons')}
          description={
            <ul className="pf-issues">
              {(refusal ?? serverReasons).map((r, index) => {
                const at = stepOfReason(r);
                return (
                  <li key={`${r.code}-${index}`}>
                    {pick(r)}{' '}
                    <span className="pf-citation">
                      ({r.citation}
                      {r.status === 'configurable' ? `, ${t('proposal.review.configurable')}` : ''})
                    </span>
                    {at && (
                      <>
                        {' '}
                        <Button type="link" className="pf-link-button" onClick={() => goTo(STEP_IDS.indexOf(at))}>
                          {t('proposal.review.go_to', { step: t(STEP_TITLES[at]) })}
                        </Button>
                      </>
                    )}
                  </li>
                );
              })}
            </ul>
          }
        />
      )}
    </section>
  );

  return (
    <Page
      title={detail?.code ? t('proposal.form.title_edit', { code: detail.code }) : t('proposal.form.title_new')}
      extra={<SaveIndicator status={draft.status} onSaveNow={() => void draft.flush()} />}
    >
      <Typography.Paragraph className="pf-intro">{t('proposal.form.intro')}</Typography.Paragraph>
      <Typography.Paragraph type="secondary">
        {t('proposal.form.proposer', {
          name: proposer.person
            ? `${proposer.person.fullName} — ${proposer.person.positionTitle ?? ''}, ${proposer.person.organisationName}`
            : displayName,
        })}
      </Typography.Paragraph>
      {restore && (
        <Alert
          type="info"
          showIcon
          className="block-gap"
          title={t('proposal.restore.title')}
          description={
            <>
              <p className="pf-p">{t('proposal.restore.body', { time: formatDateTime(restore.editedAt) })}</p>
              {detail && restore.baseVersion !== null && restore.baseVersion < detail.version && (
                <p className="pf-p">{t('proposal.restore.older')}</p>
              )}
              <Space wrap className="pf-restore-actions">
                <Button type="primary" onClick={applyRestore}>
                  {t('proposal.restore.apply')}
                </Button>
                <Button onClick={discardRestore}>{t('proposal.restore.discard')}</Button>
              </Space>
            </>
          }
        />
      )}
      {storageRefused && <Alert type="warning" showIcon className="block-gap" title={t('proposal.save.local_only')} />}
      <div className="pf-layout">
        {outline}
        <div className="pf-main">
          <Typography.Text type="secondary" className="pf-step-of">
            {t('proposal.nav.step_of', { n: step + 1, total: STEP_IDS.length })} · {t(STEP_BASIS[stepId])}
          </Typography.Text>
          <Typography.Title level={2} className="pf-step-title" ref={stepHeading} tabIndex={-1}>
            {t(STEP_TITLES[stepId])}
          </Typography.Title>
          <Form form={form} layout="vertical" initialValues={initialValues} onValuesChange={onValuesChange} requiredMark>
            <div hidden={stepId !== 'general'}>
              <GeneralStep level={level} proposerId={personId} />
            </div>
            <div hidden={stepId !== 'sections'}>
              <SectionsStep level={level} />
            </div>
            <div hidden={stepId !== 'conditions'}>
              <ConditionsStep level={level} />
            </div>
            <div hidden={stepId !== 'declarations'}>
              <DeclarationsStep level={level} form={form} />
            </div>
          </Form>
          {stepId === 'attachments' && (
            <AttachmentsStep
              detail={detail}
              exclusive={draft.exclusive}
              onDetail={(next) => {
                draft.adopt(next);
                setDetail(next);
              }}
            />
          )}
          {stepId === 'review' && (
            <>
              {checklist}
              <section aria-labelledby="pf-preview-title">
                <Typography.Title level={3} className="section-title" id="pf-preview-title">
                  {t('proposal.review.preview')}
                </Typography.Title>
                <Typography.Paragraph type="secondary">{t('proposal.review.preview_note')}</Typography.Paragraph>
                <PlanPreviewDocument values={values} context={proposer.context} />
              </section>
            </>
          )}
          <div className="pf-step-buttons">
            <Button onClick={() => goTo(step - 1)} disabled={step === 0}>
              {t('proposal.nav.prev')}
            </Button>
            {step < STEP_IDS.length - 1 ? (
              <Button type="primary" onClick={() => goTo(step + 1)}>
                {t('proposal.nav.next')}
              </Button>
            ) : (
              <Button type="primary" onClick={submit} loading={submitting}>
                {t('proposal.submit')}
              </Button>
            )}
          </div>
        </div>
      </div>
    </Page>
  );
}

/**
 * Autosave of the plan draft. Every edit is copied to localStorage at once; 1.5 s after the
 * last edit (and on every step change) the draft is sent: created with `POST /proposals` once
 * it has a title, then `PUT /proposals/{id}` with If-Match. Saves, uploads and the submission
 * run one after the other, so each carries the version the previous one returned.
 */
import type { FormInstance } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { api, ifMatch, isApiError, unwrap, type JsonBody } from '../../api/client.ts';
import { fieldErrors } from '../../api/problem-text.ts';
import { browserStorage, copyKey, removeCopy, writeCopy } from './draft-storage.ts';
import { formPathOf, normaliseForm, toPlanBody, type PlanFormValues } from './plan-model.ts';
import { saveBlocker } from './plan-validation.ts';

export type ProposalDetail = JsonBody<'/api/v1/proposals/{id}', 'get'>;

export type SaveStatus =
  | { kind: 'need_title' }
  | { kind: 'invalid' }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'error' }
  | { kind: 'conflict' };

export const AUTOSAVE_DELAY_MS = 1500;

interface Options {
  form: FormInstance;
  accountId: string;
  initial: ProposalDetail | null;
  /** The draft now exists (first save): the page moves to its edit address. */
  onCreated: (detail: ProposalDetail) => void;
  /** A save, upload or submission returned the case as it now is. */
  onDetail: (detail: ProposalDetail) => void;
  /** A failed save: the page shows the problem (409 → reload offer). */
  onError: (error: unknown) => void;
  /** The browser refused to keep the local copy. */
  onStorageRefused: () => void;
}

export function usePlanDraft({ form, accountId, initial, onCreated, onDetail, onError, onStorageRefused }: Options) {
  const detail = useRef<ProposalDetail | null>(initial);
  const changes = useRef(0);
  const saved = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const pending = useRef<Promise<ProposalDetail | null> | null>(null);
  const failing = useRef(false);
  const storageWarned = useRef(false);
  const [status, setStatus] = useState<SaveStatus>(() =>
    initial ? { kind: 'saved', at: new Date(initial.updatedAt) } : { kind: 'need_title' },
  );
  const callbacks = useRef({ onCreated, onDetail, onError, onStorageRefused });
  callbacks.current = { onCreated, onDetail, onError, onStorageRefused };

  const values = useCallback((): PlanFormValues => normaliseForm(form.getFieldsValue(true)), [form]);
  const key = () => copyKey(accountId, detail.current?.id ?? null);

  const keepCopy = useCallback(() => {
    const ok = writeCopy(browserStorage(), copyKey(accountId, detail.current?.id ?? null), {
      proposalId: detail.current?.id ?? null,
      baseVersion: detail.current?.version ?? null,
      values: values(),
      editedAt: new Date().toISOString(),
    });
    if (!ok && !storageWarned.current) {
      storageWarned.current = true;
      callbacks.current.onStorageRefused();
    }
  }, [accountId, values]);

  /** Run a mutation after every earlier one (saves, uploads, submission). */
  const exclusive = useCallback(<T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.current.then(work, work);
    queue.current = run.catch(() => undefined);
    return run;
  }, []);

  const save = useCallback(async (): Promise<ProposalDetail | null> => {
    const current = detail.current;
    if (current && changes.current === saved.current) return current;
    const plan = values();
    const blocker = saveBlocker(plan);
    if (blocker) {
      setStatus({ kind: blocker === 'title' ? 'need_title' : 'invalid' });
      return current;
    }
    const seq = changes.current;
    setStatus({ kind: 'saving' });
    try {
      let next: ProposalDetail;
      if (!current) {
        next = await unwrap(api.POST('/api/v1/proposals', { body: { plan: toPlanBody(plan), implementerIds: plan.implementerIds } }));
        removeCopy(browserStorage(), copyKey(accountId, null));
        detail.current = next;
        callbacks.current.onCreated(next);
      } else {
        next = await unwrap(
          api.PUT('/api/v1/proposals/{id}', {
            params: { path: { id: current.id } },
            headers: ifMatch(current.version),
            body: { plan: toPlanBody(plan), implementerIds: plan.implementerIds },
          }),
        );
        detail.current = next;
      }
      saved.current = seq;
      failing.current = false;
      callbacks.current.onDetail(next);
      if (changes.current === seq) {
        removeCopy(browserStorage(), copyKey(accountId, next.id));
        setStatus({ kind: 'saved', at: new Date() });
      } else {
        keepCopy(); // edits made while saving: keep them under the draft's own key
        setStatus({ kind: 'dirty' });
      }
      return next;
    } catch (error) {
      const conflict = isApiError(error) && error.status === 409;
      setStatus({ kind: conflict ? 'conflict' : 'error' });
      if (isApiError(error) && error.status === 400) {
        const fields = fieldErrors(error.problem)
          .map((f) => ({ name: formPathOf(f.name.join('.')), errors: f.errors }))
          .filter((f): f is { name: (string | number)[]; errors: string[] } => f.name !== null);
        if (fields.length) form.setFields(fields);
      }
      // A background save that keeps failing (offline) is reported once, not every 1.5 s.
      if (conflict || !failing.current) callbacks.current.onError(error);
      failing.current = true;
      return null;
    }
  }, [accountId, form, keepCopy, values]);

  /** Save now (step change, "Save now", before submitting); resolves with the saved case. */
  const flush = useCallback((): Promise<ProposalDetail | null> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (!pending.current) {
      pending.current = exclusive(async () => {
        pending.current = null;
        return save();
      });
    }
    return pending.current;
  }, [exclusive, save]);

  /** Call after every edit of the form. */
  const noteChange = useCallback(() => {
    changes.current += 1;
    keepCopy();
    const blocker = saveBlocker(values());
    setStatus(blocker ? { kind: blocker === 'title' ? 'need_title' : 'invalid' } : { kind: 'dirty' });
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
  }, [flush, keepCopy, values]);

  /** After a reload from the server (409): the server's version is the base again. */
  const reset = useCallback((next: ProposalDetail) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    detail.current = next;
    saved.current = changes.current;
    failing.current = false;
    setStatus({ kind: 'saved', at: new Date(next.updatedAt) });
  }, []);

  /** An upload or the submission changed the case (new version). */
  const adopt = useCallback((next: ProposalDetail) => {
    detail.current = next;
  }, []);

  const dirty = useCallback(() => changes.current !== saved.current, []);

  const forgetCopy = useCallback(() => removeCopy(browserStorage(), key()), [accountId]);

  // Leaving the page (another screen of the app) sends what is still unsaved.
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
      if (changes.current !== saved.current) void flush();
    },
    [flush],
  );

  return { status, detail, flush, noteChange, exclusive, reset, adopt, dirty, forgetCopy };
}

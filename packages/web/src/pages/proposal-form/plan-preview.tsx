import { useEffect, useState } from 'react';
import { api, unwrap, type JsonBody } from '../../api/client.ts';
import { isoDateInVietnam } from '../../i18n/format.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import {
  MOTTO,
  NATIONAL_TITLE,
  RECIPIENTS_TITLE,
  buildPlanPreview,
  letterheadOf,
  placeOf,
  upper,
  vietnamDayOf,
  type OrganisationFacts,
  type PlanPreview,
  type PreviewContext,
} from './plan-document.ts';
import type { PlanFormValues } from './plan-model.ts';

type Organisation = JsonBody<'/api/v1/organisations/{id}', 'get'>;
type Person = JsonBody<'/api/v1/people/{id}', 'get'>;

export interface Proposer {
  person: Person | null;
  context: Omit<PreviewContext, 'today'>;
}

const facts = (o: Organisation): OrganisationFacts => ({
  name: o.name,
  shortName: o.shortName,
  abbreviation: o.abbreviation,
  kind: o.kind,
});

async function organisation(id: string): Promise<Organisation | null> {
  try {
    return await unwrap(api.GET('/api/v1/organisations/{id}', { params: { path: { id } } }));
  } catch {
    return null;
  }
}

/**
 * The proposer and the letterhead of the employing agency (the proposer's organisation, as
 * create-draft.ts binds it): the agency, its superior agency, and the chain up to the People's
 * Committee that names the place.
 */
export function useProposer(personId: string | null, fallbackName: string): Proposer {
  const [proposer, setProposer] = useState<Proposer>({
    person: null,
    context: { letterhead: null, abbreviation: null, place: null, proposerName: fallbackName },
  });
  useEffect(() => {
    if (!personId) return;
    let live = true;
    void (async () => {
      try {
        const person = await unwrap(api.GET('/api/v1/people/{id}', { params: { path: { id: personId } } }));
        const agency = await organisation(person.organisationId);
        let letterhead = null;
        let place = null;
        if (agency) {
          const superior = agency.superiorAgencyId ? await organisation(agency.superiorAgencyId) : null;
          const chain: OrganisationFacts[] = [facts(agency)];
          for (let parentId = agency.parentId, hops = 0; parentId && hops < 12; hops += 1) {
            const parent = parentId === superior?.id ? superior : await organisation(parentId);
            if (!parent) break;
            chain.push(facts(parent));
            parentId = parent.parentId;
          }
          letterhead = letterheadOf(facts(agency), superior ? facts(superior) : null);
          place = placeOf(chain);
        }
        if (live) {
          setProposer({
            person,
            context: { letterhead, abbreviation: agency?.abbreviation ?? null, place, proposerName: person.fullName },
          });
        }
      } catch {
        // The preview then shows "…" where the agency would be; the form works without it.
      }
    })();
    return () => {
      live = false;
    };
  }, [personId]);
  return proposer;
}

const ROMAN = /^[IVX]+\.\s/;

/** The "Kế hoạch" as the server will issue it, laid out like the Decree 30 page. */
export function PlanPreviewDocument({ values, context }: { values: PlanFormValues; context: Proposer['context'] }) {
  const { t } = useI18n();
  const preview: PlanPreview = buildPlanPreview(values, { ...context, today: vietnamDayOf(isoDateInVietnam(new Date())) });
  return (
    <article className="pf-doc" lang="vi" aria-label={t('proposal.review.preview_label')}>
      <div className="pf-doc-header">
        <div className="pf-doc-col">
          {preview.letterhead.superiorAgency && <div>{upper(preview.letterhead.superiorAgency)}</div>}
          {preview.letterhead.issuingAgency.map((line) => (
            <div key={line} className="pf-doc-strong">
              {upper(line)}
            </div>
          ))}
          <div className="pf-doc-rule pf-doc-rule-short" aria-hidden="true" />
          <div className="pf-doc-number">{preview.numberLine}</div>
        </div>
        <div className="pf-doc-col">
          <div className="pf-doc-strong">{NATIONAL_TITLE}</div>
          <div className="pf-doc-strong">{MOTTO}</div>
          <div className="pf-doc-rule" aria-hidden="true" />
          <div className="pf-doc-date">{preview.placeDateLine}</div>
        </div>
      </div>
      <h4 className="pf-doc-type">{preview.typeHeading}</h4>
      <p className="pf-doc-summary">{preview.summary}</p>
      <div className="pf-doc-rule pf-doc-rule-short" aria-hidden="true" />
      {preview.legalBases.map((basis) => (
        <p key={basis} className="pf-doc-basis">
          {basis}
        </p>
      ))}
      {preview.body.map((block, index) =>
        block.type === 'heading' ? (
          ROMAN.test(block.text) ? (
            <h5 key={index} className="pf-doc-heading">
              {block.text}
            </h5>
          ) : (
            <h6 key={index} className="pf-doc-heading">
              {block.text}
            </h6>
          )
        ) : (
          <p key={index} className="pf-doc-paragraph">
            {block.lead && <strong>{block.lead}</strong>}
            {block.text}
          </p>
        ),
      )}
      <div className="pf-doc-footer">
        <div className="pf-doc-recipients">
          <div className="pf-doc-recipients-title">{RECIPIENTS_TITLE}</div>
          {preview.recipients.map((r) => (
            <div key={r}>- {r}</div>
          ))}
        </div>
        <div className="pf-doc-signature">
          <div>{preview.signature.title}</div>
          <div className="pf-doc-sign-space" aria-hidden="true" />
          <div>{preview.signature.name}</div>
        </div>
      </div>
    </article>
  );
}

/**
 * ND73 Art. 7(4): the plan goes to the head of the employing agency, or to the head of the
 * superior employing agency when the proposer *is* that head — nobody approves their own
 * proposal. The organisation tree is the server's; this rule only needs the two heads.
 */
import { DomainError } from '../errors.ts';
import { cite } from './citations.ts';

export interface AgencyHeadRef {
  agencyId: string;
  /** `null` when the post is vacant; the server passes the acting head if one is designated. */
  headPersonId: string | null;
}

export interface RoutingInput {
  proposerPersonId: string;
  employingAgency: AgencyHeadRef;
  /** The superior employing agency, if the employing agency has one. */
  superiorAgency: AgencyHeadRef | null;
}

export type RoutingLevel = 'employing' | 'superior';

export interface Routing {
  level: RoutingLevel;
  agencyId: string;
  decidingHeadPersonId: string;
  citation: string;
}

export function routeProposal(input: RoutingInput): Routing {
  const { employingAgency, superiorAgency, proposerPersonId } = input;
  const proposerIsHead = employingAgency.headPersonId === proposerPersonId;
  if (!proposerIsHead) {
    if (employingAgency.headPersonId === null) {
      throw new DomainError(
        'routing.head_vacant',
        {
          vi: 'Cơ quan sử dụng cán bộ chưa có người đứng đầu hoặc người được giao phụ trách.',
          en: 'The employing agency has no head or acting head to receive the plan.',
        },
        { citation: cite.art7_4, agencyId: employingAgency.agencyId },
      );
    }
    return {
      level: 'employing',
      agencyId: employingAgency.agencyId,
      decidingHeadPersonId: employingAgency.headPersonId,
      citation: cite.art7_4,
    };
  }
  if (superiorAgency === null) {
    throw new DomainError(
      'routing.no_superior_agency',
      {
        vi: 'Người đề xuất là người đứng đầu nhưng cơ quan không có cơ quan sử dụng cán bộ cấp trên để trình.',
        en: 'The proposer is the head, but the agency has no superior employing agency to submit to.',
      },
      { citation: cite.art7_4, agencyId: employingAgency.agencyId },
    );
  }
  if (superiorAgency.headPersonId === null || superiorAgency.headPersonId === proposerPersonId) {
    throw new DomainError(
      'routing.head_vacant',
      {
        vi: 'Cơ quan cấp trên chưa có người đứng đầu khác người đề xuất để tiếp nhận kế hoạch.',
        en: 'The superior agency has no head, other than the proposer, to receive the plan.',
      },
      { citation: cite.art7_4, agencyId: superiorAgency.agencyId },
    );
  }
  return {
    level: 'superior',
    agencyId: superiorAgency.agencyId,
    decidingHeadPersonId: superiorAgency.headPersonId,
    citation: cite.art7_4,
  };
}

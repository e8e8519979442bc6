/**
 * Intake rules for a proposal plan (ND73 Art. 1, 2, 4(2), 5(1), 6, 7). They run when the
 * proposer submits and again whenever the UI asks whether `submit` is allowed, so the form
 * can show every refusal with its article before the plan is sealed in the ledger.
 */
import { cite, reason } from './citations.ts';
import type { RuleReason } from './citations.ts';

/**
 * ND73 Art. 2 lists three kinds of proposer; `party_body_leader` exists only for the KL14
 * Party-side profile, which ND73 does not cover.
 */
export type ProposerCategory =
  'administrative_leader' | 'managerial_public_employee' | 'enterprise_post_holder' | 'party_body_leader' | 'not_eligible';

export const nd73ProposerCategories: readonly ProposerCategory[] = [
  'administrative_leader',
  'managerial_public_employee',
  'enterprise_post_holder',
];

export interface ProposerProfile {
  personId: string;
  category: ProposerCategory;
  /** Art. 2 speaks of cadres *holding leadership or management posts*; ordinary staff are not proposers. */
  holdsLeadershipPost: boolean;
}

/** The Art. 7 contents of a plan, one structured field per item the article names. */
export interface ProposalPlanContents {
  necessity: string;
  purpose: string;
  requirements: string;
  bottleneck: string;
  legalGap: string;
  tasksAndSolutions: string;
  scope: string;
  implementers: string;
  duration: string;
  resources: string;
  feasibility: string;
  positiveImpacts: string;
  negativeImpacts: string;
  expectedEffectiveness: string;
}

/** The proposer's justification for each Art. 5(1) condition; an empty one is a refusal. */
export interface Art5Justifications {
  /** (a) removes a bottleneck not yet regulated, and solves the stated problem */
  removesUnregulatedBottleneck: string;
  /** (b) serves the common interest and brings practical value */
  commonInterestAndPracticalValue: string;
  /** (c) urgent practical need, no harm to defence, security, order, other localities/agencies */
  urgentNeedWithoutHarm: string;
  /** (d) promotes decentralisation, administrative-procedure reform or IT application */
  promotesDecentralisationReformOrIt: string;
}

export interface RelatedParty {
  name: string;
  relation: string;
}

export interface SubmissionDeclarations {
  /** Art. 4(2): the matter lies within the employing agency's own competence. */
  withinCompetence: boolean;
  /** Art. 4(2): does not contravene Party rules, laws, superior agencies' documents, treaties. */
  noContravention: boolean;
  /** No personal or group benefit (the self-seeking Art. 6 forbids). */
  noPersonalOrGroupBenefit: boolean;
  /**
   * Related parties who could benefit. `null` = not declared yet; an empty list is the
   * explicit declaration "none", which is different and must be a deliberate act.
   */
  relatedParties: readonly RelatedParty[] | null;
}

export interface ProposalPlan {
  title: string;
  /** Art. 1: piloting a legal normative document follows the Law on Promulgation instead. */
  pilotsLegalNormativeDocument: boolean;
  contents: ProposalPlanContents;
  conditions: Art5Justifications;
  declarations: SubmissionDeclarations;
}

export interface SubmissionOptions {
  /** Categories the procedure profile accepts; ND73's three by default. */
  eligibleCategories?: readonly ProposerCategory[];
  /** Citation for the category rule, e.g. KL14 for the Party-side profile. */
  categoryCitation?: string;
}

const art7Fields: ReadonlyArray<{ key: keyof ProposalPlanContents; vi: string; en: string }> = [
  { key: 'necessity', vi: 'sự cần thiết', en: 'necessity' },
  { key: 'purpose', vi: 'mục đích', en: 'purpose' },
  { key: 'requirements', vi: 'yêu cầu', en: 'requirements' },
  { key: 'bottleneck', vi: 'điểm nghẽn', en: 'bottleneck' },
  { key: 'legalGap', vi: 'khoảng trống pháp lý', en: 'legal gap' },
  { key: 'tasksAndSolutions', vi: 'nội dung, nhiệm vụ, giải pháp', en: 'contents, tasks and solutions' },
  { key: 'scope', vi: 'phạm vi', en: 'scope' },
  { key: 'implementers', vi: 'chủ thể thực hiện', en: 'who carries it out' },
  { key: 'duration', vi: 'thời gian thực hiện', en: 'duration' },
  { key: 'resources', vi: 'nguồn lực', en: 'resources' },
  { key: 'feasibility', vi: 'tính khả thi', en: 'feasibility' },
  { key: 'positiveImpacts', vi: 'tác động tích cực', en: 'positive impacts' },
  { key: 'negativeImpacts', vi: 'tác động tiêu cực', en: 'negative impacts' },
  { key: 'expectedEffectiveness', vi: 'hiệu quả dự kiến', en: 'expected effectiveness' },
];

const art5Conditions: ReadonlyArray<{
  key: keyof Art5Justifications;
  citation: string;
  vi: string;
  en: string;
}> = [
  {
    key: 'removesUnregulatedBottleneck',
    citation: cite.art5_1a,
    vi: 'tháo gỡ điểm nghẽn về cơ chế, chính sách chưa được quy định',
    en: 'removes a bottleneck in mechanisms or policies not yet regulated',
  },
  {
    key: 'commonInterestAndPracticalValue',
    citation: cite.art5_1b,
    vi: 'vì lợi ích chung, mang lại giá trị thực tiễn',
    en: 'serves the common interest and brings practical value',
  },
  {
    key: 'urgentNeedWithoutHarm',
    citation: cite.art5_1c,
    vi: 'xuất phát từ yêu cầu thực tiễn cấp bách, không gây phương hại',
    en: 'arises from an urgent practical need without harm',
  },
  {
    key: 'promotesDecentralisationReformOrIt',
    citation: cite.art5_1d,
    vi: 'thúc đẩy phân cấp, cải cách thủ tục hành chính hoặc ứng dụng công nghệ thông tin',
    en: 'promotes decentralisation, administrative-procedure reform or IT application',
  },
];

function isBlank(value: string | undefined | null): boolean {
  return value === undefined || value === null || value.normalize('NFC').trim() === '';
}

/** Art. 2: is this person a proposer at all (before looking at the plan)? */
export function checkProposerEligibility(proposer: ProposerProfile, options: SubmissionOptions = {}): RuleReason[] {
  const eligible = options.eligibleCategories ?? nd73ProposerCategories;
  const citation = options.categoryCitation ?? cite.art2;
  const refusals: RuleReason[] = [];
  if (proposer.category === 'not_eligible' || !eligible.includes(proposer.category)) {
    refusals.push(
      reason(
        'proposal.proposer_not_eligible',
        {
          vi: 'Người đề xuất không thuộc đối tượng được đề xuất đổi mới, sáng tạo theo quy định.',
          en: 'The proposer is not in a category entitled to make an innovation proposal.',
        },
        citation,
        'confirmed',
        'proposer.category',
      ),
    );
  }
  if (!proposer.holdsLeadershipPost) {
    refusals.push(
      reason(
        'proposal.proposer_without_management_post',
        {
          vi: 'Người đề xuất phải giữ chức vụ lãnh đạo, quản lý.',
          en: 'The proposer must hold a leadership or management post.',
        },
        citation,
        'confirmed',
        'proposer.holdsLeadershipPost',
      ),
    );
  }
  return refusals;
}

/**
 * Every refusal that applies to this plan and proposer, each with its article. An empty list
 * means the plan may be submitted. All refusals are returned at once (not the first) so the
 * proposer can fix the whole form in one pass.
 */
export function checkSubmission(plan: ProposalPlan, proposer: ProposerProfile, options: SubmissionOptions = {}): RuleReason[] {
  const refusals = checkProposerEligibility(proposer, options);

  if (plan.pilotsLegalNormativeDocument) {
    refusals.push(
      reason(
        'proposal.out_of_scope_legal_normative_document',
        {
          vi: 'Đề xuất thí điểm văn bản quy phạm pháp luật không thuộc phạm vi Nghị định 73/2023/NĐ-CP; thực hiện theo Luật Ban hành văn bản quy phạm pháp luật.',
          en: 'Piloting a legal normative document is outside Decree 73/2023; it follows the Law on Promulgation of Legal Documents.',
        },
        cite.art1,
        'confirmed',
        'plan.pilotsLegalNormativeDocument',
      ),
    );
  }

  for (const condition of art5Conditions) {
    if (isBlank(plan.conditions[condition.key])) {
      refusals.push(
        reason(
          'proposal.condition_unjustified',
          {
            vi: `Chưa giải trình điều kiện: ${condition.vi}.`,
            en: `No justification given for the condition: ${condition.en}.`,
          },
          condition.citation,
          'confirmed',
          `plan.conditions.${condition.key}`,
        ),
      );
    }
  }

  if (!plan.declarations.withinCompetence) {
    refusals.push(
      reason(
        'proposal.outside_competence',
        {
          vi: 'Nội dung đề xuất phải thuộc thẩm quyền của cơ quan sử dụng cán bộ.',
          en: "The proposal must lie within the employing agency's own competence.",
        },
        cite.art4_2,
        'confirmed',
        'plan.declarations.withinCompetence',
      ),
    );
  }
  if (!plan.declarations.noContravention) {
    refusals.push(
      reason(
        'proposal.contravenes_higher_rules',
        {
          vi: 'Đề xuất không được trái quy định của Đảng, luật, nghị quyết của Quốc hội, Ủy ban Thường vụ Quốc hội, văn bản của cơ quan cấp trên và điều ước quốc tế.',
          en: 'The proposal must not contravene Party rules, laws and resolutions of the National Assembly or its Standing Committee, documents of superior agencies, or treaties.',
        },
        cite.art4_2,
        'confirmed',
        'plan.declarations.noContravention',
      ),
    );
  }

  // The declaration itself is this system's safeguard against the self-seeking Art. 6
  // forbids; the decree does not prescribe the form, hence `configurable`.
  if (!plan.declarations.noPersonalOrGroupBenefit) {
    refusals.push(
      reason(
        'proposal.motive_not_declared',
        {
          vi: 'Người đề xuất chưa cam kết không vì lợi ích cá nhân, lợi ích nhóm.',
          en: 'The proposer has not declared the absence of personal or group benefit.',
        },
        cite.art6,
        'configurable',
        'plan.declarations.noPersonalOrGroupBenefit',
      ),
    );
  }
  if (plan.declarations.relatedParties === null) {
    refusals.push(
      reason(
        'proposal.related_parties_not_declared',
        {
          vi: 'Chưa kê khai người có liên quan (ghi rõ "không có" nếu không có).',
          en: 'Related parties have not been declared (declare "none" explicitly if there are none).',
        },
        cite.art6,
        'configurable',
        'plan.declarations.relatedParties',
      ),
    );
  }

  for (const field of art7Fields) {
    if (isBlank(plan.contents[field.key])) {
      refusals.push(
        reason(
          'proposal.plan_content_missing',
          {
            vi: `Kế hoạch đề xuất thiếu nội dung: ${field.vi}.`,
            en: `The proposal plan lacks its ${field.en}.`,
          },
          cite.art7,
          'confirmed',
          `plan.contents.${field.key}`,
        ),
      );
    }
  }

  return refusals;
}

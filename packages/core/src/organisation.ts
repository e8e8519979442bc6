/**
 * The organisation vocabulary shared by server and web. Kinds follow the two-tier local
 * government in force since 1 Jul 2025 (province and commune; no district level) plus the
 * central and enterprise sides that ND73 Art. 2 covers.
 */
export const ORGANISATION_KINDS = [
  'ministry',
  'ministry_department',
  'provincial_peoples_committee',
  'provincial_department',
  'commune_peoples_committee',
  'public_service_unit',
  'state_enterprise',
  'party_committee',
  'other',
] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export const ORGANISATION_KIND_LABELS: Record<OrganisationKind, { vi: string; en: string }> = {
  ministry: { vi: 'Bộ, cơ quan ngang bộ', en: 'Ministry' },
  ministry_department: { vi: 'Cục, vụ thuộc bộ', en: 'Ministry department' },
  provincial_peoples_committee: { vi: 'Ủy ban nhân dân tỉnh, thành phố', en: "Provincial People's Committee" },
  provincial_department: { vi: 'Sở, ban, ngành cấp tỉnh', en: 'Provincial department' },
  commune_peoples_committee: { vi: 'Ủy ban nhân dân xã, phường, đặc khu', en: "Commune People's Committee" },
  public_service_unit: { vi: 'Đơn vị sự nghiệp công lập', en: 'Public service unit' },
  state_enterprise: { vi: 'Doanh nghiệp nhà nước', en: 'State enterprise' },
  party_committee: { vi: 'Cấp ủy, tổ chức đảng', en: 'Party committee' },
  other: { vi: 'Khác', en: 'Other' },
};

/** ND73 Art. 2: who may file a proposal. */
export const ND73_CATEGORIES = ['administrative_leader', 'managerial_public_employee', 'enterprise_post_holder', 'not_eligible'] as const;
export type Nd73Category = (typeof ND73_CATEGORIES)[number];

export const ND73_CATEGORY_LABELS: Record<Nd73Category, { vi: string; en: string }> = {
  administrative_leader: {
    vi: 'Cán bộ, công chức giữ chức vụ lãnh đạo, quản lý trong cơ quan hành chính nhà nước',
    en: 'Cadre/civil servant holding a leadership or management post in a state administrative body',
  },
  managerial_public_employee: {
    vi: 'Viên chức quản lý trong đơn vị sự nghiệp công lập',
    en: 'Managerial public employee in a public service unit',
  },
  enterprise_post_holder: {
    vi: 'Người giữ chức danh, chức vụ, người đại diện phần vốn nhà nước tại doanh nghiệp',
    en: 'Enterprise post holder or representative of state capital',
  },
  not_eligible: { vi: 'Không thuộc đối tượng đề xuất theo Nghị định 73', en: 'Not a proposer under Decree 73' },
};

export const LEADERSHIP_ROLES = ['head', 'deputy', 'member'] as const;
export type LeadershipRole = (typeof LEADERSHIP_ROLES)[number];

export const LEADERSHIP_ROLE_LABELS: Record<LeadershipRole, { vi: string; en: string }> = {
  head: { vi: 'Người đứng đầu', en: 'Head' },
  deputy: { vi: 'Cấp phó', en: 'Deputy' },
  member: { vi: 'Ủy viên', en: 'Member' },
};

/** ltree label of an organisation: its uuid without dashes (ltree labels allow [A-Za-z0-9_]). */
export function pathLabel(id: string): string {
  return id.replaceAll('-', '');
}

/** True when `path` is `ancestor` itself or lies below it in the tree. */
export function isWithinPath(path: string, ancestor: string): boolean {
  return path === ancestor || path.startsWith(`${ancestor}.`);
}

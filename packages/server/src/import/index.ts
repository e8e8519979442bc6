/**
 * Reading organisation and people import files (CSV, XLSX; Unicode, Windows-1258, UTF-16,
 * TCVN3, VNI). The database upsert consumes `readImportFile`'s rows.
 */
export {
  readImportFile,
  type ImportColumn,
  type ImportFile,
  type ImportFileEncoding,
  type ImportNotice,
  type ImportProgress,
  type ImportRowResult,
  type ImportSource,
  type ImportStats,
  type ReadImportFileOptions,
} from './read-import-file.ts';
export {
  leadershipRoleSchema,
  nd73CategorySchema,
  organisationKindSchema,
  organisationRowSchema,
  parseOrganisationRow,
  parsePersonRow,
  personRowSchema,
  ORGANISATION_FIELD_LABELS,
  PERSON_FIELD_LABELS,
  type ImportRowError,
  type LeadershipRole,
  type Nd73Category,
  type OrganisationKind,
  type OrganisationRow,
  type PersonRow,
  type RowParseResult,
} from './row-schemas.ts';
export {
  LEADERSHIP_ROLES,
  ND73_CATEGORIES,
  ND73_CATEGORY_LABELS,
  ORGANISATION_KINDS,
  ORGANISATION_KIND_LABELS,
  type CellValue,
} from './field-parsers.ts';
export { normaliseHeader, REQUIRED_FIELDS, type ImportKind } from './normalise-header.ts';
export { analyseLegacyEncoding, detectLegacyEncoding, type DetectedEncoding, type LegacyAnalysis } from './detect-legacy-encoding.ts';
export { convertLegacy, type ConvertLegacyOptions, type LegacyEncoding } from './convert-legacy.ts';
export { decodeTextBytes, type ByteEncoding, type DecodedText } from './decode-text-bytes.ts';

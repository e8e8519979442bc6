-- Khiên foundation: organisations, leadership collectives, people, accounts, sessions.
-- One forward-only set for PGlite and PostgreSQL: only SQL both engines accept.
create extension if not exists ltree;
create extension if not exists pg_trgm;
create extension if not exists unaccent;

create table organisations (
  id uuid primary key,
  code text not null unique,
  name text not null,
  short_name text,
  abbreviation text,
  kind text not null check (kind in (
    'ministry', 'ministry_department', 'provincial_peoples_committee', 'provincial_department',
    'commune_peoples_committee', 'public_service_unit', 'state_enterprise', 'party_committee', 'other')),
  parent_id uuid references organisations (id),
  -- ltree path of ids (dashes stripped): subtree queries are "path <@ ancestor_path".
  path ltree not null,
  superior_agency_id uuid references organisations (id),
  party_committee_id uuid references organisations (id),
  address text,
  email text,
  phone text,
  search_key text not null,
  -- Vietnamese collation as a byte-ordered key (core vietnameseSortKey): PGlite has no ICU.
  sort_key text not null,
  version integer not null default 1,
  created_at timestamptz not null,
  updated_at timestamptz not null
);
create index organisations_sort on organisations (sort_key collate "C");
create index organisations_path_gist on organisations using gist (path);
create index organisations_parent on organisations (parent_id);
create index organisations_search_trgm on organisations using gin (search_key gin_trgm_ops);

create table people (
  id uuid primary key,
  code text not null unique,
  full_name text not null,
  position_title text,
  is_leadership_post boolean not null default false,
  nd73_category text not null check (nd73_category in (
    'administrative_leader', 'managerial_public_employee', 'enterprise_post_holder', 'not_eligible')),
  organisation_id uuid not null references organisations (id),
  email text,
  phone text,
  search_key text not null,
  sort_key text not null,
  version integer not null default 1,
  created_at timestamptz not null,
  updated_at timestamptz not null
);
create index people_sort on people (sort_key collate "C");
create index people_organisation on people (organisation_id);
create index people_search_trgm on people using gin (search_key gin_trgm_ops);

-- The leadership collective of an agency (head + deputies), and membership of Party
-- committees, as dated terms. A term is ended, never deleted: who sat on the collective on a
-- meeting date is evidence.
create table leadership_terms (
  id uuid primary key,
  organisation_id uuid not null references organisations (id),
  person_id uuid not null references people (id),
  role text not null check (role in ('head', 'deputy', 'member')),
  starts_on date not null,
  ends_on date,
  basis text,
  created_at timestamptz not null,
  check (ends_on is null or ends_on >= starts_on)
);
create index leadership_terms_org on leadership_terms (organisation_id, starts_on);
create index leadership_terms_person on leadership_terms (person_id);

create table accounts (
  id uuid primary key,
  username text not null unique,
  person_id uuid references people (id),
  display_name text not null,
  roles text[] not null default '{}',
  -- Where an officer's or inspector's role applies (that organisation's subtree); null for
  -- system admins and for accounts whose rights come only from their positions.
  scope_organisation_id uuid references organisations (id),
  password_hash text not null,
  must_change_password boolean not null default false,
  disabled boolean not null default false,
  failed_logins integer not null default 0,
  locked_until timestamptz,
  password_changed_at timestamptz not null,
  version integer not null default 1,
  created_at timestamptz not null,
  updated_at timestamptz not null
);
create unique index accounts_person on accounts (person_id) where person_id is not null;

-- Sessions and API tokens are stored as SHA-256 of the secret: a copy of the database does not
-- let anyone log in.
create table sessions (
  token_hash text primary key,
  account_id uuid not null references accounts (id),
  csrf_token text not null,
  created_at timestamptz not null,
  expires_at timestamptz not null,
  last_seen_at timestamptz not null
);
create index sessions_account on sessions (account_id);

create table api_tokens (
  id uuid primary key,
  account_id uuid not null references accounts (id),
  name text not null,
  token_hash text not null unique,
  created_at timestamptz not null,
  expires_at timestamptz,
  revoked_at timestamptz,
  last_used_at timestamptz
);

-- Workforce schema, version 5: what the HTTP API needs. Users with their roles and sites, bearer tokens,
-- what-if drafts and their publishing, every roster version's coverage, and a site's pricing terms.
-- Applied by SchemaMigrator inside one transaction.

-- People who may call the API. The web app hashes passwords with ASP.NET Core Identity's PasswordHasher;
-- only the hash is stored. A user sees the sites in user_sites, or every site (present and future) when
-- all_sites is set; user_sites is then empty.
CREATE TABLE users (
    user_id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_name     text NOT NULL UNIQUE CHECK (user_name ~ '^\S(.*\S)?$' AND length(user_name) <= 200),
    password_hash text NOT NULL CHECK (password_hash <> ''),
    -- viewer: rosters and coverage; planner: also what-if and publish; pricing: also bids, wages and costs;
    -- admin: everything.
    roles         text[] NOT NULL CHECK (cardinality(roles) >= 1 AND roles <@ ARRAY['viewer', 'planner', 'pricing', 'admin']),
    all_sites     boolean NOT NULL DEFAULT false,
    disabled      boolean NOT NULL DEFAULT false,
    created_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE user_sites (
    user_id bigint NOT NULL REFERENCES users ON DELETE CASCADE,
    site_id text NOT NULL REFERENCES sites ON DELETE CASCADE,
    PRIMARY KEY (user_id, site_id)
);
CREATE INDEX user_sites_site_idx ON user_sites (site_id);

-- Bearer tokens: only the hex SHA-256 of the token is kept, so a stolen table holds no usable token.
CREATE TABLE api_tokens (
    token_id     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id      bigint NOT NULL REFERENCES users ON DELETE CASCADE,
    token_sha256 text NOT NULL UNIQUE CHECK (token_sha256 ~ '^[0-9a-f]{64}$'),
    name         text NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    expires_at   timestamptz,
    revoked_at   timestamptz,
    CHECK (expires_at IS NULL OR expires_at > created_at)
);
CREATE INDEX api_tokens_user_idx ON api_tokens (user_id);

-- Roster versions: where each came from. A what-if draft keeps the request that made it and the published
-- version it was planned against (null when the week had none); publishing it checks that this is still
-- the week's published version.
ALTER TABLE roster_versions
    ADD COLUMN base_roster_version_id bigint REFERENCES roster_versions,
    ADD COLUMN source text NOT NULL DEFAULT 'plan_run' CHECK (source IN ('plan_run', 'import', 'what_if')),
    ADD COLUMN what_if jsonb,
    ADD COLUMN created_by text,
    ADD CHECK ((source = 'what_if') = (what_if IS NOT NULL));
-- Before this version only a plan run or an import of baseline_roster.csv wrote versions; imports have no run.
UPDATE roster_versions SET source = 'import' WHERE plan_run_id IS NULL;
CREATE INDEX roster_versions_base_idx ON roster_versions (base_roster_version_id) WHERE base_roster_version_id IS NOT NULL;

-- The coverage of a roster version per channel and interval (coverage.csv): agents required (staffing's
-- gross requirement) and scheduled (effective agents), the shortfall, and the projected service level and
-- ASA at the scheduled agents (null where the model gives none). Written with the version by a plan run or a
-- what-if; an imported baseline has none.
CREATE TABLE roster_version_coverage (
    roster_version_id bigint NOT NULL REFERENCES roster_versions ON DELETE CASCADE,
    channel_id        text NOT NULL,
    interval_start    timestamptz NOT NULL,
    required_agents   double precision NOT NULL CHECK (required_agents >= 0),
    scheduled_agents  double precision NOT NULL CHECK (scheduled_agents >= 0),
    shortfall_agents  double precision NOT NULL CHECK (shortfall_agents >= 0),
    service_level     double precision,
    asa_seconds       double precision,
    PRIMARY KEY (roster_version_id, channel_id, interval_start)
);

-- A site's pricing.json, kept as the text of the file so that an export writes it back byte for byte; only
-- the latest import's is kept. An import of a folder without pricing.json removes it.
CREATE TABLE pricing_terms (
    site_id        text PRIMARY KEY REFERENCES sites ON DELETE CASCADE,
    content        text NOT NULL,
    content_sha256 text NOT NULL CHECK (content_sha256 ~ '^[0-9a-f]{64}$'),
    imported_at    timestamptz NOT NULL DEFAULT now()
);

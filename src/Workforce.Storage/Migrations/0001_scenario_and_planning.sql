-- Workforce schema, version 1. Applied by SchemaMigrator inside one transaction.
--
-- Conventions:
--   * Keys a planner types (site, channel, contract and agent ids) are text, scoped by site_id.
--   * "position" keeps the order rows had in the planner's file, so an export writes them back in
--     the same order (the round trip is lossless).
--   * timestamptz holds instants (forecast and actual intervals: the offset tells the two 01:15s of
--     a fall-back day apart); timestamp (without time zone) holds the site's local wall-clock times
--     (time off, shifts, activities), exactly as the domain model defines them.
--   * Durations are interval; queueing figures are double precision. Money and premiums are numeric
--     without a fixed scale, so 0.25 comes back as 0.25 and not 0.250000 (the files keep their digits).
--   * Entities that later rows refer to (channels, contracts, agents) are never deleted by an
--     import: one that disappears from the folder is marked active = false, so past rosters and
--     forecasts keep their references.

CREATE TABLE sites (
    site_id          text PRIMARY KEY CHECK (site_id ~ '^\S(.*\S)?$' AND length(site_id) <= 200),
    name             text NOT NULL,
    time_zone        text NOT NULL CHECK (time_zone <> ''),
    currency         char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    interval_minutes integer NOT NULL CHECK (interval_minutes > 0 AND 60 % interval_minutes = 0),
    week_start       date NOT NULL,
    -- ISO days of week, 1 = Monday ... 7 = Sunday.
    weekend_days     smallint[] NOT NULL CHECK (weekend_days <@ ARRAY[1, 2, 3, 4, 5, 6, 7]::smallint[]),
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE public_holidays (
    site_id      text NOT NULL REFERENCES sites ON DELETE CASCADE,
    position     integer NOT NULL CHECK (position >= 0),
    holiday_date date NOT NULL,
    name         text NOT NULL,
    PRIMARY KEY (site_id, position)
);

CREATE TABLE shrinkage_components (
    site_id   text NOT NULL REFERENCES sites ON DELETE CASCADE,
    kind      text NOT NULL CHECK (kind IN ('planned', 'unplanned')),
    component text NOT NULL CHECK (component <> ''),
    position  integer NOT NULL CHECK (position >= 0),
    fraction  double precision NOT NULL CHECK (fraction >= 0 AND fraction < 1),
    PRIMARY KEY (site_id, kind, component),
    UNIQUE (site_id, kind, position)
);

CREATE TABLE channels (
    site_id                   text NOT NULL REFERENCES sites ON DELETE CASCADE,
    channel_id                text NOT NULL CHECK (channel_id <> ''),
    position                  integer NOT NULL CHECK (position >= 0),
    active                    boolean NOT NULL DEFAULT true,
    name                      text NOT NULL,
    kind                      text NOT NULL CHECK (kind IN ('voice', 'chat', 'deferred')),
    max_occupancy             double precision NOT NULL CHECK (max_occupancy > 0 AND max_occupancy <= 1),
    -- Live channels (voice, chat).
    service_level_target      double precision CHECK (service_level_target > 0 AND service_level_target < 1),
    answer_within_seconds     double precision CHECK (answer_within_seconds >= 0),
    asa_target_seconds        double precision CHECK (asa_target_seconds > 0),
    -- Voice with Erlang A.
    patience_seconds          double precision CHECK (patience_seconds > 0),
    max_abandon_fraction      double precision CHECK (max_abandon_fraction > 0 AND max_abandon_fraction < 1),
    -- Chat.
    concurrency               integer CHECK (concurrency >= 1),
    handle_time_growth        double precision CHECK (handle_time_growth >= 0),
    -- Deferred work.
    response_window           interval CHECK (response_window > interval '0'),
    response_target_fraction  double precision CHECK (response_target_fraction > 0 AND response_target_fraction <= 1),
    PRIMARY KEY (site_id, channel_id),
    CHECK (kind = 'deferred' OR answer_within_seconds IS NOT NULL),
    CHECK (kind <> 'chat' OR (concurrency IS NOT NULL AND handle_time_growth IS NOT NULL)),
    CHECK (kind <> 'deferred' OR (response_window IS NOT NULL AND response_target_fraction IS NOT NULL))
);

CREATE TABLE contracts (
    site_id                      text NOT NULL REFERENCES sites ON DELETE CASCADE,
    contract_id                  text NOT NULL CHECK (contract_id <> ''),
    position                     integer NOT NULL CHECK (position >= 0),
    active                       boolean NOT NULL DEFAULT true,
    min_paid_per_week            interval NOT NULL CHECK (min_paid_per_week >= interval '0'),
    max_paid_per_week            interval NOT NULL,
    max_working_days             integer NOT NULL CHECK (max_working_days BETWEEN 1 AND 7),
    min_rest_between_shifts      interval NOT NULL CHECK (min_rest_between_shifts >= interval '0'),
    max_consecutive_working_days integer NOT NULL CHECK (max_consecutive_working_days >= 1),
    min_consecutive_days_off     integer NOT NULL CHECK (min_consecutive_days_off BETWEEN 0 AND 7),
    max_weekends_worked          integer NOT NULL CHECK (max_weekends_worked >= 0),
    weekend_reference_weeks      integer NOT NULL CHECK (weekend_reference_weeks >= 1),
    shift_lengths                interval[] NOT NULL CHECK (cardinality(shift_lengths) >= 1),
    earliest_start               time NOT NULL,
    latest_start                 time NOT NULL,
    night_premium                numeric NOT NULL CHECK (night_premium >= 0 AND night_premium <= 10),
    weekend_premium              numeric NOT NULL CHECK (weekend_premium >= 0 AND weekend_premium <= 10),
    PRIMARY KEY (site_id, contract_id),
    CHECK (max_paid_per_week >= min_paid_per_week AND max_paid_per_week > interval '0'),
    CHECK (max_weekends_worked <= weekend_reference_weeks),
    CHECK (latest_start >= earliest_start)
);

CREATE TABLE contract_breaks (
    site_id                  text NOT NULL,
    contract_id              text NOT NULL,
    position                 integer NOT NULL CHECK (position >= 0),
    activity                 text NOT NULL CHECK (activity IN ('break', 'lunch')),
    length                   interval NOT NULL CHECK (length > interval '0'),
    paid                     boolean NOT NULL,
    min_shift_length         interval NOT NULL CHECK (min_shift_length >= interval '0'),
    earliest_after_start     interval NOT NULL CHECK (earliest_after_start >= interval '0'),
    latest_start_after_start interval NOT NULL,
    PRIMARY KEY (site_id, contract_id, position),
    FOREIGN KEY (site_id, contract_id) REFERENCES contracts ON DELETE CASCADE,
    CHECK (latest_start_after_start >= earliest_after_start)
);

CREATE TABLE agents (
    site_id             text NOT NULL REFERENCES sites ON DELETE CASCADE,
    agent_id            text NOT NULL CHECK (agent_id ~ '^\S(.*\S)?$'),
    position            integer NOT NULL CHECK (position >= 0),
    active              boolean NOT NULL DEFAULT true,
    name                text NOT NULL,
    contract_id         text NOT NULL,
    hourly_wage         numeric NOT NULL CHECK (hourly_wage >= 0 AND hourly_wage < 100000),
    status              text NOT NULL CHECK (status IN ('production', 'nesting', 'in_training')),
    productivity_factor double precision NOT NULL,
    PRIMARY KEY (site_id, agent_id),
    FOREIGN KEY (site_id, contract_id) REFERENCES contracts,
    CHECK ((status = 'production' AND productivity_factor = 1)
        OR (status = 'nesting' AND productivity_factor > 0 AND productivity_factor <= 1)
        OR (status = 'in_training' AND productivity_factor = 0))
);
-- Foreign keys are not indexed by PostgreSQL itself; agents are looked up by contract.
CREATE INDEX agents_contract_idx ON agents (site_id, contract_id);

CREATE TABLE agent_skills (
    site_id     text NOT NULL,
    agent_id    text NOT NULL,
    channel_id  text NOT NULL,
    position    integer NOT NULL CHECK (position >= 0),
    proficiency double precision NOT NULL CHECK (proficiency > 0 AND proficiency <= 1),
    PRIMARY KEY (site_id, agent_id, channel_id),
    UNIQUE (site_id, agent_id, position),
    FOREIGN KEY (site_id, agent_id) REFERENCES agents ON DELETE CASCADE,
    FOREIGN KEY (site_id, channel_id) REFERENCES channels
);
CREATE INDEX agent_skills_channel_idx ON agent_skills (site_id, channel_id);

CREATE TABLE time_off (
    time_off_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    site_id     text NOT NULL,
    agent_id    text NOT NULL,
    position    integer NOT NULL CHECK (position >= 0),
    starts_at   timestamp NOT NULL,
    ends_at     timestamp NOT NULL,
    reason      text NOT NULL,
    FOREIGN KEY (site_id, agent_id) REFERENCES agents ON DELETE CASCADE,
    UNIQUE (site_id, position),
    CHECK (ends_at > starts_at)
);
CREATE INDEX time_off_agent_idx ON time_off (site_id, agent_id, starts_at);

CREATE TABLE carry_in (
    site_id                 text NOT NULL,
    agent_id                text NOT NULL,
    position                integer NOT NULL CHECK (position >= 0),
    last_shift_end          timestamp,
    consecutive_days_worked integer NOT NULL CHECK (consecutive_days_worked >= 0),
    weekends_worked         integer NOT NULL CHECK (weekends_worked >= 0),
    PRIMARY KEY (site_id, agent_id),
    UNIQUE (site_id, position),
    FOREIGN KEY (site_id, agent_id) REFERENCES agents ON DELETE CASCADE
);

-- Classroom training sessions booked for agents (planned shrinkage the roster places).
CREATE TABLE training (
    training_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    site_id     text NOT NULL,
    agent_id    text NOT NULL,
    starts_at   timestamp NOT NULL,
    ends_at     timestamp NOT NULL,
    topic       text NOT NULL,
    FOREIGN KEY (site_id, agent_id) REFERENCES agents ON DELETE CASCADE,
    CHECK (ends_at > starts_at)
);
CREATE INDEX training_agent_idx ON training (site_id, agent_id, starts_at);

-- Plan runs: one attempt to plan one site for one plan date. A running run holds a lease that its
-- instance renews; a run whose lease expired was left by a dead process and is marked abandoned.
CREATE TABLE plan_runs (
    plan_run_id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    site_id          text NOT NULL REFERENCES sites ON DELETE CASCADE,
    plan_date        date NOT NULL,
    status           text NOT NULL CHECK (status IN ('running', 'completed', 'failed', 'cancelled', 'abandoned')),
    forced           boolean NOT NULL DEFAULT false,
    host             text NOT NULL,
    process_id       integer NOT NULL,
    started_at       timestamptz NOT NULL DEFAULT now(),
    lease_expires_at timestamptz,
    finished_at      timestamptz,
    -- The forecast version the run planned on.
    forecast_version_id bigint,
    solver_status    text,
    objective        double precision,
    bound            double precision,
    error            text,
    CHECK ((status = 'running') = (finished_at IS NULL)),
    CHECK (status <> 'running' OR lease_expires_at IS NOT NULL),
    CHECK (finished_at IS NULL OR finished_at >= started_at)
);
-- At most one run of a site-day in progress, whatever the instances do.
CREATE UNIQUE INDEX plan_runs_one_running_idx ON plan_runs (site_id, plan_date) WHERE status = 'running';
CREATE INDEX plan_runs_site_date_idx ON plan_runs (site_id, plan_date, status);
CREATE INDEX plan_runs_expired_lease_idx ON plan_runs (lease_expires_at) WHERE status = 'running';

-- Forecasts are versioned: every import or re-forecast that changes a number adds a version.
CREATE TABLE forecast_versions (
    forecast_version_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    site_id             text NOT NULL REFERENCES sites ON DELETE CASCADE,
    source              text NOT NULL CHECK (source IN ('import', 'forecast')),
    plan_run_id         bigint REFERENCES plan_runs,
    -- SHA-256 of the rows, so an import of an unchanged forecast adds no version.
    content_sha256      text NOT NULL CHECK (content_sha256 ~ '^[0-9a-f]{64}$'),
    created_at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX forecast_versions_site_idx ON forecast_versions (site_id, forecast_version_id DESC);
CREATE INDEX forecast_versions_plan_run_idx ON forecast_versions (plan_run_id) WHERE plan_run_id IS NOT NULL;
ALTER TABLE plan_runs ADD FOREIGN KEY (forecast_version_id) REFERENCES forecast_versions;
CREATE INDEX plan_runs_forecast_version_idx ON plan_runs (forecast_version_id) WHERE forecast_version_id IS NOT NULL;

CREATE TABLE forecast_intervals (
    forecast_version_id bigint NOT NULL REFERENCES forecast_versions ON DELETE CASCADE,
    position            integer NOT NULL CHECK (position >= 0),
    site_id             text NOT NULL,
    channel_id          text NOT NULL,
    interval_start      timestamptz NOT NULL,
    volume              double precision NOT NULL CHECK (volume >= 0),
    aht_seconds         double precision NOT NULL CHECK (aht_seconds >= 0),
    PRIMARY KEY (forecast_version_id, position),
    UNIQUE (forecast_version_id, channel_id, interval_start),
    FOREIGN KEY (site_id, channel_id) REFERENCES channels
);
CREATE INDEX forecast_intervals_channel_idx ON forecast_intervals (site_id, channel_id);

-- What happened: interval volume and AHT per channel, the input of the re-forecast.
CREATE TABLE actuals (
    site_id        text NOT NULL,
    channel_id     text NOT NULL,
    interval_start timestamptz NOT NULL,
    volume         double precision NOT NULL CHECK (volume >= 0),
    aht_seconds    double precision NOT NULL CHECK (aht_seconds >= 0),
    recorded_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (site_id, channel_id, interval_start),
    FOREIGN KEY (site_id, channel_id) REFERENCES channels
);

-- Agents needed per interval and channel, as a plan run computed them.
CREATE TABLE requirements (
    plan_run_id      bigint NOT NULL REFERENCES plan_runs ON DELETE CASCADE,
    site_id          text NOT NULL,
    channel_id       text NOT NULL,
    interval_start   timestamptz NOT NULL,
    volume           double precision NOT NULL CHECK (volume >= 0),
    aht_seconds      double precision NOT NULL CHECK (aht_seconds >= 0),
    required_agents  integer NOT NULL CHECK (required_agents >= 0),
    scheduled_agents integer NOT NULL CHECK (scheduled_agents >= 0),
    service_level    double precision NOT NULL,
    asa_seconds      double precision NOT NULL,
    occupancy        double precision NOT NULL,
    PRIMARY KEY (plan_run_id, channel_id, interval_start),
    FOREIGN KEY (site_id, channel_id) REFERENCES channels
);
CREATE INDEX requirements_channel_idx ON requirements (site_id, channel_id);

-- Rosters are versioned. A plan run writes a draft or publishes; publishing supersedes the site's
-- previous published version of the same week, so agents only ever see one.
CREATE TABLE roster_versions (
    roster_version_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    site_id           text NOT NULL REFERENCES sites ON DELETE CASCADE,
    plan_run_id       bigint REFERENCES plan_runs,
    week_start        date NOT NULL,
    status            text NOT NULL CHECK (status IN ('draft', 'published', 'superseded')),
    created_at        timestamptz NOT NULL DEFAULT now(),
    published_at      timestamptz,
    CHECK ((status = 'draft') = (published_at IS NULL))
);
CREATE UNIQUE INDEX roster_versions_one_published_idx ON roster_versions (site_id, week_start) WHERE status = 'published';
CREATE INDEX roster_versions_plan_run_idx ON roster_versions (plan_run_id) WHERE plan_run_id IS NOT NULL;
CREATE INDEX roster_versions_site_idx ON roster_versions (site_id, week_start, roster_version_id DESC);

CREATE TABLE roster_shifts (
    roster_version_id bigint NOT NULL REFERENCES roster_versions ON DELETE CASCADE,
    site_id           text NOT NULL,
    agent_id          text NOT NULL,
    shift_date        date NOT NULL,
    starts_at         timestamp NOT NULL,
    ends_at           timestamp NOT NULL,
    paid_hours        numeric(6, 2) NOT NULL CHECK (paid_hours >= 0),
    PRIMARY KEY (roster_version_id, agent_id, shift_date),
    FOREIGN KEY (site_id, agent_id) REFERENCES agents,
    CHECK (ends_at > starts_at)
);
CREATE INDEX roster_shifts_agent_idx ON roster_shifts (site_id, agent_id, shift_date);

CREATE TABLE roster_activities (
    roster_activity_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    roster_version_id  bigint NOT NULL REFERENCES roster_versions ON DELETE CASCADE,
    site_id            text NOT NULL,
    agent_id           text NOT NULL,
    activity           text NOT NULL CHECK (activity <> ''),
    starts_at          timestamp NOT NULL,
    ends_at            timestamp NOT NULL,
    FOREIGN KEY (site_id, agent_id) REFERENCES agents,
    CHECK (ends_at > starts_at)
);
CREATE INDEX roster_activities_version_idx ON roster_activities (roster_version_id, agent_id, starts_at);
CREATE INDEX roster_activities_agent_idx ON roster_activities (site_id, agent_id);

-- Bids and the prices quoted in them, per billing model.
CREATE TABLE bids (
    bid_id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    site_id     text NOT NULL REFERENCES sites ON DELETE CASCADE,
    client_name text NOT NULL,
    currency    char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    status      text NOT NULL CHECK (status IN ('draft', 'submitted', 'won', 'lost')),
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX bids_site_idx ON bids (site_id, created_at DESC);

CREATE TABLE bid_prices (
    bid_id          bigint NOT NULL REFERENCES bids ON DELETE CASCADE,
    billing_model   text NOT NULL CHECK (billing_model IN ('per_hour', 'per_minute', 'per_contact', 'fixed', 'performance')),
    plan_run_id     bigint REFERENCES plan_runs,
    unit_price      numeric(14, 4) NOT NULL CHECK (unit_price >= 0),
    expected_units  numeric(18, 4) NOT NULL CHECK (expected_units >= 0),
    cost            numeric(18, 2) NOT NULL CHECK (cost >= 0),
    -- Margin: (price − cost) / price, as a fraction of the price (not markup, which is over cost).
    margin_fraction numeric(9, 6) NOT NULL CHECK (margin_fraction < 1),
    PRIMARY KEY (bid_id, billing_model)
);
CREATE INDEX bid_prices_plan_run_idx ON bid_prices (plan_run_id) WHERE plan_run_id IS NOT NULL;

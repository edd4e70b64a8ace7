-- Workforce schema, version 2: the roster inputs version 1 could not hold (so `db export` lost them),
-- and actuals as the ACD reports them. Applied by SchemaMigrator inside one transaction.

-- Carry-in: late shifts worked in the reference period and the run of days off up to the week.
ALTER TABLE carry_in
    ADD COLUMN late_shifts_worked   integer NOT NULL DEFAULT 0 CHECK (late_shifts_worked >= 0),
    ADD COLUMN consecutive_days_off integer NOT NULL DEFAULT 0 CHECK (consecutive_days_off >= 0);

-- Agents' preferred days off and start times (soft). A preference applies on one date, on one weekday
-- every week, or (both null) every day; only a start preference has a start time.
CREATE TABLE agent_preferences (
    site_id         text NOT NULL,
    position        integer NOT NULL CHECK (position >= 0),
    agent_id        text NOT NULL,
    kind            text NOT NULL CHECK (kind IN ('day_off', 'start')),
    preference_date date,
    -- ISO day of week, 1 = Monday ... 7 = Sunday.
    weekday         smallint CHECK (weekday BETWEEN 1 AND 7),
    start_time      time,
    PRIMARY KEY (site_id, position),
    FOREIGN KEY (site_id, agent_id) REFERENCES agents ON DELETE CASCADE,
    CHECK ((kind = 'start') = (start_time IS NOT NULL))
);
CREATE INDEX agent_preferences_agent_idx ON agent_preferences (site_id, agent_id);

-- Version 1's training table held one fixed row per agent; a session has several attendees and may be
-- placed by the optimiser inside a longer window. Nothing wrote to that table, so it is replaced.
DROP TABLE training;

CREATE TABLE training_sessions (
    site_id      text NOT NULL REFERENCES sites ON DELETE CASCADE,
    session_id   text NOT NULL CHECK (session_id <> ''),
    position     integer NOT NULL CHECK (position >= 0),
    -- Site-local window [window_start, window_end); a session as long as its window is fixed.
    window_start timestamp NOT NULL,
    window_end   timestamp NOT NULL,
    length       interval NOT NULL CHECK (length > interval '0'),
    PRIMARY KEY (site_id, session_id),
    UNIQUE (site_id, position),
    CHECK (window_start + length <= window_end)
);

CREATE TABLE training_attendees (
    site_id    text NOT NULL,
    session_id text NOT NULL,
    position   integer NOT NULL CHECK (position >= 0),
    agent_id   text NOT NULL,
    PRIMARY KEY (site_id, session_id, agent_id),
    UNIQUE (site_id, session_id, position),
    FOREIGN KEY (site_id, session_id) REFERENCES training_sessions ON DELETE CASCADE,
    FOREIGN KEY (site_id, agent_id) REFERENCES agents ON DELETE CASCADE
);
CREATE INDEX training_attendees_agent_idx ON training_attendees (site_id, agent_id);

-- An interval whose contacts all hung up before being served (or whose ACD did not report a handle
-- time) has a volume and no AHT: null, not 0.
ALTER TABLE actuals ALTER COLUMN aht_seconds DROP NOT NULL;
-- The re-forecast reads a site's actuals before a date, all channels at once.
CREATE INDEX actuals_site_time_idx ON actuals (site_id, interval_start);

-- A published roster imported from a scenario's baseline_roster.csv has no plan run and no paid hours.
ALTER TABLE roster_shifts ALTER COLUMN paid_hours DROP NOT NULL;

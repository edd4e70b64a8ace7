-- Workforce schema, version 4: actual worked time (time and attendance). Where it is recorded, the
-- service derives a new week's carry-in from it rather than from the published roster. Applied by
-- SchemaMigrator inside one transaction.

-- One row per stretch an agent worked, in the site's local time; it belongs to the day it starts.
CREATE TABLE worked_time (
    site_id   text NOT NULL,
    agent_id  text NOT NULL,
    starts_at timestamp NOT NULL,
    ends_at   timestamp NOT NULL,
    PRIMARY KEY (site_id, agent_id, starts_at),
    FOREIGN KEY (site_id, agent_id) REFERENCES agents ON DELETE CASCADE,
    CHECK (ends_at > starts_at)
);
-- The carry-in reads a site's worked time by date.
CREATE INDEX worked_time_site_start_idx ON worked_time (site_id, starts_at);

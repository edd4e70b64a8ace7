-- Workforce schema, version 3: the start of each agent's last shift before the week, so that a shift of
-- last week that runs into this week counts as cover in its first hours. Applied by SchemaMigrator inside
-- one transaction.

-- Carry-in: site-local like last_shift_end; null when unknown (rest is still measured from last_shift_end).
ALTER TABLE carry_in
    ADD COLUMN last_shift_start timestamp,
    ADD CHECK (last_shift_start < last_shift_end);

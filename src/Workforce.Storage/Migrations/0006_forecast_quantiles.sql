-- Workforce schema, version 6: a forecast version's quantiles beside its median, so a planner can staff at
-- P80 or P90 from the database as from a forecast.csv. Applied by SchemaMigrator inside one transaction.
--
-- volume is the median (P50). volume_p10, volume_p80 and volume_p90 are the forecast.csv columns of the same
-- names (workforce forecast writes all three; the daily re-forecast stores all three). A null column means the
-- version has no such quantile; a version has a column on all of its rows or on none (ForecastVersions writes
-- them so). The quantiles are not required to be ordered (p90 >= p80 >= volume), as forecast.csv's reader does
-- not require it either: each column is checked alone, as the volume the site is staffed for.
ALTER TABLE forecast_intervals
    ADD COLUMN volume_p10 double precision CHECK (volume_p10 >= 0),
    ADD COLUMN volume_p80 double precision CHECK (volume_p80 >= 0),
    ADD COLUMN volume_p90 double precision CHECK (volume_p90 >= 0);

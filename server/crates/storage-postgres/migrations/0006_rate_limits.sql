-- Requests counted per client and fixed window for the rate limits (the same model as the
-- SQLite backend's sixth migration). The key holds a hash of the client's address, never the
-- address; windows are deleted soon after they end.

CREATE TABLE rate_windows (
    key          TEXT        NOT NULL,
    window_start TIMESTAMPTZ NOT NULL,
    hits         INTEGER     NOT NULL,
    PRIMARY KEY (key, window_start)
);

CREATE INDEX rate_windows_start ON rate_windows (window_start);

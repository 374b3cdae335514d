-- Requests counted per client and fixed window for the rate limits. The key holds a hash of
-- the client's address, never the address; windows are deleted soon after they end.

CREATE TABLE rate_windows (
    key          TEXT    NOT NULL,
    window_start INTEGER NOT NULL,
    hits         INTEGER NOT NULL,
    PRIMARY KEY (key, window_start)
) WITHOUT ROWID;

CREATE INDEX rate_windows_start ON rate_windows (window_start);

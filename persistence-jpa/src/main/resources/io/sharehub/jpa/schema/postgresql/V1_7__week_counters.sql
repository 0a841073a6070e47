-- ShareHub 1.7: range boards read whole weeks instead of every day (PostgreSQL 13 or later).
--
-- Besides the per-day counters, the store keeps per-week counters in the same transaction: the
-- sums of the day counters of one subject over an aligned block of 7 hub-zone days, Monday to
-- Sunday (week_no = floor((day_no + 3) / 7), day 0 being Thursday 1970-01-01; week w holds the
-- days 7w - 3 to 7w + 3), and the latest reached_ns of those days. A range board then sums the
-- whole weeks it covers plus the days at its ends: 30 days are 4 or 5 rows per subject instead of 30.

CREATE TABLE ledger_week_counter (
    kind        VARCHAR(8) NOT NULL,
    week_no     BIGINT NOT NULL,
    subject     VARCHAR(128) COLLATE "C" NOT NULL,
    points      BIGINT NOT NULL,
    invited     BIGINT NOT NULL,
    reached_ns  NUMERIC(38, 0),
    CONSTRAINT ledger_week_counter_pk PRIMARY KEY (kind, week_no, subject)
);

-- The weeks of the day counters already there (day rows without points nor invited count no reached_ns,
-- as in a range board).
INSERT INTO ledger_week_counter (kind, week_no, subject, points, invited, reached_ns)
    SELECT kind, week_no, subject, SUM(points), SUM(invited),
        MAX(CASE WHEN points <> 0 OR invited <> 0 THEN reached_ns END)
    FROM (
        SELECT kind, (day_no + 3 - MOD(MOD(day_no + 3, 7) + 7, 7)) / 7 AS week_no, subject, points, invited, reached_ns
        FROM ledger_day_counter
    ) d
    GROUP BY kind, week_no, subject;

-- Nothing on SQLite: a single node keeps its Quartz schedule in memory and lays it out again at start.
-- The version exists so that both dialects number their migrations alike (on PostgreSQL it creates the
-- clustered scheduler's tables).
SELECT 1;

-- CSV cells written by the engine exactly as the app's writer writes them
-- (src/io/write/csvCell.ts), so that the national companies table is formatted in parallel
-- by DuckDB and copied to a file instead of passing a million rows through JavaScript.
-- test/scripts/lib/aggregate/duck.csvCells.test.ts checks these against csvCell on awkward values.
--
-- DuckDB only (macros): Spark SQL inlines the same expressions where 76 calls them
-- (sparkCsvText, sparkCsvNumber in scripts/lib/aggregate/duckdbOnly.ts).

-- Text: a cell starting like a formula (= + - @ tab CR) gets a leading apostrophe, then a
-- cell holding a quote, comma or line break, or starting or ending with white space (what
-- JavaScript's \s matches: <whitespace>), is quoted with its quotes doubled. Plain
-- expressions, no subqueries: they run on every cell of a million rows.
CREATE OR REPLACE MACRO csv_quoted(s) AS
  CASE
    WHEN regexp_matches(s, '[",\r\n]|^{{whitespace}}|{{whitespace}}$') THEN '"' || replace(s, '"', '""') || '"'
    ELSE s
  END;

CREATE OR REPLACE MACRO csv_text(v) AS
  CASE
    WHEN v IS NULL THEN ''
    WHEN regexp_matches(v, '^[=+\-@\t\r]') THEN csv_quoted('''' || v)
    ELSE csv_quoted(v)
  END;

-- A double as JavaScript's String(number) writes it. DuckDB prints the same shortest digits
-- but spells some of them differently: 1.0 for 1, 1e-05 for 0.00001 (JavaScript keeps
-- decimals down to 1e-6), 1e-07 for 1e-7, and 1.2345678901234568e+20 for a whole number
-- JavaScript writes out with zeros. Whole numbers below 2^53 are written as integers.
-- m is DuckDB's exponent spelling taken apart: sign, first digit, other digits, exponent.
CREATE OR REPLACE MACRO csv_exponent(m) AS
  CASE
    -- Down to 1e-6 JavaScript writes decimals.
    WHEN CAST(m.exp AS INTEGER) BETWEEN -6 AND -1 THEN m.sign || '0.' || repeat('0', -CAST(m.exp AS INTEGER) - 1) || m.lead || m.rest
    -- Below, its exponent: no zero padding, no decimal point after a lone digit.
    WHEN CAST(m.exp AS INTEGER) < 0 THEN m.sign || m.lead || CASE WHEN m.rest = '' THEN '' ELSE '.' || m.rest END || 'e' || CAST(CAST(m.exp AS INTEGER) AS VARCHAR)
    -- Whole numbers from 2^53 up to 1e21: the shortest digits padded with zeros.
    WHEN CAST(m.exp AS INTEGER) < 21 THEN m.sign || m.lead || m.rest || repeat('0', CAST(m.exp AS INTEGER) - length(m.rest))
    ELSE m.sign || m.lead || CASE WHEN m.rest = '' THEN '' ELSE '.' || m.rest END || 'e+' || CAST(CAST(m.exp AS INTEGER) AS VARCHAR)
  END;

CREATE OR REPLACE MACRO csv_number(x) AS
  CASE
    WHEN x IS NULL THEN ''
    WHEN x = trunc(x) AND abs(x) < 9007199254740992 THEN CAST(CAST(x AS BIGINT) AS VARCHAR)
    WHEN NOT contains(CAST(x AS VARCHAR), 'e') THEN regexp_replace(CAST(x AS VARCHAR), '\.0$', '')
    ELSE csv_exponent(regexp_extract(CAST(x AS VARCHAR), '^(-?)([0-9])(?:\.([0-9]+))?e([+-][0-9]+)$', ['sign', 'lead', 'rest', 'exp']))
  END;

/** What JavaScript's trim() and \\s treat as white space, as a regular-expression class (RE2): the plan hands it to the SQL, the value maps match with it. */
export const WHITESPACE = "[\\t\\n\\x{0B}\\x{0C}\\r \\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}]";

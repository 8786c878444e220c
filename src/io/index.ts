// Public API of the readers and writers. Everything here is pure: no DOM, no React, safe in workers.

export { readFiles } from "./read.ts";
export type { ReadOptions } from "./read.ts";
export { decodeBytes } from "./decode.ts";
export type { DecodedText, TextEncodingName } from "./decode.ts";
export { mapHeaders, lookupHeader, headerKey } from "./headers.ts";
export type { ColumnMap, Field } from "./headers.ts";
export { detectShape } from "./shape.ts";
export type { TableShape } from "./shape.ts";
export { readCsvHead } from "./csv.ts";
export { parseLinkType, parseTier, parseNumber, parseYear, parseFlag } from "./values.ts";
export { csvCell, csvLine } from "./write/csvCell.ts";
export { reportToCsv } from "./write/reportCsv.ts";
export { flowsToCsv, flowsToJson } from "./write/flowsCsv.ts";
export type { FlowsCsvOptions, FlowsJson, FlowJson } from "./write/flowsCsv.ts";
export { applyMapping, headerSignature, mappingFor, parseMappingText } from "./mapping.ts";
export type { ColumnMapping, MappingSet } from "./mapping.ts";
export { previewMapping, tableFile } from "./mappingPreview.ts";
export type { MappingPreview, PreviewOptions, PreviewResult, TableInput } from "./mappingPreview.ts";
export { suggestLinkColumns } from "./mappingSuggest.ts";
export { foldName } from "./names.ts";

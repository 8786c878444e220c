export { DIVISIONS, MERGED_CODE, getDivision, divisionsOf, toVintage, divisionLabel } from "./divisions.ts";
export type { DivisionInfo } from "./divisions.ts";
export { normaliseDivision, normaliseAnyDivision } from "./normalise.ts";
export type { CodeSystem, NormaliseOptions } from "./normalise.ts";
export { placeOfAddress, looksLikeAddress, municipalityOfAddress } from "./address.ts";
export type { AddressPlace } from "./address.ts";

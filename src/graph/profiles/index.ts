// Division profiles: who a division trades with and how much it leans on one supplier division.
export { divisionProfile, profileOfMatrix, type DivisionFlowsProfile } from "./divisionProfile.ts";
export { concentration } from "./concentration.ts";
export { groupShare, type GroupShare } from "./groupShare.ts";
export type { Concentration, DivisionCompany, DivisionProfile, PartnerDivision } from "./types.ts";

import type { LinkType } from "../model/types.ts";
import type { Translate } from "./table/columns.ts";

/** The link types a filter keeps, in words: "모든 유형" for none chosen, else their names. */
export function linkTypesText(linkTypes: readonly LinkType[], t: Translate): string {
  if (linkTypes.length === 0) return t("matrix.allTypes");
  return linkTypes.map((type) => t(`linkType.${type}`)).join(", ");
}

import type { Field } from "../io/rows/headers.ts";
import type { MessageKey } from "../i18n/index.ts";
import { useT } from "./useT.ts";

/**
 * A data field's name in the UI language (시도, 기업명; supplier_/buyer_ fields read "공급기업 시도"):
 * the mapping dialog's words, which the import report uses for the fields its issues name.
 */
export function useFieldLabel() {
  const t = useT();
  return (field: Field | string) => {
    const side = /^(supplier|buyer)_(.+)$/.exec(field);
    if (!side) return t(`field.${field}` as MessageKey);
    return t("field.role", { side: t(`field.${side[1]}` as MessageKey), field: t(`field.${side[2]}` as MessageKey) });
  };
}

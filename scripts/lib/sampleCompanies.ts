// The companies behind the sample data, as listed in /work/shared/reference/korea.md section 3:
// the 2022 Regional Innovation Leading Companies found in regional press, per division, and the
// ten named Super-Regional Leading Companies on 2024-01-10. Only facts given there are filled in.

import type { DivisionCode } from "../../src/model/types.ts";

/** Coarse sector used only to make generated links plausible; never written to the CSV. */
export type Sector = "mobility-machinery" | "energy" | "medical" | "food" | "software";

export interface SuperRegional {
  name: string;
  nameEn: string;
  /** Location as given, when it is finer than the division itself. */
  municipality?: string;
  products: string;
  sector: Sector;
}

/** Keyed by Korean name; each of them also appears in its division's 2022 list below. */
export const SUPER_REGIONAL: readonly SuperRegional[] = [
  { name: "서울에프앤비", nameEn: "Seoul F&B", municipality: "Hoengseong-gun", products: "dairy, fermented milk, health foods, beverages", sector: "food" },
  { name: "인성메디칼", nameEn: "Inseong Medical", municipality: "Wonju", products: "catheters, infusion sets, implantable ports", sector: "medical" },
  { name: "한국바이오켐제약", nameEn: "Korea Biochem Pharm", municipality: "Jeonui-myeon", products: "active pharmaceutical ingredients, finished drugs", sector: "medical" },
  { name: "오토렉스", nameEn: "Autorex", products: "special vehicles: camping cars, ambulances", sector: "mobility-machinery" },
  { name: "구영테크", nameEn: "Gooyoung Tech", products: "EV battery-pack cases, vehicle brackets", sector: "mobility-machinery" },
  { name: "원텍", nameEn: "Wontech", municipality: "Yuseong-gu", products: "laser and ultrasound aesthetic devices", sector: "medical" },
  { name: "휴비스", nameEn: "Huvis", products: "laser-welding systems", sector: "mobility-machinery" },
  { name: "조인트리", nameEn: "Jointree", products: "smart-factory, energy and appliance software platforms", sector: "software" },
  { name: "우영메디칼", nameEn: "Wooyoung Medical", municipality: "Jincheon", products: "drug infusion devices", sector: "medical" },
  { name: "다스코", nameEn: "DASCO", municipality: "Gangseo-gu", products: "heat exchangers for compressors", sector: "mobility-machinery" },
];

export interface ListedCompany {
  name: string;
  /** Industry group as reported (Daegu only). */
  group?: { industry: string; sector: Sector };
}

const TRANSPORT = { industry: "transport equipment / machine parts", sector: "mobility-machinery" } as const;
const ENERGY = { industry: "high-efficiency energy", sector: "energy" } as const;
const MEDICAL = { industry: "digital medical / healthcare", sector: "medical" } as const;

const plain = (...names: string[]): ListedCompany[] => names.map((name) => ({ name }));

/** 2022 Regional Innovation Leading Companies by division, in the order reported. */
export const REGIONAL_LISTS: ReadonlyArray<{ division: DivisionCode; companies: readonly ListedCompany[] }> = [
  { division: "KR-26", companies: plain("동양메탈공업", "삼보산업", "터보파워텍", "화진기업", "다스코", "티에이치케이컴퍼니", "마이텍", "세진밸브공업") },
  {
    division: "KR-27",
    companies: [
      { name: "와이제이링크", group: TRANSPORT },
      { name: "삼우농기", group: TRANSPORT },
      { name: "씨엠에이글로벌", group: TRANSPORT },
      { name: "구영테크", group: TRANSPORT },
      { name: "대영채비", group: ENERGY },
      { name: "파인메딕스", group: MEDICAL },
      { name: "엔유씨전자", group: MEDICAL },
    ],
  },
  { division: "KR-29", companies: plain("링크옵틱스", "비에이에너지", "조인트리", "티디엠", "우성정공", "뉴서광", "동진기업", "무등기업") },
  { division: "KR-31", companies: plain("아이케미칼", "오토렉스", "동양엔지니어링", "대명엘리베이터", "스마트전자", "영광", "윤영테크") },
  { division: "KR-50", companies: plain("새롬테크", "엠아이티코리아", "한국바이오켐제약", "쏠라에스티") },
  { division: "KR-42", companies: plain("래디안", "화성", "하스", "세준에프앤비", "서울에프앤비", "알엔투테크놀로지", "인성메디칼") },
  { division: "KR-43", companies: plain("산전정밀", "새한", "두본", "우영메디칼", "유진테크놀로지", "천만하나로", "코엠에스") },
  { division: "KR-45", companies: plain("대륜산업", "올릭스", "티엔티리서치", "함소아제약", "에코에너지원", "신한방직", "대우전자부품") },
  { division: "KR-46", companies: plain("스위코진광", "티젠농업회사법인", "에이비메디컬", "청진") },
  { division: "KR-47", companies: plain("대동에스엠", "루소", "윈텍스", "지텍", "부성티에프시", "경림테크", "세아메카닉스") },
  { division: "KR-48", companies: plain("대호아이앤티", "락토메이슨", "에코맘의산골이유식", "영케미칼", "진영TBX") },
  { division: "KR-49", companies: plain("캐플릭스", "이투지", "유씨엘", "제우스", "제주웰빙영농조합법인", "대륜엔지니어링", "비케이바이오") },
  { division: "KR-30", companies: plain("원텍", "제노포커스", "제이오텍", "켐옵틱스", "휴비스") },
  { division: "KR-44", companies: plain("발맥스기술", "엘디티", "엘케이켐", "엠프로텍") },
];

import type { Plan } from "@guihua/schema";

/** What a seed plan says about itself, read from its text (and inferred where `titleSource` says so). */
export interface PlanMeta {
  title: string;
  titleSource: "text" | "inferred";
  documentType: Plan["documentType"];
  issuer: string;
  region: string;
  issued?: string;
  documentNumber?: string;
  period: { start?: number; end?: number };
  script: Plan["script"];
  /** Titles of the documents the plan says it is based on, as written (the first occurrence is the span). */
  basedOn: string[];
}

export const PLAN_META: Record<string, PlanMeta> = {
  "000_f4ce5bcb0d66299b": {
    title: "沈阳市贯彻落实《知识产权强国建设纲要》加快建设知识产权强市的实施方案",
    titleSource: "text",
    documentType: "implementation-plan",
    issuer: "沈阳市知识产权工作领导小组",
    region: "沈阳市",
    issued: "2022-07-07",
    period: { end: 2035 },
    script: "simplified",
    basedOn: ["知识产权强国建设纲要(2021-2035年)"],
  },
  "001_1d02821496d85e12": {
    title: "通辽市“十四五”知识产权保护和运用规划",
    titleSource: "inferred",
    documentType: "plan",
    issuer: "通辽市人民政府",
    region: "通辽市",
    issued: "2023-06-06",
    period: { start: 2021, end: 2025 },
    script: "simplified",
    basedOn: ["内蒙古自治区通辽市国民经济和社会发展第十四个五年规划和2035年远景目标纲要"],
  },
  "002_6eb086e07f75e31e": {
    title: "辽宁省“十四五”知识产权保护和运用规划",
    titleSource: "text",
    documentType: "plan",
    issuer: "辽宁省知识产权局",
    region: "辽宁省",
    period: { start: 2021, end: 2025 },
    script: "simplified",
    basedOn: [
      "国家“十四五”知识产权保护与运用规划",
      "辽宁省国民经济和社会发展第十四个五年规划和二O三五远景目标纲要",
    ],
  },
  "003_842afa8849cffd08": {
    title: "沈阳市知识产权运营服务体系建设实施方案(2020-2023年)",
    titleSource: "text",
    documentType: "implementation-plan",
    issuer: "沈阳市人民政府",
    region: "沈阳市",
    issued: "2020-09-28",
    period: { start: 2020, end: 2023 },
    script: "simplified",
    basedOn: ["财政部办公厅国家知识产权局办公室关于做好2020年知识产权运营服务体系建设工作的通知"],
  },
  "004_1a2eda50a7740b0f": {
    title: "鞍山市知識產權戰略綱要",
    titleSource: "text",
    documentType: "strategy",
    issuer: "鞍山市人民政府",
    region: "鞍山市",
    issued: "2009-09-07",
    documentNumber: "鞍政發〔2009〕12號",
    period: { start: 2009, end: 2020 },
    script: "mixed",
    basedOn: ["遼寧省知識產權戰略綱要"],
  },
};

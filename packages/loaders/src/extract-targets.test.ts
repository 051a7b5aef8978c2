import type { Target } from "@guihua/schema";
import { describe, expect, it } from "vitest";
import { extractTargets, type ExtractContext } from "./extract-targets.js";
import { normalise } from "./normalise.js";
import { segment } from "./segment.js";

function extract(body: string, overrides: Partial<ExtractContext> = {}, whole?: string) {
  const original = whole ?? `二、发展目标\n${body}`;
  const { text } = normalise(original);
  return extractTargets({
    text,
    original,
    document: "test",
    paragraphs: segment(text),
    period: { start: 2021, end: 2025 },
    issuedYear: 2021,
    workReport: false,
    region: "某市",
    ...overrides,
  });
}

function summary(target: Target | undefined) {
  if (target === undefined) return undefined;
  return {
    kind: target.kind,
    comparator: "comparator" in target ? target.comparator : undefined,
    value: "value" in target ? target.value : undefined,
    year: target.targetYear,
    basis: target.targetYearBasis,
  };
}

describe("extractTargets", () => {
  it.each([
    ["有效注册商标总量达到20000件。", { kind: "level", comparator: "=", value: "20000" }],
    ["高新技术企业达到7000家以上。", { kind: "level", comparator: ">=", value: "7000" }],
    ["融资金额超过1.5亿元。", { kind: "level", comparator: ">", value: "150000000" }],
    ["发行至少1单知识产权证券化产品。", { kind: "level", comparator: ">=", value: "1" }],
    ["新增10个左右地理标志证明商标。", { kind: "increment", comparator: "~", value: "10" }],
    ["新建5G基站3000个。", { kind: "increment", comparator: "=", value: "3000" }],
    ["建成两个国家级知识产权保护中心。", { kind: "level", comparator: "=", value: "2" }],
    ["国家级孵化器增加3个。", { kind: "increment", comparator: "=", value: "3" }],
    ["每千人口拥有执业(助理)医师达到3.5人。", { kind: "level", comparator: "=", value: "3.5" }],
    ["孕产妇死亡率控制在10/10万以下。", { kind: "level", comparator: "<=", value: "10" }],
    ["全县乡村民宿发展到800余家。", { kind: "level", comparator: ">", value: "800" }],
    ["实施重大项目50个,其中10亿元以上项目8个。", { kind: "level", comparator: "=", value: "50" }],
    ["人均受教育年限达到11.5年。", { kind: "level", comparator: "=", value: "11.5" }],
    ["营商环境满意度达到90分以上。", { kind: "level", comparator: ">=", value: "90" }],
    ["新引进高层次人才100名以上。", { kind: "increment", comparator: ">=", value: "100" }],
    ["推进科技创新建设10个平台。", { kind: "level", comparator: "=", value: "10" }],
    ["形成1~2个产业知识产权保护联盟。", { kind: "range", comparator: "=", value: "1" }],
    ["海外发明专利授权量年均增长10%。", { kind: "growth-rate", comparator: "=", value: "10" }],
    ["有效发明专利总量较“十三五”增加20%。", { kind: "total-growth", comparator: "=", value: "20" }],
    [
      "实现专业知识产权托管服务累计覆盖中小企业1000家以上。",
      { kind: "cumulative", comparator: ">=", value: "1000" },
    ],
    ["培育省级知识产权优势企业年均60家。", { kind: "per-year", comparator: "=", value: "60" }],
    ["每年至少举办1次培训班。", { kind: "per-year", comparator: ">=", value: "1" }],
    ["知识产权案件调解撤诉率达到75%以上。", { kind: "share", comparator: ">=", value: "75" }],
    ["专利密集型产业增加值翻一番。", { kind: "multiple", comparator: "=", value: "2" }],
    [
      "每万人口高价值发明专利拥有量高于全省平均水平。",
      { kind: "comparative", comparator: ">", value: undefined },
    ],
    ["城镇调查失业率控制在5.5%以内。", { kind: "share", comparator: "<=", value: "5.5" }],
  ])("%s", (sentence, expected) => {
    expect(summary(extract(sentence).targets[0])).toMatchObject(expected);
  });

  it("records the hedge, the direction and the target year with its basis", () => {
    const [target] = extract("到2023年,力争质押融资金额达到5亿元以上。").targets;
    expect(target).toMatchObject({
      hedge: "力争",
      direction: "increase",
      targetYear: 2023,
      targetYearBasis: "explicit",
    });
    expect(extract("审查周期压减至15个月。").targets[0]).toMatchObject({
      direction: "decrease",
      comparator: "=",
    });
  });

  it("carries a governing year over to later clauses, else takes the plan end or a period term", () => {
    const { targets } = extract(
      "——2023年,注册商标总量达到7811件,中国驰名商标达到15件。\n科技型中小企业达到10000家。\n“十四五”末,高价值专利拥有量达到175件左右。",
    );
    expect(targets.map((target) => [target.targetYear, target.targetYearBasis])).toEqual([
      [2023, "explicit"],
      [2023, "explicit"],
      [2025, "plan-period"],
      [2025, "period-term"],
    ]);
  });

  it("gives one number shared by two indicators one target each, with an ambiguity", () => {
    const { targets } = extract("专利申请量和授权量年均增长率保持在10%以上。");
    expect(targets.map((target) => target.indicator.name)).toEqual(["专利申请量", "授权量"]);
    expect(targets[0]?.ambiguities?.[0]).toMatchObject({
      code: "shared-number",
      relatedTargets: [targets[1]?.id],
    });
    expect(extract("专利转让、许可3000件以上。").targets).toHaveLength(1);
  });

  it("carries the subject over when a clause has none", () => {
    const { targets } = extract("到2023年,列入国家非物质文化遗产目录的达到13个,到2025年达到17个。");
    expect(targets[1]).toMatchObject({
      value: "17",
      targetYear: 2025,
      indicator: { name: targets[0]?.indicator.name },
    });
    expect(targets[1]?.ambiguities?.[0]?.code).toBe("carried-over");
  });

  it("reads a number written before its noun", () => {
    const [target] = extract("到2025年,实现200家以上企业通过知识产权管理规范贯标认证。").targets;
    expect(target).toMatchObject({ value: "200", comparator: ">=" });
    expect(target?.indicator.name).toContain("企业通过知识产权管理规范贯标认证");
  });

  it("records a base year and the ambiguity of 较“十三五”", () => {
    const [byYear] = extract("以2018年为基数,知识产权质押融资金额年均增幅30%以上。").targets;
    expect(byYear).toMatchObject({ kind: "growth-rate", base: { year: 2018 } });
    const [byTerm] = extract("有效发明专利总量较“十三五”增加20%。").targets;
    expect(byTerm).toMatchObject({ base: { year: 2020 } });
    expect(byTerm?.ambiguities?.[0]?.code).toBe("base-ambiguous");
  });

  it("flags a doubled comparator, a growth of a share and a per-unit norm", () => {
    expect(extract("企业专利申请量占全社会申请量的比例超过70%以上。").targets[0]).toMatchObject({
      comparator: ">",
      ambiguities: [{ code: "double-comparator" }],
    });
    expect(
      extract("职务专利申请量占专利申请总量的比例年均提高20%。").targets[0]?.ambiguities?.[0]?.code,
    ).toBe("share-growth-relative-or-points");
    expect(extract("每站配备1~2名管理人员。").targets[0]?.ambiguities?.[0]?.code).toBe("per-unit-norm");
  });

  it("ignores numbers that are not targets", () => {
    const text = [
      "根据《某某规划(2021-2025年)》(某政发〔2021〕12号)精神,拨打12330热线,开展“4.26”宣传周。",
      "围绕“3+2”产业,贯彻党的十九大精神,着重引导研发投入超过1000万元的企业开展专利导航。",
      "第三,加快建设5G基站。",
      "围绕5个方面部署20项重点任务。",
      "为全县60岁以上老年人提供健康服务。",
      "实现知识产权服务覆盖全市16个县区。",
      "深入实施千人计划,完善学前三年和九年义务教育体系。",
      "规上工业企业(指年主营业务收入2000万元及以上的工业企业)加快发展。",
    ].join("\n");
    expect(extract(text).targets).toEqual([]);
  });

  it("reads stated past values and growth claims in background sections", () => {
    const original =
      "一、发展基础\n“十三五”期间,全省有效发明专利达到3.5万件,比2015年增长108.9%。\n二、发展目标\n到2025年,有效发明专利达到5万件。";
    const { text } = normalise(original);
    const result = extractTargets({
      text,
      original,
      document: "test",
      paragraphs: segment(text),
      period: { start: 2021, end: 2025 },
      issuedYear: 2021,
      workReport: false,
      region: "某省",
    });
    expect(result.targets).toHaveLength(1);
    expect(result.facts[0]).toMatchObject({ value: "35000", period: { year: 2020 } });
    expect(result.claims[0]).toMatchObject({ fromYear: 2015, toYear: 2020, form: "percent", value: "108.9" });
  });

  it("reads a work report's targets for its own year", () => {
    const { targets } = extract("今年主要预期目标是:地区生产总值增长5.5%左右;城镇新增就业11万人以上。", {
      workReport: true,
      issuedYear: 2024,
      period: { start: 2024, end: 2024 },
    });
    expect(targets.map(summary)).toEqual([
      { kind: "growth-rate", comparator: "~", value: "5.5", year: 2024, basis: "document-year" },
      { kind: "increment", comparator: ">=", value: "110000", year: 2024, basis: "document-year" },
    ]);
  });

  it("reads a section headed by a past year as background", () => {
    const original =
      "一、2023年主要工作\n全市地区生产总值达到5020亿元。\n二、2024年主要目标\n地区生产总值增长5.5%左右。";
    const { text } = normalise(original);
    const result = extractTargets({
      text,
      original,
      document: "test",
      paragraphs: segment(text),
      period: { start: 2024, end: 2024 },
      issuedYear: 2024,
      workReport: true,
      region: "某市",
    });
    expect(result.facts.map((fact) => [fact.value, fact.period])).toEqual([["502000000000", { year: 2023 }]]);
    expect(result.targets.map(summary)).toEqual([
      { kind: "growth-rate", comparator: "~", value: "5.5", year: 2024, basis: "context" },
    ]);
  });

  it("reads a work report's 比上年 growth as this year's rate", () => {
    const { targets } = extract(
      "今年主要预期目标是:地区生产总值增长5.5%左右;一般公共预算收入比上年增长5%。",
      {
        workReport: true,
        issuedYear: 2024,
        period: { start: 2024, end: 2024 },
      },
    );
    expect(targets.map(summary)).toEqual([
      { kind: "growth-rate", comparator: "~", value: "5.5", year: 2024, basis: "document-year" },
      { kind: "growth-rate", comparator: "=", value: "5", year: 2024, basis: "document-year" },
    ]);
  });

  it("points every span at the original text", () => {
    const original = "二、發展目標\n到2020年累計申請達到5.6萬件,累計授權2.8萬件。";
    const { text } = normalise(original);
    const { targets } = extractTargets({
      text,
      original,
      document: "test",
      paragraphs: segment(text),
      period: { end: 2020 },
      workReport: false,
      region: "某市",
    });
    expect(targets.map((target) => target.source.quote)).toEqual(["累計申請達到5.6萬件", "累計授權2.8萬件"]);
    for (const target of targets)
      expect(original.slice(target.source.start, target.source.end)).toBe(target.source.quote);
  });

  it("reads a later year named without 到 and a period term's 期间", () => {
    expect(extract("2024年,全市高新技术企业达到800家。").targets[0]).toMatchObject({
      targetYear: 2024,
      targetYearBasis: "explicit",
    });
    expect(extract("“十四五”期间,累计培训1000人次。").targets[0]).toMatchObject({
      targetYear: 2025,
      targetYearBasis: "period-term",
      kind: "cumulative",
    });
  });

  it("reads 由…提高到: a stated base value and a target", () => {
    const { targets, facts } = extract("到2025年,每万人口发明专利拥有量由2020年的6.7件提高到12件。");
    expect(targets).toHaveLength(1);
    expect(targets[0]).toMatchObject({
      kind: "level",
      value: "12",
      targetYear: 2025,
      indicator: { name: "每万人口发明专利拥有量" },
      base: { year: 2020, value: "6.7" },
    });
    expect(facts[0]).toMatchObject({ value: "6.7", period: { year: 2020 } });
  });

  it("reads 分别: one name for each number, in order", () => {
    const { targets } = extract("商标注册量、专利授权量分别达到5万件和1万件。");
    expect(targets.map((target) => [target.indicator.name, "value" in target ? target.value : ""])).toEqual([
      ["商标注册量", "50000"],
      ["专利授权量", "10000"],
    ]);
  });

  it("marks a part stated after its total (其中, 包括)", () => {
    const { targets } = extract("专业人才数量达到1.2万人以上,包括企业知识产权人才2000人以上。");
    expect(targets[1]?.partOf).toBe(targets[0]?.id);
  });

  it("reads ranks in benchmarks and 增长一倍", () => {
    expect(extract("专利授权量位居全省第二。").targets[0]).toMatchObject({
      kind: "comparative",
      benchmark: { description: "全省第二", rank: 2 },
    });
    expect(extract("知识产权质押融资金额比2020年增长一倍。").targets[0]).toMatchObject({
      kind: "multiple",
      value: "1",
      base: { year: 2020 },
      ambiguities: [{ code: "growth-multiple-reading" }],
    });
  });

  it("reads a background section whose heading shares a line with its body as facts", () => {
    const { targets, facts } = extract(
      "",
      {},
      "一、发展基础 过去五年,全市新建公园46个,绿道长度达到320公里。",
    );
    expect(targets).toEqual([]);
    expect(facts.map((fact) => fact.value)).toEqual(["46", "320"]);
  });

  it("does not take a task heading with a background word inside it for a background section", () => {
    for (const heading of ["(二)完善交通基础设施。", "(三)加快工程进展。"]) {
      const { targets } = extract("", {}, `三、重点任务\n${heading}到2024年,建成综合枢纽3个。`);
      expect(summary(targets[0])).toMatchObject({ kind: "level", value: "3", year: 2024 });
    }
    const { targets } = extract("", {}, "一、夯实产业基础\n到2024年,建成综合枢纽3个。");
    expect(targets).toHaveLength(1);
  });

  it("keeps a part (其中) of a past value in the past", () => {
    const { targets, facts } = extract(
      "2020年全市注册商标达到1.5万件,其中地理标志商标42件。到2025年,达到2万件。",
    );
    expect(targets.map((target) => ("value" in target ? target.value : ""))).toEqual(["20000"]);
    expect(
      facts.map((fact) => [fact.value, "year" in fact.period ? fact.period.year : fact.period.date]),
    ).toEqual([
      ["15000", 2020],
      ["42", 2020],
    ]);
  });

  it("counts a part (其中) the way its whole is counted", () => {
    const { targets } = extract("新建养老服务机构25个,其中嵌入式社区机构8个以上。");
    expect(targets.map((target) => [target.kind, target.partOf])).toEqual([
      ["increment", undefined],
      ["increment", targets[0]?.id],
    ]);
  });

  it("reads an amount with a bound before 的 and a noun as a class, not a target", () => {
    const values = (body: string) =>
      extract(body).targets.map((target) => ("value" in target ? target.value : target.kind));
    expect(values("扶持年产值超过5亿元的制造业单项冠军企业12家。")).toEqual(["12"]);
    expect(values("对用水量1万吨以上的工业用户实施计划管理。")).toEqual([]);
    expect(values("规上企业指年营业收入500万元及以上的服务业法人单位。")).toEqual([]);
    // A count before 的 is what is built, and so is an amount right after a verb.
    expect(values("建成20个以上的街区公园。")).toEqual(["20"]);
    expect(values("组建超过80人的科技特派员队伍。")).toEqual(["80"]);
  });

  it("reads 分别 with two indicators and one number: one target each, sharing the head noun", () => {
    const { targets } = extract("二氧化硫和颗粒物排放总量分别比2020年下降8%以上。");
    expect(targets.map((target) => [target.kind, target.indicator.name, target.direction])).toEqual([
      ["total-growth", "二氧化硫排放总量", "decrease"],
      ["total-growth", "颗粒物排放总量", "decrease"],
    ]);
    expect(targets[0]?.ambiguities?.[0]).toMatchObject({ code: "shared-number" });
  });

  it("reads 分别 with one indicator and two numbers: the second is read as the first", () => {
    const { targets } = extract("城镇和农村居民人均消费支出分别增长5.5%和7%。", {
      workReport: true,
      issuedYear: 2025,
    });
    expect(targets.map((target) => [target.kind, "value" in target ? target.value : ""])).toEqual([
      ["growth-rate", "5.5"],
      ["growth-rate", "7"],
    ]);
  });

  it("takes a vision year (展望2040年) as the year of what follows it", () => {
    const { targets } = extract("展望2040年,城市综合竞争力跻身全国前列。");
    expect(summary(targets[0])).toMatchObject({ kind: "comparative", year: 2040, basis: "explicit" });
  });

  it("reads 下降到 and its kin as a plain value on a falling indicator, and 以下 after it as a cap", () => {
    const { targets } = extract(
      "细颗粒物平均浓度下降到28微克/立方米,万元产值用水量减少至9立方米,化工园区压减至6个,劣五类水体比例降到5%以下。",
    );
    expect(
      targets.map((target) => [
        target.indicator.name,
        "comparator" in target ? target.comparator : "",
        target.direction,
      ]),
    ).toEqual([
      ["细颗粒物平均浓度", "=", "decrease"],
      ["万元产值用水量", "=", "decrease"],
      ["化工园区", "=", "decrease"],
      ["劣五类水体比例", "<=", "decrease"],
    ]);
  });

  it("reads a sentence opening with a past time phrase as past values throughout", () => {
    for (const opener of ["截至2020年底", "“十三五”以来", "过去五年"]) {
      const { targets, facts } = extract(`${opener},全市污水管网长度达到860公里,日处理能力达到45万吨。`);
      expect(targets).toEqual([]);
      expect(facts.map((fact) => fact.value)).toEqual(["860", "450000"]);
    }
    const { targets } = extract("城区仍有3个片区未通燃气。到2025年,燃气普及率达到98%。");
    expect(targets.map((target) => ("value" in target ? target.value : ""))).toEqual(["98"]);
  });

  it("reads 净增, 新改建 and 新开通 as increments", () => {
    const kinds = extract("净增市场主体800户,新改建乡村道路120公里,新开通公交线路6条。").targets.map(
      (target) => target.kind,
    );
    expect(kinds).toEqual(["increment", "increment", "increment"]);
  });

  it("leaves out a count in an annotation (共12项) and the villages a region is made of", () => {
    expect(extract("附件:重点任务分工表(共12项)").targets).toEqual([]);
    expect(extract("全镇二十六个行政村全部通客车。").targets).toEqual([]);
  });

  it("takes the base of comparison off the names of a 分别 list", () => {
    const names = extract("柴油、汽油消费量较2020年分别减少8%和5%。").targets.map(
      (target) => target.indicator.name,
    );
    expect(names).toEqual(["柴油消费量", "汽油消费量"]);
  });

  it("reads more shapes of a class named by a bound", () => {
    const values = (body: string) =>
      extract(body).targets.map((target) => ("value" in target ? target.value : target.kind));
    expect(values("建筑面积2万平方米以上的商业综合体全部配建充电设施。")).toEqual([]);
    expect(values("从业人数300人以上的企业建立职工书屋。")).toEqual([]);
    expect(values("对污水处理达标率低于90%的乡镇挂牌督办。")).toEqual([]);
    expect(values("10蒸吨及以下燃煤锅炉全部淘汰。")).toEqual([]);
    expect(values("50户以上自然村通宽带比例达到95%。")).toEqual(["95"]);
    // Shares and counts before 的 are targets.
    expect(values("90%以上的行政村建成文化广场。")).toEqual(["90"]);
  });

  it("takes the first year of a multi-year plan as a milestone year", () => {
    const { targets } = extract("三年累计改造管网600公里,其中,2023年改造管网150公里。", {
      period: { start: 2023, end: 2025 },
      issuedYear: 2023,
    });
    expect(targets.map((target) => target.targetYear)).toEqual([2025, 2023]);
  });

  it("reads 年度 before a noun as this year's amount, not a yearly one", () => {
    expect(extract("完成年度投资80亿元以上。").targets[0]?.kind).toBe("level");
  });

  it("reads 控制在…左右 as approximate, a time limit with its verb, and a ratio named 倍数", () => {
    const read = (body: string) => summary(extract(body).targets[0]);
    expect(read("每千人口养老床位控制在40张左右。")).toMatchObject({ kind: "level", comparator: "~" });
    expect(read("企业注销登记3个工作日办结。")).toMatchObject({ kind: "level", value: "3" });
    expect(read("财政资金撬动倍数达到8倍。")).toMatchObject({ kind: "level", value: "8" });
    expect(extract("审批时限为5个工作日。").targets).toEqual([]);
  });

  it("keeps a milestone year inside a sentence to its own clause", () => {
    const { targets } = extract("三年累计改造管网600公里,其中2024年改造200公里。管网漏损率降至9%。", {
      period: { start: 2023, end: 2025 },
      issuedYear: 2023,
    });
    expect(targets.map((target) => target.targetYear)).toEqual([2025, 2024, 2025]);
  });

  it("reads a bounded year-on-year change (同比增长8%以上) as a yearly target, a plain one as a fact", () => {
    const { targets, facts } = extract("绿色贷款余额同比增长15%以上。上半年,全市工业用电量同比增长6.2%。");
    expect(targets.map((target) => [target.kind, "value" in target ? target.value : ""])).toEqual([
      ["growth-rate", "15"],
    ]);
    expect(facts).toEqual([]);
  });

  it("reads a yearly change in percentage points as an amount a year", () => {
    const [target] = extract("学生体质健康优良率每年提高1.5个百分点。").targets;
    expect(target).toMatchObject({ kind: "per-year", aggregate: "each", value: "1.5" });
  });

  it("reads a change in percentage points as an increment of the share, with its base year", () => {
    const { targets } = extract(
      "城乡居民健身设施覆盖率比2020年提高12个百分点,绿色建筑占新建建筑比重提高5个百分点,森林覆盖率每年提高0.5个百分点。",
    );
    expect(targets.map((target) => [target.kind, "value" in target ? target.value : ""])).toEqual([
      ["increment", "12"],
      ["increment", "5"],
      ["per-year", "0.5"],
    ]);
    expect(targets[0]).toMatchObject({
      unitAsWritten: "个百分点",
      unit: { base: "%", multiplier: 0 },
      base: { year: 2020 },
      direction: "increase",
    });
    expect(targets[0]?.notes).toMatch(/percentage points/);
    expect(targets[1]).not.toHaveProperty("base");
    const [fall] = extract("农村居民恩格尔系数较2020年下降3个百分点。").targets;
    expect(fall).toMatchObject({
      kind: "increment",
      value: "3",
      direction: "decrease",
      base: { year: 2020 },
    });
  });

  it("reads a total over a stated number of years as cumulative over those years", () => {
    const context = { period: { start: 2024, end: 2026 }, issuedYear: 2024 };
    const read = (body: string) =>
      extract(body, context).targets.map((target) => [
        target.kind,
        "period" in target ? target.period : undefined,
      ]);
    expect(read("三年筹集建设保障性租赁住房1.5万套。")).toEqual([["cumulative", { start: 2024, end: 2026 }]]);
    expect(read("三年累计新建城市绿道120公里。")).toEqual([["cumulative", { start: 2024, end: 2026 }]]);
    expect(read("到2026年,五年内累计培训技能人才2万人次。")).toEqual([
      ["cumulative", { start: 2022, end: 2026 }],
    ]);
    expect(read("建成城市绿道120公里。")).toEqual([["level", undefined]]);
    expect(extract("“十四五”期间,累计改造老旧小区300个。").targets[0]).toMatchObject({
      kind: "cumulative",
      period: { start: 2021, end: 2025 },
    });
  });

  it("reads counts after 修缮 and 打造, with the noun before or after the number", () => {
    const { targets } = extract("修缮历史建筑五十处,打造历史文化街区3片,修缮20处传统民居。");
    expect(targets.map((target) => [target.indicator.name, "value" in target ? target.value : ""])).toEqual([
      ["修缮历史建筑", "50"],
      ["打造历史文化街区", "3"],
      ["修缮传统民居", "20"],
    ]);
  });

  it("lets 每年 opening a sentence govern the verb clauses after it", () => {
    const { targets } = extract("每年举办招聘会20场,引进高校毕业生300名。全市人才总量达到50万人。");
    expect(targets.map((target) => target.kind)).toEqual(["per-year", "per-year", "level"]);
    // Things built or named last: 每年 does not reach them.
    const built = extract("每年开展清洁行动不少于4次,打造示范户一千户,创建森林乡村12个。").targets;
    expect(built.map((target) => target.kind)).toEqual(["per-year", "level", "level"]);
  });

  it("lets a year alone in its clause govern its sentence, and a milestone only its clause", () => {
    const context = { period: { start: 2023, end: 2025 }, issuedYear: 2023 };
    const years = (body: string) => extract(body, context).targets.map((target) => target.targetYear);
    expect(years("2024年,新建公园12个,绿道30公里。")).toEqual([2024, 2024]);
    expect(years("2024年新建公园12个,2025年新建公园15个。公园服务半径缩短至500米以内。")).toEqual([
      2024, 2025, 2025,
    ]);
  });

  it("lets the items of a 、 list count the way the first one does", () => {
    const kinds = (body: string) =>
      extract(body).targets.map((target) => [target.kind, "aggregate" in target ? target.aggregate : ""]);
    expect(kinds("每年开展送戏下乡2000场、群众文化活动1万场以上。")).toEqual([
      ["per-year", "each"],
      ["per-year", "each"],
    ]);
    expect(kinds("累计培训农民1万人次、新型经营主体带头人500名。")).toEqual([
      ["cumulative", ""],
      ["cumulative", ""],
    ]);
    // 新建 reaches the items after it; an item with a verb of its own reads on its own.
    expect(kinds("新建养老服务中心5个、老年助餐点30个、示范点达到8个。")).toEqual([
      ["increment", ""],
      ["increment", ""],
      ["level", ""],
    ]);
    // A comma ends the list: 新建 reads on its own.
    expect(kinds("累计培训农民1万人次,新建实训基地5个。")).toEqual([
      ["cumulative", ""],
      ["increment", ""],
    ]);
  });

  it("lets a 累计 opening a sentence sum its verb clauses, until a semicolon or a new year", () => {
    const kinds = (body: string) => extract(body).targets.map((target) => target.kind);
    expect(kinds("“十四五”期间累计实施重点项目200个,完成投资300亿元。建成基地10个。")).toEqual([
      "cumulative",
      "cumulative",
      "level",
    ]);
    expect(kinds("“十四五”期间累计淘汰老旧货车1500辆;完成30家企业综合治理。")).toEqual([
      "cumulative",
      "level",
    ]);
    expect(kinds("“十四五”期间累计淘汰老旧货车1500辆,到2025年,完成30家企业综合治理。")).toEqual([
      "cumulative",
      "level",
    ]);
  });

  it("reads a capacity a year when a verb sets it, and leaves a specification alone", () => {
    const { targets } = extract("危险废物利用处置能力达到18万吨/年。淘汰35蒸吨/小时以下燃煤锅炉。");
    expect(targets.map(summary)).toEqual([
      { kind: "level", comparator: "=", value: "180000", year: 2025, basis: "plan-period" },
    ]);
    expect(targets[0]).toMatchObject({ unitAsWritten: "万吨/年", unit: { base: "吨/年", multiplier: 4 } });
  });

  it("reads an average of a 新增 group as a level, and a number after 每个 as a size", () => {
    const { targets } = extract(
      "新增劳动力平均受教育年限达到14.2年。每个30万人口以上的县办好1所特殊教育学校。累计实施500万元以上文旅项目200个。",
    );
    expect(targets.map((target) => [target.kind, "value" in target ? target.value : ""])).toEqual([
      ["level", "14.2"],
      ["level", "1"],
      ["cumulative", "200"],
    ]);
  });

  it("ends a sentence-opening 每年 at a new year phrase, and reads 比上年增长 as a one-year rate", () => {
    const { targets } = extract(
      "每年培训人才1万人次,到“十四五”末,引进领军人才团队100个。2023年:居民收入比上年增长8%。",
    );
    expect(targets.map((target) => [target.kind, target.targetYear])).toEqual([
      ["per-year", 2025],
      ["level", 2025],
      ["growth-rate", 2023],
    ]);
  });

  it("reads coefficients and ratios with no unit when a verb sets them", () => {
    const { targets } = extract(
      "农田灌溉水有效利用系数提高到0.58,城乡居民收入比缩小到2.1以内,农产品加工业产值与农业总产值之比达到2.5:1,特种设备万台死亡率控制在0.2以内。",
    );
    expect(
      targets.map((target) => [
        target.indicator.name,
        "comparator" in target && target.comparator,
        "value" in target && target.value,
      ]),
    ).toEqual([
      ["农田灌溉水有效利用系数", "=", "0.58"],
      ["城乡居民收入比", "<=", "2.1"],
      ["农产品加工业产值与农业总产值之比", "=", "2.5"],
      ["特种设备万台死亡率", "<=", "0.2"],
    ]);
    expect(targets[0]).toMatchObject({ unitAsWritten: "", unit: { base: "1", multiplier: 0 } });
    // Bare numbers elsewhere stay out: a ratio of funds is a rule, a hotline a number.
    expect(extract("按照1:1比例配套资金,服务热线12345。").targets).toEqual([]);
  });

  it("reads capacities a day or a second, wells (眼), and leaves 千吨万人 and thresholds of a counted noun alone", () => {
    const { targets } = extract(
      "新增城乡供水能力30万立方米/日,新增排涝能力300立方米/秒,建设地下水监测井80眼。千吨万人供水工程全部配备消毒设施。建成 500亩以上的标准化生产基地 20个,完成三个示范村建设。",
    );
    expect(
      targets.map((target) => [
        "value" in target && target.value,
        "unitAsWritten" in target && target.unitAsWritten,
      ]),
    ).toEqual([
      ["300000", "万立方米/日"],
      ["300", "立方米/秒"],
      ["80", "眼"],
      ["20", "个"],
      ["3", "个"],
    ]);
  });

  it("reads ratios 1:N and N:1, caps on a ratio, 克标准煤/千瓦时, and leaves the size of one event alone", () => {
    const { targets } = extract(
      "医护比达到1:1.2,车桩比不高于2.5:1,男女比例达到3:2,煤电机组平均供电煤耗降至300克标准煤/千瓦时以下。较大事故(一次造成3人以上10人以下死亡)得到遏制。",
    );
    expect(
      targets.map((target) => [
        target.indicator.name,
        "comparator" in target && target.comparator,
        "value" in target && target.value,
      ]),
    ).toEqual([
      ["医护比", "=", "1.2"],
      ["车桩比", "<=", "2.5"],
      ["煤电机组平均供电煤耗", "<=", "300"],
    ]);
  });

  it("reads a paragraph opening with a past year as past until a sentence looks forward", () => {
    const { targets, facts } = extract(
      "2023年,全县民生支出21.6亿元。全年新建幼儿园2所,新增学位630个。下一步,力争新建幼儿园3所。",
      { period: { start: 2024, end: 2024 }, issuedYear: 2024 },
    );
    expect(facts.map((fact) => fact.value)).toEqual(["2160000000", "2", "630"]);
    expect(targets.map((target) => "value" in target && target.value)).toEqual(["3"]);
  });

  it("leaves a size inside a rate's name and a threshold of a reward alone", () => {
    const { targets } = extract(
      "工矿商贸就业人员十万人生产安全事故死亡率下降20%,对年销售额首次突破10亿元的商贸企业给予奖励。",
    );
    expect(targets.map((target) => [target.kind, "value" in target && target.value])).toEqual([
      ["total-growth", "20"],
    ]);
  });

  it("lets a heading that is only a year govern its items, and a year range opening a sentence make a total", () => {
    const context = { period: { start: 2023, end: 2025 }, issuedYear: 2023 };
    const { targets } = extract(
      "2023—2025年,全市筹集保障性租赁住房6万套以上,实施重点项目120个。\n(一)2023年。筹集保障性租赁住房1.8万套,改造棚户区5000户。\n(二)2024年。筹集保障性租赁住房2.1万套。",
      context,
    );
    expect(targets.map((target) => [target.kind, target.targetYear])).toEqual([
      ["cumulative", 2025],
      ["level", 2025],
      ["level", 2023],
      ["level", 2023],
      ["level", 2024],
    ]);
  });

  it("reads growth in a one-year programme as a yearly rate, and 仍低于 as the present", () => {
    const context = { period: { start: 2025, end: 2025 }, issuedYear: 2025 };
    const { targets } = extract(
      "贷款增速不低于12%,金融业增加值增长6%左右。存贷比仍低于全市平均水平8.5个百分点。",
      context,
    );
    expect(targets.map((target) => target.kind)).toEqual(["growth-rate", "growth-rate"]);
  });
});

import { describe, expect, it } from "vitest";
import { normalise } from "./normalise.js";

describe("normalise", () => {
  it("rewrites full-width digits and punctuation one for one", () => {
    const original = "达到１２０家，占比７０％；（一）";
    const { text } = normalise(original);
    expect(text).toBe("达到120家,占比70%;(一)");
    expect(text.length).toBe(original.length);
  });

  it("turns non-breaking and ideographic spaces into spaces", () => {
    expect(normalise("指\u00a0标\u3000属性").text).toBe("指 标 属性");
  });

  it("reads a Latin O between Chinese numerals as 〇", () => {
    expect(normalise("二O三五年远景目标").text).toBe("2035年远景目标");
    expect(normalise("OECD 二o二五").text).toBe("OECD 二〇二五");
  });

  it("converts traditional characters to simplified ones and keeps every offset", () => {
    const original = "到2010年累計申請達到2.2萬件";
    const result = normalise(original);
    expect(result.text).toBe("到2010年累计申请达到2.2万件");
    expect(result.text.length).toBe(original.length);
    expect(result.traditionalCount).toBe(4);
  });

  it("leaves simplified text and its homographs alone", () => {
    const result = normalise("知识产权显著提升");
    expect(result.text).toBe("知识产权显著提升");
    expect(result.traditionalCount).toBe(0);
  });

  it("keeps surrogate pairs and the empty string", () => {
    expect(normalise("").text).toBe("");
    expect(normalise("𠀀数据").text).toBe("𠀀数据");
  });

  it("writes a year in Chinese digits with Arabic digits, one for one", () => {
    const original = "展望二〇四〇年,较一九九九年翻两番,用二十年时间";
    const { text } = normalise(original);
    expect(text).toBe("展望2040年,较1999年翻两番,用二十年时间");
    expect(text.length).toBe(original.length);
  });
});

/**
 * The releases the national readings come from: who published them and, only where issue 6's table or
 * a found page states it, the day (`publishedOn`) and that page (`url`, often a reprint of the release).
 * No date is recorded from memory.
 */
export interface Release {
  source: string;
  publishedOn?: string;
  url?: string;
  note?: string;
}

export const NOT_RECORDED = "Release date not recorded: neither issue 6 nor a found page states it.";

const CNIPA_PROGRESS = "国家知识产权局 知识产权强国建设进展发布";
const PATENT_INTENSIVE = "国家知识产权局、国家统计局 全国专利密集型产业增加值数据公告";

export const COMMUNIQUE_2021: Release = {
  source: "国家统计局《中华人民共和国2021年国民经济和社会发展统计公报》",
  publishedOn: "2022-02-28",
  url: "https://kaosee.cn/index.php/home/news/article/id/9231.html",
  note: "Date as printed under the communiqué's title (2022年2月28日) in the reprint at the url.",
};

export const COMMUNIQUE_2023: Release = {
  source: "国家统计局《中华人民共和国2023年国民经济和社会发展统计公报》",
  publishedOn: "2024-02-29",
  url: "http://cnganbu.cn/show/view?id=58499",
  note: "Date from 新华社北京2月29日电 (reprinted at the url): “国家统计局29日发布的2023年国民经济和社会发展统计公报”.",
};

export const PRESS_CONFERENCE_2026: Release = {
  source: "国务院新闻办公室新闻发布会",
  publishedOn: "2026-01-23",
  note: "Year-end 2025 figure given at the press conference of 2026-01-23 (issue 6), ahead of the 2025 statistical communiqué.",
};

export const ROYALTIES_2020: Release = {
  source: CNIPA_PROGRESS,
  note: `Issue 6 names 光明日报 (2024-03-30) and 新华社 (2025-07-17) for this indicator without saying which states 2020. ${NOT_RECORDED}`,
};

export const GUANGMING_2024: Release = {
  source: `${CNIPA_PROGRESS} (光明日报)`,
  publishedOn: "2024-03-30",
  note: "光明日报 of 2024-03-30, as issue 6's table gives it.",
};

export const XINHUA_2025: Release = {
  source: `${CNIPA_PROGRESS} (新华社)`,
  publishedOn: "2025-07-17",
  note: "新华社 of 2025-07-17, as issue 6's table gives it.",
};

/** The yearly 专利密集型产业增加值 announcements, by data year. */
export const PATENT_INTENSIVE_RELEASES: Record<2020 | 2022 | 2023 | 2024, Release> = {
  2020: {
    source: `${PATENT_INTENSIVE} (2020年数据)`,
    publishedOn: "2021-12-30",
    url: "http://yfwz.cn/xwzx/hg/202112/t20211230_6231977.html",
    note: "中国证券报·中证网 (reprinted at the url, dated 2021-12-30): “国家统计局12月30日发布的数据显示…占GDP的比重为11.97%”; also reported by 人民日报海外版 on 2022-01-11 (http://nakedoat.com/xinwen/2022-01/11/content_5667559.htm).",
  },
  2022: {
    source: `${PATENT_INTENSIVE} (2022年数据)`,
    publishedOn: "2023-12-29",
    url: "http://cbfz.org.cn/show-19034.html",
    note: "国家知识产权局公告第五六二号, signed 国家知识产权局 国家统计局 2023年12月29日 (text at the url).",
  },
  2023: {
    source: `${PATENT_INTENSIVE} (2023年数据)`,
    publishedOn: "2024-12-31",
    url: "http://hck0371.com/news/detail/152592.html",
    note: "Announcement dated 2024年12月31日 (text at the url), based on the fifth national economic census; the earlier years' figures were revised with it.",
  },
  2024: { source: `${PATENT_INTENSIVE} (2024年数据)`, note: NOT_RECORDED },
};

/** The satisfaction survey results (国家知识产权局 progress releases, as issue 6 says), by survey year. */
export const SATISFACTION_RELEASES: Record<2020 | 2023 | 2024, Release> = {
  2020: {
    source: CNIPA_PROGRESS,
    publishedOn: "2021-04-26",
    url: "https://www.mondaq.com:443/china/trademark/1068314/",
    note: "The summary at the url states that 国家知识产权局 published the 2020 survey results on 2021-04-26.",
  },
  2023: { source: CNIPA_PROGRESS, note: NOT_RECORDED },
  2024: {
    source: CNIPA_PROGRESS,
    note: `${NOT_RECORDED} A summary dated 2025-12-01 reports the value as recently published (https://www.mondaq.com/china/trademark/1712454/).`,
  },
};

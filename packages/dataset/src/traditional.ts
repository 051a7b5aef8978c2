/**
 * Traditional → simplified characters, as they occur in the seeds (鞍山 004 is written in traditional
 * characters mixed with simplified ones). Pairs: traditional first, simplified second. Only characters
 * with one unambiguous simplified form are listed (乾/幹 → 干 and the like are left out on purpose).
 */
const PAIRS =
  "識识產产權权業业護护標标專专請请會会計计發发職职務务總总國国冊册馳驰記记農农種种軟软電电圖图設设" +
  "點点術术準准課课題题項项導导參参與与擔担員员書书處处組组單单數数級级臺台統统貿贸預预擁拥規规內内" +
  "質质遺遗錄录隊队論论學学試试較较強强際际競竞爭争龍龙頭头鋼钢裝装備备獎奖勵励資资補补過过創创認认" +
  "機机構构沒没萬万億亿個个為为於于長长達达實实現现積积區区縣县鄉乡鎮镇場场體体範范轉转讓让許许進进" +
  "運运營营維维聯联辦办經经濟济優优勢势類类屬属獲获審审費费額额關关廣广東东報报開开來来時时間间問问" +
  "傳传織织歸归環环調调協协應应門门貸贷證证據据註注價价廠厂齊齐讀读義义華华興兴畫画劃划當当從从們们" +
  "這这樣样對对將将幾几歷历舉举險险隨随雙双號号綱纲戰战選选擇择匯汇銷销買买賣卖戶户紀纪庫库師师訓训" +
  "練练講讲產产製制範范佈布臨临設设備备濟济鑒鉴驗验衛卫衝冲並并務务獨独億亿繼继續续級级際际權权" +
  "點点檢检測测評评審审節节約约";

/** Map from a traditional character to its simplified form. */
export const TRADITIONAL_TO_SIMPLIFIED: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  const characters = [...PAIRS];
  for (let index = 0; index + 1 < characters.length; index += 2) {
    map.set(characters[index]!, characters[index + 1]!);
  }
  return map;
})();

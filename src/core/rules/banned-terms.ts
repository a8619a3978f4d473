/**
 * Absolute terms the Advertising Law (广告法 art. 9 (3)) forbids in ads: "国家级、最高级、最佳等用语".
 * Curated to avoid false hits in everyday group talk: no bare 第一 (第一次, 第一步), 最好 (最好先…),
 * 唯一 or 绝对, which are ordinary words far more often than claims.
 * Each term maps to a non-absolute wording that reads in the term's usual places (国家级品质 → 专业级品质,
 * 世界级工艺 → 高水准工艺, 销量全网第一 → 销量全网领先), so every built-in term has a quick fix.
 */
export const BUILT_IN_BANNED_TERMS: Readonly<Record<string, string>> = {
  国家级: '专业级',
  世界级: '高水准',
  最高级: '高级',
  最佳: '优质',
  最优: '优质',
  最先进: '先进',
  最低价: '优惠价',
  最便宜: '实惠',
  史上最低: '超低',
  全网最低: '超低',
  全网第一: '全网领先',
  全国第一: '全国领先',
  行业第一: '行业领先',
  销量第一: '销量领先',
  排名第一: '排名靠前',
  第一品牌: '知名品牌',
  顶级: '高端',
  极品: '精品',
  独一无二: '独具特色',
  绝无仅有: '难得',
  万能: '多用途',
  全球首发: '新品首发',
};

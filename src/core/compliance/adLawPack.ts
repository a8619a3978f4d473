import { suggested, type BannedPack } from './pack';

const FIRSTS = ['个', '家', '款', '次', '批', '例', '台', '位', '座'];

/**
 * Advertising Law art. 9 (3): "国家级、最高级、最佳等用语", as SAMR's enforcement guideline (2023) reads it.
 * Curated for precision on ordinary prose (on 418 real articles the old list raised 357 errors, 9 true): no bare 第一
 * (第一次), 最好, 唯一, 绝对, 独一无二, 万能, 极品 or 全球首发, which are ordinary words far more often than claims; no bare
 * 最优 (最优秀, 最优解, 最优超参数), only the claims 最优惠/最优品质/最优价格/最优之选; 顶级 only with the nouns ads pair
 * it with (顶级域名 and 顶级期刊 are not claims); and the compounds below, where
 * the longer word is an ordinary word, a legal term or a name (最佳实践, 最佳赏味期, 奥斯卡最佳影片, 国家级非遗).
 */
export const AD_LAW_PACK: BannedPack = {
  id: 'ad-law',
  claim: { en: 'a banned absolute term', 'zh-CN': '禁用的绝对化用语' },
  groups: [
    {
      source: { en: 'Advertising Law art. 9 (3); SAMR guideline on absolute terms in ads (2023)', 'zh-CN': '《广告法》第九条第（三）项；《广告绝对化用语执法指南》（2023）' },
      terms: suggested({
        国家级: '专业级',
        世界级: '高水准',
        最高级: '高级',
        最佳: '优质',
        最优品质: '优良品质',
        最优价格: '优惠价格',
        最优之选: '优选',
        最优惠: '优惠',
        最先进: '先进',
        最顶级: '高端',
        最高端: '高端',
        最低价: '优惠价',
        史上最低: '超低',
        全网最低: '超低',
        史上最便宜: '实惠',
        全网最便宜: '实惠',
        全网第一: '全网领先',
        全国第一: '全国领先',
        全球第一: '全球领先',
        行业第一: '行业领先',
        销量第一: '销量领先',
        全网销量第一: '全网销量领先',
        全国销量第一: '全国销量领先',
        第一品牌: '知名品牌',
        顶级品质: '高端品质',
        顶级工艺: '精湛工艺',
        顶级配方: '优选配方',
        顶级原料: '优选原料',
        顶级奶源: '优质奶源',
        顶级食材: '优选食材',
        顶级面料: '优质面料',
        顶级享受: '高端享受',
        顶级奢华: '奢华',
      }),
    },
  ],
  exceptions: [
    // 最佳 in everyday advice, tech writing and labelling law (最佳赏味期 is a food-label term)
    ...['实践', '方法', '方式', '做法', '时机', '时间', '时期', '年龄', '温度', '状态', '位置', '角度', '距离', '途径', '路径', '方案', '答案', '解', '化', '拍档', '平衡', '匹配', '搭配', '比例', '尺寸', '视角', '地点', '季节', '时段', '人数', '座位', '睡眠', '窗口期', '观赏期', '赏味期', '食用期', '饮用期', '拍摄'].map((word) => `最佳${word}`),
    // award names
    ...['影片', '导演', '男主角', '女主角', '男配角', '女配角', '编剧', '原创剧本', '改编剧本', '外语片', '国际影片', '动画', '纪录片', '摄影', '剪辑', '音效', '原创歌曲', '原创配乐', '视觉效果', '美术', '服装设计', '新人', '新演员', '男演员', '女演员', '演员', '歌手', '专辑', '单曲', '乐队', '作词', '作曲', '球员', '新秀', '阵容', '射手', '门将', '教练', '防守', '第六人', '论文', '短片', '剧情片', '游戏', '人气奖'].map((word) => `最佳${word}`),
    ...['非物质文化遗产', '非遗', '自然保护区', '风景名胜区', '新区', '高新区', '经济技术开发区', '开发区', '贫困县', '重点', '示范', '专精特新', '高新技术企业', '一流', '精品课程', '裁判', '运动员'].map((word) => `国家级${word}`),
    ...['难题', '城市群', '选手', '球星'].map((word) => `世界级${word}`),
    '最高级别',
    '全网第一时间',
    ...['全国第一', '全球第一'].flatMap((claim) => FIRSTS.map((word) => `${claim}${word}`)),
  ],
};

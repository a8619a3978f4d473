import { bare, suggested, type BannedPack } from './pack';

// Each pack holds claims that are unambiguous as written: a health or product claim that no ordinary sentence makes
// in those words. Words that are claims only in some sentences (治愈 beside 治愈系, 抗癌 beside 抗癌药, 杀菌 beside
// 奶瓶高温杀菌, 根治 in "尚无法根治") are left out, or come with their ordinary compounds as exceptions (益智玩具).

const NEGATIONS = ['不能', '无法', '不可', '不会', '并非', '不是', '没有'];
/** "配方奶不能代替母乳" states the rule, it does not break it. */
const negated = (...claims: string[]) => claims.flatMap((claim) => NEGATIONS.map((negation) => `${negation}${claim}`));

/** Advertising Law art. 16–17: medical claims for products that are not drugs or medical devices. */
export const MEDICAL_PACK: BannedPack = {
  id: 'medical',
  claim: { en: 'a medical claim a non-medical product may not make', 'zh-CN': '非医疗产品不得使用的医疗用语' },
  groups: [
    {
      source: { en: 'Advertising Law art. 17 (no disease-treatment claims outside drug and medical-device ads)', 'zh-CN': '《广告法》第十七条（药品、医疗器械以外的广告不得涉及疾病治疗功能）' },
      terms: bare('包治百病', '药到病除', '彻底根治', '一次根治', '永不复发', '神奇疗效', '排毒养颜', '消炎杀菌', '杀菌消炎', '一贴见效', '一抹就好'),
    },
    {
      source: { en: 'Advertising Law art. 16 (1) (no guarantee of efficacy or safety)', 'zh-CN': '《广告法》第十六条第（一）项（不得含有表示功效、安全性的断言或者保证）' },
      terms: suggested({ 无副作用: '温和', 零副作用: '温和', 无毒副作用: '温和', 无任何副作用: '温和' }),
    },
  ],
  exceptions: negated('无副作用', '零副作用'),
};

/**
 * The infant-formula ad and label rules: Advertising Law art. 20 on replacing breast milk, and the label claims the
 * formula registration measures forbid (母乳化, 益智, vague origin, 零添加). Function claims the measures also forbid
 * (增强免疫力, 保护肠道, 促进大脑发育) are left out: parenting advice says them of breast milk, sleep and play every
 * day; a team that only posts about formula adds them with `words`.
 */
export const INFANT_FORMULA_PACK: BannedPack = {
  id: 'infant-formula',
  claim: { en: 'a claim infant formula may not make', 'zh-CN': '婴幼儿配方食品不得使用的声称' },
  groups: [
    {
      source: { en: 'Advertising Law art. 20 (no ads claiming to replace breast milk in whole or part)', 'zh-CN': '《广告法》第二十条（禁止发布声称全部或者部分替代母乳的婴儿乳制品、饮料和其他食品广告）' },
      terms: bare('替代母乳', '代替母乳', '媲美母乳', '接近母乳', '等同母乳', '母乳替代品'),
    },
    {
      source: { en: 'Measures for registration of infant formula milk powder recipes: forbidden label claims', 'zh-CN': '《婴幼儿配方乳粉产品配方注册管理办法》标签禁止声称' },
      terms: [
        ...bare('母乳化', '人乳化', '益智'),
        ...suggested({ 进口奶源: '奶源产地（写明国家或地区）', 源自国外牧场: '奶源产地（写明国家或地区）', 生态牧场: '牧场（写明名称和产地）', 原生态奶源: '奶源（写明产地）', 无污染奶源: '奶源（写明产地）', 零添加: '配料表（写明配料）' }),
      ],
    },
  ],
  exceptions: [
    ...negated('替代母乳', '代替母乳', '媲美母乳', '等同母乳'),
    '无可替代母乳',
    ...['玩具', '游戏', '类', '节目', '拼图', '积木', '绘本', '图书', '书', '题', '仁', '卡片'].map((word) => `益智${word}`),
  ],
};

/** Advertising Law art. 18: health food (保健食品) ads. */
export const HEALTH_FOOD_PACK: BannedPack = {
  id: 'health-food',
  claim: { en: 'a claim health food may not make', 'zh-CN': '保健食品不得使用的声称' },
  groups: [
    {
      source: { en: 'Advertising Law art. 18 (1) (no assertion or guarantee of efficacy or safety)', 'zh-CN': '《广告法》第十八条第（一）项（不得含有表示功效、安全性的断言或者保证）' },
      terms: [...bare('保证有效', '无效退款', '百分百有效', '100%有效', '绝对安全', '一吃就好'), ...suggested({ 无副作用: '温和', 零副作用: '温和', 无毒副作用: '温和' })],
    },
    {
      source: { en: 'Advertising Law art. 18 (2) (no disease prevention or treatment)', 'zh-CN': '《广告法》第十八条第（二）项（不得涉及疾病预防、治疗功能）' },
      terms: bare('防癌抗癌', '抗癌功效', '防癌功效', '降三高', '彻底根治'),
    },
    {
      source: { en: 'Advertising Law art. 18 (4) (no comparison with drugs)', 'zh-CN': '《广告法》第十八条第（四）项（不得与药品进行比较）' },
      terms: bare('代替药物', '替代药物', '比药物更'),
    },
  ],
  // "本品不能代替药物" is the disclaimer health food must carry
  exceptions: negated('无副作用', '零副作用', '代替药物', '替代药物'),
};

/** Cosmetics: no medical effect claimed (Regulations on the Supervision of Cosmetics art. 37, 43; NMPA on 药妆). */
export const COSMETICS_PACK: BannedPack = {
  id: 'cosmetics',
  claim: { en: 'a medical or drug claim cosmetics may not make', 'zh-CN': '化妆品不得使用的医疗或药品用语' },
  groups: [
    {
      source: { en: 'Regulations on the Supervision of Cosmetics art. 37, 43 (no medical effect stated or implied)', 'zh-CN': '《化妆品监督管理条例》第三十七条、第四十三条（不得明示或者暗示具有医疗作用）' },
      terms: [
        ...suggested({ 消炎祛痘: '舒缓净痘', 祛痘消炎: '净痘舒缓', 抗炎修护: '舒缓修护', 抗敏修护: '舒缓修护', 脱敏修复: '舒缓修护', 去除皱纹: '淡化细纹', 祛除皱纹: '淡化细纹', 消除皱纹: '淡化细纹', 祛疤: '淡化痘印', 去疤: '淡化痘印' }),
        ...bare('丰胸', '丰乳', '溶脂', '毛发再生', '永不褪色'),
      ],
    },
    {
      source: { en: 'NMPA: "药妆" and "医学护肤品" are not legal cosmetic names', 'zh-CN': '国家药监局：化妆品不得宣称“药妆”“医学护肤品”' },
      terms: suggested({ 药妆: '护肤品', 医学护肤品: '护肤品', 医用级: '专业级', 药用级: '专业级' }),
    },
  ],
  exceptions: [],
};

import { AD_LAW_PACK } from './adLawPack';
import { COSMETICS_PACK, HEALTH_FOOD_PACK, INFANT_FORMULA_PACK, MEDICAL_PACK } from './claimPacks';
import { FINANCE_PACK } from './financePack';
import type { BannedPack } from './pack';

/** Every built-in pack, in the order a term found in two of them is credited to. */
export const BANNED_PACKS: readonly BannedPack[] = [AD_LAW_PACK, MEDICAL_PACK, INFANT_FORMULA_PACK, HEALTH_FOOD_PACK, COSMETICS_PACK, FINANCE_PACK];
export const PACK_IDS: readonly string[] = BANNED_PACKS.map((pack) => pack.id);
export const PACKS_BY_ID: ReadonlyMap<string, BannedPack> = new Map(BANNED_PACKS.map((pack) => [pack.id, pack]));

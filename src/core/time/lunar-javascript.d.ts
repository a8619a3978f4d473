// The part of lunar-javascript (6tail, MIT) the key dates use; the package ships no type declarations.
declare module 'lunar-javascript' {
  export class Solar {
    static fromYmd(year: number, month: number, day: number): Solar;
    toYmd(): string;
    next(days: number): Solar;
    getLunar(): Lunar;
  }
  export class Lunar {
    static fromYmd(year: number, month: number, day: number): Lunar;
    getSolar(): Solar;
    getJieQiTable(): Record<string, Solar>;
  }
  export interface Holiday {
    getDay(): string;
    getName(): string;
    isWork(): boolean;
  }
  export const HolidayUtil: {
    getHolidays(year: number): Holiday[];
  };
}

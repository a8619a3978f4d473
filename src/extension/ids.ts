/** Identifiers shared by package.json and the code, in one place. */
export const EXTENSION_ID = 'community-calendar.community-calendar';
export const SOURCE = 'ccal';

export const VIEW_CONTAINER = 'communityCalendar';
export const GROUPS_VIEW = 'communityCalendar.groups';

export const COMMANDS = {
  lintWorkspace: 'communityCalendar.lintWorkspace',
  newPost: 'communityCalendar.newPost',
  newPostForGroup: 'communityCalendar.newPostForGroup',
  openCalendar: 'communityCalendar.openCalendar',
  revealGroup: 'communityCalendar.revealGroup',
  refresh: 'communityCalendar.refresh',
  scaffold: 'communityCalendar.scaffold',
  createSlotPosts: 'communityCalendar.createSlotPosts',
} as const;
export type CommandId = (typeof COMMANDS)[keyof typeof COMMANDS];

export const CALENDAR_VIEW_TYPE = 'communityCalendar.calendar';

export const CONTEXT = {
  hasCommunity: 'communityCalendar.hasCommunity',
} as const;

/** TreeItem.contextValue values, matched by `when` clauses in package.json menus. */
export const TREE_ITEM = {
  community: 'community',
  group: 'group',
  post: 'post',
  myPosts: 'myPosts',
} as const;

export const SETTINGS = {
  section: 'communityCalendar',
  configPath: 'configPath',
  lintTrigger: 'lintTrigger',
  severityOverrides: 'severityOverrides',
  locale: 'locale',
  me: 'me',
  infosInProblems: 'infosInProblems',
} as const;


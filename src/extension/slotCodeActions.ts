import * as vscode from 'vscode';
import { diagnosticMessage } from '../core/session/diagnostics';
import type { Diagnostic } from '../core/base/domain';
import type { PlanSlot } from '../core/model/schedule';
import type { Communities, Community } from './community';
import { COMMANDS, SOURCE } from './ids';
import { displayLocale } from './locale';
import { l10n } from './l10n';
import type { SlotCommandArgument } from './slotPosts';

/** The shortfall messages that name open slots, and the rule each belongs to. */
const SLOT_MESSAGES: Readonly<Record<string, string>> = { 'posts-per-day': 'tooFewOpenSlots', 'content-mix': 'shortOpenSlots' };

/** The open slots a shortfall diagnostic names: those of its day, or those of its week a short type could fill. */
export function slotsOfShortfall(community: Community, diagnostic: Diagnostic): PlanSlot[] {
  const { group, date, week, types } = diagnostic.data;
  if (typeof group !== 'string') return [];
  const open = community.session.index.openSlotsOf(group);
  if (typeof date === 'string') return open.filter((slot) => slot.date === date);
  if (typeof week !== 'string') return [];
  const short = new Set(typeof types === 'string' ? types.split(',') : []);
  return open.filter((slot) => slot.week === week && (!slot.type || short.has(slot.type)));
}

/**
 * In community.yaml, on a posts-per-day or content-mix shortfall that names open slots: "Create draft posts for the
 * open slots", one draft per slot in one edit (the create-slot-posts command, which checks each slot is still open).
 */
export class SlotCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  constructor(private readonly communities: Communities) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const community = this.communities.communityOf(document.uri);
    if (!community?.session.loaded || !community.isConfig(document.uri)) return [];
    const locale = displayLocale();
    const stored = community.session.diagnosticsFor(community.session.config.path);
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of context.diagnostics) {
      const ruleId = typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : String(diagnostic.code);
      if (diagnostic.source !== SOURCE || !SLOT_MESSAGES[ruleId]) continue;
      // several shortfalls sit on one group id: the message tells them apart
      const match = stored.find((candidate) => candidate.ruleId === ruleId && candidate.messageId === SLOT_MESSAGES[ruleId] && diagnosticMessage(candidate, locale) === diagnostic.message);
      const slots = match ? slotsOfShortfall(community, match) : [];
      if (slots.length === 0) continue;
      const argument: SlotCommandArgument = { configUri: community.configUri.toString(), slots: slots.map((slot) => ({ group: slot.groupId, date: slot.date, time: slot.time, ...(slot.type ? { type: slot.type } : {}) })) };
      const action = new vscode.CodeAction(l10n.t('Create draft posts for the open slots ({0})', slots.length), vscode.CodeActionKind.QuickFix);
      action.command = { command: COMMANDS.createSlotPosts, title: action.title, arguments: [argument] };
      action.diagnostics = [diagnostic];
      actions.push(action);
    }
    return actions;
  }
}

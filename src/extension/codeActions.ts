import * as vscode from 'vscode';
import { diagnosticMessage, fixTitle } from '../core/session/diagnostics';
import { disableRuleEdit } from '../core/editor/editing';
import { evaluatePost } from '../core/rules/evaluate';
import type { Diagnostic, TextEdit } from '../core/base/domain';
import { docsUrl, RULES_BY_ID } from '../core/rules/registry';
import type { Communities } from './community';
import { SOURCE } from './ids';
import { displayLocale } from './locale';
import { l10n } from './l10n';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append(SOURCE);

function ruleIdOf(diagnostic: vscode.Diagnostic): string | undefined {
  if (diagnostic.source !== SOURCE) return undefined;
  const code = diagnostic.code;
  const id = typeof code === 'object' ? String(code.value) : code === undefined ? undefined : String(code);
  return id !== undefined && RULES_BY_ID.has(id) ? id : undefined;
}

function toWorkspaceEdit(document: vscode.TextDocument, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const { span, newText } of edits) edit.replace(document.uri, new vscode.Range(document.positionAt(span.start), document.positionAt(span.end)), newText);
  return edit;
}

/** Every fix of a file at once, leaving out any that would overlap one already taken. */
export function fixAllEdits(diagnostics: readonly Diagnostic[]): TextEdit[] {
  const edits = diagnostics.flatMap((diagnostic) => diagnostic.fix?.edits ?? []).sort((a, b) => a.span.start - b.span.start);
  const taken: TextEdit[] = [];
  for (const edit of edits) {
    const last = taken[taken.length - 1];
    if (last && edit.span.start < last.span.end) continue;
    if (last && edit.span.start === last.span.start && edit.span.end === last.span.end && edit.newText === last.newText) continue;
    taken.push(edit);
  }
  return taken;
}

/**
 * Quick fixes from the engine's fix data (computed afresh on the document's current text, so they always apply
 * to what is on screen), switches that turn a rule off for the line or the file, the rule's documentation,
 * and a fix-all (also as `source.fixAll.ccal` for editor.codeActionsOnSave).
 */
export class CodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND] };

  constructor(private readonly communities: Communities) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const fresh = this.freshDiagnostics(document);
    if (!fresh) return [];
    const locale = displayLocale();
    if (context.only && FIX_ALL_KIND.contains(context.only)) return this.fixAll(document, fresh, FIX_ALL_KIND);
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of context.diagnostics) {
      const ruleId = ruleIdOf(diagnostic);
      if (!ruleId) continue;
      const match = fresh.find((candidate) => candidate.ruleId === ruleId && candidate.fix && candidate.range.start.line === diagnostic.range.start.line && candidate.range.start.character === diagnostic.range.start.character);
      if (match?.fix) {
        const action = new vscode.CodeAction(fixTitle(match, locale) ?? diagnosticMessage(match, locale), vscode.CodeActionKind.QuickFix);
        action.edit = toWorkspaceEdit(document, match.fix.edits);
        action.diagnostics = [diagnostic];
        action.isPreferred = true;
        actions.push(action);
      }
      for (const scope of ['line', 'file'] as const) {
        const edit = disableRuleEdit(document.getText(), ruleId, diagnostic.range.start.line, scope);
        if (!edit) continue;
        const title = scope === 'line' ? l10n.t('Disable {0} for this line', ruleId) : l10n.t('Disable {0} for this file', ruleId);
        const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
        action.edit = toWorkspaceEdit(document, [edit]);
        action.diagnostics = [diagnostic];
        actions.push(action);
      }
      const docs = new vscode.CodeAction(l10n.t('Show documentation for {0}', ruleId), vscode.CodeActionKind.QuickFix);
      docs.command = { command: 'vscode.open', title: docs.title, arguments: [vscode.Uri.parse(docsUrl(ruleId))] };
      actions.push(docs);
    }
    if (fresh.filter((diagnostic) => diagnostic.fix).length > 1) actions.push(...this.fixAll(document, fresh, vscode.CodeActionKind.QuickFix));
    return dedupeDocs(actions);
  }

  /** The post-rule diagnostics of the document as it is now, with their fixes. */
  freshDiagnostics(document: vscode.TextDocument): Diagnostic[] | undefined {
    const community = this.communities.communityOf(document.uri);
    const path = community?.pathOf(document.uri);
    if (!community?.session.loaded || path === undefined || !community.session.isPost(path)) return undefined;
    return evaluatePost(path, document.getText(), community.session.environment).diagnostics;
  }

  private fixAll(document: vscode.TextDocument, fresh: readonly Diagnostic[], kind: vscode.CodeActionKind): vscode.CodeAction[] {
    const edits = fixAllEdits(fresh);
    if (edits.length === 0) return [];
    const action = new vscode.CodeAction(l10n.t('Fix all auto-fixable Community Calendar problems'), kind);
    action.edit = toWorkspaceEdit(document, edits);
    return [action];
  }
}

/** One "show documentation" per rule, however many of its diagnostics are under the cursor. */
function dedupeDocs(actions: vscode.CodeAction[]): vscode.CodeAction[] {
  const seen = new Set<string>();
  return actions.filter((action) => {
    if (action.edit) return true;
    if (seen.has(action.title)) return false;
    seen.add(action.title);
    return true;
  });
}

